"""Deadlines of a public-interest case — DOMAIN.md "公益诉讼": the agency replies in writing within 2 months of
receiving the recommendation, 15 days when urgent (两高公益诉讼解释 21); the reply is overdue the day after the
deadline; configurable (older guidance): decide on a recommendation within 3 months of filing, on litigation
within 2 months after the reply deadline. River-chief patrol frequencies are configurable."""
from datetime import date

import pytest

from services.procuratorate.domain import (
    LITIGATION_DECISION_MONTHS, RECOMMENDATION_DECISION_MONTHS, REPLY_MONTHS, URGENT_REPLY_DAYS, DomainError,
    add_months, deadline_status, is_overdue, litigation_decision_deadline, next_patrol_due, overdue_since,
    patrol_interval_days, recommendation_decision_deadline, reply_deadline, reply_status)

D = date


def test_reply_due_two_months_after_receipt_两高公益诉讼解释21():
    assert REPLY_MONTHS == 2
    # the floating-bridge recommendation of 2024-08-01 (MISSION.md): the period ends 2024-10-01 (国庆: the
    # deadline itself moves to 2024-10-08, 民诉法 85 ¶3 — test_court_calendar.py)
    assert reply_deadline(D(2024, 8, 1)) == D(2024, 10, 1)
    assert reply_deadline(D(2024, 12, 31)) == D(2025, 2, 28)  # no 31 February: the month's last day
    assert reply_deadline(D(2023, 12, 31)) == D(2024, 2, 29)


def test_urgent_reply_due_fifteen_days_after_receipt_两高公益诉讼解释21():
    assert URGENT_REPLY_DAYS == 15
    assert reply_deadline(D(2024, 8, 1), urgent=True) == D(2024, 8, 16)
    assert reply_deadline(D(2024, 12, 20), urgent=True) == D(2025, 1, 4)


def test_reply_counted_from_receipt_not_issue_两高公益诉讼解释21():
    issued, received = D(2024, 8, 1), D(2024, 8, 5)
    assert reply_deadline(received) == D(2024, 10, 5) != reply_deadline(issued)


def test_reply_overdue_the_day_after_the_deadline_两高公益诉讼解释21():
    due = reply_deadline(D(2024, 8, 1))
    assert overdue_since(due) == D(2024, 10, 2)
    assert reply_status(due, D(2024, 10, 1)) == "pending"  # the last day is still in time
    assert reply_status(due, D(2024, 10, 2)) == "overdue"
    assert not is_overdue(due, D(2024, 10, 1)) and is_overdue(due, D(2024, 10, 2))


def test_late_reply_stays_a_fact_of_overdue_两高公益诉讼解释21():
    due = reply_deadline(D(2024, 8, 1))
    assert reply_status(due, D(2025, 4, 16), replied_on=D(2025, 2, 26)) == "replied_late"
    assert is_overdue(due, D(2025, 4, 16), replied_on=D(2025, 2, 26))
    assert reply_status(due, D(2025, 4, 16), replied_on=D(2024, 10, 1)) == "replied"
    assert not is_overdue(due, D(2025, 4, 16), replied_on=D(2024, 10, 1))


def test_recommendation_decided_within_three_months_of_filing_configurable():
    assert RECOMMENDATION_DECISION_MONTHS == 3
    assert recommendation_decision_deadline(D(2024, 5, 10)) == D(2024, 8, 10)
    assert recommendation_decision_deadline(D(2024, 5, 10), months=4) == D(2024, 9, 10)


def test_litigation_decided_within_two_months_after_the_reply_deadline_configurable():
    assert LITIGATION_DECISION_MONTHS == 2
    assert litigation_decision_deadline(D(2024, 10, 1)) == D(2024, 12, 1)
    assert litigation_decision_deadline(D(2024, 12, 31), months=2) == D(2025, 2, 28)


@pytest.mark.parametrize("done_on, today, expected", [
    (None, D(2024, 8, 10), "pending"), (None, D(2024, 8, 11), "overdue"),
    (D(2024, 8, 1), D(2025, 1, 1), "done"), (D(2024, 8, 11), D(2025, 1, 1), "done_late"),
])
def test_deadline_status_flags_overdue_the_day_after(done_on, today, expected):
    assert deadline_status(D(2024, 8, 10), today, done_on) == expected


@pytest.mark.parametrize("start, months, expected", [
    (D(2024, 1, 31), 1, D(2024, 2, 29)), (D(2024, 8, 31), 2, D(2024, 10, 31)), (D(2024, 5, 5), 0, D(2024, 5, 5)),
])
def test_calendar_months_民诉法85(start, months, expected):
    assert add_months(start, months) == expected


def test_river_chief_patrol_frequencies_configurable_河长制():
    assert patrol_interval_days("county") == 30  # ≥ monthly
    assert patrol_interval_days("township") == 10
    assert patrol_interval_days("village") == 7  # ≥ weekly
    assert patrol_interval_days("city") is None
    assert next_patrol_due(D(2024, 5, 1), "township") == D(2024, 5, 11)
    assert next_patrol_due(D(2024, 5, 1), "village", {"village": 5}) == D(2024, 5, 6)
    with pytest.raises(DomainError) as e:
        patrol_interval_days("street")
    assert e.value.code == "unknown_level"
