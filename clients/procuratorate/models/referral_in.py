from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_in_to_kind import ReferralInToKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralIn")


@_attrs_define
class ReferralIn:
    """
    Attributes:
        reason (str):
        to_kind (ReferralInToKind):
        to_org (str): receiving organisation code of the kind `to_kind`, e.g. 辽12检 (铁岭) or 内0523河长办
        on (datetime.date | None | Unset):
    """

    reason: str
    to_kind: ReferralInToKind
    to_org: str
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        to_kind = self.to_kind.value

        to_org = self.to_org

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "to_kind": to_kind,
                "to_org": to_org,
            }
        )
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        to_kind = ReferralInToKind(d.pop("to_kind"))

        to_org = d.pop("to_org")

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        referral_in = cls(
            reason=reason,
            to_kind=to_kind,
            to_org=to_org,
            on=on,
        )

        return referral_in
