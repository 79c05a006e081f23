from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.duty_status import DutyStatus

T = TypeVar("T", bound="DutyIn")


@_attrs_define
class DutyIn:
    """
    Attributes:
        duty_status (DutyStatus):
    """

    duty_status: DutyStatus

    def to_dict(self) -> dict[str, Any]:
        duty_status = self.duty_status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duty_status": duty_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duty_status = DutyStatus(d.pop("duty_status"))

        duty_in = cls(
            duty_status=duty_status,
        )

        return duty_in
