"""dispatch's periods on the court's calendar (issue 13), custody as the police report it (issue 12), and the
officer at 2 a.m. (issue 16): response targets, escalation of an unaccepted assignment, duty shifts — each rule at
its boundary, naming its source."""
from datetime import date, datetime, timedelta, timezone

import pytest

from services.dispatch import domain as d
from services.dispatch.domain import (CustodyStatus, DispatchStatus, DomainError, PenaltyStatus, ResponseTarget,
                                      TargetClass, Urgency)

CST = timezone(timedelta(hours=8))


def refused(code, fn, *args):
    with pytest.raises(DomainError) as exc:
        fn(*args)
    assert exc.value.code == code, exc.value.code
    return exc.value


# ------------------------------------------------------------------ 解释 185 with 民诉法 85 ¶3 (periods for an act)
def test_review_request_last_day_on_a_holiday_moves_民诉法85_解释185():
    served = date(2024, 5, 1)  # 劳动节: 05-01 … 05-05 are rest days
    due = d.review_request_due(served)
    assert (due.on, due.moved_for_holiday_from) == (date(2024, 5, 6), date(2024, 5, 4))
    d.check_review_request(served, date(2024, 5, 5))  # a rest day inside the moved period
    d.check_review_request(served, date(2024, 5, 6))  # the next working day: still in time
    err = refused("review_request_late", d.check_review_request, served, date(2024, 5, 7))
    assert err.extra["deadline"] == "2024-05-06" and err.extra["moved_for_holiday_from"] == "2024-05-04"


def test_review_request_on_a_tiaoxiu_working_sunday_does_not_move_民诉法85_解释185():
    served = date(2024, 2, 1)  # 2024-02-04 is a Sunday worked for the Spring Festival (调休)
    due = d.review_request_due(served)
    assert (due.on, due.moved_for_holiday_from) == (date(2024, 2, 4), None)
    refused("review_request_late", d.check_review_request, served, date(2024, 2, 5))


def test_review_decision_last_day_on_national_day_moves_民诉法85_解释185():
    asked = date(2024, 9, 30)  # five days: 10-05, inside 国庆 (10-01 … 10-07)
    assert d.review_decision_deadline(asked) == date(2024, 10, 5)
    due = d.review_decision_due(asked)
    assert (due.on, due.moved_for_holiday_from) == (date(2024, 10, 8), date(2024, 10, 5))
    assert d.review_status(asked, None, date(2024, 10, 8)) == "pending"
    assert d.review_status(asked, None, date(2024, 10, 9)) == "overdue"
    assert d.review_status(asked, date(2024, 10, 8), date(2024, 11, 1)) == "decided"
    assert d.review_status(asked, date(2024, 10, 9), date(2024, 11, 1)) == "decided_late"


def test_detention_runs_to_its_last_day_over_a_holiday_民诉法118_刑诉法105():
    taken = datetime(2024, 9, 30, 10, 0, tzinfo=CST)
    assert d.detention_ends_at(taken, 5) == datetime(2024, 10, 5, 10, 0, tzinfo=CST)  # 国庆: not moved
    assert d.detention_ends_at(taken, 15) == taken + timedelta(days=15)


def test_family_notice_is_counted_in_hours_over_a_holiday_解释180():
    taken = datetime(2024, 9, 30, 16, 0, tzinfo=CST)
    assert d.family_notice_deadline(taken) == datetime(2024, 10, 1, 16, 0, tzinfo=CST)  # a holiday: not moved
    at_24h = taken + timedelta(hours=24)
    held = PenaltyStatus.approved
    assert not d.family_notice_overdue(taken, None, False, held, at_24h)
    assert d.family_notice_overdue(taken, None, False, held, at_24h + timedelta(seconds=1))
    assert d.family_notice_overdue(taken, None, False, PenaltyStatus.detained_pending_approval,
                                   at_24h + timedelta(seconds=1))
    assert not d.family_notice_overdue(taken, taken + timedelta(hours=3), False, held, at_24h + timedelta(hours=1))
    assert not d.family_notice_overdue(taken, None, True, held, at_24h + timedelta(hours=1))  # 记录在案
    assert not d.family_notice_overdue(taken, None, False, PenaltyStatus.released, at_24h + timedelta(hours=1))
    assert not d.family_notice_overdue(None, None, False, PenaltyStatus.pending_approval, at_24h)


