from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.auction_result_in_outcome import AuctionResultInOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionResultIn")


@_attrs_define
class AuctionResultIn:
    """
    Attributes:
        outcome (AuctionResultInOutcome):
        in_kind (bool | Unset): 以物抵债: the creditor takes the asset at the reserve price Default: False.
        on (datetime.date | None | Unset):
        price_fen (int | None | Unset):
    """

    outcome: AuctionResultInOutcome
    in_kind: bool | Unset = False
    on: datetime.date | None | Unset = UNSET
    price_fen: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        in_kind = self.in_kind

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        price_fen: int | None | Unset
        if isinstance(self.price_fen, Unset):
            price_fen = UNSET
        else:
            price_fen = self.price_fen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if in_kind is not UNSET:
            field_dict["in_kind"] = in_kind
        if on is not UNSET:
            field_dict["on"] = on
        if price_fen is not UNSET:
            field_dict["price_fen"] = price_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = AuctionResultInOutcome(d.pop("outcome"))

        in_kind = d.pop("in_kind", UNSET)

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        def _parse_price_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_fen = _parse_price_fen(d.pop("price_fen", UNSET))

        auction_result_in = cls(
            outcome=outcome,
            in_kind=in_kind,
            on=on,
            price_fen=price_fen,
        )

        return auction_result_in
