"""Issue 13 in asset_core, each rule at its boundary with its article: the court's calendar on every period for an
act (民诉法 85 ¶3), the traditional auction route (拍卖变卖规定 5, 16, 23-25), the online sale after two failed
online auctions (网拍规定 26 and the SPC notice), online auction timing (网拍规定 12, 17, 20, 26), the national
minimum of 网络查控 categories, settled cases (和解规定 8-11; 民法典 578), the extension request date (执行期限规定 1;
审限规定 5), the 终本 gate's obstruction and applicant conditions (终本规定 1(3), 1(5), 5) and the release grounds
(查扣冻规定 28)."""
from dataclasses import replace
from datetime import date, timedelta

import pytest

from services.asset_core.domain import (
    DEFAULT_REQUIRED_CATEGORIES, IN_KIND_OR_RELEASE, ConclusionFacts, DomainError, SettlementRecord,
    check_extension_request, check_online_round_timing, check_release_ground, check_sale_price,
    check_settlement_resumption, check_traditional_reserve, closes_on_full_performance, conclusion_refusals,
    disposal_exhausted, disposal_step, execution_notice_deadline, finishing_deadline, min_traditional_reserve,
    next_disposal_step, officer_assignment_deadline, reauction_deadline, required_categories, sale_notice_deadline,
    sale_period_end, settlement_resume_deadline)
from services.asset_core.domain.case_states import CaseState

D = date


def refused(code, fn, *args, **kwargs):
    with pytest.raises(DomainError) as e:
        fn(*args, **kwargs)
    assert e.value.code == code, e.value.code
    return e.value


# --- 民诉法 85 ¶3: periods for an act move off rest days; durations do not ---------------------------------------

def test_民诉法85_officer_assignment_ending_on_a_sunday_moves_to_monday():
    moved = officer_assignment_deadline(D(2024, 8, 25))  # 7 days → Sunday 2024-09-01
    assert (moved.on, moved.moved_for_holiday_from) == (D(2024, 9, 2), D(2024, 9, 1))
    assert officer_assignment_deadline(D(2024, 8, 23)).moved_for_holiday_from is None  # Friday 08-30


def test_民诉法85_execution_notice_over_national_day_ends_on_the_first_working_day():
    moved = execution_notice_deadline(D(2024, 9, 21))  # 10 days → 2024-10-01 (国庆 10-01…07)
    assert (moved.on, moved.moved_for_holiday_from) == (D(2024, 10, 8), D(2024, 10, 1))


def test_民诉法85_a_调休_saturday_is_a_working_day_and_does_not_move():
    assert execution_notice_deadline(D(2024, 9, 19)).on == D(2024, 9, 29)  # Sunday 09-29 was a working day
    assert execution_notice_deadline(D(2024, 9, 19)).moved_for_holiday_from is None


def test_审限规定5_finishing_limit_moves_but_counts_from_the_unmoved_months():
    assert finishing_deadline(D(2024, 4, 1)).on == D(2024, 10, 8)  # 10-01 holiday
    assert finishing_deadline(D(2024, 4, 2)).on == D(2024, 10, 8)


def test_查扣冻规定27_the_sale_offer_is_a_duration_and_does_not_move():
    assert sale_period_end(D(2024, 8, 2)) == D(2024, 10, 1)  # a holiday, not moved


# --- 执行期限规定 1 (审限规定 5): the extension REQUEST is checked, at least 5 days before expiry -------------------

def test_执行期限规定1_extension_requested_on_the_last_allowed_day_passes_next_day_refused():
    deadline = finishing_deadline(D(2024, 3, 1)).on  # 2024-09-02
    check_extension_request(deadline, D(2024, 8, 28), approved_on=D(2024, 9, 5))  # approved later: fine
    e = refused("extension_too_late", check_extension_request, deadline, D(2024, 8, 29), approved_on=D(2024, 8, 29))
    assert "2024-08-28" in str(e)
    refused("approval_before_request", check_extension_request, deadline, D(2024, 8, 20), approved_on=D(2024, 8, 19))


# --- 拍卖变卖规定 5: traditional reserve ≥ 80 %, each cut ≤ 20 % ---------------------------------------------------

