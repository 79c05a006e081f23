from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.map_spot_out_history_item import MapSpotOutHistoryItem


T = TypeVar("T", bound="MapSpotOut")


@_attrs_define
class MapSpotOut:
    """
    Attributes:
        case_id (None | UUID):
        county_code (None | str):
        created_at (datetime.datetime):
        found_on (datetime.date):
        history (list[MapSpotOutHistoryItem]):
        id (UUID):
        kind (str):
        kind_label (str):
        location (str):
        number (None | str):
        org_code (str):
        rectification_note (None | str):
        rectified_on (datetime.date | None):
        river_code (None | str):
        segment_code (None | str):
        status (str):
        status_label (str):
        version (int):
    """

    case_id: None | UUID
    county_code: None | str
    created_at: datetime.datetime
    found_on: datetime.date
    history: list[MapSpotOutHistoryItem]
    id: UUID
    kind: str
    kind_label: str
    location: str
    number: None | str
    org_code: str
    rectification_note: None | str
    rectified_on: datetime.date | None
    river_code: None | str
    segment_code: None | str
    status: str
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        county_code: None | str
        county_code = self.county_code

        created_at = self.created_at.isoformat()

        found_on = self.found_on.isoformat()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = str(self.id)

        kind = self.kind

        kind_label = self.kind_label

        location = self.location

        number: None | str
        number = self.number

        org_code = self.org_code

        rectification_note: None | str
        rectification_note = self.rectification_note

        rectified_on: None | str
        if isinstance(self.rectified_on, datetime.date):
            rectified_on = self.rectified_on.isoformat()
        else:
            rectified_on = self.rectified_on

        river_code: None | str
        river_code = self.river_code

        segment_code: None | str
        segment_code = self.segment_code

        status = self.status

        status_label = self.status_label

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "county_code": county_code,
                "created_at": created_at,
                "found_on": found_on,
                "history": history,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "location": location,
                "number": number,
                "org_code": org_code,
                "rectification_note": rectification_note,
                "rectified_on": rectified_on,
                "river_code": river_code,
                "segment_code": segment_code,
                "status": status,
                "status_label": status_label,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.map_spot_out_history_item import MapSpotOutHistoryItem

        d = dict(src_dict)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        found_on = datetime.date.fromisoformat(d.pop("found_on"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = MapSpotOutHistoryItem.from_dict(history_item_data)

            history.append(history_item)

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        location = d.pop("location")

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        org_code = d.pop("org_code")

        def _parse_rectification_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rectification_note = _parse_rectification_note(d.pop("rectification_note"))

        def _parse_rectified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectified_on_type_0 = datetime.date.fromisoformat(data)

                return rectified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        rectified_on = _parse_rectified_on(d.pop("rectified_on"))

        def _parse_river_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        river_code = _parse_river_code(d.pop("river_code"))

        def _parse_segment_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        segment_code = _parse_segment_code(d.pop("segment_code"))

        status = d.pop("status")

        status_label = d.pop("status_label")

        version = d.pop("version")

        map_spot_out = cls(
            case_id=case_id,
            county_code=county_code,
            created_at=created_at,
            found_on=found_on,
            history=history,
            id=id,
            kind=kind,
            kind_label=kind_label,
            location=location,
            number=number,
            org_code=org_code,
            rectification_note=rectification_note,
            rectified_on=rectified_on,
            river_code=river_code,
            segment_code=segment_code,
            status=status,
            status_label=status_label,
            version=version,
        )

        map_spot_out.additional_properties = d
        return map_spot_out

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
