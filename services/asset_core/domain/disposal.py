"""Disposal — 拍卖 / 变卖 / 以物抵债 (网拍规定 10, 12, 17, 20, 26; the SPC notice linking online auction and online
sale; 拍卖变卖规定 5, 16, 23-25, 32)."""
from __future__ import annotations

from datetime import date, timedelta

from services.asset_core.domain._guards import _ceil_pct
from services.asset_core.domain.control_measures import ASSET_TYPE_LABELS, _FUNDS, _MOVABLES, _asset_type
from shared.calendar import ActDeadline, act_deadline, days_after
from shared.legal import DomainError, fen

ONLINE = "online_auction"
TRADITIONAL = "auction"
SALE = "sale"


def _auctionable(asset_type: str) -> str:
    t = _asset_type(asset_type)
    if t in _FUNDS:
        raise DomainError("not_auctionable", f"{ASSET_TYPE_LABELS[t]}为资金，直接扣划，不经拍卖 / {t} is money: it is "
                                             f"transferred, not auctioned")
    return t


def _round(round_no: int) -> int:
    if isinstance(round_no, bool) or not isinstance(round_no, int) or round_no < 1:
        raise DomainError("invalid_round", f"拍卖轮次须为正整数 / the round number must be 1 or more, got {round_no!r}")
    return round_no


def min_opening_price(valuation_fen: int) -> int:
    """First online auction: the opening price (起拍价) is at least 70% of the valuation, rounded UP to the fen
    (网拍规定 10)."""
    return _ceil_pct(fen(valuation_fen, "valuation_fen"), 70)


def min_next_round_price(previous_opening_fen: int) -> int:
    """Re-auction after 流拍: the cut is at most 20% of the previous opening price (网拍规定 26) or reserve
    (拍卖变卖规定 5), i.e. at least 80% of it, rounded up."""
    return _ceil_pct(fen(previous_opening_fen, "previous_opening_fen"), 80)


def check_opening_price(valuation_fen: int, round_no: int, opening_fen: int, previous_opening_fen: int | None) -> None:
    """Refuse an online opening price that is too low: round 1 against 70% of the valuation (网拍规定 10), later
    rounds against 80% of the previous round's opening price (网拍规定 26). An opening price above the valuation
    is allowed. Raises DomainError("opening_price_too_low"), or "invalid_round" / "previous_opening_required"."""
    fen(valuation_fen, "valuation_fen")
    fen(opening_fen, "opening_fen")
    _round(round_no)
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


def min_traditional_reserve(valuation_fen: int) -> int:
    """Traditional auction (委托拍卖) of property NOT valued: the first reserve (保留价) is set by the court with
    reference to the market price — at least 80% of it, rounded UP to the fen (DOMAIN.md; the 80% floor of the
    2004 text of 拍卖变卖规定, art. 8, which the 2020 revision no longer states for unvalued property)."""
    return _ceil_pct(fen(valuation_fen, "valuation_fen"), 80)


def check_traditional_reserve(valuation_fen: int, round_no: int, reserve_fen: int,
                              previous_reserve_fen: int | None, *, valued: bool = True) -> None:
    """拍卖变卖规定 5 (2020 revision): property that was valued has its valuation AS the first reserve (also
    委托评估拍卖规定 13); property not valued, a reserve set against the market price (`valuation_fen`), at least
    80% of it (DOMAIN.md); on re-auction each cut is at most 20% of the previous reserve. Raises
    DomainError("reserve_not_valuation" | "reserve_price_too_low" | "previous_opening_required" | "invalid_round")."""
    fen(valuation_fen, "valuation_fen")
    fen(reserve_fen, "opening_fen")
    _round(round_no)
    if round_no == 1:
        if valued:
            if reserve_fen != valuation_fen:
                raise DomainError("reserve_not_valuation", f"经评估的财产，评估价 {valuation_fen} 分即为第一次拍卖的保留价, "
                                                           f"而非 {reserve_fen} 分 / the valuation is the first reserve "
                                                           f"of valued property (拍卖变卖规定 5)")
            return
        floor = min_traditional_reserve(valuation_fen)
        if reserve_fen < floor:
            raise DomainError("reserve_price_too_low", f"第一次拍卖保留价 {reserve_fen} 分低于市价 {valuation_fen} 分的 80%"
                                                       f"（{floor} 分）/ the first reserve {reserve_fen} fen is below 80% "
                                                       f"of the market price ({floor} fen)")
        return
    if previous_reserve_fen is None:
        raise DomainError("previous_opening_required", f"第 {round_no} 次拍卖须提供前次保留价 / round {round_no} needs "
                                                       f"the previous reserve (拍卖变卖规定 5)")
    floor = min_next_round_price(previous_reserve_fen)
    if reserve_fen < floor:
        raise DomainError("reserve_price_too_low", f"第 {round_no} 次拍卖保留价 {reserve_fen} 分降幅超过前次保留价 "
                                                   f"{previous_reserve_fen} 分的 20%（最低 {floor} 分）/ the reserve cuts "
                                                   f"more than 20% from the previous {previous_reserve_fen} fen "
                                                   f"(minimum {floor} fen) (拍卖变卖规定 5)")


