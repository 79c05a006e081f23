"""执行和解 rules — 和解规定 2-3 (the agreement fixes amounts and dates; named seizures released / assets
re-mortgaged), 8 (full performance closes the case), 9 (default → resumption proposed), 10 (2 years from the
last day of the performance period), 11 (refused while on schedule or not yet due), 17 (paid amounts deducted)."""
from datetime import date

import pytest

from services.mediation.domain import (
    Due, DomainError, Performance, add_months, check_asset_terms, check_payment, check_resumption, check_schedule,
    installment_status, is_fully_performed, overdue_installments, paid_per_installment, performance,
    performance_period_end, resume_deadline, resumption_amount)

SCHEDULE = [Due(date(2025, 3, 31), 1_000_000), Due(date(2025, 6, 30), 1_000_000), Due(date(2025, 12, 31), 2_000_000)]


def test_和解规定2_a_valid_schedule_is_accepted():
    check_schedule(4_000_000, SCHEDULE, date(2025, 1, 10))


@pytest.mark.parametrize("total, schedule, code", [
    (4_000_000, [], "installments_required"),
    (3_999_999, SCHEDULE, "installments_do_not_add_up"),
    (2_000_000, [Due(date(2025, 6, 30), 1_000_000), Due(date(2025, 3, 31), 1_000_000)], "installments_not_in_order"),
    (2_000_000, [Due(date(2025, 3, 31), 1_000_000), Due(date(2025, 3, 31), 1_000_000)], "installments_not_in_order"),
    (1_000_000, [Due(date(2024, 12, 31), 1_000_000)], "installment_before_settlement"),
    (1_000_000, [Due(date(2025, 3, 31), 0)], "invalid_amount"),
    (1.5, [Due(date(2025, 3, 31), 1)], "invalid_amount"),
])
def test_和解规定2_bad_schedules_are_refused_with_a_code(total, schedule, code):
    with pytest.raises(DomainError) as e:
        check_schedule(total, schedule, date(2025, 1, 10))
    assert e.value.code == code


def test_和解规定3_asset_terms_must_name_active_measures_and_assets_of_the_case():
    check_asset_terms(["m1"], ["m1", "m2"], ["a1"], ["a1", "a2"])
    with pytest.raises(DomainError) as e:
        check_asset_terms(["m9"], ["m1"], [], [])
    assert e.value.code == "unknown_measure"
    with pytest.raises(DomainError) as e:
        check_asset_terms([], [], ["a9"], ["a1"])
    assert e.value.code == "unknown_asset"


def test_payments_are_credited_to_the_earliest_installment_first():
    assert paid_per_installment(SCHEDULE, 1_500_000) == [1_000_000, 500_000, 0]
    assert paid_per_installment(SCHEDULE, 0) == [0, 0, 0]


def test_an_installment_is_overdue_from_the_day_after_its_due_date():
    d = SCHEDULE[0]
    assert installment_status(d, 0, date(2025, 3, 30)) == "pending"
    assert installment_status(d, 0, date(2025, 3, 31)) == "due"
    assert installment_status(d, 0, date(2025, 4, 1)) == "overdue"
    assert installment_status(d, 1_000_000, date(2025, 4, 1)) == "paid"
    assert overdue_installments(SCHEDULE, 1_500_000, date(2025, 7, 1)) == [2]


@pytest.mark.parametrize("paid, today, expected", [
    (0, date(2025, 3, 1), Performance.not_yet_due),
    (1_000_000, date(2025, 4, 1), Performance.on_schedule),
    (0, date(2025, 4, 1), Performance.in_default),
    (1_999_999, date(2025, 7, 1), Performance.in_default),
    (4_000_000, date(2025, 4, 1), Performance.fully_performed),
])
def test_performance_status(paid, today, expected):
    assert performance(SCHEDULE, paid, today) == expected


def test_和解规定8_full_performance():
    assert is_fully_performed(SCHEDULE, 4_000_000)
    assert not is_fully_performed(SCHEDULE, 3_999_999)


def test_和解规定11_resumption_refused_while_not_yet_due():
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 0, date(2025, 3, 31))  # the first installment is due today, not overdue
    assert e.value.code == "resumption_refused_not_due"


def test_和解规定11_resumption_refused_while_performed_on_schedule():
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 1_000_000, date(2025, 6, 30))
    assert e.value.code == "resumption_refused_on_schedule"


def test_和解规定8_resumption_refused_after_full_performance():
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 4_000_000, date(2026, 1, 5))
    assert e.value.code == "resumption_refused_performed"


def test_和解规定9_resumption_allowed_on_default():
    check_resumption(SCHEDULE, 1_000_000, date(2025, 7, 1))


def test_和解规定10_two_years_from_the_last_day_of_the_performance_period():
    assert performance_period_end(SCHEDULE) == date(2025, 12, 31)
    assert resume_deadline(SCHEDULE) == date(2027, 12, 31)
    check_resumption(SCHEDULE, 1_000_000, date(2027, 12, 31))  # the last day is still in time
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 1_000_000, date(2028, 1, 1))
    assert e.value.code == "resumption_time_barred"


def test_和解规定10_leap_day_end_clamps_to_the_month_end():
    assert resume_deadline([Due(date(2024, 2, 29), 1)]) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_和解规定17_paid_amounts_are_deducted_on_resumption():
    assert resumption_amount(7_000_000_000, 1_500_000_000) == 5_500_000_000
    assert resumption_amount(1_000, 5_000) == 0
    with pytest.raises(DomainError):
        resumption_amount(1_000, -1)


def test_a_payment_may_not_exceed_what_the_settlement_still_requires():
    check_payment(1_000_000, 3_000_000, 4_000_000)
    with pytest.raises(DomainError) as e:
        check_payment(1_000_001, 3_000_000, 4_000_000)
    assert e.value.code == "overpayment"
    with pytest.raises(DomainError):
        check_payment(0, 0, 4_000_000)
