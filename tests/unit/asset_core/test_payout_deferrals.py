"""延缓发放 — 《最高人民法院关于执行款物管理工作的规定》(法发〔2017〕6号) 第十三条: 30 days from receipt (¶1); while a
deferral on a ground of ¶2 stands no deadline runs; once the ground ceased the money is paid out within 10 days (¶3),
never sooner than the 30 days. Periods for an act on the court's calendar (民诉法 85 ¶2-3)."""
from datetime import date

from services.asset_core.domain import deadline_status, deadline_with_deferrals, payout_deadline

D = date


def test_第十三条_the_last_day_passes_the_next_day_is_overdue():
    d = deadline_with_deferrals(D(2024, 3, 4), [])  # day 30: Wednesday 2024-04-03
    assert d.on == D(2024, 4, 3)
    assert deadline_status(d.on, D(2024, 4, 3)) != "overdue"
    assert deadline_status(d.on, D(2024, 4, 4)) == "overdue"


def test_第十三条_no_deadline_runs_while_a_deferral_stands():
    assert deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 3, 20), None)]) is None
    assert deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 3, 6), D(2024, 3, 8)), (D(2024, 3, 20), None)]) is None


def test_第十三条第三款_a_deferral_ended_on_day_x_gives_x_plus_10():
    # ended Monday 2024-05-06: day 10 is Thursday 2024-05-16, a working day
    d = deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 3, 20), D(2024, 5, 6))])
    assert (d.on, d.moved_for_holiday_from) == (D(2024, 5, 16), None)
    assert deadline_status(d.on, D(2024, 5, 16)) != "overdue" and deadline_status(d.on, D(2024, 5, 17)) == "overdue"
    # the latest end counts when there were several deferrals
    d = deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 3, 20), D(2024, 5, 6)), (D(2024, 3, 5), D(2024, 4, 1))])
    assert d.on == D(2024, 5, 16)


def test_第十三条第三款_never_shorter_than_the_thirty_days():
    d = deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 3, 5), D(2024, 3, 10))])  # 03-20 < 04-03
    assert d.on == D(2024, 4, 3)


def test_第十三条_a_deferral_that_ended_before_the_money_arrived_does_not_move_its_deadline():
    d = deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 2, 1), D(2024, 3, 1))])
    assert d == payout_deadline(D(2024, 3, 4))


def test_第十三条第三款_a_holiday_moves_the_deadline_after_a_deferral():
    # ended 2024-09-25: day 10 is 2024-10-05 (国庆节, rest until 10-07) → Tuesday 2024-10-08 (民诉法 85 ¶3)
    d = deadline_with_deferrals(D(2024, 3, 4), [(D(2024, 3, 20), D(2024, 9, 25))])
    assert (d.on, d.moved_for_holiday_from) == (D(2024, 10, 8), D(2024, 10, 5))
    assert deadline_status(d.on, D(2024, 10, 8)) != "overdue" and deadline_status(d.on, D(2024, 10, 9)) == "overdue"


def test_第十三条_a_holiday_moves_the_thirty_days():
    # received 2024-04-01: day 30 is 2024-05-01 (劳动节, rest until 05-05) → Monday 2024-05-06
    d = deadline_with_deferrals(D(2024, 4, 1), [])
    assert (d.on, d.moved_for_holiday_from) == (D(2024, 5, 6), D(2024, 5, 1))
