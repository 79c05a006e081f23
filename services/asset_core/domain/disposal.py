"""Disposal — 拍卖 / 变卖 / 以物抵债 (网拍规定 10, 12, 17, 20, 26; 拍卖变卖规定 5, 16, 24-25, 32)."""
from __future__ import annotations

from datetime import date, timedelta

from services.asset_core.domain._guards import _ceil_pct
from services.asset_core.domain.control_measures import ASSET_TYPE_LABELS, _FUNDS, _MOVABLES, _asset_type
from shared.legal import DomainError, fen


def _auctionable(asset_type: str) -> str:
    t = _asset_type(asset_type)
    if t in _FUNDS:
        raise DomainError("not_auctionable", f"{ASSET_TYPE_LABELS[t]}为资金，直接扣划，不经拍卖 / {t} is money: it is "
                                             f"transferred, not auctioned")
    return t


def min_opening_price(valuation_fen: int) -> int:
    """First online auction: the opening price (起拍价) is at least 70% of the valuation, rounded UP to the fen
    (网拍规定 10)."""
    return _ceil_pct(fen(valuation_fen, "valuation_fen"), 70)


def min_next_round_price(previous_opening_fen: int) -> int:
    """Re-auction after 流拍: the cut is at most 20% of the previous opening price, i.e. at least 80% of it,
    rounded up (网拍规定 26)."""
    return _ceil_pct(fen(previous_opening_fen, "previous_opening_fen"), 80)


def check_opening_price(valuation_fen: int, round_no: int, opening_fen: int, previous_opening_fen: int | None) -> None:
    """Refuse an online opening price that is too low: round 1 against 70% of the valuation (网拍规定 10), later
    rounds against 80% of the previous round's opening price (网拍规定 26). An opening price above the valuation
    is allowed. Raises DomainError("opening_price_too_low"), or "invalid_round" / "previous_opening_required"."""
    fen(valuation_fen, "valuation_fen")
    fen(opening_fen, "opening_fen")
    if isinstance(round_no, bool) or not isinstance(round_no, int) or round_no < 1:
        raise DomainError("invalid_round", f"拍卖轮次须为正整数 / the round number must be 1 or more, got {round_no!r}")
    if round_no == 1:
        floor = min_opening_price(valuation_fen)
        if opening_fen < floor:
            raise DomainError("opening_price_too_low", f"首次拍卖起拍价 {opening_fen} 分低于评估价 {valuation_fen} 分的 70%"
                                                       f"（{floor} 分）/ the first opening price {opening_fen} fen is "
                                                       f"below 70% of the valuation {valuation_fen} fen ({floor} fen) "
                                                       f"(网拍规定 10)")
        return
    if previous_opening_fen is None:
        raise DomainError("previous_opening_required", f"第 {round_no} 次拍卖须提供前次起拍价 / round {round_no} needs "
                                                       f"the previous round's opening price (网拍规定 26)")
    floor = min_next_round_price(previous_opening_fen)
    if opening_fen < floor:
        raise DomainError("opening_price_too_low", f"第 {round_no} 次拍卖起拍价 {opening_fen} 分降幅超过前次起拍价 "
                                                   f"{previous_opening_fen} 分的 20%（最低 {floor} 分）/ the opening "
                                                   f"price {opening_fen} fen cuts more than 20% from the previous "
                                                   f"{previous_opening_fen} fen (minimum {floor} fen) (网拍规定 26)")


def notice_days(asset_type: str) -> int:
    """Days the first online auction must be announced in advance (网拍规定 12): 15 for movables (movables,
    vehicles, ships), 30 for real estate and other property rights (equity, securities, other rights). Funds are
    not auctioned (DomainError("not_auctionable"))."""
    return 15 if _auctionable(asset_type) in _MOVABLES else 30


def deposit_range_fen(opening_fen: int) -> tuple[int, int]:
    """Bidding deposit (保证金) between 5% and 20% of the opening price (网拍规定 17): (5% rounded up, 20% rounded
    down), so any whole-fen amount in the range complies."""
    v = fen(opening_fen, "opening_fen")
    return _ceil_pct(v, 5), v * 20 // 100


MIN_BIDDING_HOURS = 24  # 网拍规定 20
ONLINE_MAX_AUCTION_ROUNDS = 2  # after the second 流拍, 变卖 (网拍规定 26)
TRADITIONAL_MAX_AUCTION_ROUNDS = {"immovable": 3, "movable": 2}  # 拍卖变卖规定 24-25


def next_disposal_step(failed_rounds: int, online: bool, asset_type: str) -> str:
    """After `failed_rounds` 流拍: "auction" while rounds remain, then "sale" (变卖). Online: 2 rounds (网拍规定
    26). Traditional: real estate and other property rights 3 rounds, movables 2 (拍卖变卖规定 24-25)."""
    t = _auctionable(asset_type)
    if isinstance(failed_rounds, bool) or not isinstance(failed_rounds, int) or failed_rounds < 0:
        raise DomainError("invalid_round", f"流拍次数须为非负整数 / failed_rounds must be 0 or more, got {failed_rounds!r}")
    if online:
        rounds = ONLINE_MAX_AUCTION_ROUNDS
    else:
        rounds = TRADITIONAL_MAX_AUCTION_ROUNDS["movable" if t in _MOVABLES else "immovable"]
    return "auction" if failed_rounds < rounds else "sale"


def reauction_deadline(failed_on: date) -> date:
    """After 流拍, the re-auction is held within 30 days (网拍规定 26)."""
    return failed_on + timedelta(days=30)


def min_sale_price(valuation_fen: int) -> int:
    """变卖: the lowest sale price is half the valuation, rounded up (拍卖变卖规定 32)."""
    return _ceil_pct(fen(valuation_fen, "valuation_fen"), 50)


def in_kind_price(reserve_fen: int) -> int:
    """以物抵债: a creditor may take the asset in kind at that round's reserve price (拍卖变卖规定 16, 24-25)."""
    return fen(reserve_fen, "reserve_fen")
