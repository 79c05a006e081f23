"""The sweep's stored day (issue 10 "sweeps by due date"): the first day after the sweep on which one of an open
case's time limits changes to a status it reports — due (last day minus the warning window, 执行期限规定 法发
〔2006〕35号 for the 7-day officer assignment, 解释 480 for the 10-day notice, 审限规定 5 for the 6 months) or
overdue (the day after the last day, 民诉法 85 ¶3)."""
from datetime import date

from services.asset_core import views
from services.asset_core.sweep import NOTHING_DUE, next_look


class Case:
    def __init__(self, **kw):
        self.filed_on = kw.pop("filed_on", date(2025, 6, 2))
        for k in ("officer_assigned_on", "execution_notice_on", "concluded_on", "closed_on", "suspended_since",
                  "extension_approved_on"):
            setattr(self, k, kw.pop(k, None))
        self.suspended_days = kw.pop("suspended_days", 0)
        self.non_litigation = kw.pop("non_litigation", False)
        assert not kw, kw


def look(case: Case, today: date) -> date:
    return next_look(views.deadlines_of(case, today, 30, 2), today, 30, 2)


def test_a_pending_limit_is_looked_at_on_the_first_day_of_its_warning_window():
    # filed 2025-06-02: officer assignment by 06-09 (7 days), notice by 06-12 (10 days), finishing 2025-12-02
    case = Case()
    assert look(case, date(2025, 6, 3)) == date(2025, 6, 7)  # 06-09 minus 2 days
    assert look(case, date(2025, 6, 6)) == date(2025, 6, 7)  # the day before the window: still the window's first day


def test_a_due_limit_is_looked_at_the_day_after_its_last_day():
    case = Case()
    # on 06-07 the assignment is due (until 06-09): next the day after its last day, 06-10, which is also the
    # first day of the notice's window (06-12 minus 2)
    assert look(case, date(2025, 6, 7)) == date(2025, 6, 10)
    case.officer_assigned_on = date(2025, 6, 8)
    assert look(case, date(2025, 6, 10)) == date(2025, 6, 13)  # notice due until 06-12, overdue from 06-13
    assert look(case, date(2025, 6, 9)) == date(2025, 6, 10)  # on the last day of the window: looked at the next


def test_done_and_overdue_limits_wait_for_a_change_of_the_case():
    case = Case(officer_assigned_on=date(2025, 6, 3), execution_notice_on=date(2025, 6, 4))
    assert look(case, date(2025, 6, 5)) == date(2025, 11, 2)  # finishing 2025-12-02 minus 30 days
    assert look(case, date(2025, 12, 3)) == NOTHING_DUE  # overdue reported; nothing more without a write
    suspended = Case(officer_assigned_on=date(2025, 6, 3), execution_notice_on=date(2025, 6, 4),
                     suspended_since=date(2025, 7, 1))
    assert look(suspended, date(2025, 11, 20)) == NOTHING_DUE  # 中止: the 6 months stand still until it ends


def test_the_stored_day_is_always_after_the_sweep():
    case = Case()
    for day in range(1, 30):
        today = date(2025, 6, day)
        assert look(case, today) > today