def test_拍卖变卖规定5_valued_property_has_its_valuation_as_the_first_reserve():
    check_traditional_reserve(1001, 1, 1001, None)
    refused("reserve_not_valuation", check_traditional_reserve, 1001, 1, 1000, None)
    refused("reserve_not_valuation", check_traditional_reserve, 100_000, 1, 70_000, None)  # not the online 70 %


def test_DOMAIN_unvalued_property_first_reserve_at_least_80_percent_of_the_market_price():
    assert min_traditional_reserve(1001) == 801
    check_traditional_reserve(1001, 1, 801, None, valued=False)
    refused("reserve_price_too_low", check_traditional_reserve, 1001, 1, 800, None, valued=False)


def test_拍卖变卖规定5_each_cut_at_most_20_percent_of_the_previous_reserve():
    check_traditional_reserve(1000, 2, 640, 800)
    refused("reserve_price_too_low", check_traditional_reserve, 1000, 2, 639, 800)
    refused("previous_opening_required", check_traditional_reserve, 1000, 2, 640, None)


# --- 拍卖变卖规定 23-25: the traditional route's endings ------------------------------------------------------------

def test_拍卖变卖规定23_reauction_within_60_days_moved_off_rest_days():
    assert reauction_deadline(D(2024, 8, 2), online=False).on == D(2024, 10, 8)  # 60 days → 10-01
    assert reauction_deadline(D(2024, 1, 2), online=False).on == D(2024, 3, 4)  # 03-02 Saturday → Monday


def test_拍卖变卖规定24_movables_after_the_second_failure_go_in_kind_or_are_released_never_sold():
    assert next_disposal_step(1, online=False, asset_type="vehicle") == "auction"
    assert next_disposal_step(2, online=False, asset_type="vehicle") == IN_KIND_OR_RELEASE
    assert disposal_exhausted([("auction", "failed"), ("auction", "failed")], False, "movable") is True
    assert disposal_exhausted([("auction", "failed")], False, "movable") is False


def test_拍卖变卖规定25_real_estate_after_the_third_failure_is_offered_for_sale_then_released():
    rounds = [("auction", "failed")] * 3
    assert disposal_step(rounds[:2], False, "real_estate") == "auction"
    assert disposal_step(rounds, False, "real_estate") == "sale"
    assert disposal_exhausted(rounds, False, "real_estate") is False  # the sale comes first
    assert disposal_step(rounds + [("sale", "failed")], False, "real_estate") == IN_KIND_OR_RELEASE
    assert disposal_exhausted(rounds + [("sale", "failed")], False, "real_estate") is True
    assert sale_notice_deadline(D(2024, 3, 1)).on == D(2024, 3, 8)  # 7 days
    assert sale_notice_deadline(D(2024, 9, 24)).on == D(2024, 10, 8)  # 10-01 holiday: moved


# --- 网拍规定 26 and the SPC notice: online sale at the second auction's opening price for 60 days ----------------

def test_网拍规定26_online_sale_is_priced_at_the_second_auctions_opening_price_not_half_the_valuation():
    check_sale_price(56_000_000, 56_000_000)
    refused("sale_price_mismatch", check_sale_price, 55_999_999, 56_000_000)
    refused("sale_price_mismatch", check_sale_price, 50_000_000, 56_000_000)  # ½ of a 1亿 valuation: refused
    assert sale_period_end(D(2025, 4, 1)) == D(2025, 5, 31)


# --- 网拍规定 12, 17, 20, 26: online auction timing ------------------------------------------------------------------

def timing(asset_type="real_estate", round_no=1, announced=D(2025, 1, 1), starts=D(2025, 1, 31), deposit=70_000,
           hours=24, failed=None, opening=700_000):
    check_online_round_timing(asset_type, round_no, announced_on=announced, starts_on=starts, opening_fen=opening,
                              deposit_fen=deposit, bidding_hours=hours, previous_failed_on=failed)


def test_网拍规定12_first_round_announced_30_days_real_estate_15_days_movables():
    timing()  # 30 days
    refused("notice_too_short", timing, starts=D(2025, 1, 30))
    timing(asset_type="vehicle", starts=D(2025, 1, 16))
    refused("notice_too_short", timing, asset_type="vehicle", starts=D(2025, 1, 15))


