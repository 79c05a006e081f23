"""The court's calendar on the public-interest deadlines (民诉法 85 ¶3 applied to 两高公益诉讼解释 21's reply
period and to the configurable older-guidance decision periods) and the litigation gate (行政诉讼法 25 ¶4;
两高公益诉讼解释 21): litigation on the ground that the agency did not act waits for the reply deadline, unless
the reply shows no action. Boundaries: the last allowed day passes, the next day is refused."""
from datetime import date

import pytest

from services.procuratorate.domain import (
    DomainError, check_litigation_timing, is_overdue, litigation_allowed_from, litigation_decision_due, moved_from,
    overdue_since, recommendation_decision_due, reply_deadline, reply_due, reply_shows_no_action, reply_status)
from shared.calendar import ActDeadline

D = date


def test_reply_deadline_on_national_day_moves_to_the_next_working_day_两高公益诉讼解释21_民诉法85():
    # the floating-bridge recommendation (MISSION.md): 2 months end 2024-10-01, 国庆 runs to 2024-10-07
    due = reply_due(D(2024, 8, 1))
    assert (due.on, due.moved_for_holiday_from) == (D(2024, 10, 8), D(2024, 10, 1))
    assert overdue_since(due.on) == D(2024, 10, 9)
    assert reply_status(due.on, D(2024, 10, 8)) == "pending"  # the moved last day is still in time
    assert reply_status(due.on, D(2024, 10, 9)) == "overdue"
    assert not is_overdue(due.on, D(2024, 10, 8)) and is_overdue(due.on, D(2024, 10, 9))
    assert reply_status(due.on, D(2025, 1, 1), replied_on=D(2024, 10, 8)) == "replied"  # a reply on the 8th is on time
    assert reply_status(due.on, D(2025, 1, 1), replied_on=D(2024, 10, 9)) == "replied_late"


def test_reply_deadline_on_a_working_day_does_not_move_两高公益诉讼解释21():
    due = reply_due(D(2024, 8, 5))  # 2024-10-05 is in 国庆 → 10-08; 2024-08-14 → 2024-10-14 is a Monday
    assert (due.on, due.moved_for_holiday_from) == (D(2024, 10, 8), D(2024, 10, 5))
    assert reply_due(D(2024, 8, 14)) == ActDeadline(D(2024, 10, 14), None)


def test_urgent_reply_deadline_on_a_weekend_moves_两高公益诉讼解释21_民诉法85():
    assert reply_due(D(2024, 8, 1), urgent=True).on == D(2024, 8, 16)  # a Friday: not moved
    due = reply_due(D(2024, 12, 20), urgent=True)  # 15 days: 2025-01-04, a Saturday
    assert (due.on, due.moved_for_holiday_from) == (D(2025, 1, 6), D(2025, 1, 4))
    assert overdue_since(due.on) == D(2025, 1, 7)


def test_a_weekend_that_is_a_working_day_does_not_move_the_deadline_调休():
    # 2024-09-29 (a Sunday) is a working day of the 2024 schedule (调休 for 国庆): 2024-07-29 + 2 months ends there
    due = reply_due(D(2024, 7, 29))
    assert (due.on, due.moved_for_holiday_from) == (D(2024, 9, 29), None)


def test_moved_from_of_a_stored_deadline():
    assert moved_from(reply_deadline(D(2024, 8, 1)), D(2024, 10, 8)) == D(2024, 10, 1)
    assert moved_from(D(2024, 10, 14), D(2024, 10, 14)) is None


def test_recommendation_decision_deadline_moves_off_a_saturday_configurable_民诉法85():
    due = recommendation_decision_due(D(2024, 5, 10))  # 3 months: 2024-08-10, a Saturday
    assert (due.on, due.moved_for_holiday_from) == (D(2024, 8, 12), D(2024, 8, 10))
    assert recommendation_decision_due(D(2024, 5, 10), months=4).on == D(2024, 9, 10)  # a Tuesday


def test_litigation_decision_deadline_counts_from_the_moved_reply_deadline_configurable_民诉法85():
    due = litigation_decision_due(reply_due(D(2024, 8, 1)).on)  # 2024-10-08 + 2 months = 2024-12-08, a Sunday
    assert (due.on, due.moved_for_holiday_from) == (D(2024, 12, 9), D(2024, 12, 8))


def test_litigation_allowed_the_day_after_the_reply_deadline_行政诉讼法25_两高公益诉讼解释21():
    due = reply_due(D(2024, 8, 1)).on  # 2024-10-08
    assert litigation_allowed_from(due) == D(2024, 10, 9)
    check_litigation_timing(D(2024, 10, 9), due)  # the first allowed day
    with pytest.raises(DomainError) as e:
        check_litigation_timing(D(2024, 10, 8), due)  # the agency may still act on the last day
    assert e.value.status == 422 and e.value.code == "reply_period_running"
    assert e.value.extra == {"allowed_from": "2024-10-09", "reply_due_on": "2024-10-08"}
    assert "行政诉讼法第25条" in e.value.message and "2024-10-09" in e.value.message


def test_a_reply_with_measures_does_not_open_litigation_before_the_deadline_行政诉讼法25():
    due = reply_due(D(2024, 8, 1)).on
    with pytest.raises(DomainError) as e:
        check_litigation_timing(D(2024, 9, 20), due, replied_on=D(2024, 9, 10), measures_done=[True, False])
    assert e.value.code == "reply_period_running" and e.value.extra["allowed_from"] == "2024-10-09"
    check_litigation_timing(D(2024, 10, 9), due, replied_on=D(2024, 9, 10), measures_done=[True, False])


def test_a_reply_showing_no_action_opens_litigation_before_the_deadline_两高公益诉讼解释21():
    due = reply_due(D(2024, 8, 1)).on
    check_litigation_timing(D(2024, 9, 10), due, replied_on=D(2024, 9, 10), measures_done=[False, False])
    with pytest.raises(DomainError):  # a reply received after the litigation date does not count
        check_litigation_timing(D(2024, 9, 9), due, replied_on=D(2024, 9, 10), measures_done=[False, False])
    with pytest.raises(DomainError):  # a reply without items cannot show that nothing was done
        check_litigation_timing(D(2024, 9, 10), due, replied_on=D(2024, 9, 10), measures_done=[])
    assert reply_shows_no_action([False]) and not reply_shows_no_action([]) and not reply_shows_no_action([True])
