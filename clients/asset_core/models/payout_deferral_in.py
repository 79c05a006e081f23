from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.payout_deferral_in_ground import PayoutDeferralInGround
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutDeferralIn")


@_attrs_define
class PayoutDeferralIn:
    """延缓发放 (执行款物管理规定 13 ¶2): a judge or president of the executing court defers the case's payout.

    Attributes:
        ground (PayoutDeferralInGround): 需要进行案款分配 / 执行款被保全或冻结 / 经通知未领取 / 中止或暂缓执行 / 其他正当理由
        decided_on (datetime.date | None | Unset): 决定日期 (default: today, Asia/Shanghai)
        note (None | str | Unset):
    """

    ground: PayoutDeferralInGround
    decided_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ground = self.ground.value

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ground": ground,
            }
        )
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ground = PayoutDeferralInGround(d.pop("ground"))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        payout_deferral_in = cls(
            ground=ground,
            decided_on=decided_on,
            note=note,
        )

        return payout_deferral_in
