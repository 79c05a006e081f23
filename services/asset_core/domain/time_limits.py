"""Time limits (DOMAIN.md "Time limits"; 执行期限规定 法发〔2006〕35号; 解释 480; 财产调查规定 2, 7).

Period convention (民诉法 85): the day an event happens is not counted; a period of N months ends on the
corresponding day N months later, or on that month's last day when it has no such day (see `add_months`)."""
from __future__ import annotations

from datetime import date, timedelta

from services.asset_core.domain._guards import _days
from shared.legal import add_months

FINISH_MONTHS = 6
FINISH_MONTHS_NON_LITIGATION = 3
EXTENSION_MONTHS = 3


def finishing_deadline(filed_on: date, *, non_litigation: bool = False, extension_approved: bool = False,
                       suspended_days: int = 0) -> date:
    """执结期限 (DOMAIN.md "Time limits"; 执行期限规定 法发〔2006〕35号 1): 6 months from filing (3 for
    non-litigation enforcement 非诉执行), +3 months when the president approved an extension, plus the days of
    suspension (中止), which do not count. The months are counted together from the filing date (6+3 = 9 months
    from filing), then the suspended days are added."""
    months = (FINISH_MONTHS_NON_LITIGATION if non_litigation else FINISH_MONTHS) + (
        EXTENSION_MONTHS if extension_approved else 0)
    return add_months(filed_on, months) + timedelta(days=_days(suspended_days, "suspended_days"))


def extension_request_latest(deadline: date) -> date:
    """The last day to request an extension of the finishing period: at least 5 days before it expires
    (DOMAIN.md "Time limits"; 执行期限规定 法发〔2006〕35号 2): deadline - 5 days."""
    return deadline - timedelta(days=5)


def officer_assignment_deadline(filed_on: date) -> date:
    """The responsible officer (承办人) is assigned within 7 days of filing (DOMAIN.md "Time limits";
    执行期限规定 法发〔2006〕35号)."""
    return filed_on + timedelta(days=7)


def execution_notice_deadline(filed_on: date) -> date:
    """The execution notice (执行通知) — with the asset-report order (财产调查规定 3) — goes out within 10 days
    of receiving the application (解释 480)."""
    return filed_on + timedelta(days=10)


def clue_verification_deadline(received_on: date, urgent: bool = False) -> date:
    """The applicant's specific asset clues are verified within 7 days, 3 if urgent (财产调查规定 2)."""
    return received_on + timedelta(days=3 if urgent else 7)


def debtor_change_report_deadline(changed_on: date) -> date:
    """After reporting, the debtor reports a change in assets within 10 days of the change (财产调查规定 7)."""
    return changed_on + timedelta(days=10)


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
