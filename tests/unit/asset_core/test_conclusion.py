"""终本 gate — DOMAIN.md "终本"; 终本规定 (最高法关于严格规范终结本次执行程序的规定) 1: (1) execution notice and
asset-report order issued, (2) consumption restriction and, if eligible, dishonest-debtor listing, (3)
investigation exhausted with no disposable property, (4) MORE than 3 months since filing, (5) a missing debtor
searched for. 终本规定 9: re-query every 6 months for 5 years."""
from dataclasses import replace
from datetime import date

import pytest

from services.asset_core.domain import (
    REQUERY_INTERVAL_MONTHS, REQUERY_YEARS, ConclusionFacts, conclusion_earliest, conclusion_refusals,
    investigation_gaps, requery_schedule)

OK = ConclusionFacts(
    filed_on=date(2024, 3, 1), execution_notice_issued=True, asset_report_order_issued=True,
    consumption_restriction_issued=True, dishonest_listing_eligible=True, dishonest_listing_issued=True,
    investigation_gaps=(), disposable_property_found=False, debtor_missing=True, missing_debtor_searched=True,
    applicant_heard=True)
LATER = date(2024, 9, 1)


def codes(facts, today=LATER):
    return [r["code"] for r in conclusion_refusals(facts, today)]


def test_终本规定1_all_conditions_met_means_allowed():
    assert conclusion_refusals(OK, LATER) == []


@pytest.mark.parametrize("change, code", [
    ({"execution_notice_issued": False}, "execution_notice_missing"),
    ({"asset_report_order_issued": False}, "asset_report_order_missing"),
    ({"consumption_restriction_issued": False}, "consumption_restriction_missing"),
    ({"dishonest_listing_issued": False}, "dishonest_listing_missing"),
    ({"investigation_gaps": ("vehicles",)}, "investigation_incomplete"),
    ({"disposable_property_found": True}, "disposable_property_found"),
    ({"missing_debtor_searched": False}, "missing_debtor_not_searched"),
])
def test_终本规定1_each_failed_condition_is_named(change, code):
    refusals = conclusion_refusals(replace(OK, **change), LATER)
    assert [r["code"] for r in refusals] == [code]
    assert refusals[0]["reason"]


def test_终本规定1_2_listing_is_only_required_when_eligible():
    assert codes(replace(OK, dishonest_listing_eligible=False, dishonest_listing_issued=False)) == []


def test_终本规定1_5_a_debtor_who_is_not_missing_need_not_be_searched():
    assert codes(replace(OK, debtor_missing=False, missing_debtor_searched=False)) == []


def test_终本规定1_4_more_than_three_months_last_refused_day_and_first_allowed_day():
    assert conclusion_earliest(date(2024, 3, 1)) == date(2024, 6, 2)
    assert codes(OK, date(2024, 6, 1)) == ["too_early"]
    assert codes(OK, date(2024, 6, 2)) == []


def test_终本规定1_4_month_end_filing_dates():
    assert conclusion_earliest(date(2024, 11, 30)) == date(2025, 3, 1)
    assert codes(replace(OK, filed_on=date(2024, 11, 30)), date(2025, 2, 28)) == ["too_early"]
    assert codes(replace(OK, filed_on=date(2024, 11, 30)), date(2025, 3, 1)) == []


def test_终本规定1_4_too_early_reason_says_when_it_becomes_allowed():
    [refusal] = conclusion_refusals(OK, date(2024, 4, 1))
    assert refusal["code"] == "too_early" and "2024-06-02" in refusal["reason"]


def test_终本规定1_3_incomplete_investigation_reason_names_the_missing_categories_labels():
    gaps = tuple(investigation_gaps(["bank_deposits", "vehicles", "ships"], {"bank_deposits": "none"}, True))
    [refusal] = conclusion_refusals(replace(OK, investigation_gaps=gaps), LATER)
    assert refusal["code"] == "investigation_incomplete"
    assert "车辆" in refusal["reason"] and "船舶/渔船" in refusal["reason"] and "银行存款" not in refusal["reason"]


def test_终本规定1_1_asset_report_order_gap_is_reported_as_the_order_not_as_investigation():
    assert codes(replace(OK, investigation_gaps=("asset_report_order",))) == ["asset_report_order_missing"]
    assert codes(replace(OK, asset_report_order_issued=False, investigation_gaps=("asset_report_order",))) == [
        "asset_report_order_missing"]


def test_终本规定1_every_failing_condition_is_listed_at_once():
    worst = ConclusionFacts(
        filed_on=date(2024, 3, 1), execution_notice_issued=False, asset_report_order_issued=False,
        consumption_restriction_issued=False, dishonest_listing_eligible=True, dishonest_listing_issued=False,
        investigation_gaps=("real_estate",), disposable_property_found=True, debtor_missing=True,
        missing_debtor_searched=False, obstructed=True)
    # issue 13: 终本规定 1(5) (obstruction sanctioned) and 5 (the applicant told and heard) are conditions too
    assert codes(worst, date(2024, 3, 2)) == [
        "execution_notice_missing", "asset_report_order_missing", "consumption_restriction_missing",
        "dishonest_listing_missing", "investigation_incomplete", "disposable_property_found", "too_early",
        "missing_debtor_not_searched", "obstruction_not_sanctioned", "applicant_not_heard"]


def test_终本规定9_requery_every_six_months_for_five_years():
    assert (REQUERY_INTERVAL_MONTHS, REQUERY_YEARS) == (6, 5)
    dates = requery_schedule(date(2024, 3, 15))
    assert len(dates) == 10
    assert dates[0] == date(2024, 9, 15) and dates[1] == date(2025, 3, 15) and dates[-1] == date(2029, 3, 15)


def test_终本规定9_requery_dates_do_not_drift_after_a_month_end():
    assert requery_schedule(date(2024, 8, 31))[:3] == [date(2025, 2, 28), date(2025, 8, 31), date(2026, 2, 28)]
