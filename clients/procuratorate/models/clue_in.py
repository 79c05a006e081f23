from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.clue_in_source import ClueInSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClueIn")


@_attrs_define
class ClueIn:
    """
    Attributes:
        received_on (datetime.date):
        source (ClueInSource): 线索来源: 政协委员 / 人大代表 / 河长办 / 群众 / 巡河 / 其他检察院
        summary (str):
        county_code (None | str | Unset): 旗县区代码, e.g. 150523 (开鲁县)
        location (None | str | Unset):
        river_code (None | str | Unset): 河流, e.g. xiliao (西辽河)
        segment_code (None | str | Unset): 河段, e.g. xiliao-150523
        source_name (None | str | Unset):
    """

    received_on: datetime.date
    source: ClueInSource
    summary: str
    county_code: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    river_code: None | str | Unset = UNSET
    segment_code: None | str | Unset = UNSET
    source_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        received_on = self.received_on.isoformat()

        source = self.source.value

        summary = self.summary

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

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

        source_name: None | str | Unset
        if isinstance(self.source_name, Unset):
            source_name = UNSET
        else:
            source_name = self.source_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received_on": received_on,
                "source": source,
                "summary": summary,
            }
        )
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if location is not UNSET:
            field_dict["location"] = location
        if river_code is not UNSET:
            field_dict["river_code"] = river_code
        if segment_code is not UNSET:
            field_dict["segment_code"] = segment_code
        if source_name is not UNSET:
            field_dict["source_name"] = source_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        source = ClueInSource(d.pop("source"))

        summary = d.pop("summary")

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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

        def _parse_source_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_name = _parse_source_name(d.pop("source_name", UNSET))

        clue_in = cls(
            received_on=received_on,
            source=source,
            summary=summary,
            county_code=county_code,
            location=location,
            river_code=river_code,
            segment_code=segment_code,
            source_name=source_name,
        )

        return clue_in