def notice_days(asset_type: str) -> int:
    """Days the first online auction must be announced in advance (网拍规定 12): 15 for movables (movables,
    vehicles, ships), 30 for real estate and other property rights (equity, securities, other rights). Funds are
    not auctioned (DomainError("not_auctionable"))."""
    return 15 if _auctionable(asset_type) in _MOVABLES else 30


def reauction_notice_days(asset_type: str) -> int:
    """Days a re-auction after 流拍 is announced in advance (网拍规定 26): 7 for movables, 15 for real estate and
    other property rights."""
    return 7 if _auctionable(asset_type) in _MOVABLES else 15


def deposit_range_fen(opening_fen: int) -> tuple[int, int]:
    """Bidding deposit (保证金) between 5% and 20% of the opening price (网拍规定 17): (5% rounded up, 20% rounded
    down), so any whole-fen amount in the range complies."""
    v = fen(opening_fen, "opening_fen")
    return _ceil_pct(v, 5), v * 20 // 100


MIN_BIDDING_HOURS = 24  # 网拍规定 20
ONLINE_MAX_AUCTION_ROUNDS = 2  # after the second 流拍, 变卖 (网拍规定 26)
TRADITIONAL_MAX_AUCTION_ROUNDS = {"immovable": 3, "movable": 2}  # 拍卖变卖规定 24-25
ONLINE_REAUCTION_DAYS = 30  # 网拍规定 26
TRADITIONAL_REAUCTION_DAYS = 60  # 拍卖变卖规定 23
SALE_PERIOD_DAYS = 60  # online sale after the 2nd 流拍 (SPC notice); traditional real estate (拍卖变卖规定 25)
SALE_NOTICE_DAYS = 7  # 拍卖变卖规定 25: sale notice within 7 days of the 3rd failure
IN_KIND_OR_RELEASE = "in_kind_or_release"


def check_online_round_timing(asset_type: str, round_no: int, *, announced_on: date, starts_on: date,
                              opening_fen: int, deposit_fen: int, bidding_hours: int,
                              previous_failed_on: date | None = None) -> None:
    """An online auction round's timing (网拍规定 12, 17, 20, 26): announced at least 15 days (movables) / 30
    days (real estate, other property rights) before the start of the first round, 7 / 15 days before a
    re-auction, which is announced within 30 days of the 流拍 (an act period, 民诉法 85 ¶3); the deposit 5–20% of
    the opening price; bidding at least 24 hours. Raises DomainError naming the article."""
    _round(round_no)
    if announced_on > starts_on:
        raise DomainError("announcement_after_start", f"公告日期 {announced_on} 晚于开拍日期 {starts_on} / announced after "
                                                      f"the start")
    if round_no == 1:
        days, article = notice_days(asset_type), "网拍规定 12"
    else:
        days, article = reauction_notice_days(asset_type), "网拍规定 26"
        if previous_failed_on is not None:
            latest = reauction_deadline(previous_failed_on, online=True)
            if announced_on > latest.on:
                raise DomainError("reauction_too_late", f"流拍后应在 30 日内再次拍卖: {previous_failed_on} 流拍, 最迟 "
                                                        f"{latest.on} / the re-auction must be announced within 30 days "
                                                        f"of the failure on {previous_failed_on}, by {latest.on} (网拍规定 26)")
    if (starts_on - announced_on).days < days:
        raise DomainError("notice_too_short", f"应在拍卖 {days} 日前公告: 公告 {announced_on}, 开拍最早 "
                                              f"{announced_on + timedelta(days=days)} / announce at least {days} days "
                                              f"before the start; announced {announced_on}, starts {starts_on} ({article})")
    low, high = deposit_range_fen(opening_fen)
    fen(deposit_fen, "deposit_fen")
    if not low <= deposit_fen <= high:
        raise DomainError("deposit_out_of_range", f"保证金应为起拍价的 5%–20%（{low}–{high} 分）, 实际 {deposit_fen} 分 / the "
                                                  f"deposit must be 5–20% of the opening price ({low}–{high} fen) "
                                                  f"(网拍规定 17)")
    if isinstance(bidding_hours, bool) or not isinstance(bidding_hours, int) or bidding_hours < MIN_BIDDING_HOURS:
        raise DomainError("bidding_too_short", f"竞价时间不得少于 24 小时, 实际 {bidding_hours} / bidding lasts at least "
                                               f"{MIN_BIDDING_HOURS} hours (网拍规定 20)")


