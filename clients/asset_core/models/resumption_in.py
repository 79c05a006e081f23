from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResumptionIn")


@_attrs_define
class ResumptionIn:
    """
    Attributes:
        case_number (str): the new 执恢 案号
        filed_on (datetime.date):
        reason (str):
        anticipatory_breach (bool | Unset): a settled case not yet due: the debtor clearly said or showed it will not
            perform (和解规定 11(2); 民法典 578) Default: False.
    """

    case_number: str
    filed_on: datetime.date
    reason: str
    anticipatory_breach: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        filed_on = self.filed_on.isoformat()

        reason = self.reason

        anticipatory_breach = self.anticipatory_breach

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "case_number": case_number,
                "filed_on": filed_on,
                "reason": reason,
            }
        )
        if anticipatory_breach is not UNSET:
            field_dict["anticipatory_breach"] = anticipatory_breach

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("case_number")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        reason = d.pop("reason")

        anticipatory_breach = d.pop("anticipatory_breach", UNSET)

        resumption_in = cls(
            case_number=case_number,
            filed_on=filed_on,
            reason=reason,
            anticipatory_breach=anticipatory_breach,
        )

        return resumption_in