def test_网拍规定26_reauction_announced_15_or_7_days_ahead_and_within_30_days_of_the_failure():
    timing(round_no=2, announced=D(2025, 3, 3), starts=D(2025, 3, 18), failed=D(2025, 2, 1))  # 30 days: 03-03
    refused("notice_too_short", timing, round_no=2, announced=D(2025, 3, 3), starts=D(2025, 3, 17), failed=D(2025, 2, 1))
    refused("reauction_too_late", timing, round_no=2, announced=D(2025, 3, 4), starts=D(2025, 3, 31),
            failed=D(2025, 2, 1))
    timing(asset_type="movable", round_no=2, announced=D(2025, 2, 10), starts=D(2025, 2, 17), failed=D(2025, 2, 1))
    refused("notice_too_short", timing, asset_type="movable", round_no=2, announced=D(2025, 2, 10),
            starts=D(2025, 2, 16), failed=D(2025, 2, 1))
    # the 30th day, 2024-10-01, is a holiday: the announcement may be made on 10-08 (民诉法 85 ¶3)
    timing(round_no=2, announced=D(2024, 10, 8), starts=D(2024, 10, 23), failed=D(2024, 9, 1))


def test_网拍规定17_deposit_between_5_and_20_percent_of_the_opening_price():
    timing(deposit=35_000)
    timing(deposit=140_000)
    refused("deposit_out_of_range", timing, deposit=34_999)
    refused("deposit_out_of_range", timing, deposit=140_001)


def test_网拍规定20_bidding_at_least_24_hours():
    refused("bidding_too_short", timing, hours=23)
    refused("announcement_after_start", timing, announced=D(2025, 2, 1))


# --- 财产调查规定 13 / DOMAIN.md: a case may only ADD to the national minimum of 网络查控 categories -------------------

def test_网络查控_minimum_cannot_be_dropped_only_added_to():
    assert required_categories(None) == list(DEFAULT_REQUIRED_CATEGORIES)
    assert required_categories(["vehicles"]) == list(DEFAULT_REQUIRED_CATEGORIES)
    assert required_categories(["equity", "bank_deposits"]) == [*DEFAULT_REQUIRED_CATEGORIES, "equity"]
    refused("unknown_category", required_categories, ["gold"])


# --- 和解规定 8: full performance closes the case whatever its state ----------------------------------------------

@pytest.mark.parametrize("state, closes", [
    (CaseState.concluded_no_assets, True), (CaseState.suspended_settlement, True), (CaseState.executing, True),
    (CaseState.filed, True), (CaseState.fully_executed, False), (CaseState.terminated, False)])
def test_和解规定8_full_performance_closes_a_终本_case_as_fully_executed(state, closes):
    assert closes_on_full_performance(state) is closes


# --- 和解规定 9-11, 10: resuming a settled case ------------------------------------------------------------------

S = SettlementRecord(first_due_on=D(2024, 8, 1), performance_end_on=D(2024, 9, 1))


def test_和解规定9_a_default_proven_by_the_settlement_center_allows_resumption():
    check_settlement_resumption(replace(S, defaulted_on=D(2024, 9, 2)), D(2024, 9, 2))


def test_和解规定11_refused_while_performed_on_schedule_without_a_proven_default():
    refused("resumption_refused_on_schedule", check_settlement_resumption, S, D(2024, 8, 15))
    refused("resumption_refused_on_schedule", check_settlement_resumption, replace(S, defaulted_on=D(2024, 9, 2)),
            D(2024, 9, 1))  # the default comes later


def test_和解规定11_2_refused_while_not_yet_due_save_anticipatory_breach():
    refused("resumption_refused_not_due", check_settlement_resumption, S, D(2024, 8, 1))  # the due day itself
    check_settlement_resumption(S, D(2024, 7, 15), anticipatory_breach=True)  # 民法典 578


def test_和解规定11_1_refused_once_performed_in_full():
    refused("resumption_refused_performed", check_settlement_resumption,
            replace(S, defaulted_on=D(2024, 9, 2), performed_on=D(2024, 9, 20)), D(2024, 10, 1))


