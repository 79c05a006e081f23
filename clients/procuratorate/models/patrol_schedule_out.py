from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatrolScheduleOut")


@_attrs_define
class PatrolScheduleOut:
    """
    Attributes:
        interval_days (int | None): None: no fixed interval at this level
        last_patrol_on (datetime.date):
        level (str):
        level_label (str):
        next_due_on (datetime.date | None):
    """

    interval_days: int | None
    last_patrol_on: datetime.date
    level: str
    level_label: str
    next_due_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_days: int | None
        interval_days = self.interval_days

        last_patrol_on = self.last_patrol_on.isoformat()

        level = self.level

        level_label = self.level_label

        next_due_on: None | str
        if isinstance(self.next_due_on, datetime.date):
            next_due_on = self.next_due_on.isoformat()
        else:
            next_due_on = self.next_due_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval_days": interval_days,
                "last_patrol_on": last_patrol_on,
                "level": level,
                "level_label": level_label,
                "next_due_on": next_due_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_interval_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        interval_days = _parse_interval_days(d.pop("interval_days"))

        last_patrol_on = datetime.date.fromisoformat(d.pop("last_patrol_on"))

        level = d.pop("level")

        level_label = d.pop("level_label")

        def _parse_next_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_on_type_0 = datetime.date.fromisoformat(data)

                return next_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_due_on = _parse_next_due_on(d.pop("next_due_on"))

        patrol_schedule_out = cls(
            interval_days=interval_days,
            last_patrol_on=last_patrol_on,
            level=level,
            level_label=level_label,
            next_due_on=next_due_on,
        )

        patrol_schedule_out.additional_properties = d
        return patrol_schedule_out

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
