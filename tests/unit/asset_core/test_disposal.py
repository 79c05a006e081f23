"""Disposal — 网拍规定 10 (opening ≥ 70% of valuation), 12 (notice 15 days movables / 30 days real estate and
other property rights), 17 (deposit 5–20% of opening), 20 (bidding ≥ 24 h), 26 (re-auction within 30 days, cut
≤ 20%, sale after the second 流拍); 拍卖变卖规定 24–25 (traditional rounds: immovables 3, movables 2), 32 (sale ≥ ½
of valuation), 16 (以物抵债 at the round's reserve price). Money is int fen, rounded in the law's favour."""
from datetime import date

import pytest

from services.asset_core.domain import (
    MIN_BIDDING_HOURS, ONLINE_MAX_AUCTION_ROUNDS, DomainError, check_opening_price, deposit_range_fen,
    in_kind_price, min_next_round_price, min_opening_price, min_sale_price, next_disposal_step, notice_days,
    reauction_deadline)


@pytest.mark.parametrize("valuation, minimum", [(1000, 700), (1001, 701), (1, 1), (0, 0),
                                                 (7_000_000_000, 4_900_000_000), (10**15 + 1, 7 * 10**14 + 1)])
def test_网拍规定10_opening_price_at_least_70_percent_rounded_up(valuation, minimum):
    assert min_opening_price(valuation) == minimum


@pytest.mark.parametrize("bad", [1000.0, -1, True, "1000"])
def test_网拍规定10_money_must_be_non_negative_int_fen(bad):
    with pytest.raises(DomainError) as e:
        min_opening_price(bad)
    assert e.value.code == "invalid_amount"


def test_网拍规定10_first_round_exact_minimum_passes_one_fen_less_refused():
    check_opening_price(1001, 1, 701, None)
    with pytest.raises(DomainError) as e:
        check_opening_price(1001, 1, 700, None)
    assert e.value.code == "opening_price_too_low" and "701" in str(e.value)


def test_网拍规定10_opening_above_valuation_is_allowed():
    check_opening_price(1000, 1, 2000, None)


@pytest.mark.parametrize("previous, minimum", [(700, 560), (701, 561), (1, 1)])
def test_网拍规定26_next_round_cut_at_most_20_percent_rounded_up(previous, minimum):
    assert min_next_round_price(previous) == minimum


def test_网拍规定26_second_round_checked_against_previous_opening_not_valuation():
    check_opening_price(1001, 2, 561, 701)  # below 70% of valuation, but within 20% of the previous opening
    with pytest.raises(DomainError) as e:
        check_opening_price(1001, 2, 560, 701)
    assert e.value.code == "opening_price_too_low"


def test_网拍规定26_later_round_needs_the_previous_opening_and_rounds_start_at_1():
    with pytest.raises(DomainError) as e:
        check_opening_price(1000, 2, 800, None)
    assert e.value.code == "previous_opening_required"
    with pytest.raises(DomainError) as e:
        check_opening_price(1000, 0, 800, None)
    assert e.value.code == "invalid_round"


@pytest.mark.parametrize("asset_type, days", [
    ("real_estate", 30), ("equity", 30), ("other_property_right", 30), ("securities", 30),
    ("movable", 15), ("vehicle", 15), ("ship", 15),
])
def test_网拍规定12_notice_period(asset_type, days):
    assert notice_days(asset_type) == days


@pytest.mark.parametrize("asset_type", ["bank_deposit", "online_funds"])
def test_网拍规定12_funds_are_not_auctioned(asset_type):
    with pytest.raises(DomainError) as e:
        notice_days(asset_type)
    assert e.value.code == "not_auctionable"


@pytest.mark.parametrize("opening, expected", [(1000, (50, 200)), (1001, (51, 200)), (19, (1, 3)), (0, (0, 0))])
def test_网拍规定17_deposit_between_5_and_20_percent(opening, expected):
    assert deposit_range_fen(opening) == expected


def test_网拍规定20_bidding_lasts_at_least_24_hours():
    assert MIN_BIDDING_HOURS == 24


@pytest.mark.parametrize("failed, step", [(0, "auction"), (1, "auction"), (2, "sale"), (3, "sale")])
def test_网拍规定26_online_sale_after_the_second_流拍(failed, step):
    assert ONLINE_MAX_AUCTION_ROUNDS == 2
    assert next_disposal_step(failed, online=True, asset_type="real_estate") == step
    assert next_disposal_step(failed, online=True, asset_type="vehicle") == step


@pytest.mark.parametrize("asset_type, failed, step", [
    ("real_estate", 2, "auction"), ("real_estate", 3, "sale"),
    ("equity", 2, "auction"), ("equity", 3, "sale"),
    ("movable", 1, "auction"), ("movable", 2, "in_kind_or_release"),  # issue 13: 拍卖变卖规定 24, no sale
])
def test_拍卖变卖规定24_25_traditional_rounds_immovables_3_movables_2(asset_type, failed, step):
    assert next_disposal_step(failed, online=False, asset_type=asset_type) == step


def test_网拍规定26_failed_rounds_cannot_be_negative():
    with pytest.raises(DomainError):
        next_disposal_step(-1, online=True, asset_type="vehicle")


def test_网拍规定26_reauction_within_30_days():
    # issue 13: 2024-03-31 is a Sunday; a period for an act ends on the next working day (民诉法 85 ¶3)
    assert reauction_deadline(date(2024, 3, 1)).on == date(2024, 4, 1)
    assert reauction_deadline(date(2024, 3, 1)).moved_for_holiday_from == date(2024, 3, 31)
    assert reauction_deadline(date(2024, 12, 15)).on == date(2025, 1, 14)


@pytest.mark.parametrize("valuation, minimum", [(1000, 500), (1001, 501), (1, 1)])
def test_拍卖变卖规定32_sale_at_least_half_the_valuation_rounded_up(valuation, minimum):
    assert min_sale_price(valuation) == minimum


def test_拍卖变卖规定16_in_kind_at_the_rounds_reserve_price():
    assert in_kind_price(560) == 560
    with pytest.raises(DomainError):
        in_kind_price(-1)
