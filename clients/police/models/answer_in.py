from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.answer_in_asset_type_type_0 import AnswerInAssetTypeType0
from ..models.request_kind import RequestKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerIn")


@_attrs_define
class AnswerIn:
    """
    Attributes:
        answered_on (datetime.date):
        found (bool):
        person_id (UUID):
        request (RequestKind):
        asset_type (AnswerInAssetTypeType0 | None | Unset):
        found_at (datetime.datetime | None | Unset): when the person or asset was seen
        latitude (float | None | Unset):
        leaving (bool | Unset): 即将离开 Default: False.
        location (None | str | Unset): where (required when found)
        longitude (float | None | Unset):
        what (None | str | Unset): what was found, e.g. 丰田越野车 蒙K·88888
    """

    answered_on: datetime.date
    found: bool
    person_id: UUID
    request: RequestKind
    asset_type: AnswerInAssetTypeType0 | None | Unset = UNSET
    found_at: datetime.datetime | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    leaving: bool | Unset = False
    location: None | str | Unset = UNSET
    longitude: float | None | Unset = UNSET
    what: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        answered_on = self.answered_on.isoformat()

        found = self.found

        person_id = str(self.person_id)

        request = self.request.value

        asset_type: None | str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        elif isinstance(self.asset_type, AnswerInAssetTypeType0):
            asset_type = self.asset_type.value
        else:
            asset_type = self.asset_type

        found_at: None | str | Unset
        if isinstance(self.found_at, Unset):
            found_at = UNSET
        elif isinstance(self.found_at, datetime.datetime):
            found_at = self.found_at.isoformat()
        else:
            found_at = self.found_at

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        leaving = self.leaving

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        what: None | str | Unset
        if isinstance(self.what, Unset):
            what = UNSET
        else:
            what = self.what

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answered_on": answered_on,
                "found": found,
                "person_id": person_id,
                "request": request,
            }
        )
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if found_at is not UNSET:
            field_dict["found_at"] = found_at
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if leaving is not UNSET:
            field_dict["leaving"] = leaving
        if location is not UNSET:
            field_dict["location"] = location
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if what is not UNSET:
            field_dict["what"] = what

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        answered_on = datetime.date.fromisoformat(d.pop("answered_on"))

        found = d.pop("found")

        person_id = UUID(d.pop("person_id"))

        request = RequestKind(d.pop("request"))

        def _parse_asset_type(data: object) -> AnswerInAssetTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_type_type_0 = AnswerInAssetTypeType0(data)

                return asset_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerInAssetTypeType0 | None | Unset, data)

        asset_type = _parse_asset_type(d.pop("asset_type", UNSET))

        def _parse_found_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                found_at_type_0 = datetime.datetime.fromisoformat(data)

                return found_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        found_at = _parse_found_at(d.pop("found_at", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        leaving = d.pop("leaving", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_what(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what = _parse_what(d.pop("what", UNSET))

        answer_in = cls(
            answered_on=answered_on,
            found=found,
            person_id=person_id,
            request=request,
            asset_type=asset_type,
            found_at=found_at,
            latitude=latitude,
            leaving=leaving,
            location=location,
            longitude=longitude,
            what=what,
        )

        return answer_in
