from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answer_out_located_type_0 import AnswerOutLocatedType0
from ..models.request_kind import RequestKind

T = TypeVar("T", bound="AnswerOut")


@_attrs_define
class AnswerOut:
    """
    Attributes:
        answered_by (str):
        answered_on (datetime.date):
        asset_type (None | str):
        found (bool):
        found_at (datetime.datetime | None):
        id (UUID):
        latitude (float | None):
        leaving (bool):
        located (AnswerOutLocatedType0 | None):
        location (None | str):
        longitude (float | None):
        request (RequestKind):
        request_label (str):
        what (None | str):
    """

    answered_by: str
    answered_on: datetime.date
    asset_type: None | str
    found: bool
    found_at: datetime.datetime | None
    id: UUID
    latitude: float | None
    leaving: bool
    located: AnswerOutLocatedType0 | None
    location: None | str
    longitude: float | None
    request: RequestKind
    request_label: str
    what: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_by = self.answered_by

        answered_on = self.answered_on.isoformat()

        asset_type: None | str
        asset_type = self.asset_type

        found = self.found

        found_at: None | str
        if isinstance(self.found_at, datetime.datetime):
            found_at = self.found_at.isoformat()
        else:
            found_at = self.found_at

        id = str(self.id)

        latitude: float | None
        latitude = self.latitude

        leaving = self.leaving

        located: None | str
        if isinstance(self.located, AnswerOutLocatedType0):
            located = self.located.value
        else:
            located = self.located

        location: None | str
        location = self.location

        longitude: float | None
        longitude = self.longitude

        request = self.request.value

        request_label = self.request_label

        what: None | str
        what = self.what

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_by": answered_by,
                "answered_on": answered_on,
                "asset_type": asset_type,
                "found": found,
                "found_at": found_at,
                "id": id,
                "latitude": latitude,
                "leaving": leaving,
                "located": located,
                "location": location,
                "longitude": longitude,
                "request": request,
                "request_label": request_label,
                "what": what,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        answered_by = d.pop("answered_by")

        answered_on = datetime.date.fromisoformat(d.pop("answered_on"))

        def _parse_asset_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        asset_type = _parse_asset_type(d.pop("asset_type"))

        found = d.pop("found")

        def _parse_found_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                found_at_type_0 = datetime.datetime.fromisoformat(data)

                return found_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        found_at = _parse_found_at(d.pop("found_at"))

        id = UUID(d.pop("id"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        leaving = d.pop("leaving")

        def _parse_located(data: object) -> AnswerOutLocatedType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                located_type_0 = AnswerOutLocatedType0(data)

                return located_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerOutLocatedType0 | None, data)

        located = _parse_located(d.pop("located"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        request = RequestKind(d.pop("request"))

        request_label = d.pop("request_label")

        def _parse_what(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        what = _parse_what(d.pop("what"))

        answer_out = cls(
            answered_by=answered_by,
            answered_on=answered_on,
            asset_type=asset_type,
            found=found,
            found_at=found_at,
            id=id,
            latitude=latitude,
            leaving=leaving,
            located=located,
            location=location,
            longitude=longitude,
            request=request,
            request_label=request_label,
            what=what,
        )

        answer_out.additional_properties = d
        return answer_out

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
