from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReviewRequestIn")


@_attrs_define
class ReviewRequestIn:
    """
    Attributes:
        requested_on (datetime.date):
    """

    requested_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        requested_on = self.requested_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requested_on": requested_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        requested_on = datetime.date.fromisoformat(d.pop("requested_on"))

        review_request_in = cls(
            requested_on=requested_on,
        )

        return review_request_in
