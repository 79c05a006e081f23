from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CloseIn")


@_attrs_define
class CloseIn:
    """
    Attributes:
        closed_on (datetime.date):
    """

    closed_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        closed_on = self.closed_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closed_on": closed_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        closed_on = datetime.date.fromisoformat(d.pop("closed_on"))

        close_in = cls(
            closed_on=closed_on,
        )

        return close_in
