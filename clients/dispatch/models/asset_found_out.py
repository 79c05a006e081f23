from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetFoundOut")


@_attrs_define
class AssetFoundOut:
    """
    Attributes:
        asset_type (str):
        description (str):
        estimated_value_fen (int | None):
        location (None | str):
        seized (bool):
    """

    asset_type: str
    description: str
    estimated_value_fen: int | None
    location: None | str
    seized: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type

        description = self.description

        estimated_value_fen: int | None
        estimated_value_fen = self.estimated_value_fen

        location: None | str
        location = self.location

        seized = self.seized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_type": asset_type,
                "description": description,
                "estimated_value_fen": estimated_value_fen,
                "location": location,
                "seized": seized,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_type = d.pop("asset_type")

        description = d.pop("description")

        def _parse_estimated_value_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        estimated_value_fen = _parse_estimated_value_fen(d.pop("estimated_value_fen"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        seized = d.pop("seized")

        asset_found_out = cls(
            asset_type=asset_type,
            description=description,
            estimated_value_fen=estimated_value_fen,
            location=location,
            seized=seized,
        )

        asset_found_out.additional_properties = d
        return asset_found_out

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
