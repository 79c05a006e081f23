from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfficerLocationOut")


@_attrs_define
class OfficerLocationOut:
    """
    Attributes:
        accuracy_m (float | None):
        latitude (float):
        longitude (float):
        officer_id (str):
        recorded_at (datetime.datetime):
    """

    accuracy_m: float | None
    latitude: float
    longitude: float
    officer_id: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy_m: float | None
        accuracy_m = self.accuracy_m

        latitude = self.latitude

        longitude = self.longitude

        officer_id = self.officer_id

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accuracy_m": accuracy_m,
                "latitude": latitude,
                "longitude": longitude,
                "officer_id": officer_id,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_accuracy_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        accuracy_m = _parse_accuracy_m(d.pop("accuracy_m"))

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        officer_id = d.pop("officer_id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        officer_location_out = cls(
            accuracy_m=accuracy_m,
            latitude=latitude,
            longitude=longitude,
            officer_id=officer_id,
            recorded_at=recorded_at,
        )

        officer_location_out.additional_properties = d
        return officer_location_out

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
