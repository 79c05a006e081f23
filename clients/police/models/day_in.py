from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DayIn")


@_attrs_define
class DayIn:
    """
    Attributes:
        on (datetime.date):
    """

    on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        day_in = cls(
            on=on,
        )

        return day_in
