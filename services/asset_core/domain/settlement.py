"""A settled case in the court that holds it (和解规定 8-11; 民法典 578): full performance closes the case
whatever its state; resumption of the original judgment only on a default the settlement center proved, not
while the settlement is performed on schedule or not yet due (save anticipatory breach), and within 2 years
from the last day of the performance period — a period for an act, moved off rest days (民诉法 85 ¶3)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from services.asset_core.domain.case_states import CaseState
from shared.calendar import ActDeadline, act_deadline
from shared.legal import DomainError, add_months

RESUME_LIMIT_MONTHS = 24  # 和解规定 10 (民诉法 250: 2 years)


@dataclass(frozen=True)
class SettlementRecord:
    """What asset_core knows of a settlement, from mediation's events."""

    first_due_on: date  # the first installment's due date
    performance_end_on: date  # the last installment's due date: the last day of the performance period
    defaulted_on: date | None = None  # SettlementDefaulted: the center found the debtor in default
    performed_on: date | None = None  # CaseFullyExecuted: performed in full


def settlement_resume_deadline(performance_end_on: date) -> ActDeadline:
    """和解规定 10: the application to resume is made within 2 years (民诉法 250) counted from the last day of
    the settlement's performance period; a period for an act, so a last day on a rest day moves (民诉法 85 ¶3)."""
    return act_deadline(add_months(performance_end_on, RESUME_LIMIT_MONTHS))


def check_settlement_resumption(s: SettlementRecord, on: date, anticipatory_breach: bool = False) -> None:
    """和解规定 9-11: resuming the original judgment of a settled case. Refused when the settlement was performed
    in full (11(1), 8); after the 2-year limit (10); while it is not yet due (11(2)) unless the debtor has clearly
    said or shown that it will not perform (anticipatory breach, 民法典 578); and, without a default proven by the
    settlement center, while it is performed on schedule (11(3)). Raises DomainError."""
    if s.performed_on is not None and s.performed_on <= on:
        raise DomainError("resumption_refused_performed", "和解协议已履行完毕, 不予恢复执行 (和解规定 8, 11(1)) / the "
                                                          "settlement was performed in full")
    deadline = settlement_resume_deadline(s.performance_end_on)
    if on > deadline.on:
        raise DomainError("resumption_time_barred", f"申请恢复执行期间已于 {deadline.on} 届满 (和解规定 10) / the 2-year "
                                                    f"limit from the end of the performance period "
                                                    f"{s.performance_end_on} ended on {deadline.on}",
                          resume_deadline=deadline.on.isoformat())
    if s.defaulted_on is not None and s.defaulted_on <= on:
        return  # 和解规定 9: default proven
    if on <= s.first_due_on:  # nothing has fallen due yet: the debtor has the whole due day to pay
        if anticipatory_breach:
            return  # 和解规定 11(2) proviso; 民法典 578
        raise DomainError("resumption_refused_not_due", "和解协议履行期限尚未届至, 不予恢复执行 (和解规定 11(2)) / the "
                                                        "settlement is not yet due (save anticipatory breach, 民法典 578)")
    if anticipatory_breach:
        return
    raise DomainError("resumption_refused_on_schedule", "和解中心未认定被执行人违约, 和解协议按期履行中, 不予恢复执行 "
                                                        "(和解规定 9, 11(3)) / no default proven by the settlement "
                                                        "center: the settlement is being performed on schedule")


def closes_on_full_performance(state: CaseState | str) -> bool:
    """和解规定 8: a settlement performed in full closes the case as fully executed (执行完毕) whatever state it
    was in — executing, suspended by the settlement, or 终本 and pushed to the settlement center. A case already
    fully executed or terminated is not changed."""
    return CaseState(state) not in (CaseState.fully_executed, CaseState.terminated)
