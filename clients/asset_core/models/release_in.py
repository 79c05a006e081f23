from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.release_in_reason import ReleaseInReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseIn")


@_attrs_define
class ReleaseIn:
    """
    Attributes:
        reason (ReleaseInReason): settlement 和解, payment 债务已清偿 (查扣冻规定 28(4)), over_seizure 超标的 (19), failed_disposal
            流拍/变卖不成无人抵债 (28(3)), court_order (28(6)), third_party_property 案外人财产 (28(1)), claim_withdrawn 撤回申请或放弃债权 (28(2)),
            guarantee_accepted 提供担保且申请执行人同意 (28(5)), case_terminated 终结执行
        applicant_consents (bool | Unset): guarantee_accepted: the applicant agreed (28(5)) Default: False.
        on (datetime.date | None | Unset):
        quantity (int | None | Unset): release only this many units of the lot (e.g. 45 of 135 flats): they are split
            off as a released asset and the measure stays on the rest
    """

    reason: ReleaseInReason
    applicant_consents: bool | Unset = False
    on: datetime.date | None | Unset = UNSET
    quantity: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        applicant_consents = self.applicant_consents

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if applicant_consents is not UNSET:
            field_dict["applicant_consents"] = applicant_consents
        if on is not UNSET:
            field_dict["on"] = on
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = ReleaseInReason(d.pop("reason"))

        applicant_consents = d.pop("applicant_consents", UNSET)

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

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        release_in = cls(
            reason=reason,
            applicant_consents=applicant_consents,
            on=on,
            quantity=quantity,
        )

        return release_in
