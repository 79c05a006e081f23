from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionRoundStateOut")


@_attrs_define
class AuctionRoundStateOut:
    """
    Attributes:
        ended_on (datetime.date | None):
        id (UUID):
        method (str):
        opening_fen (int):
        outcome (str):
        price_fen (int | None):
        round_no (int):
        starts_on (datetime.date):
        valuation_fen (int):
        announced_on (datetime.date | None | Unset):
        bidding_hours (int | None | Unset):
        deposit_fen (int | None | Unset):
        sale_ends_on (datetime.date | None | Unset):
    """

    ended_on: datetime.date | None
    id: UUID
    method: str
    opening_fen: int
    outcome: str
    price_fen: int | None
    round_no: int
    starts_on: datetime.date
    valuation_fen: int
    announced_on: datetime.date | None | Unset = UNSET
    bidding_hours: int | None | Unset = UNSET
    deposit_fen: int | None | Unset = UNSET
    sale_ends_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        id = str(self.id)

        method = self.method

        opening_fen = self.opening_fen

        outcome = self.outcome

        price_fen: int | None
        price_fen = self.price_fen

        round_no = self.round_no

        starts_on = self.starts_on.isoformat()

        valuation_fen = self.valuation_fen

        announced_on: None | str | Unset
        if isinstance(self.announced_on, Unset):
            announced_on = UNSET
        elif isinstance(self.announced_on, datetime.date):
            announced_on = self.announced_on.isoformat()
        else:
            announced_on = self.announced_on

        bidding_hours: int | None | Unset
        if isinstance(self.bidding_hours, Unset):
            bidding_hours = UNSET
        else:
            bidding_hours = self.bidding_hours

        deposit_fen: int | None | Unset
        if isinstance(self.deposit_fen, Unset):
            deposit_fen = UNSET
        else:
            deposit_fen = self.deposit_fen

        sale_ends_on: None | str | Unset
        if isinstance(self.sale_ends_on, Unset):
            sale_ends_on = UNSET
        elif isinstance(self.sale_ends_on, datetime.date):
            sale_ends_on = self.sale_ends_on.isoformat()
        else:
            sale_ends_on = self.sale_ends_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ended_on": ended_on,
                "id": id,
                "method": method,
                "opening_fen": opening_fen,
                "outcome": outcome,
                "price_fen": price_fen,
                "round_no": round_no,
                "starts_on": starts_on,
                "valuation_fen": valuation_fen,
            }
        )
        if announced_on is not UNSET:
            field_dict["announced_on"] = announced_on
        if bidding_hours is not UNSET:
            field_dict["bidding_hours"] = bidding_hours
        if deposit_fen is not UNSET:
            field_dict["deposit_fen"] = deposit_fen
        if sale_ends_on is not UNSET:
            field_dict["sale_ends_on"] = sale_ends_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        id = UUID(d.pop("id"))

        method = d.pop("method")

        opening_fen = d.pop("opening_fen")

        outcome = d.pop("outcome")

        def _parse_price_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        price_fen = _parse_price_fen(d.pop("price_fen"))

        round_no = d.pop("round_no")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        valuation_fen = d.pop("valuation_fen")

        def _parse_announced_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announced_on_type_0 = datetime.date.fromisoformat(data)

                return announced_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        announced_on = _parse_announced_on(d.pop("announced_on", UNSET))

        def _parse_bidding_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bidding_hours = _parse_bidding_hours(d.pop("bidding_hours", UNSET))

        def _parse_deposit_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deposit_fen = _parse_deposit_fen(d.pop("deposit_fen", UNSET))

        def _parse_sale_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sale_ends_on_type_0 = datetime.date.fromisoformat(data)

                return sale_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        sale_ends_on = _parse_sale_ends_on(d.pop("sale_ends_on", UNSET))

        auction_round_state_out = cls(
            ended_on=ended_on,
            id=id,
            method=method,
            opening_fen=opening_fen,
            outcome=outcome,
            price_fen=price_fen,
            round_no=round_no,
            starts_on=starts_on,
            valuation_fen=valuation_fen,
            announced_on=announced_on,
            bidding_hours=bidding_hours,
            deposit_fen=deposit_fen,
            sale_ends_on=sale_ends_on,
        )

        auction_round_state_out.additional_properties = d
        return auction_round_state_out

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
