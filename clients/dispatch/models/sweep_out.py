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
        as_of (datetime.datetime):
        details (list[str]): what was flagged: kind:id
        escalated (int):
        family_notices_overdue (int):
        skipped (bool):
        targets_missed (int):
    """

    as_of: datetime.datetime
    details: list[str]
    escalated: int
    family_notices_overdue: int
    skipped: bool
    targets_missed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        details = self.details

        escalated = self.escalated

        family_notices_overdue = self.family_notices_overdue

        skipped = self.skipped

        targets_missed = self.targets_missed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "details": details,
                "escalated": escalated,
                "family_notices_overdue": family_notices_overdue,
                "skipped": skipped,
                "targets_missed": targets_missed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        details = cast(list[str], d.pop("details"))

        escalated = d.pop("escalated")

        family_notices_overdue = d.pop("family_notices_overdue")

        skipped = d.pop("skipped")

        targets_missed = d.pop("targets_missed")

        sweep_out = cls(
            as_of=as_of,
            details=details,
            escalated=escalated,
            family_notices_overdue=family_notices_overdue,
            skipped=skipped,
            targets_missed=targets_missed,
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
