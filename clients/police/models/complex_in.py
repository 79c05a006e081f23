from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ComplexIn")


@_attrs_define
class ComplexIn:
    """
    Attributes:
        decided_on (datetime.date): within the ordinary 7 days of the receipt
        reason (str): why the case is complex (重大、复杂)
    """

    decided_on: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decided_on": decided_on,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        reason = d.pop("reason")

        complex_in = cls(
            decided_on=decided_on,
            reason=reason,
        )

        return complex_in
