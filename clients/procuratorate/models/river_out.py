from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_out import SegmentOut


T = TypeVar("T", bound="RiverOut")


@_attrs_define
class RiverOut:
    """
    Attributes:
        basin_km2 (int | None):
        code (str):
        local_km (int | None):
        main_stream_km (int | None):
        name (str):
        segments (list[SegmentOut]):
        provinces (list[str] | Unset): provinces the river flows through
    """

    basin_km2: int | None
    code: str
    local_km: int | None
    main_stream_km: int | None
    name: str
    segments: list[SegmentOut]
    provinces: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basin_km2: int | None
        basin_km2 = self.basin_km2

        code = self.code

        local_km: int | None
        local_km = self.local_km

        main_stream_km: int | None
        main_stream_km = self.main_stream_km

        name = self.name

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        provinces: list[str] | Unset = UNSET
        if not isinstance(self.provinces, Unset):
            provinces = self.provinces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basin_km2": basin_km2,
                "code": code,
                "local_km": local_km,
                "main_stream_km": main_stream_km,
                "name": name,
                "segments": segments,
            }
        )
        if provinces is not UNSET:
            field_dict["provinces"] = provinces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segment_out import SegmentOut

        d = dict(src_dict)

        def _parse_basin_km2(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        basin_km2 = _parse_basin_km2(d.pop("basin_km2"))

        code = d.pop("code")

        def _parse_local_km(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        local_km = _parse_local_km(d.pop("local_km"))

        def _parse_main_stream_km(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        main_stream_km = _parse_main_stream_km(d.pop("main_stream_km"))

        name = d.pop("name")

        segments = []
        _segments = d.pop("segments")
        for segments_item_data in _segments:
            segments_item = SegmentOut.from_dict(segments_item_data)

            segments.append(segments_item)

        provinces = cast(list[str], d.pop("provinces", UNSET))

        river_out = cls(
            basin_km2=basin_km2,
            code=code,
            local_km=local_km,
            main_stream_km=main_stream_km,
            name=name,
            segments=segments,
            provinces=provinces,
        )

        river_out.additional_properties = d
        return river_out

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
