from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutDeferralEndIn")


@_attrs_define
class PayoutDeferralEndIn:
    """
    Attributes:
        ended_on (datetime.date | None | Unset): 延缓发放的情形消失日 (default: today); the money is then due within 10 days (¶3)
    """

    ended_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        payout_deferral_end_in = cls(
            ended_on=ended_on,
        )

        return payout_deferral_end_in
