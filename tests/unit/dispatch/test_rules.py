"""执行110 rules (services/dispatch/domain.py): triage, the dispatch state machine, and the coercive measures of
民事诉讼法 118-119 and 民诉法解释 180-185, each test naming its article."""
from datetime import date, datetime, timedelta, timezone

import pytest

from services.dispatch import domain as d
from shared.identity import mask_optional_phone, mask_phone
from services.dispatch.domain import (ActKind, DispatchStatus, DomainError, PenaltyKind, PenaltyStatus, SubjectKind,
                                      Urgency)

T0 = datetime(2024, 5, 1, 1, 0, tzinfo=timezone.utc)
YUAN = 100


def refused(code, fn, *args):
    with pytest.raises(DomainError) as exc:
        fn(*args)
    assert exc.value.code == code, exc.value.code
    return str(exc.value)


# ------------------------------------------------------------------ triage
def test_green_channel_first_then_urgency_then_time():
    wages_normal = d.alarm_priority("migrant_wages", Urgency.normal)
    ordinary_flight = d.alarm_priority("none", Urgency.flight)
    assert wages_normal < ordinary_flight  # 绿色通道 outranks any urgency
    assert d.alarm_priority("support_payments", Urgency.flight) < d.alarm_priority("support_payments", Urgency.urgent)
    assert d.alarm_priority("none", Urgency.urgent) < d.alarm_priority("none", Urgency.normal)
    assert d.alarm_priority(None, Urgency.normal) == d.alarm_priority("none", Urgency.normal)
    later, earlier = (ordinary_flight, T0 + timedelta(minutes=5)), (ordinary_flight, T0)
    queue = d.triage([later, (wages_normal, T0 + timedelta(hours=1)), earlier])
    assert queue == [(wages_normal, T0 + timedelta(hours=1)), earlier, later]


def test_case_priority_matches_asset_core():
    assert d.case_priority("migrant_wages") == d.case_priority("support_payments") == 0
    assert d.case_priority("none") == 1


def test_reporter_phone_is_masked_个人信息保护法28():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("123") == "***"
    assert mask_optional_phone(None) is None


# ------------------------------------------------------------------ dispatch
@pytest.mark.parametrize("path", [["en_route", "arrived", "completed"], ["arrived", "completed"],
                                  ["en_route", "cancelled"], ["cancelled"], ["arrived", "cancelled"]])
def test_dispatch_status_paths(path):
    current = DispatchStatus.dispatched
    for step in path:
        d.check_transition(current, DispatchStatus(step))
        current = DispatchStatus(step)


@pytest.mark.parametrize("current, target", [("completed", "en_route"), ("cancelled", "arrived"),
                                             ("arrived", "en_route"), ("en_route", "completed"),
                                             ("dispatched", "completed"), ("completed", "cancelled")])
def test_dispatch_refuses_other_transitions(current, target):
    refused("invalid_dispatch_transition", d.check_transition, DispatchStatus(current), DispatchStatus(target))


def test_status_time_from_a_device_that_lost_signal():
    now = T0 + timedelta(hours=1)
    d.check_status_time(T0 + timedelta(minutes=10), T0, now)  # late report of an earlier time: fine
    refused("status_time_before_previous", d.check_status_time, T0 - timedelta(seconds=1), T0, now)
    refused("status_time_in_future", d.check_status_time, now + timedelta(minutes=5), T0, now)


def test_dispatch_needs_distinct_on_duty_officers_of_the_court():
    roster = {"a": "on_duty", "b": "on_duty", "c": "off_duty"}
    d.check_officers(["a", "b"], roster)
    refused("no_officers", d.check_officers, [], roster)
    refused("duplicate_officer", d.check_officers, ["a", "a"], roster)
    refused("unknown_officer", d.check_officers, ["a", "x"], roster)
    refused("officer_not_on_duty", d.check_officers, ["c"], roster)
    refused("too_many_officers", d.check_officers, [str(i) for i in range(21)], {str(i): "on_duty" for i in range(21)})


