from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.map_spot_in_kind import MapSpotInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MapSpotIn")


@_attrs_define
class MapSpotIn:
    """
    Attributes:
        found_on (datetime.date):
        kind (MapSpotInKind): 乱占 occupation / 乱采 mining / 乱堆 piling / 乱建 building
        location (str):
        case_id (None | Unset | UUID): the case that handles it, if any
        county_code (None | str | Unset): 旗县区代码, e.g. 150523 (开鲁县)
        number (None | str | Unset): 图斑编号
        river_code (None | str | Unset): 河流, e.g. xiliao (西辽河)
        segment_code (None | str | Unset): 河段, e.g. xiliao-150523
    """

    found_on: datetime.date
    kind: MapSpotInKind
    location: str
    case_id: None | Unset | UUID = UNSET
    county_code: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    river_code: None | str | Unset = UNSET
    segment_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        found_on = self.found_on.isoformat()

        kind = self.kind.value

        location = self.location

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        river_code: None | str | Unset
        if isinstance(self.river_code, Unset):
            river_code = UNSET
        else:
            river_code = self.river_code

        segment_code: None | str | Unset
        if isinstance(self.segment_code, Unset):
            segment_code = UNSET
        else:
            segment_code = self.segment_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "found_on": found_on,
                "kind": kind,
                "location": location,
            }
        )
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if number is not UNSET:
            field_dict["number"] = number
        if river_code is not UNSET:
            field_dict["river_code"] = river_code
        if segment_code is not UNSET:
            field_dict["segment_code"] = segment_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        found_on = datetime.date.fromisoformat(d.pop("found_on"))

        kind = MapSpotInKind(d.pop("kind"))

        location = d.pop("location")

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_river_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        river_code = _parse_river_code(d.pop("river_code", UNSET))

        def _parse_segment_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        segment_code = _parse_segment_code(d.pop("segment_code", UNSET))

        map_spot_in = cls(
            found_on=found_on,
            kind=kind,
            location=location,
            case_id=case_id,
            county_code=county_code,
            number=number,
            river_code=river_code,
            segment_code=segment_code,
        )

        return map_spot_in
