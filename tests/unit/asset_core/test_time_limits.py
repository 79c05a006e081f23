"""Time limits of an enforcement case — DOMAIN.md "Time limits": 执行期限规定 (法发〔2006〕35号) 6 months from
filing (3 for non-litigation), +3 with the president's approval, 中止 not counted, extension requested ≥ 5 days
before expiry, officer within 7 days; 解释 480 execution notice within 10 days; 财产调查规定 2 clues verified in
7 days (3 if urgent); 财产调查规定 7 debtor reports changes within 10 days. Period counting: 民诉法 85."""
from datetime import date, timedelta

import pytest

from services.asset_core.domain import (
    EXTENSION_MONTHS, FINISH_MONTHS, FINISH_MONTHS_NON_LITIGATION, DomainError, add_months,
    clue_verification_deadline, deadline_status, debtor_change_report_deadline, execution_notice_deadline,
    extension_request_latest, finishing_deadline, officer_assignment_deadline)

D = date


# --- 民诉法 85: calendar months -------------------------------------------------------------------------------

@pytest.mark.parametrize("start, months, expected", [
    (D(2024, 3, 15), 6, D(2024, 9, 15)),
    (D(2023, 1, 31), 1, D(2023, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2024, 8, 31), 6, D(2025, 2, 28)),
    (D(2024, 10, 31), 3, D(2025, 1, 31)),
    (D(2024, 12, 15), 1, D(2025, 1, 15)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2024, 2, 29), 48, D(2028, 2, 29)),
    (D(2024, 3, 31), -1, D(2024, 2, 29)),
    (D(2025, 1, 15), -13, D(2023, 12, 15)),
    (D(2024, 5, 5), 0, D(2024, 5, 5)),
])
def test_民诉法85_calendar_months_clamp_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


# --- 执行期限规定: finishing period ---------------------------------------------------------------------------

def test_执行期限规定_constants():
    assert (FINISH_MONTHS, FINISH_MONTHS_NON_LITIGATION, EXTENSION_MONTHS) == (6, 3, 3)


def test_执行期限规定_six_months_from_filing_last_day_due_next_day_overdue():
    # issue 13: 2024-09-01 is a Sunday; the period ends on Monday 09-02 (民诉法 85 ¶3)
    deadline = finishing_deadline(D(2024, 3, 1))
    assert deadline.on == D(2024, 9, 2) and deadline.moved_for_holiday_from == D(2024, 9, 1)
    assert deadline_status(deadline.on, today=D(2024, 9, 2)) == "due"
    assert deadline_status(deadline.on, today=D(2024, 9, 3)) == "overdue"


def test_执行期限规定_non_litigation_enforcement_three_months():
    assert finishing_deadline(D(2024, 3, 1), non_litigation=True).on == D(2024, 6, 3)  # 06-01 Saturday (issue 13)


def test_执行期限规定_president_approved_extension_adds_three_months():
    assert finishing_deadline(D(2024, 3, 1), extension_approved=True).on == D(2024, 12, 2)  # 12-01 Sunday
    assert finishing_deadline(D(2024, 3, 1), non_litigation=True, extension_approved=True).on == D(2024, 9, 2)


def test_执行期限规定_extension_counts_nine_months_from_filing_not_three_from_a_clamped_expiry():
    # Aug 31 + 6 months = Feb 28; the extended period ends 9 months from filing (May 31), not on May 28
    assert finishing_deadline(D(2024, 8, 31)).on == D(2025, 2, 28)
    # 2025-05-31 … 06-02 is the Dragon Boat holiday: the extended period ends on 06-03 (issue 13)
    assert finishing_deadline(D(2024, 8, 31), extension_approved=True).on == D(2025, 6, 3)


def test_执行期限规定_suspension_days_do_not_count():
    assert finishing_deadline(D(2024, 3, 1), suspended_days=30).on == D(2024, 10, 8)  # 国庆 10-01…07 (issue 13)
    assert finishing_deadline(D(2024, 3, 1), extension_approved=True, suspended_days=1).on == D(2024, 12, 2)


@pytest.mark.parametrize("bad", [-1, 1.5, "3"])
def test_执行期限规定_suspended_days_must_be_a_non_negative_integer(bad):
    with pytest.raises(DomainError) as e:
        finishing_deadline(D(2024, 3, 1), suspended_days=bad)
    assert e.value.code == "invalid_days"


def test_执行期限规定_extension_requested_at_least_five_days_before_expiry():
    latest = extension_request_latest(D(2024, 9, 1))
    assert latest == D(2024, 8, 27)
    assert deadline_status(latest, today=D(2024, 8, 27)) == "due"
    assert deadline_status(latest, today=D(2024, 8, 28)) == "overdue"


def test_执行期限规定_officer_assigned_within_seven_days():
    assert officer_assignment_deadline(D(2024, 3, 1)).on == D(2024, 3, 8)
    assert deadline_status(D(2024, 3, 8), D(2024, 3, 9), done_on=D(2024, 3, 9)) == "done_late"
    assert deadline_status(D(2024, 3, 8), D(2024, 3, 9), done_on=D(2024, 3, 8)) == "done"


def test_解释480_execution_notice_within_ten_days():
    # issue 13: 2025-01-04 is a Saturday; the notice is due on Monday 01-06 (民诉法 85 ¶3)
    deadline = execution_notice_deadline(D(2024, 12, 25))
    assert deadline.on == D(2025, 1, 6) and deadline.moved_for_holiday_from == D(2025, 1, 4)
    assert deadline_status(deadline.on, today=D(2025, 1, 6)) == "due"
    assert deadline_status(deadline.on, today=D(2025, 1, 7)) == "overdue"


def test_财产调查规定2_clues_verified_within_seven_days_or_three_if_urgent():
    assert clue_verification_deadline(D(2024, 2, 26)).on == D(2024, 3, 4)
    assert clue_verification_deadline(D(2024, 2, 26), urgent=True).on == D(2024, 2, 29)


def test_财产调查规定7_debtor_reports_changes_within_ten_days():
    assert debtor_change_report_deadline(D(2024, 2, 20)).on == D(2024, 3, 1)


# --- deadline_status ------------------------------------------------------------------------------------------

DL = D(2024, 9, 1)


@pytest.mark.parametrize("today, warn, expected", [
    (DL - timedelta(days=1), 0, "pending"),
    (DL, 0, "due"),
    (DL + timedelta(days=1), 0, "overdue"),
    (DL - timedelta(days=3), 3, "due"),
    (DL - timedelta(days=4), 3, "pending"),
    (DL + timedelta(days=1), 3, "overdue"),
])
def test_执行期限规定_deadline_status_boundaries(today, warn, expected):
    assert deadline_status(DL, today, warn_days=warn) == expected


def test_执行期限规定_done_wins_over_overdue_and_late_completion_is_flagged():
    assert deadline_status(DL, today=DL + timedelta(days=100), done_on=DL) == "done"
    assert deadline_status(DL, today=DL - timedelta(days=10), done_on=DL - timedelta(days=20)) == "done"
    assert deadline_status(DL, today=DL + timedelta(days=100), done_on=DL + timedelta(days=1)) == "done_late"


def test_执行期限规定_negative_warning_window_is_refused():
    with pytest.raises(DomainError):
        deadline_status(DL, DL, warn_days=-1)
