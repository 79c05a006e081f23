"""Time limits (DOMAIN.md "Time limits"; 审限规定 5 (法释〔2000〕29号); 执行期限规定 (法发〔2006〕35号) 1; 解释 480;
财产调查规定 2, 7).

Period convention (民诉法 85): the day an event happens is not counted; a period of N months ends on the
corresponding day N months later, or on that month's last day when it has no such day (see `add_months`).
Every period here is a period FOR AN ACT (an assignment, a notice, a verification, a report, the conclusion of
the case): when its last day is a statutory holiday or rest day it ends on the next working day (民诉法 85 ¶3),
through `shared.calendar.act_deadline`, and the result says `moved_for_holiday_from`."""
from __future__ import annotations

from datetime import date, timedelta

from services.asset_core.domain._guards import _days
from shared.calendar import ActDeadline, act_deadline, days_after
from shared.legal import DomainError, add_months

FINISH_MONTHS = 6
FINISH_MONTHS_NON_LITIGATION = 3
EXTENSION_MONTHS = 3
EXTENSION_REQUEST_DAYS_BEFORE = 5
OFFICER_ASSIGNMENT_DAYS = 7
EXECUTION_NOTICE_DAYS = 10
CLUE_VERIFICATION_DAYS = 7
CLUE_VERIFICATION_DAYS_URGENT = 3
DEBTOR_CHANGE_REPORT_DAYS = 10


def finishing_deadline(filed_on: date, *, non_litigation: bool = False, extension_approved: bool = False,
                       suspended_days: int = 0) -> ActDeadline:
    """执结期限 (审限规定 5, 法释〔2000〕29号): 6 months from filing (3 for non-litigation enforcement 非诉执行),
    +3 months when the president approved an extension, plus the days of suspension (中止, 民诉法 267), which do
    not count. The months are counted together from the filing date (6+3 = 9 months from filing), then the
    suspended days are added; a last day on a rest day moves to the next working day (民诉法 85 ¶3)."""
    months = (FINISH_MONTHS_NON_LITIGATION if non_litigation else FINISH_MONTHS) + (
        EXTENSION_MONTHS if extension_approved else 0)
    return act_deadline(add_months(filed_on, months) + timedelta(days=_days(suspended_days, "suspended_days")))


def extension_request_latest(deadline: date) -> date:
    """The last day to REQUEST an extension of the finishing period: at least 5 days before it expires
    (执行期限规定 法发〔2006〕35号 1): deadline - 5 days, the deadline being the (holiday-adjusted) expiry. A day
    counted backwards from the expiry is not moved forward for a holiday: that would leave fewer than 5 days."""
    return deadline - timedelta(days=EXTENSION_REQUEST_DAYS_BEFORE)


def check_extension_request(deadline: date, requested_on: date, approved_on: date) -> None:
    """The 6 + 3 month extension (审限规定 5; 执行期限规定 1): the REQUEST date is checked — on or before
    `extension_request_latest(deadline)` — not the approval date; the approval cannot precede the request.
    Raises DomainError("extension_too_late" | "approval_before_request")."""
    latest = extension_request_latest(deadline)
    if requested_on > latest:
        raise DomainError("extension_too_late", f"延长执行期限应在期限届满 5 日前提出申请: 期限 {deadline}, 最迟 {latest} 申请, "
                                                f"实际 {requested_on} / the extension must be requested by {latest} "
                                                f"(5 days before the deadline {deadline}), it was requested on "
                                                f"{requested_on} (执行期限规定 1; 审限规定 5)")
    if approved_on < requested_on:
        raise DomainError("approval_before_request", f"批准日期 {approved_on} 早于申请日期 {requested_on} / the approval "
                                                     f"cannot precede the request")


def officer_assignment_deadline(filed_on: date) -> ActDeadline:
    """The responsible officer (承办人) is assigned within 7 days of filing (执行期限规定 法发〔2006〕35号);
    a period for an act (民诉法 85 ¶3)."""
    return act_deadline(days_after(filed_on, OFFICER_ASSIGNMENT_DAYS))


def execution_notice_deadline(filed_on: date) -> ActDeadline:
    """The execution notice (执行通知) — with the asset-report order (财产调查规定 3) — goes out within 10 days
    of receiving the application (解释 480); a period for an act (民诉法 85 ¶3)."""
    return act_deadline(days_after(filed_on, EXECUTION_NOTICE_DAYS))


def clue_verification_deadline(received_on: date, urgent: bool = False) -> ActDeadline:
    """The applicant's specific asset clues are verified within 7 days of receipt, 3 if urgent (财产调查规定 2);
    a period for an act (民诉法 85 ¶3)."""
    return act_deadline(days_after(received_on, CLUE_VERIFICATION_DAYS_URGENT if urgent else CLUE_VERIFICATION_DAYS))


def debtor_change_report_deadline(changed_on: date) -> ActDeadline:
    """After reporting, the debtor reports a change in assets within 10 days of the change (财产调查规定 7); a
    period for an act (民诉法 85 ¶3)."""
    return act_deadline(days_after(changed_on, DEBTOR_CHANGE_REPORT_DAYS))


def deadline_status(deadline: date, today: date, done_on: date | None = None, warn_days: int = 0) -> str:
    """Flag a time limit (DOMAIN.md: deadlines surface as "due" / "overdue"): "done" if done on or before the
    deadline and "done_late" if done after it (whatever today is); otherwise "overdue" if today > deadline, "due"
    if deadline - warn_days <= today <= deadline, else "pending"."""
    warn = _days(warn_days, "warn_days")
    if done_on is not None:
        return "done_late" if done_on > deadline else "done"
    if today > deadline:
        return "overdue"
    if today >= deadline - timedelta(days=warn):
        return "due"
    return "pending"
