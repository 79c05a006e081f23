from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PingIn")


@_attrs_define
class PingIn:
    """
    Attributes:
        latitude (float):
        longitude (float):
        recorded_at (datetime.datetime):
        accuracy_m (float | None | Unset):
        dispatch_id (None | Unset | UUID):
    """

    latitude: float
    longitude: float
    recorded_at: datetime.datetime
    accuracy_m: float | None | Unset = UNSET
    dispatch_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        recorded_at = self.recorded_at.isoformat()

        accuracy_m: float | None | Unset
        if isinstance(self.accuracy_m, Unset):
            accuracy_m = UNSET
        else:
            accuracy_m = self.accuracy_m

        dispatch_id: None | str | Unset
        if isinstance(self.dispatch_id, Unset):
            dispatch_id = UNSET
        elif isinstance(self.dispatch_id, UUID):
            dispatch_id = str(self.dispatch_id)
        else:
            dispatch_id = self.dispatch_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latitude": latitude,
                "longitude": longitude,
                "recorded_at": recorded_at,
            }
        )
        if accuracy_m is not UNSET:
            field_dict["accuracy_m"] = accuracy_m
        if dispatch_id is not UNSET:
            field_dict["dispatch_id"] = dispatch_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        def _parse_accuracy_m(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        accuracy_m = _parse_accuracy_m(d.pop("accuracy_m", UNSET))

        def _parse_dispatch_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dispatch_id_type_0 = UUID(data)

                return dispatch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        dispatch_id = _parse_dispatch_id(d.pop("dispatch_id", UNSET))

        ping_in = cls(
            latitude=latitude,
            longitude=longitude,
            recorded_at=recorded_at,
            accuracy_m=accuracy_m,
            dispatch_id=dispatch_id,
        )

        return ping_in
