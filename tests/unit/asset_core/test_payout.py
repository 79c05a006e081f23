"""执行款发放 — 《最高人民法院关于执行款物管理工作的规定》(法发〔2017〕6号) 第十三条: money received is paid out within
30 days of receipt; a payout deferred with approval on a ground of ¶2 within 10 days of the ground ceasing (¶3).
Periods for an act: the day of receipt is not counted (民诉法 85 ¶2), a last day on a rest day moves to the next
working day (民诉法 85 ¶3, the court's calendar)."""
from datetime import date, timedelta

import pytest

from services.asset_core.domain import (PAYOUT_DAYS, PAYOUT_DAYS_AFTER_DEFERRAL, PAYOUT_DEFERRAL_GROUNDS, DomainError,
                                        available_for_payout, deadline_status, payout_deadline, waiting_since)

D = date


def test_执行款物管理规定13_constants_and_the_five_grounds_of_deferral():
    assert (PAYOUT_DAYS, PAYOUT_DAYS_AFTER_DEFERRAL) == (30, 10)
    assert len(PAYOUT_DEFERRAL_GROUNDS) == 5 and "case_suspended" in PAYOUT_DEFERRAL_GROUNDS


def test_执行款物管理规定13_thirty_days_from_receipt_on_a_working_day_boundary():
    # received Monday 2024-03-04: day 1 is 03-05, day 30 is Wednesday 2024-04-03, a working day
    d = payout_deadline(D(2024, 3, 4))
    assert d.on == D(2024, 4, 3) and d.moved_for_holiday_from is None
    assert deadline_status(d.on, D(2024, 4, 3)) != "overdue"  # the last day itself is in time
    assert deadline_status(d.on, D(2024, 4, 4)) == "overdue"  # the day after is not
    assert deadline_status(d.on, D(2024, 4, 10), done_on=D(2024, 4, 3)) == "done"
    assert deadline_status(d.on, D(2024, 4, 10), done_on=D(2024, 4, 4)) == "done_late"


def test_执行款物管理规定13_a_last_day_on_national_day_moves_to_the_next_working_day():
    # received 2024-09-01: day 30 is 2024-10-01 (国庆节, rest until 10-07) → Tuesday 2024-10-08 (民诉法 85 ¶3)
    d = payout_deadline(D(2024, 9, 1))
    assert d.on == D(2024, 10, 8) and d.moved_for_holiday_from == D(2024, 10, 1)


def test_执行款物管理规定13_a_last_day_on_a_sunday_moves_to_monday():
    d = payout_deadline(D(2024, 3, 1))  # day 30: Sunday 2024-03-31
    assert d.on == D(2024, 4, 1) and d.moved_for_holiday_from == D(2024, 3, 31)


def test_执行款物管理规定13_deferred_payout_is_due_ten_days_after_the_ground_ceased():
    d = payout_deadline(D(2024, 3, 4), deferral_ended_on=D(2024, 5, 6))
    assert d.on == D(2024, 5, 16)  # day 10 after Monday 05-06: Thursday 05-16
    # a ground that ceased early does not shorten the 30 days
    assert payout_deadline(D(2024, 3, 4), deferral_ended_on=D(2024, 3, 10)).on == D(2024, 4, 3)
    with pytest.raises(DomainError) as e:
        payout_deadline(D(2024, 3, 4), deferral_ended_on=D(2024, 3, 3))
    assert e.value.code == "deferral_before_receipt"


def test_available_for_payout_never_goes_negative():
    assert available_for_payout(100, 30) == 70
    assert available_for_payout(100, 100) == 0
    assert available_for_payout(100, 130) == 0


def test_the_oldest_money_not_yet_paid_out_is_paid_first_in_first_out():
    receipts = [(D(2024, 3, 10), 50), (D(2024, 3, 1), 100), (D(2024, 4, 1), 20)]
    assert waiting_since(receipts, 0) == D(2024, 3, 1)
    assert waiting_since(receipts, 99) == D(2024, 3, 1)
    assert waiting_since(receipts, 100) == D(2024, 3, 10)
    assert waiting_since(receipts, 150) == D(2024, 4, 1)
    assert waiting_since(receipts, 170) is None
    assert waiting_since([], 0) is None
    assert D(2024, 3, 1) + timedelta(days=PAYOUT_DAYS) == D(2024, 3, 31)
