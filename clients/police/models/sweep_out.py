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
        deadlines_missed (int):
        skipped (bool):
        transfer_ids (list[str]):
    """

    as_of: datetime.date
    deadlines_missed: int
    skipped: bool
    transfer_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        deadlines_missed = self.deadlines_missed

        skipped = self.skipped

        transfer_ids = self.transfer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "deadlines_missed": deadlines_missed,
                "skipped": skipped,
                "transfer_ids": transfer_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        deadlines_missed = d.pop("deadlines_missed")

        skipped = d.pop("skipped")

        transfer_ids = cast(list[str], d.pop("transfer_ids"))

        sweep_out = cls(
            as_of=as_of,
            deadlines_missed=deadlines_missed,
            skipped=skipped,
            transfer_ids=transfer_ids,
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