def test_和解规定10_two_years_from_the_last_day_of_performance_last_day_passes_next_refused():
    s = replace(S, defaulted_on=D(2024, 9, 2))
    assert settlement_resume_deadline(D(2024, 9, 1)).on == D(2026, 9, 1)  # Tuesday
    check_settlement_resumption(s, D(2026, 9, 1))
    refused("resumption_time_barred", check_settlement_resumption, s, D(2026, 9, 2))


def test_和解规定10_the_two_years_are_a_period_for_an_act_and_move_off_national_day():
    moved = settlement_resume_deadline(D(2024, 10, 1))  # 2026-10-01
    assert (moved.on, moved.moved_for_holiday_from) == (D(2026, 10, 8), D(2026, 10, 1))
    s = SettlementRecord(first_due_on=D(2024, 8, 1), performance_end_on=D(2024, 10, 1), defaulted_on=D(2024, 10, 2))
    check_settlement_resumption(s, D(2026, 10, 8))
    refused("resumption_time_barred", check_settlement_resumption, s, D(2026, 10, 9))


# --- 终本规定 1(3), 1(5), 5 -----------------------------------------------------------------------------------------

OK = ConclusionFacts(
    filed_on=D(2024, 3, 1), execution_notice_issued=True, asset_report_order_issued=True,
    consumption_restriction_issued=True, dishonest_listing_eligible=False, dishonest_listing_issued=False,
    investigation_gaps=(), disposable_property_found=False, debtor_missing=False, missing_debtor_searched=False,
    applicant_heard=True)


def test_终本规定1_5_obstruction_needs_a_fine_detention_or_criminal_transfer():
    assert conclusion_refusals(replace(OK, obstructed=True, obstruction_sanctioned=True), D(2024, 9, 1)) == []
    assert [r["code"] for r in conclusion_refusals(replace(OK, obstructed=True), D(2024, 9, 1))] == [
        "obstruction_not_sanctioned"]


def test_终本规定5_the_applicant_is_told_and_heard_before_终本():
    assert [r["code"] for r in conclusion_refusals(replace(OK, applicant_heard=False), D(2024, 9, 1))] == [
        "applicant_not_heard"]


# --- 查扣冻规定 28: release grounds -----------------------------------------------------------------------------------

def test_查扣冻规定28_release_grounds():
    for reason in ("third_party_property", "claim_withdrawn", "court_order", "over_seizure", "settlement"):
        check_release_ground(reason)
    check_release_ground("failed_disposal", disposal_exhausted=True)
    refused("disposal_not_exhausted", check_release_ground, "failed_disposal")
    check_release_ground("guarantee_accepted", applicant_consents=True)
    refused("applicant_consent_required", check_release_ground, "guarantee_accepted")
    check_release_ground("payment", case_fully_paid=True)
    refused("debt_not_paid", check_release_ground, "payment")
    refused("unknown_release_reason", check_release_ground, "lapsed")


def test_dates_used_above_are_what_the_calendar_says():
    assert D(2024, 9, 1).weekday() == 6 and D(2024, 3, 2).weekday() == 5
    assert D(2024, 8, 23) + timedelta(days=7) == D(2024, 8, 30)


# --- 民诉法 267: general 中止, its days not counted ----------------------------------------------------------------

def test_民诉法267_suspension_needs_one_of_its_grounds():
    from services.asset_core.domain import SUSPENSION_GROUNDS, check_suspension_ground, check_transition
    assert list(SUSPENSION_GROUNDS) == ["applicant_postpones", "third_party_objection", "party_died",
                                        "organisation_terminated", "other"]
    assert check_suspension_ground("party_died") == "party_died"
    refused("suspension_ground_required", check_suspension_ground, None)
    check_transition(CaseState.executing, CaseState.suspended)
    check_transition(CaseState.suspended, CaseState.executing)
    refused("illegal_transition", check_transition, CaseState.suspended, CaseState.concluded_no_assets)


def test_民诉法267_suspended_days_push_the_finishing_limit():
    assert finishing_deadline(D(2024, 3, 1), suspended_days=10).on == D(2024, 9, 11)
