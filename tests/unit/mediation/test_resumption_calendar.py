"""Resumption after a settlement — 和解规定 10 (2 years from the last day of the performance period, 民诉法 250)
on the court's calendar (民诉法 85 ¶3; 民法典 203: a last day on a statutory holiday or rest day ends on the next
working day, 调休 working weekends included), and 和解规定 11(2)'s exception for anticipatory breach (民法典 578).
Installment due dates are contractual and never move. Boundaries: the last allowed day passes, the next is refused."""
from datetime import date

import pytest

from services.mediation.domain import (
    Due, DomainError, check_resumption, installment_status, resume_deadline, resume_deadline_moved_from, resume_due)

NATIONAL_DAY = [Due(date(2024, 7, 1), 1_000_000), Due(date(2024, 10, 1), 1_000_000)]  # the e2e story's last due day


def test_和解规定10_two_years_ending_on_national_day_move_to_the_next_working_day_民诉法85():
    assert resume_deadline(NATIONAL_DAY) == date(2026, 10, 1)  # the period's nominal last day
    due = resume_due(NATIONAL_DAY)
    assert (due.on, due.moved_for_holiday_from) == (date(2026, 10, 8), date(2026, 10, 1))
    assert check_resumption(NATIONAL_DAY, 1_000_000, date(2026, 10, 8)) == "default"  # the moved last day
    with pytest.raises(DomainError) as e:
        check_resumption(NATIONAL_DAY, 1_000_000, date(2026, 10, 9))
    assert e.value.code == "resumption_time_barred" and e.value.extra == {"resume_deadline": "2026-10-08"}
    assert "2026-10-08" in e.value.message and "2026-10-01" in e.value.message


def test_和解规定10_a_working_saturday_does_not_move_the_deadline_调休():
    leap = [Due(date(2024, 2, 29), 1)]  # 2026-02-28 is a Saturday worked for the 2026 Spring Festival
    assert (resume_due(leap).on, resume_due(leap).moved_for_holiday_from) == (date(2026, 2, 28), None)
    check_resumption(leap, 0, date(2026, 2, 28))
    with pytest.raises(DomainError) as e:
        check_resumption(leap, 0, date(2026, 3, 1))
    assert e.value.code == "resumption_time_barred"


def test_moved_from_of_a_stored_resumption_deadline():
    assert resume_deadline_moved_from(date(2024, 10, 1), date(2026, 10, 8)) == date(2026, 10, 1)
    assert resume_deadline_moved_from(date(2025, 12, 31), date(2027, 12, 31)) is None


def test_installment_due_dates_are_contractual_and_do_not_move():
    # 2024-10-01 is 国庆: the installment is still overdue from 2024-10-02 (no holiday rule for a contract date)
    assert installment_status(Due(date(2024, 10, 1), 100), 0, date(2024, 10, 2)) == "overdue"


SCHEDULE = [Due(date(2025, 3, 31), 1_000_000), Due(date(2025, 6, 30), 1_000_000)]


def test_和解规定11_2_anticipatory_breach_before_the_settlement_is_due_民法典578():
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 0, date(2025, 2, 1))
    assert e.value.code == "resumption_refused_not_due"
    assert check_resumption(SCHEDULE, 0, date(2025, 2, 1), anticipatory_breach_on=date(2025, 2, 1)) == \
        "anticipatory_breach"  # declared on the day of the proposal
    with pytest.raises(DomainError) as e:  # a declaration after the proposal's date does not count
        check_resumption(SCHEDULE, 0, date(2025, 2, 1), anticipatory_breach_on=date(2025, 2, 2))
    assert e.value.code == "resumption_refused_not_due"


def test_和解规定11_3_a_debtor_who_declared_it_will_not_perform_is_not_performing_on_schedule_民法典578():
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 1_000_000, date(2025, 4, 15))
    assert e.value.code == "resumption_refused_on_schedule"
    assert check_resumption(SCHEDULE, 1_000_000, date(2025, 4, 15), anticipatory_breach_on=date(2025, 4, 10)) == \
        "anticipatory_breach"


def test_和解规定8_no_resumption_after_full_performance_even_with_a_declaration():
    with pytest.raises(DomainError) as e:
        check_resumption(SCHEDULE, 2_000_000, date(2025, 7, 1), anticipatory_breach_on=date(2025, 7, 1))
    assert e.value.code == "resumption_refused_performed"
