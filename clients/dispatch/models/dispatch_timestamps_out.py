from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchTimestampsOut")


@_attrs_define
class DispatchTimestampsOut:
    """
    Attributes:
        arrived (datetime.datetime | None):
        cancelled (datetime.datetime | None):
        completed (datetime.datetime | None):
        dispatched (datetime.datetime):
        en_route (datetime.datetime | None):
    """

    arrived: datetime.datetime | None
    cancelled: datetime.datetime | None
    completed: datetime.datetime | None
    dispatched: datetime.datetime
    en_route: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrived: None | str
        if isinstance(self.arrived, datetime.datetime):
            arrived = self.arrived.isoformat()
        else:
            arrived = self.arrived

        cancelled: None | str
        if isinstance(self.cancelled, datetime.datetime):
            cancelled = self.cancelled.isoformat()
        else:
            cancelled = self.cancelled

        completed: None | str
        if isinstance(self.completed, datetime.datetime):
            completed = self.completed.isoformat()
        else:
            completed = self.completed

        dispatched = self.dispatched.isoformat()

        en_route: None | str
        if isinstance(self.en_route, datetime.datetime):
            en_route = self.en_route.isoformat()
        else:
            en_route = self.en_route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arrived": arrived,
                "cancelled": cancelled,
                "completed": completed,
                "dispatched": dispatched,
                "en_route": en_route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_arrived(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arrived_type_0 = datetime.datetime.fromisoformat(data)

                return arrived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        arrived = _parse_arrived(d.pop("arrived"))

        def _parse_cancelled(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled = _parse_cancelled(d.pop("cancelled"))

        def _parse_completed(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_type_0 = datetime.datetime.fromisoformat(data)

                return completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed = _parse_completed(d.pop("completed"))

        dispatched = datetime.datetime.fromisoformat(d.pop("dispatched"))

        def _parse_en_route(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                en_route_type_0 = datetime.datetime.fromisoformat(data)

                return en_route_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        en_route = _parse_en_route(d.pop("en_route"))

        dispatch_timestamps_out = cls(
            arrived=arrived,
            cancelled=cancelled,
            completed=completed,
            dispatched=dispatched,
            en_route=en_route,
        )

        dispatch_timestamps_out.additional_properties = d
        return dispatch_timestamps_out

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
