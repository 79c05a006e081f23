from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.asset_found_in_asset_type import AssetFoundInAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetFoundIn")


@_attrs_define
class AssetFoundIn:
    """
    Attributes:
        asset_type (AssetFoundInAssetType):
        description (str):
        estimated_value_fen (int | None | Unset):
        location (None | str | Unset):
        seized (bool | Unset): 扣押 on site Default: False.
    """

    asset_type: AssetFoundInAssetType
    description: str
    estimated_value_fen: int | None | Unset = UNSET
    location: None | str | Unset = UNSET
    seized: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        description = self.description

        estimated_value_fen: int | None | Unset
        if isinstance(self.estimated_value_fen, Unset):
            estimated_value_fen = UNSET
        else:
            estimated_value_fen = self.estimated_value_fen

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        seized = self.seized

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_type": asset_type,
                "description": description,
            }
        )
        if estimated_value_fen is not UNSET:
            field_dict["estimated_value_fen"] = estimated_value_fen
        if location is not UNSET:
            field_dict["location"] = location
        if seized is not UNSET:
            field_dict["seized"] = seized

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_type = AssetFoundInAssetType(d.pop("asset_type"))

        description = d.pop("description")

        def _parse_estimated_value_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_value_fen = _parse_estimated_value_fen(
            d.pop("estimated_value_fen", UNSET)
        )

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        seized = d.pop("seized", UNSET)

        asset_found_in = cls(
            asset_type=asset_type,
            description=description,
            estimated_value_fen=estimated_value_fen,
            location=location,
            seized=seized,
        )

        return asset_found_in
