from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SweepOut")


@_attrs_define
class SweepOut:
    """
    Attributes:
        as_of (datetime.date):
        overdue_flagged (int):
        recommendation_ids (list[str]):
        skipped (bool): another replica holds the sweep's lock
    """

    as_of: datetime.date
    overdue_flagged: int
    recommendation_ids: list[str]
    skipped: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        overdue_flagged = self.overdue_flagged

        recommendation_ids = self.recommendation_ids

        skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "overdue_flagged": overdue_flagged,
                "recommendation_ids": recommendation_ids,
                "skipped": skipped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        overdue_flagged = d.pop("overdue_flagged")

        recommendation_ids = cast(list[str], d.pop("recommendation_ids"))

        skipped = d.pop("skipped")

        sweep_out = cls(
            as_of=as_of,
            overdue_flagged=overdue_flagged,
            recommendation_ids=recommendation_ids,
            skipped=skipped,
        )

        sweep_out.additional_properties = d
        return sweep_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