# ------------------------------------------------------------------ custody (民诉法 118, reported by the police)
def test_custody_only_moves_forward_民诉法118():
    assert d.custody_status_after(None, "opened") == CustodyStatus.opened
    assert d.custody_status_after("opened", "handed_over") == CustodyStatus.handed_over
    assert d.custody_status_after("handed_over", "released") == CustodyStatus.released
    assert d.custody_status_after("released", "handed_over") == CustodyStatus.released  # a late event
    assert d.custody_status_after("handed_over", "opened") == CustodyStatus.handed_over


# ------------------------------------------------------------------ response targets (DOMAIN.md 执行110, configurable)
def test_green_channel_and_flight_are_answered_first():
    assert d.target_class(d.alarm_priority("migrant_wages", Urgency.normal), Urgency.normal) == TargetClass.first
    assert d.target_class(d.alarm_priority("none", Urgency.flight), Urgency.flight) == TargetClass.first
    assert d.target_class(d.alarm_priority("none", Urgency.urgent), Urgency.urgent) == TargetClass.urgent
    assert d.target_class(d.alarm_priority(None, Urgency.normal), Urgency.normal) == TargetClass.normal


def test_a_target_is_met_at_its_minute_and_missed_one_second_after():
    received = datetime(2024, 5, 1, 2, 0, tzinfo=CST)  # the officer at 2 a.m.
    dispatch_by, arrive_by = d.response_due(received, ResponseTarget(10, 60))
    assert (dispatch_by, arrive_by) == (received + timedelta(minutes=10), received + timedelta(minutes=60))
    assert d.target_state(dispatch_by, None, received + timedelta(minutes=4)) == ("pending", 360)
    assert d.target_state(dispatch_by, None, dispatch_by) == ("pending", 0)
    assert not d.target_missed(dispatch_by, None, dispatch_by)
    assert d.target_state(dispatch_by, None, dispatch_by + timedelta(seconds=1)) == ("overdue", -1)
    assert d.target_missed(dispatch_by, None, dispatch_by + timedelta(seconds=1))
    assert d.target_state(dispatch_by, dispatch_by, dispatch_by + timedelta(hours=1)) == ("met", None)
    assert d.target_state(dispatch_by, dispatch_by + timedelta(seconds=1), arrive_by) == ("missed", None)
    assert d.target_missed(dispatch_by, dispatch_by + timedelta(seconds=1), arrive_by)
    assert d.target_state(None, None, received) == ("none", None)


def test_an_unaccepted_assignment_escalates_after_the_configured_minutes():
    t = datetime(2024, 5, 1, 2, 0, tzinfo=CST)
    five = t + timedelta(minutes=5)
    assert not d.needs_escalation(t, None, None, DispatchStatus.dispatched, 5, five - timedelta(seconds=1))
    assert d.needs_escalation(t, None, None, DispatchStatus.dispatched, 5, five)
    assert d.needs_escalation(t, None, None, DispatchStatus.en_route, 5, five)
    assert not d.needs_escalation(t, t + timedelta(minutes=1), None, DispatchStatus.dispatched, 5, five)
    assert not d.needs_escalation(t, None, five, DispatchStatus.dispatched, 5, five)  # once
    assert not d.needs_escalation(t, None, None, DispatchStatus.arrived, 5, five)
    assert not d.needs_escalation(t, None, None, DispatchStatus.cancelled, 5, five)


def test_the_next_available_officer_is_on_duty_free_and_of_the_same_team_first():
    roster = [("a", "一组", "on_duty", False), ("b", "二组", "on_duty", False), ("c", "一组", "on_duty", True),
              ("d", "一组", "off_duty", False), ("e", "一组", "on_duty", False)]
    assert d.next_officer(roster, {"a"}, "一组") == "e"  # c is busy, d off duty
    assert d.next_officer(roster, {"a", "e"}, "一组") == "b"
    assert d.next_officer(roster, {"a", "b", "e"}, "一组") is None


def test_a_duty_shift_is_a_judge_or_the_president_for_at_most_7_days():
    t = datetime(2024, 5, 1, 20, 0, tzinfo=CST)
    d.check_duty_shift("judge", t, t + timedelta(hours=12))
    d.check_duty_shift("president", t, t + timedelta(days=7))
    refused("invalid_commander_role", d.check_duty_shift, "clerk", t, t + timedelta(hours=1))
    refused("invalid_shift", d.check_duty_shift, "judge", t, t)
    refused("shift_too_long", d.check_duty_shift, "judge", t, t + timedelta(days=7, seconds=1))


def test_an_officer_raises_field_alarms_only():
    assert d.FIELD_SOURCES == {d.AlarmSource.patrol, d.AlarmSource.officer}
