from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AcceptIn")


@_attrs_define
class AcceptIn:
    """
    Attributes:
        accepted_on (datetime.date):
    """

    accepted_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        accepted_on = self.accepted_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accepted_on": accepted_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accepted_on = datetime.date.fromisoformat(d.pop("accepted_on"))

        accept_in = cls(
            accepted_on=accepted_on,
        )

        return accept_in
