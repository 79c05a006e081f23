from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralIn")


@_attrs_define
class ReferralIn:
    """
    Attributes:
        case_id (UUID): 执行案件 id (asset_core)
        reason (str): 移送和解中心的理由
        referred_on (datetime.date | None | Unset):
    """

    case_id: UUID
    reason: str
    referred_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        reason = self.reason

        referred_on: None | str | Unset
        if isinstance(self.referred_on, Unset):
            referred_on = UNSET
        elif isinstance(self.referred_on, datetime.date):
            referred_on = self.referred_on.isoformat()
        else:
            referred_on = self.referred_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "case_id": case_id,
                "reason": reason,
            }
        )
        if referred_on is not UNSET:
            field_dict["referred_on"] = referred_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        reason = d.pop("reason")

        def _parse_referred_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referred_on_type_0 = datetime.date.fromisoformat(data)

                return referred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        referred_on = _parse_referred_on(d.pop("referred_on", UNSET))

        referral_in = cls(
            case_id=case_id,
            reason=reason,
            referred_on=referred_on,
        )

        return referral_in
