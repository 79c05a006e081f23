from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auction_round_state_out import AuctionRoundStateOut


T = TypeVar("T", bound="AssetStateItemOut")


@_attrs_define
class AssetStateItemOut:
    """
    Attributes:
        asset_type (str):
        auction_rounds (list[AuctionRoundStateOut]):
        description (str):
        discovery_source (str):
        estimated_value_fen (int | None):
        id (UUID):
        location (None | str):
        mortgaged (bool):
        quantity (int):
        remortgage_requested_on (datetime.date | None):
        source_event_id (None | str):
        status (str):
        undisposable_reason (None | str | Unset): found but cannot be disposed of (终本规定 1(3))
    """

    asset_type: str
    auction_rounds: list[AuctionRoundStateOut]
    description: str
    discovery_source: str
    estimated_value_fen: int | None
    id: UUID
    location: None | str
    mortgaged: bool
    quantity: int
    remortgage_requested_on: datetime.date | None
    source_event_id: None | str
    status: str
    undisposable_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type

        auction_rounds = []
        for auction_rounds_item_data in self.auction_rounds:
            auction_rounds_item = auction_rounds_item_data.to_dict()
            auction_rounds.append(auction_rounds_item)

        description = self.description

        discovery_source = self.discovery_source

        estimated_value_fen: int | None
        estimated_value_fen = self.estimated_value_fen

        id = str(self.id)

        location: None | str
        location = self.location

        mortgaged = self.mortgaged

        quantity = self.quantity

        remortgage_requested_on: None | str
        if isinstance(self.remortgage_requested_on, datetime.date):
            remortgage_requested_on = self.remortgage_requested_on.isoformat()
        else:
            remortgage_requested_on = self.remortgage_requested_on

        source_event_id: None | str
        source_event_id = self.source_event_id

        status = self.status

        undisposable_reason: None | str | Unset
        if isinstance(self.undisposable_reason, Unset):
            undisposable_reason = UNSET
        else:
            undisposable_reason = self.undisposable_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_type": asset_type,
                "auction_rounds": auction_rounds,
                "description": description,
                "discovery_source": discovery_source,
                "estimated_value_fen": estimated_value_fen,
                "id": id,
                "location": location,
                "mortgaged": mortgaged,
                "quantity": quantity,
                "remortgage_requested_on": remortgage_requested_on,
                "source_event_id": source_event_id,
                "status": status,
            }
        )
        if undisposable_reason is not UNSET:
            field_dict["undisposable_reason"] = undisposable_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auction_round_state_out import AuctionRoundStateOut

        d = dict(src_dict)
        asset_type = d.pop("asset_type")

        auction_rounds = []
        _auction_rounds = d.pop("auction_rounds")
        for auction_rounds_item_data in _auction_rounds:
            auction_rounds_item = AuctionRoundStateOut.from_dict(
                auction_rounds_item_data
            )

            auction_rounds.append(auction_rounds_item)

        description = d.pop("description")

        discovery_source = d.pop("discovery_source")

        def _parse_estimated_value_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        estimated_value_fen = _parse_estimated_value_fen(d.pop("estimated_value_fen"))

        id = UUID(d.pop("id"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        mortgaged = d.pop("mortgaged")

        quantity = d.pop("quantity")

        def _parse_remortgage_requested_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remortgage_requested_on_type_0 = datetime.date.fromisoformat(data)

                return remortgage_requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        remortgage_requested_on = _parse_remortgage_requested_on(
            d.pop("remortgage_requested_on")
        )

        def _parse_source_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id"))

        status = d.pop("status")

        def _parse_undisposable_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        undisposable_reason = _parse_undisposable_reason(
            d.pop("undisposable_reason", UNSET)
        )

        asset_state_item_out = cls(
            asset_type=asset_type,
            auction_rounds=auction_rounds,
            description=description,
            discovery_source=discovery_source,
            estimated_value_fen=estimated_value_fen,
            id=id,
            location=location,
            mortgaged=mortgaged,
            quantity=quantity,
            remortgage_requested_on=remortgage_requested_on,
            source_event_id=source_event_id,
            status=status,
            undisposable_reason=undisposable_reason,
        )

        asset_state_item_out.additional_properties = d
        return asset_state_item_out

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