def test_percentiles_interpolate_like_postgres():
    assert d.percentile([], 0.5) is None
    assert d.percentile([10.0], 0.99) == 10.0
    assert d.percentile([1, 2, 3, 4], 0.5) == 2.5
    assert d.percentile(list(range(1, 101)), 0.99) == pytest.approx(99.01)
    assert d.seconds_between(T0, T0 + timedelta(minutes=3)) == 180
    assert d.seconds_between(T0, None) is None


# ------------------------------------------------------------------ detention: 民诉法 118, 119; 解释 180, 181, 185
@pytest.mark.parametrize("days", [1, 7, 15])
def test_detention_at_most_15_days_民诉法118(days):
    assert d.check_detention_days(days) == days


def test_detention_over_15_days_refused_民诉法118():
    assert "十五日以下" in refused("detention_too_long", d.check_detention_days, 16)
    refused("invalid_detention_days", d.check_detention_days, 0)
    refused("invalid_detention_days", d.check_detention_days, True)
    assert d.detention_ends_at(T0, 15) == T0 + timedelta(days=15)


def test_only_a_person_is_detained_民诉法117_118():
    d.check_detention_subject(SubjectKind.person)
    refused("detention_of_organisation", d.check_detention_subject, SubjectKind.organisation)


def test_decision_waits_for_the_presidents_approval_民诉法119():
    assert d.initial_status(PenaltyKind.detention, False) == PenaltyStatus.pending_approval
    assert d.initial_status(PenaltyKind.fine, False) == PenaltyStatus.pending_approval
    assert d.approval_outcome(PenaltyStatus.pending_approval, True) == PenaltyStatus.approved
    assert d.approval_outcome(PenaltyStatus.pending_approval, False) == PenaltyStatus.refused
    refused("not_awaiting_approval", d.approval_outcome, PenaltyStatus.approved, True)
    refused("not_awaiting_approval", d.approval_outcome, PenaltyStatus.refused, True)


def test_emergency_detain_first_approve_after_解释181():
    assert d.initial_status(PenaltyKind.detention, True) == PenaltyStatus.detained_pending_approval
    assert d.approval_outcome(PenaltyStatus.detained_pending_approval, True) == PenaltyStatus.approved
    # 院长认为拘留不当的，应当解除拘留
    assert d.approval_outcome(PenaltyStatus.detained_pending_approval, False) == PenaltyStatus.released
    refused("emergency_fine", d.initial_status, PenaltyKind.fine, True)


def test_family_notified_within_24_hours_解释180():
    assert d.family_notice_deadline(T0) == T0 + timedelta(hours=24)
    assert d.family_notice_status(None, None, False, T0) == "not_detained"
    assert d.family_notice_status(T0, None, False, T0 + timedelta(hours=23)) == "pending"
    assert d.family_notice_status(T0, None, False, T0 + timedelta(hours=24, seconds=1)) == "overdue"
    assert d.family_notice_status(T0, T0 + timedelta(hours=2), False, T0 + timedelta(days=3)) == "notified"
    assert d.family_notice_status(T0, T0 + timedelta(hours=30), False, T0 + timedelta(days=3)) == "notified_late"
    # 确实无法按时通知或者通知不到的，应当记录在案
    assert d.family_notice_status(T0, None, True, T0 + timedelta(days=3)) == "unable_recorded"


def test_review_requested_within_3_days_解释185():
    served = date(2024, 5, 1)
    assert d.review_request_deadline(served) == date(2024, 5, 4)  # the last day before the holiday rule
    d.check_review_request(served, date(2024, 5, 4))
    # issue 13: 2024-05-04 is a 劳动节 rest day, so the boundary of the 3 days is shown on a working week
    # (the holiday case is in test_review_request_last_day_on_a_holiday_moves_民诉法85_解释185).
    served = date(2024, 5, 13)  # Monday
    assert d.review_request_deadline(served) == date(2024, 5, 16)
    d.check_review_request(served, date(2024, 5, 16))
    assert "三日内" in refused("review_request_late", d.check_review_request, served, date(2024, 5, 17))
    refused("review_before_service", d.check_review_request, served, date(2024, 4, 30))
    refused("decision_not_served", d.check_review_request, None, served)