def next_disposal_step(failed_rounds: int, online: bool, asset_type: str) -> str:
    """After `failed_rounds` 流拍: "auction" while rounds remain. Online: after 2 rounds, "sale" (变卖 on the same
    platform, 网拍规定 26). Traditional: real estate and other property rights after the 3rd failure "sale" (变卖
    at the 3rd reserve, 拍卖变卖规定 25); movables after the 2nd failure "in_kind_or_release": a creditor takes it
    in kind at the reserve or it is released and returned — no sale (拍卖变卖规定 24)."""
    t = _auctionable(asset_type)
    if isinstance(failed_rounds, bool) or not isinstance(failed_rounds, int) or failed_rounds < 0:
        raise DomainError("invalid_round", f"流拍次数须为非负整数 / failed_rounds must be 0 or more, got {failed_rounds!r}")
    if online:
        return "auction" if failed_rounds < ONLINE_MAX_AUCTION_ROUNDS else SALE
    movable = t in _MOVABLES
    rounds = TRADITIONAL_MAX_AUCTION_ROUNDS["movable" if movable else "immovable"]
    if failed_rounds < rounds:
        return "auction"
    return IN_KIND_OR_RELEASE if movable else SALE


def reauction_deadline(failed_on: date, *, online: bool = True) -> ActDeadline:
    """After 流拍, the re-auction within 30 days online (网拍规定 26), within 60 days on the traditional route
    (拍卖变卖规定 23); a period for an act (民诉法 85 ¶3)."""
    return act_deadline(days_after(failed_on, ONLINE_REAUCTION_DAYS if online else TRADITIONAL_REAUCTION_DAYS))


def sale_notice_deadline(third_failed_on: date) -> ActDeadline:
    """拍卖变卖规定 25: real estate failing a 3rd traditional auction is offered for sale by a notice within 7 days
    of the end of that auction; a period for an act (民诉法 85 ¶3)."""
    return act_deadline(days_after(third_failed_on, SALE_NOTICE_DAYS))


def sale_period_end(starts_on: date) -> date:
    """The 60-day sale period (网拍规定 26 and the SPC notice; 拍卖变卖规定 25): the last day buyers may take it; a
    duration of the offer, not a period for an act — it does not move for holidays."""
    return starts_on + timedelta(days=SALE_PERIOD_DAYS)


def required_sale_price(last_auction_opening_fen: int) -> int:
    """变卖 after failed auctions: online, at the second auction's opening price (SPC notice linking online
    auction and sale); traditional real estate, at the 3rd round's reserve (拍卖变卖规定 25) — the last failed
    auction's price either way."""
    return fen(last_auction_opening_fen, "last_auction_opening_fen")


def check_sale_price(sale_fen: int, last_auction_opening_fen: int) -> None:
    """变卖 after two failed online auctions / three failed traditional ones is priced AT the last auction's price
    (SPC notice; 拍卖变卖规定 25), neither lower nor above. Raises DomainError("sale_price_mismatch")."""
    price = required_sale_price(last_auction_opening_fen)
    if fen(sale_fen, "opening_fen") != price:
        raise DomainError("sale_price_mismatch", f"变卖价应为最后一次拍卖的起拍价/保留价 {price} 分, 而非 {sale_fen} 分 / the "
                                                 f"sale is priced at the last auction's price, {price} fen (网拍规定 26 "
                                                 f"and the SPC notice on online sale; 拍卖变卖规定 25)")


def min_sale_price(valuation_fen: int) -> int:
    """A direct sale (变卖) without auction: the lowest sale price is half the valuation, rounded up (拍卖变卖规定
    32)."""
    return _ceil_pct(fen(valuation_fen, "valuation_fen"), 50)


def in_kind_price(reserve_fen: int) -> int:
    """以物抵债: a creditor may take the asset in kind at that round's reserve price (拍卖变卖规定 16, 24-25)."""
    return fen(reserve_fen, "reserve_fen")


def disposal_step(rounds: list[tuple[str, str]], online: bool, asset_type: str) -> str:
    """The next step given the asset's rounds so far as (method, outcome) pairs: a failed sale (变卖不成) leaves
    only 以物抵债 or release (拍卖变卖规定 25; 查扣冻规定 28(3)); otherwise `next_disposal_step` on the failed
    auctions."""
    if rounds and rounds[-1] == (SALE, "failed"):
        return IN_KIND_OR_RELEASE
    failed = sum(1 for method, outcome in rounds if method != SALE and outcome == "failed")
    return next_disposal_step(failed, online, asset_type)


def disposal_exhausted(rounds: list[tuple[str, str]], online: bool, asset_type: str) -> bool:
    """查扣冻规定 28(3): the disposal failed — the last round failed and nothing is left but 以物抵债 or release —
    so, no creditor taking it in kind, the measure is released."""
    return bool(rounds) and rounds[-1][1] == "failed" and disposal_step(rounds, online, asset_type) == IN_KIND_OR_RELEASE
