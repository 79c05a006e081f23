from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.auction_round_in_method import AuctionRoundInMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuctionRoundIn")


@_attrs_define
class AuctionRoundIn:
    """
    Attributes:
        method (AuctionRoundInMethod):
        opening_fen (int): 起拍价 (online), 保留价 (auction), 变卖价 (sale)
        starts_on (datetime.date):
        valuation_fen (int):
        announced_on (datetime.date | None | Unset): online: 公告日期, ≥ 15 days (movables) / 30 days (real estate) before
            the first round, 7 / 15 before a re-auction, which is announced within 30 days of the 流拍 (网拍规定 12, 26)
        bidding_hours (int | None | Unset): online: 竞价时长, ≥ 24 h (网拍规定 20)
        deposit_fen (int | None | Unset): online: 保证金, 5–20% of the opening price (网拍规定 17)
        valued (bool | Unset): auction (traditional): valuation_fen is an appraisal, which is the first reserve (拍卖变卖规定
            5); false: it is the market price and the first reserve is ≥ 80 % of it Default: True.
    """

    method: AuctionRoundInMethod
    opening_fen: int
    starts_on: datetime.date
    valuation_fen: int
    announced_on: datetime.date | None | Unset = UNSET
    bidding_hours: int | None | Unset = UNSET
    deposit_fen: int | None | Unset = UNSET
    valued: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        opening_fen = self.opening_fen

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

        valued = self.valued

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "opening_fen": opening_fen,
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
        if valued is not UNSET:
            field_dict["valued"] = valued

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = AuctionRoundInMethod(d.pop("method"))

        opening_fen = d.pop("opening_fen")

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

        valued = d.pop("valued", UNSET)

        auction_round_in = cls(
            method=method,
            opening_fen=opening_fen,
            starts_on=starts_on,
            valuation_fen=valuation_fen,
            announced_on=announced_on,
            bidding_hours=bidding_hours,
            deposit_fen=deposit_fen,
            valued=valued,
        )

        return auction_round_in