def test_review_decided_within_5_days_解释185():
    asked = date(2024, 5, 3)
    assert d.review_decision_deadline(asked) == date(2024, 5, 8)
    assert d.review_status(None, None, asked) == "none"
    assert d.review_status(asked, None, date(2024, 5, 8)) == "pending"
    assert d.review_status(asked, None, date(2024, 5, 9)) == "overdue"
    assert d.review_status(asked, date(2024, 5, 8), date(2024, 6, 1)) == "decided"
    assert d.review_status(asked, date(2024, 5, 9), date(2024, 6, 1)) == "decided_late"


# ------------------------------------------------------------------ fines: 民诉法 118
def test_fine_on_a_person_at_most_100000_yuan_民诉法118():
    assert d.check_fine_amount(SubjectKind.person, 100_000 * YUAN) == 100_000 * YUAN
    assert d.check_fine_amount(SubjectKind.person, 1) == 1
    assert "十万元以下" in refused("fine_above_limit", d.check_fine_amount, SubjectKind.person, 100_000 * YUAN + 1)


def test_fine_on_an_organisation_50000_to_1000000_yuan_民诉法118():
    assert d.check_fine_amount(SubjectKind.organisation, 50_000 * YUAN) == 50_000 * YUAN
    assert d.check_fine_amount(SubjectKind.organisation, 1_000_000 * YUAN) == 1_000_000 * YUAN
    refused("fine_below_minimum", d.check_fine_amount, SubjectKind.organisation, 50_000 * YUAN - 1)
    refused("fine_above_limit", d.check_fine_amount, SubjectKind.organisation, 1_000_000 * YUAN + 1)


@pytest.mark.parametrize("amount", [0, -5, 12.5, True, "100"])
def test_fine_is_a_positive_integer_of_fen(amount):
    refused("invalid_amount", d.check_fine_amount, SubjectKind.person, amount)


# ------------------------------------------------------------------ no second penalty: 解释 183, 184
def test_no_second_penalty_for_the_same_act_解释184():
    refused("second_penalty_same_act", d.check_no_second_penalty, PenaltyKind.detention,
            [(PenaltyKind.detention, PenaltyStatus.approved)])
    refused("second_penalty_same_act", d.check_no_second_penalty, PenaltyKind.fine,
            [(PenaltyKind.fine, PenaltyStatus.pending_approval)])
    refused("second_penalty_same_act", d.check_no_second_penalty, PenaltyKind.detention,
            [(PenaltyKind.detention, PenaltyStatus.detained_pending_approval)])


def test_fine_and_detention_may_be_combined_解释183():
    d.check_no_second_penalty(PenaltyKind.fine, [(PenaltyKind.detention, PenaltyStatus.approved)])


@pytest.mark.parametrize("void", [PenaltyStatus.refused, PenaltyStatus.released, PenaltyStatus.revoked])
def test_a_penalty_that_no_longer_stands_does_not_block_解释184(void):
    d.check_no_second_penalty(PenaltyKind.detention, [(PenaltyKind.detention, void)])


def test_same_act_is_who_what_and_which_day():
    k = d.act_key(SubjectKind.person, "王 某", None, ActKind.obstruct_officers, date(2024, 5, 1))
    assert k == d.act_key(SubjectKind.person, " 王  某 ", None, ActKind.obstruct_officers, date(2024, 5, 1))
    assert k != d.act_key(SubjectKind.person, "王某", None, ActKind.obstruct_officers, date(2024, 5, 2))
    assert k != d.act_key(SubjectKind.person, "王 某", None, ActKind.conceal_assets, date(2024, 5, 1))
    by_id = d.act_key(SubjectKind.person, "王某", "11010519491231002x", ActKind.other, date(2024, 5, 1))
    assert by_id == d.act_key(SubjectKind.person, "王某某", "11010519491231002X", ActKind.other, date(2024, 5, 1))
