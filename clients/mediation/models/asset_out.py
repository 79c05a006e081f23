from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.measure_out import MeasureOut


T = TypeVar("T", bound="AssetOut")


@_attrs_define
class AssetOut:
    """
    Attributes:
        asset_type (str):
        description (str):
        discovery_source (None | str):
        estimated_value_fen (int | None):
        id (UUID):
        measures (list[MeasureOut]):
    """

    asset_type: str
    description: str
    discovery_source: None | str
    estimated_value_fen: int | None
    id: UUID
    measures: list[MeasureOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type

        description = self.description

        discovery_source: None | str
        discovery_source = self.discovery_source

        estimated_value_fen: int | None
        estimated_value_fen = self.estimated_value_fen

        id = str(self.id)

        measures = []
        for measures_item_data in self.measures:
            measures_item = measures_item_data.to_dict()
            measures.append(measures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_type": asset_type,
                "description": description,
                "discovery_source": discovery_source,
                "estimated_value_fen": estimated_value_fen,
                "id": id,
                "measures": measures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.measure_out import MeasureOut

        d = dict(src_dict)
        asset_type = d.pop("asset_type")

        description = d.pop("description")

        def _parse_discovery_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        discovery_source = _parse_discovery_source(d.pop("discovery_source"))

        def _parse_estimated_value_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        estimated_value_fen = _parse_estimated_value_fen(d.pop("estimated_value_fen"))

        id = UUID(d.pop("id"))

        measures = []
        _measures = d.pop("measures")
        for measures_item_data in _measures:
            measures_item = MeasureOut.from_dict(measures_item_data)

            measures.append(measures_item)

        asset_out = cls(
            asset_type=asset_type,
            description=description,
            discovery_source=discovery_source,
            estimated_value_fen=estimated_value_fen,
            id=id,
            measures=measures,
        )

        asset_out.additional_properties = d
        return asset_out

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
