from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.asset_in_discovery_source import AssetInDiscoverySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetIn")


@_attrs_define
class AssetIn:
    """
    Attributes:
        asset_type (str):
        description (str):
        discovery_source (AssetInDiscoverySource):
        debtor_party_key (None | str | Unset): which respondent owns it (party_key); default: the first
        estimated_value_fen (int | None | Unset):
        location (None | str | Unset):
        mortgaged (bool | Unset): 设有抵押 Default: False.
        quantity (int | Unset):  Default: 1.
    """

    asset_type: str
    description: str
    discovery_source: AssetInDiscoverySource
    debtor_party_key: None | str | Unset = UNSET
    estimated_value_fen: int | None | Unset = UNSET
    location: None | str | Unset = UNSET
    mortgaged: bool | Unset = False
    quantity: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type

        description = self.description

        discovery_source = self.discovery_source.value

        debtor_party_key: None | str | Unset
        if isinstance(self.debtor_party_key, Unset):
            debtor_party_key = UNSET
        else:
            debtor_party_key = self.debtor_party_key

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

        mortgaged = self.mortgaged

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_type": asset_type,
                "description": description,
                "discovery_source": discovery_source,
            }
        )
        if debtor_party_key is not UNSET:
            field_dict["debtor_party_key"] = debtor_party_key
        if estimated_value_fen is not UNSET:
            field_dict["estimated_value_fen"] = estimated_value_fen
        if location is not UNSET:
            field_dict["location"] = location
        if mortgaged is not UNSET:
            field_dict["mortgaged"] = mortgaged
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_type = d.pop("asset_type")

        description = d.pop("description")

        discovery_source = AssetInDiscoverySource(d.pop("discovery_source"))

        def _parse_debtor_party_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debtor_party_key = _parse_debtor_party_key(d.pop("debtor_party_key", UNSET))

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

        mortgaged = d.pop("mortgaged", UNSET)

        quantity = d.pop("quantity", UNSET)

        asset_in = cls(
            asset_type=asset_type,
            description=description,
            discovery_source=discovery_source,
            debtor_party_key=debtor_party_key,
            estimated_value_fen=estimated_value_fen,
            location=location,
            mortgaged=mortgaged,
            quantity=quantity,
        )

        return asset_in
