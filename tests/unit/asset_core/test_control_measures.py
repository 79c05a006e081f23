"""Control measures — 解释 485 (frozen deposits 1 year, movables seized 2 years, real estate / other property
rights 3 years; renewal each at most the same period), 查扣冻规定 27 (unrenewed measure lapses at expiry),
查扣冻规定 26 (轮候查封 becomes effective when the earlier one is lifted), 查扣冻规定 19, 28 (release reasons);
DOMAIN.md: warn 30 days before expiry (configurable)."""
from datetime import date

import pytest

from services.asset_core.domain import (
    ASSET_TYPES, EXPIRY_WARNING_DAYS, MEASURE_KINDS, RELEASE_REASONS, DomainError, allowed_measure_kinds,
    measure_expiry, measure_max_months, measure_status, next_queued_effective, renewal_expiry)


@pytest.mark.parametrize("asset_type, months", [
    ("bank_deposit", 12), ("online_funds", 12),
    ("movable", 24), ("vehicle", 24), ("ship", 24),
    ("real_estate", 36), ("equity", 36), ("securities", 36), ("other_property_right", 36),
])
def test_解释485_maximum_periods(asset_type, months):
    assert measure_max_months(asset_type) == months


def test_解释485_every_asset_type_has_a_maximum_and_a_measure_kind():
    for t in ASSET_TYPES:
        assert measure_max_months(t) in (12, 24, 36)
        assert allowed_measure_kinds(t) <= set(MEASURE_KINDS) and allowed_measure_kinds(t)


@pytest.mark.parametrize("asset_type, kinds", [
    ("bank_deposit", {"freeze"}), ("online_funds", {"freeze"}),
    ("movable", {"seize", "seal"}), ("vehicle", {"seize", "seal"}), ("ship", {"seize", "seal"}),
    ("real_estate", {"seal"}), ("equity", {"freeze"}), ("securities", {"freeze"}),
    ("other_property_right", {"freeze"}),
])
def test_解释485_measure_kind_fits_the_asset(asset_type, kinds):
    assert allowed_measure_kinds(asset_type) == frozenset(kinds)


def test_解释485_unknown_asset_type_is_refused():
    with pytest.raises(DomainError) as e:
        measure_max_months("bitcoin")
    assert e.value.code == "unknown_asset_type"


def test_解释485_expiry_defaults_to_the_maximum():
    assert measure_expiry("bank_deposit", date(2024, 3, 15)) == date(2025, 3, 15)
    assert measure_expiry("vehicle", date(2024, 3, 15)) == date(2026, 3, 15)
    assert measure_expiry("real_estate", date(2024, 3, 15)) == date(2027, 3, 15)
    assert measure_expiry("bank_deposit", date(2024, 2, 29)) == date(2025, 2, 28)


def test_解释485_shorter_period_allowed_maximum_allowed_one_month_more_refused():
    assert measure_expiry("bank_deposit", date(2024, 3, 15), 6) == date(2024, 9, 15)
    assert measure_expiry("bank_deposit", date(2024, 3, 15), 12) == date(2025, 3, 15)
    with pytest.raises(DomainError) as e:
        measure_expiry("bank_deposit", date(2024, 3, 15), 13)
    assert e.value.code == "period_exceeds_maximum" and "12" in str(e.value)
    with pytest.raises(DomainError) as e:
        measure_expiry("movable", date(2024, 3, 15), 25)
    assert e.value.code == "period_exceeds_maximum"


@pytest.mark.parametrize("months", [0, -1, 1.5])
def test_解释485_period_must_be_a_positive_number_of_months(months):
    with pytest.raises(DomainError) as e:
        measure_expiry("real_estate", date(2024, 3, 15), months)
    assert e.value.code == "invalid_period"


def test_解释485_renewal_on_the_last_day_counts_from_the_current_expiry():
    assert renewal_expiry("bank_deposit", date(2025, 3, 15), today=date(2025, 3, 15)) == date(2026, 3, 15)
    assert renewal_expiry("real_estate", date(2027, 3, 15), today=date(2027, 1, 1), months=12) == date(2028, 3, 15)


def test_查扣冻规定27_no_renewal_one_day_after_expiry():
    with pytest.raises(DomainError) as e:
        renewal_expiry("bank_deposit", date(2025, 3, 15), today=date(2025, 3, 16))
    assert e.value.code == "measure_lapsed"


def test_解释485_renewal_at_most_the_same_period():
    with pytest.raises(DomainError) as e:
        renewal_expiry("vehicle", date(2026, 3, 15), today=date(2026, 3, 1), months=25)
    assert e.value.code == "period_exceeds_maximum"


@pytest.mark.parametrize("today, expected", [
    (date(2025, 2, 12), "active"),      # 31 days before expiry
    (date(2025, 2, 13), "expiring"),    # 30 days before: inside the window (inclusive)
    (date(2025, 3, 15), "expiring"),    # last day in force
    (date(2025, 3, 16), "lapsed"),      # one day after: 查扣冻规定 27
])
def test_查扣冻规定27_status_boundaries_with_default_30_day_warning(today, expected):
    assert EXPIRY_WARNING_DAYS == 30
    assert measure_status(date(2025, 3, 15), today) == expected


def test_查扣冻规定27_warning_window_is_configurable_and_release_wins():
    assert measure_status(date(2025, 3, 15), date(2025, 3, 6), warn_days=7) == "active"
    assert measure_status(date(2025, 3, 15), date(2025, 3, 8), warn_days=7) == "expiring"
    assert measure_status(date(2025, 3, 15), date(2025, 3, 16), released=True) == "released"
    assert measure_status(date(2025, 3, 15), date(2025, 1, 1), released=True) == "released"


def test_查扣冻规定19_28_release_reasons_and_lapse_is_not_one():
    # issue 13: 查扣冻规定 28 also names third-party property (1), a withdrawn claim (2) and an accepted
    # guarantee (5); a terminated case (民诉法 264) ends its measures too
    assert RELEASE_REASONS == {"settlement": "和解", "payment": "履行完毕", "over_seizure": "超标的查封",
                               "failed_disposal": "流拍无人接受抵债", "court_order": "法院决定",
                               "third_party_property": "案外人财产", "claim_withdrawn": "撤回申请或放弃债权",
                               "guarantee_accepted": "提供担保且申请执行人同意", "case_terminated": "终结执行"}
    assert "lapsed" not in RELEASE_REASONS


def test_查扣冻规定26_earliest_queued_measure_becomes_effective():
    queue = [(3, date(2024, 5, 2)), (2, date(2024, 5, 1)), (4, date(2024, 6, 1))]
    assert next_queued_effective(queue) == 2


def test_查扣冻规定26_same_day_ties_go_to_the_lower_order():
    assert next_queued_effective([(7, date(2024, 5, 1)), (5, date(2024, 5, 1)), (1, date(2024, 5, 2))]) == 5


def test_查扣冻规定26_nothing_queued():
    assert next_queued_effective([]) is None
