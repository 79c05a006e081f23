"""mediation (和解中心) domain rules (DOMAIN.md "和解 — settlement"). Pure: no I/O, no framework; dates are
`datetime.date`, money is int fen (分) computed with integer arithmetic only.

Articles: 最高人民法院关于执行和解若干问题的规定 (和解规定) 2-3 (a settlement suspends execution; seizures may be
lifted), 8 (full performance closes the case), 9 (default → the applicant may apply to resume the original
judgment), 10 (2 years from the last day of the performance period — a period for an act: a last day on a
statutory holiday or rest day ends on the next working day, 民诉法 85 ¶3 / 民法典 203, `shared.calendar`), 11
(resumption refused while the settlement is performed on schedule or not yet due, save anticipatory breach:
民法典 578), 17 (amounts already paid are deducted). Installment due dates are contractual dates, not statutory
periods: they never move for holidays.
DOMAIN.md: 终本 cases pushed to the settlement center keep their legal status; 绿色通道 cases go first.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from shared.calendar import ActDeadline, act_deadline
from shared.legal import DomainError, add_months, fen


# ---------------------------------------------------------------------------------------------------------------
# The center's case (和解中心案件) and its states
# ---------------------------------------------------------------------------------------------------------------

class CenterState(str, Enum):
    received = "received"  # 已推送待分案
    assigned = "assigned"  # 办理中
    settled = "settled"  # 已和解, 履行中 (执行中止, 和解规定 2)
    defaulted = "defaulted"  # 未履行, 已建议恢复执行 (和解规定 9)
    fully_executed = "fully_executed"  # 和解履行完毕, 执行完毕 (和解规定 8)
    closed = "closed"  # 退回/结束 (no settlement)


STATE_LABELS = {
    CenterState.received: "已推送待分案",
    CenterState.assigned: "办理中",
    CenterState.settled: "已和解履行中",
    CenterState.defaulted: "未履行·建议恢复执行",
    CenterState.fully_executed: "履行完毕·执行完毕",
    CenterState.closed: "已结束",
}

TRANSITIONS: dict[CenterState, frozenset[CenterState]] = {
    CenterState.received: frozenset({CenterState.assigned, CenterState.closed}),
    CenterState.assigned: frozenset({CenterState.assigned, CenterState.settled, CenterState.closed}),
    CenterState.settled: frozenset({CenterState.fully_executed, CenterState.defaulted}),
    CenterState.defaulted: frozenset({CenterState.closed}),
    CenterState.fully_executed: frozenset(),
    CenterState.closed: frozenset(),
}


def check_transition(current: CenterState | str, target: CenterState | str) -> None:
    cur, tgt = CenterState(current), CenterState(target)
    if tgt not in TRANSITIONS[cur]:
        raise DomainError("illegal_transition", f"不能从「{STATE_LABELS[cur]}」变为「{STATE_LABELS[tgt]}」 / "
                                                f"cannot go from {cur.value} to {tgt.value}")


def intake_legal_status(enforcement_state: str) -> str:
    """DOMAIN.md 和解: a 终本 case pushed to the center keeps its legal status — intake never changes the
    enforcement case's state (a 终本 case stays 终本; a referred executing case stays executing until a
    settlement suspends it, 和解规定 2)."""
    return enforcement_state


GREEN_CHANNEL = frozenset({"migrant_wages", "support_payments"})


def intake_priority(livelihood_category: str) -> int:
    """绿色通道 (DOMAIN.md Statistics; MISSION.md): wage and support cases go first. Lower runs first."""
    return 0 if livelihood_category in GREEN_CHANNEL else 1


def assignment_order_key(priority: int, received_seq: int) -> tuple[int, int]:
    """分案 order: green channel first, then first received first."""
    return (priority, received_seq)


# ---------------------------------------------------------------------------------------------------------------
# 分案: mediators with teams, skills and load
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MediatorLoad:
    id: str
    name: str
    team: str
    skills: frozenset[str]
    load: int  # open cases (assigned or settled and being performed)
    capacity: int
    active: bool = True


LIVELIHOOD_SKILL = "livelihood"  # 民生案件 (绿色通道)


def required_skill(livelihood_category: str) -> str | None:
    return LIVELIHOOD_SKILL if livelihood_category in GREEN_CHANNEL else None


def pick_mediator(candidates: Iterable[MediatorLoad], *, skill: str | None = None,
                  exclude: str | None = None) -> MediatorLoad | None:
    """The balancing rule of 分案: among active mediators below capacity (not `exclude`), prefer those with
    the case's skill when any has it, then the lowest load relative to capacity, then the lowest load, then
    the id (deterministic). None when nobody can take the case."""
    free = [m for m in candidates if m.active and m.load < m.capacity and m.id != exclude]
    if skill:
        skilled = [m for m in free if skill in m.skills]
        free = skilled or free
    if not free:
        return None
    return min(free, key=lambda m: (m.load * 1_000_000 // max(m.capacity, 1), m.load, m.id))


def handling_overdue(last_step_on: date, today: date, limit_days: int) -> bool:
    """监督: a handling step (contact, session) is overdue when none was recorded within `limit_days` of the
    assignment or the previous step (*configurable*, default 15 days)."""
    return (today - last_step_on).days > limit_days


# ---------------------------------------------------------------------------------------------------------------
# Settlement agreements (执行和解) and their performance
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    due_on: date
    amount_fen: int


def check_schedule(total_fen: int, schedule: Sequence[Due], reached_on: date) -> None:
    """和解规定 2: the agreement fixes the amounts and dates: at least one installment, every amount a
    positive integer of fen, due dates strictly increasing and not before the day it is reached, and the
    installments add up to the total."""
    fen(total_fen, "total_fen", positive=True)
    if not schedule:
        raise DomainError("installments_required", "和解协议须约定履行期限和金额 / at least one installment is required")
    previous: date | None = None
    for i, d in enumerate(schedule, start=1):
        fen(d.amount_fen, f"installment {i} amount_fen", positive=True)
        if d.due_on < reached_on:
            raise DomainError("installment_before_settlement", f"第{i}期履行日期 {d.due_on} 早于和解日期 {reached_on} / "
                                                               f"installment {i} is due before the settlement")
        if previous is not None and d.due_on <= previous:
            raise DomainError("installments_not_in_order", f"第{i}期履行日期须晚于上一期 / installment due dates must "
                                                           f"strictly increase")
        previous = d.due_on
    total = sum(d.amount_fen for d in schedule)
    if total != total_fen:
        raise DomainError("installments_do_not_add_up", f"分期金额合计 {total} 分, 与和解总额 {total_fen} 分不符 / "
                                                        f"installments add up to {total}, not {total_fen}")


def performance_period_end(schedule: Sequence[Due]) -> date:
    """The last day of the settlement's performance period: the last installment's due date."""
    return max(d.due_on for d in schedule)


RESUME_LIMIT_MONTHS = 24


def resume_deadline(schedule: Sequence[Due]) -> date:
    """和解规定 10 (民诉法 250): the application to resume must be made within 2 years, counted from the last day
    of the performance period fixed in the settlement; the period's nominal last day is the corresponding day 2
    years later (before the holiday rule: the deadline itself is `resume_due`)."""
    return add_months(performance_period_end(schedule), RESUME_LIMIT_MONTHS)


def resume_due(schedule: Sequence[Due]) -> ActDeadline:
    """和解规定 10 with 民诉法 85 ¶3 (民法典 203): the last day to apply for resumption; when the 2 years end on a
    statutory holiday or rest day, the next working day (last due 2024-10-01 → 2026-10-01 is 国庆 → 2026-10-08,
    moved_for_holiday_from 2026-10-01)."""
    return act_deadline(resume_deadline(schedule))


def resume_deadline_moved_from(last_due_on: date, stored_deadline: date) -> date | None:
    """`moved_for_holiday_from` of a stored resumption deadline: the nominal last day when the holiday rule
    moved it, None otherwise (and for a deadline stored before the calendar was applied)."""
    nominal = add_months(last_due_on, RESUME_LIMIT_MONTHS)
    return nominal if stored_deadline != nominal else None


def paid_per_installment(schedule: Sequence[Due], paid_fen: int) -> list[int]:
    """Payments are credited to the earliest installment first."""
    left, out = fen(paid_fen, "paid_fen"), []
    for d in schedule:
        take = min(left, d.amount_fen)
        out.append(take)
        left -= take
    return out


def installment_status(d: Due, credited_fen: int, today: date) -> str:
    """paid / overdue (due date passed, not fully paid: overdue from the day after the due date) / due (today)
    / pending."""
    if credited_fen >= d.amount_fen:
        return "paid"
    if today > d.due_on:
        return "overdue"
    if today == d.due_on:
        return "due"
    return "pending"


def overdue_installments(schedule: Sequence[Due], paid_fen: int, today: date) -> list[int]:
    """The 1-based numbers of installments overdue on `today` (paid amounts credited earliest first)."""
    credited = paid_per_installment(schedule, paid_fen)
    return [i for i, (d, c) in enumerate(zip(schedule, credited), start=1)
            if installment_status(d, c, today) == "overdue"]


class Performance(str, Enum):
    not_yet_due = "not_yet_due"  # 履行期限未届至
    on_schedule = "on_schedule"  # 按期履行中
    in_default = "in_default"  # 未按期履行
    fully_performed = "fully_performed"  # 履行完毕


PERFORMANCE_LABELS = {Performance.not_yet_due: "履行期限未届至", Performance.on_schedule: "按期履行中",
                      Performance.in_default: "未按期履行", Performance.fully_performed: "履行完毕"}


def performance(schedule: Sequence[Due], paid_fen: int, today: date) -> Performance:
    """和解规定 8, 9, 11: fully performed when everything is paid; in default when an installment is overdue;
    on schedule when every installment whose due day has passed is paid; not yet due when no due day has passed."""
    total = sum(d.amount_fen for d in schedule)
    if paid_fen >= total:
        return Performance.fully_performed
    if overdue_installments(schedule, paid_fen, today):
        return Performance.in_default
    if any(d.due_on < today for d in schedule):  # the debtor has the whole due day to pay
        return Performance.on_schedule
    return Performance.not_yet_due


def is_fully_performed(schedule: Sequence[Due], paid_fen: int) -> bool:
    """和解规定 8: the settlement performed in full closes the case as fully executed (执行完毕)."""
    return paid_fen >= sum(d.amount_fen for d in schedule)


def check_resumption(schedule: Sequence[Due], paid_fen: int, on: date,
                     anticipatory_breach_on: date | None = None) -> str:
    """和解规定 9, 10, 11: resumption may be proposed on default. Refused while the settlement is not yet due or
    performed on schedule (11(2), 11(3)) — save anticipatory breach: the debtor made clear, expressly or by its
    conduct, on `anticipatory_breach_on` (≤ `on`) that it will not perform (11(2) citing 民法典 578; a debtor who
    so declared is no longer "performing as agreed", 11(3)); refused when fully performed (8, 11(1)); refused
    after the 2-year limit counted from the last day of the performance period, moved off a holiday or rest day
    (10, 民诉法 85 ¶3). Returns the ground: `default` or `anticipatory_breach`."""
    state = performance(schedule, paid_fen, on)
    if state == Performance.fully_performed:
        raise DomainError("resumption_refused_performed", "和解协议已履行完毕, 执行已终结 (和解规定 8) / "
                                                          "the settlement was performed in full")
    breach = anticipatory_breach_on is not None and anticipatory_breach_on <= on
    if state == Performance.not_yet_due and not breach:
        raise DomainError("resumption_refused_not_due", "和解协议履行期限尚未届至, 不予恢复执行 (和解规定 11) / "
                                                        "the settlement is not yet due")
    if state == Performance.on_schedule and not breach:
        raise DomainError("resumption_refused_on_schedule", "和解协议正在按期履行, 不予恢复执行 (和解规定 11) / "
                                                            "the settlement is being performed on schedule")
    deadline = resume_due(schedule)
    if on > deadline.on:
        moved = (f"（期间最后一日 {deadline.moved_for_holiday_from} 为法定休假日, 顺延至 {deadline.on}）"
                 if deadline.moved_for_holiday_from else "")
        raise DomainError("resumption_time_barred", f"申请恢复执行期间已于 {deadline.on} 届满{moved} (和解规定 10) / "
                                                    f"the 2-year limit ended on {deadline.on}",
                          resume_deadline=deadline.on.isoformat())
    return "default" if state == Performance.in_default else "anticipatory_breach"


def resumption_amount(outstanding_at_settlement_fen: int, paid_fen: int) -> int:
    """和解规定 17: on resumption of the original judgment, what was already paid under the settlement is
    deducted from what the original judgment still required."""
    fen(outstanding_at_settlement_fen, "outstanding_at_settlement_fen")
    return max(outstanding_at_settlement_fen - fen(paid_fen, "paid_fen"), 0)


def check_payment(amount_fen: int, paid_fen: int, total_fen: int) -> None:
    """A payment is a positive amount in fen and never more than what the settlement still requires."""
    fen(amount_fen, "amount_fen", positive=True)
    if paid_fen + amount_fen > total_fen:
        raise DomainError("overpayment", f"付款后累计 {paid_fen + amount_fen} 分, 超过和解总额 {total_fen} 分 / the "
                                         f"payment exceeds what the settlement still requires "
                                         f"({total_fen - paid_fen} fen)")


def check_asset_terms(release_measure_ids: Iterable[str], active_measure_ids: Iterable[str],
                      remortgage_asset_ids: Iterable[str], case_asset_ids: Iterable[str]) -> None:
    """和解规定 3 / 转债化解: the seizures to release must be active (or queued) measures of the case, the assets
    to re-mortgage must be assets of the case (as the center's projection of asset_core knows them)."""
    unknown = [m for m in release_measure_ids if m not in set(active_measure_ids)]
    if unknown:
        raise DomainError("unknown_measure", f"解除的控制措施不是本案生效中的措施: {', '.join(unknown)} / not active "
                                             f"measures of this case")
    foreign = [a for a in remortgage_asset_ids if a not in set(case_asset_ids)]
    if foreign:
        raise DomainError("unknown_asset", f"协助再抵押的财产不属于本案: {', '.join(foreign)} / not assets of this case")


def period_contains(day: date, start: date | None, end: date | None) -> bool:
    """Figures: a day falls in the closed period [start, end] (either end open)."""
    return (start is None or day >= start) and (end is None or day <= end)


def days_between(a: date, b: date) -> int:
    return (b - a).days

