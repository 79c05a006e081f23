"""dispatch (执行110) domain rules. Pure: no I/O, no framework.

Triage (绿色通道 first, then urgency, then time), the dispatch state machine and its timestamps, and the
coercive measures of 民事诉讼法 (2023) 118-119 and 最高法《关于适用〈民事诉讼法〉的解释》(2022) 180-185:
司法拘留 at most 15 days, 罚款 within the limits for individuals and organisations, the court president's
approval (detain first in an emergency, approve after), the family notified within 24 hours, a review
requested within 3 days and decided within 5, and no second penalty of the same kind for the same act."""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Iterable, Sequence

from shared.calendar import ActDeadline, act_deadline
from shared.legal import Conflict, DomainError

GREEN_CHANNEL = {"migrant_wages", "support_payments"}
FEN_PER_YUAN = 100


# ---------------------------------------------------------------------------------------------------------------
# Alarms (接警) and triage
# ---------------------------------------------------------------------------------------------------------------

class AlarmSource(str, Enum):
    hotline = "hotline"  # 执行110 热线
    applicant = "applicant"  # 申请执行人报警
    tip = "tip"  # 悬赏线索核实
    police = "police"  # 公安查找
    patrol = "patrol"  # 巡查发现
    officer = "officer"  # 干警现场报警 (raised from the field, from the app)


ALARM_SOURCE_LABELS = {AlarmSource.hotline: "热线", AlarmSource.applicant: "申请执行人",
                       AlarmSource.tip: "悬赏线索", AlarmSource.police: "公安查找", AlarmSource.patrol: "巡查发现",
                       AlarmSource.officer: "干警现场报警"}
FIELD_SOURCES = {AlarmSource.patrol, AlarmSource.officer}  # what an officer may raise from the app


class Urgency(str, Enum):
    flight = "flight"  # 被执行人正在/即将离开 — act at once
    urgent = "urgent"  # 紧急: the asset or person may move soon
    normal = "normal"  # 一般


URGENCY_LABELS = {Urgency.flight: "即将离开/在逃", Urgency.urgent: "紧急", Urgency.normal: "一般"}
_URGENCY_RANK = {Urgency.flight: 0, Urgency.urgent: 1, Urgency.normal: 2}


class AlarmStatus(str, Enum):
    received = "received"  # 已接警, waiting in the triage queue
    dispatched = "dispatched"  # 已出警 (an active dispatch exists)
    closed = "closed"  # 已处置


ALARM_STATUS_LABELS = {AlarmStatus.received: "已接警", AlarmStatus.dispatched: "已出警", AlarmStatus.closed: "已处置"}


def case_priority(livelihood_category: str) -> int:
    """0 = 绿色通道 (wages, support payments) first; 1 = ordinary. Same rule as asset_core's."""
    return 0 if livelihood_category in GREEN_CHANNEL else 1


def alarm_priority(livelihood_category: str | None, urgency: Urgency) -> int:
    """Lower runs first. The case's 绿色通道 category decides first, the alarm's urgency second:
    0-2 green-channel (flight, urgent, normal), 10-12 ordinary. An alarm without a case is ordinary."""
    return case_priority(livelihood_category or "none") * 10 + _URGENCY_RANK[Urgency(urgency)]


def triage_key(priority: int, received_at: datetime) -> tuple[int, datetime]:
    """The triage queue's order: priority, then the earlier alarm first."""
    return priority, received_at


def triage(alarms: Iterable[tuple[int, datetime]]) -> list[tuple[int, datetime]]:
    return sorted(alarms, key=lambda a: triage_key(*a))


# ---------------------------------------------------------------------------------------------------------------
# Officers and dispatch (出警)
# ---------------------------------------------------------------------------------------------------------------

class DutyStatus(str, Enum):
    on_duty = "on_duty"  # 在岗值班
    off_duty = "off_duty"  # 不在岗
    on_leave = "on_leave"  # 休假


DUTY_LABELS = {DutyStatus.on_duty: "值班", DutyStatus.off_duty: "不在岗", DutyStatus.on_leave: "休假"}


class DispatchStatus(str, Enum):
    dispatched = "dispatched"  # 已派警
    en_route = "en_route"  # 在途
    arrived = "arrived"  # 到达现场
    completed = "completed"  # 处置完毕
    cancelled = "cancelled"  # 已撤销


DISPATCH_STATUS_LABELS = {DispatchStatus.dispatched: "已派警", DispatchStatus.en_route: "在途",
                          DispatchStatus.arrived: "到达现场", DispatchStatus.completed: "处置完毕",
                          DispatchStatus.cancelled: "已撤销"}
ACTIVE_DISPATCH = {DispatchStatus.dispatched, DispatchStatus.en_route, DispatchStatus.arrived}
_NEXT = {DispatchStatus.dispatched: {DispatchStatus.en_route, DispatchStatus.arrived, DispatchStatus.cancelled},
         DispatchStatus.en_route: {DispatchStatus.arrived, DispatchStatus.cancelled},
         DispatchStatus.arrived: {DispatchStatus.completed, DispatchStatus.cancelled},
         DispatchStatus.completed: set(), DispatchStatus.cancelled: set()}
MAX_OFFICERS_PER_DISPATCH = 20
CLOCK_SKEW = timedelta(minutes=2)


def check_transition(current: DispatchStatus, target: DispatchStatus) -> None:
    """dispatched → en route → arrived → completed; cancelled from any active state. `arrived` may follow
    `dispatched` directly (officers already on site). Completed and cancelled are final."""
    current, target = DispatchStatus(current), DispatchStatus(target)
    if target not in _NEXT[current]:
        raise Conflict("invalid_dispatch_transition",
                          f"不能从「{DISPATCH_STATUS_LABELS[current]}」变为「{DISPATCH_STATUS_LABELS[target]}」"
                          f" / a dispatch cannot go from {current.value} to {target.value}")


def check_status_time(at: datetime, previous_at: datetime, now: datetime) -> None:
    """A status time reported by a device that lost signal may be in the past, but not before the previous
    status and not in the future (beyond a small clock skew)."""
    if at < previous_at:
        raise DomainError("status_time_before_previous", f"状态时间早于上一状态 / {at.isoformat()} is before the "
                          f"previous status at {previous_at.isoformat()}")
    if at > now + CLOCK_SKEW:
        raise DomainError("status_time_in_future", f"状态时间晚于当前时间 / {at.isoformat()} is in the future")


def check_officers(officer_ids: Sequence[str], roster: dict[str, str]) -> None:
    """One or more distinct officers of this court, each on duty (`roster`: officer id → duty status)."""
    if not officer_ids:
        raise DomainError("no_officers", "出警至少指派一名干警 / a dispatch needs at least one officer")
    if len(set(officer_ids)) != len(officer_ids):
        raise DomainError("duplicate_officer", "同一干警不能重复指派 / an officer is listed twice")
    if len(officer_ids) > MAX_OFFICERS_PER_DISPATCH:
        raise DomainError("too_many_officers", f"一次出警最多 {MAX_OFFICERS_PER_DISPATCH} 人")
    unknown = [o for o in officer_ids if o not in roster]
    if unknown:
        raise DomainError("unknown_officer", f"不是本院在册干警 / not on this court's roster: {', '.join(unknown)}")
    off = [o for o in officer_ids if roster[o] != DutyStatus.on_duty.value]
    if off:
        raise DomainError("officer_not_on_duty", f"干警不在值班状态 / not on duty: {', '.join(off)}")


def seconds_between(start: datetime | None, end: datetime | None) -> float | None:
    return None if start is None or end is None else (end - start).total_seconds()


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (PostgreSQL's percentile_cont); None for no values."""
    if not values:
        return None
    if not 0 <= q <= 1:
        raise ValueError("q must be within [0, 1]")
    s = sorted(values)
    pos = (len(s) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


# ---------------------------------------------------------------------------------------------------------------
# Coercive measures: 司法拘留 and 罚款 (民诉法 118-119; 解释 180-185)
# ---------------------------------------------------------------------------------------------------------------

class PenaltyKind(str, Enum):
    detention = "detention"  # 司法拘留
    fine = "fine"  # 罚款


class SubjectKind(str, Enum):
    person = "person"  # 自然人
    organisation = "organisation"  # 单位


class ActKind(str, Enum):
    """妨害执行的行为 (民诉法 114)."""
    refuse_to_perform = "refuse_to_perform"  # 拒不履行已发生法律效力的判决、裁定
    conceal_assets = "conceal_assets"  # 隐藏、转移、变卖、毁损已被查封、扣押的财产
    obstruct_officers = "obstruct_officers"  # 以暴力、威胁或者其他方法阻碍执行人员执行职务
    false_report = "false_report"  # 拒不报告或者虚假报告财产
    refuse_to_assist = "refuse_to_assist"  # 有义务协助调查、执行的单位拒不协助
    other = "other"  # 其他妨害执行的行为


PENALTY_LABELS = {PenaltyKind.detention: "司法拘留", PenaltyKind.fine: "罚款"}


class PenaltyStatus(str, Enum):
    pending_approval = "pending_approval"  # 待院长批准 (not yet carried out)
    detained_pending_approval = "detained_pending_approval"  # 紧急情况先行拘留, 待补办批准 (解释 181)
    approved = "approved"  # 院长批准, 决定书生效
    refused = "refused"  # 院长不批准
    released = "released"  # 解除拘留 (院长认为拘留不当, 解释 181)
    revoked = "revoked"  # 复议撤销 (解释 185)


PENALTY_STATUS_LABELS = {PenaltyStatus.pending_approval: "待院长批准",
                         PenaltyStatus.detained_pending_approval: "已先行拘留，待补办批准",
                         PenaltyStatus.approved: "已批准", PenaltyStatus.refused: "未批准",
                         PenaltyStatus.released: "已解除拘留", PenaltyStatus.revoked: "复议撤销"}
# Penalties that no longer stand do not block a new decision on the same act.
VOID_STATUSES = {PenaltyStatus.refused, PenaltyStatus.released, PenaltyStatus.revoked}

MAX_DETENTION_DAYS = 15
MAX_FINE_PERSON_FEN = 100_000 * FEN_PER_YUAN  # 十万元以下
MIN_FINE_ORGANISATION_FEN = 50_000 * FEN_PER_YUAN  # 五万元以上
MAX_FINE_ORGANISATION_FEN = 1_000_000 * FEN_PER_YUAN  # 一百万元以下
FAMILY_NOTICE_HOURS = 24
REVIEW_REQUEST_DAYS = 3
REVIEW_DECISION_DAYS = 5


def check_detention_days(days: int) -> int:
    """民诉法 118: 拘留的期限，为十五日以下 — 1 to 15 days."""
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise DomainError("invalid_detention_days", "拘留期限至少 1 日 / detention is at least 1 day")
    if days > MAX_DETENTION_DAYS:
        raise DomainError("detention_too_long", f"拘留期限为十五日以下（民诉法第118条）/ detention is at most "
                          f"{MAX_DETENTION_DAYS} days, {days} asked")
    return days


def check_detention_subject(kind: SubjectKind) -> None:
    """民诉法 118, 117: only a natural person is detained; for an organisation the court detains its principal
    or the person directly responsible (decided against that person)."""
    if SubjectKind(kind) != SubjectKind.person:
        raise DomainError("detention_of_organisation", "只能对自然人拘留；单位应对其主要负责人或直接责任人员决定"
                          "（民诉法第117、118条）/ only a person can be detained")


def check_fine_amount(kind: SubjectKind, amount_fen: int) -> int:
    """民诉法 118: 对个人的罚款金额，为人民币十万元以下；对单位的罚款金额，为人民币五万元以上一百万元以下."""
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise DomainError("invalid_amount", "罚款金额必须是以分为单位的正整数 / amount_fen must be a positive integer")
    if SubjectKind(kind) == SubjectKind.person:
        if amount_fen > MAX_FINE_PERSON_FEN:
            raise DomainError("fine_above_limit", "对个人的罚款为人民币十万元以下（民诉法第118条）/ a fine on a person "
                              f"is at most {MAX_FINE_PERSON_FEN} fen, {amount_fen} asked")
    else:
        if amount_fen < MIN_FINE_ORGANISATION_FEN:
            raise DomainError("fine_below_minimum", "对单位的罚款为人民币五万元以上（民诉法第118条）/ a fine on an "
                              f"organisation is at least {MIN_FINE_ORGANISATION_FEN} fen, {amount_fen} asked")
        if amount_fen > MAX_FINE_ORGANISATION_FEN:
            raise DomainError("fine_above_limit", "对单位的罚款为人民币一百万元以下（民诉法第118条）/ a fine on an "
                              f"organisation is at most {MAX_FINE_ORGANISATION_FEN} fen, {amount_fen} asked")
    return amount_fen


def initial_status(kind: PenaltyKind, emergency: bool) -> PenaltyStatus:
    """民诉法 119: 罚款、拘留必须经院长批准 — a decision waits for the president; 解释 181: in an emergency a
    person may be detained at once and the approval obtained right after. A fine is never an emergency."""
    if PenaltyKind(kind) == PenaltyKind.fine:
        if emergency:
            raise DomainError("emergency_fine", "紧急情况可先行拘留，罚款须先经院长批准（解释第181条）/ only detention "
                              "may precede the president's approval")
        return PenaltyStatus.pending_approval
    return PenaltyStatus.detained_pending_approval if emergency else PenaltyStatus.pending_approval


def approval_outcome(status: PenaltyStatus, approved: bool) -> PenaltyStatus:
    """The president decides once: approved; or refused (not carried out) / released (detained first, 解释 181:
    院长认为拘留不当的，应当解除拘留)."""
    status = PenaltyStatus(status)
    if status not in (PenaltyStatus.pending_approval, PenaltyStatus.detained_pending_approval):
        raise Conflict("not_awaiting_approval", f"该决定不在待批准状态（{PENALTY_STATUS_LABELS[status]}）/ "
                          "the decision is not awaiting approval")
    if approved:
        return PenaltyStatus.approved
    return PenaltyStatus.released if status == PenaltyStatus.detained_pending_approval else PenaltyStatus.refused


def detention_ends_at(detained_at: datetime, days: int) -> datetime:
    """民诉法 118: the detention's own days (at most 15) — a duration, not a period for an act: it runs to its
    last day and never moves for a holiday or rest day (刑诉法 105 ¶2 by analogy; 民诉法 85 ¶3 moves only the
    last day of a period for an act)."""
    return detained_at + timedelta(days=check_detention_days(days))


def family_notice_deadline(detained_at: datetime) -> datetime:
    """解释 180: 对被拘留人采取拘留措施后，应当在二十四小时内通知其家属. Counted in hours from the moment of the
    detention: no holiday rule applies (民诉法 85 ¶3 moves periods counted in days)."""
    return detained_at + timedelta(hours=FAMILY_NOTICE_HOURS)


def family_notice_status(detained_at: datetime | None, notified_at: datetime | None, unable_recorded: bool,
                         now: datetime) -> str:
    """not_detained / pending / notified / notified_late / unable_recorded (确实无法按时通知或者通知不到的，应当
    记录在案) / overdue (no notice and none recorded after 24 h: flagged)."""
    if detained_at is None:
        return "not_detained"
    deadline = family_notice_deadline(detained_at)
    if notified_at is not None:
        return "notified" if notified_at <= deadline else "notified_late"
    if unable_recorded:
        return "unable_recorded"
    return "overdue" if now > deadline else "pending"


def family_notice_overdue(detained_at: datetime | None, notified_at: datetime | None, unable_recorded: bool,
                          status: PenaltyStatus, now: datetime) -> bool:
    """解释 180: 24 h passed without the family notice (nor the reason recorded) while the person is held — a
    detention carried out (approved, or detained first in an emergency); one released or revoked is not."""
    if PenaltyStatus(status) not in (PenaltyStatus.approved, PenaltyStatus.detained_pending_approval):
        return False
    return family_notice_status(detained_at, notified_at, unable_recorded, now) == "overdue"


def review_request_deadline(served_on: date) -> date:
    """解释 185: 申请复议应当自收到决定书之日起三日内提出 (the period starts the next day) — the last day before the
    holiday rule; see `review_request_due`."""
    return served_on + timedelta(days=REVIEW_REQUEST_DAYS)


def review_request_due(served_on: date) -> ActDeadline:
    """解释 185 with 民诉法 85 ¶3: the request is a period for an act — a last day on a holiday or rest day moves
    to the next working day (the court's calendar, 调休 included)."""
    return act_deadline(review_request_deadline(served_on))


def check_review_request(served_on: date | None, requested_on: date) -> None:
    if served_on is None:
        raise DomainError("decision_not_served", "决定书尚未送达（须经院长批准）/ the written decision is not served yet")
    if requested_on < served_on:
        raise DomainError("review_before_service", "复议申请早于决定书送达 / the request predates the decision")
    due = review_request_due(served_on)
    if requested_on > due.on:
        moved = f"（期限末日 {due.moved_for_holiday_from} 为节假日，顺延）" if due.moved_for_holiday_from else ""
        raise DomainError("review_request_late", f"复议申请应在收到决定书之日起三日内提出（解释第185条），期限至 "
                          f"{due.on}{moved} / the review had to be requested by {due.on}",
                          deadline=due.on.isoformat(),
                          moved_for_holiday_from=(due.moved_for_holiday_from.isoformat()
                                                  if due.moved_for_holiday_from else None))


def review_decision_deadline(requested_on: date) -> date:
    """解释 185: 上级人民法院应当在收到复议申请后五日内作出决定 — the last day before the holiday rule."""
    return requested_on + timedelta(days=REVIEW_DECISION_DAYS)


def review_decision_due(requested_on: date) -> ActDeadline:
    """解释 185 with 民诉法 85 ¶3: the decision is an act — its last day moves off a holiday or rest day."""
    return act_deadline(review_decision_deadline(requested_on))


def review_status(requested_on: date | None, decided_on: date | None, today: date) -> str:
    if requested_on is None:
        return "none"
    deadline = review_decision_due(requested_on).on
    if decided_on is not None:
        return "decided" if decided_on <= deadline else "decided_late"
    return "overdue" if today > deadline else "pending"


def act_key(subject_kind: SubjectKind, subject_name: str, subject_id_number: str | None, act_kind: ActKind,
            act_on: date) -> str:
    """Identity of one obstructive act: who, what, which day. Used to refuse a second penalty for it."""
    who = (subject_id_number or "").strip().upper() or " ".join(subject_name.split())
    raw = f"{SubjectKind(subject_kind).value}|{who}|{ActKind(act_kind).value}|{act_on.isoformat()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:40]


def check_no_second_penalty(kind: PenaltyKind, standing: Iterable[tuple[PenaltyKind, PenaltyStatus]]) -> None:
    """解释 184: 对同一妨害民事诉讼行为的罚款、拘留不得连续适用 — a second fine or a second detention for the
    same act is refused while the first stands; 解释 183: a fine and a detention may be combined."""
    for other_kind, other_status in standing:
        if PenaltyKind(other_kind) == PenaltyKind(kind) and PenaltyStatus(other_status) not in VOID_STATUSES:
            raise DomainError("second_penalty_same_act", f"同一妨害执行行为不得重复{PENALTY_LABELS[PenaltyKind(kind)]}"
                              "（解释第184条）/ this act already has a standing penalty of this kind")


# ---------------------------------------------------------------------------------------------------------------
# Custody reported by the police (民诉法 118: the police carry out a detention in a 拘留所)
# ---------------------------------------------------------------------------------------------------------------

class CustodyStatus(str, Enum):
    opened = "opened"  # 待交付拘留所
    handed_over = "handed_over"  # 已交付拘留所，在押
    released = "released"  # 已释放 (at the end, early, or never carried out)


CUSTODY_LABELS = {CustodyStatus.opened: "待交付拘留所", CustodyStatus.handed_over: "在押（已交付拘留所）",
                  CustodyStatus.released: "已释放"}
_CUSTODY_RANK = {CustodyStatus.opened: 0, CustodyStatus.handed_over: 1, CustodyStatus.released: 2}
RELEASE_KIND_LABELS = {"end": "期满释放", "early": "提前解除", "not_approved": "未批准，解除"}


def custody_status_after(current: CustodyStatus | str | None, incoming: CustodyStatus | str) -> CustodyStatus:
    """Custody only moves forward (opened → handed over → released): a police event that arrives late does not
    take the status back."""
    incoming = CustodyStatus(incoming)
    if current is None:
        return incoming
    current = CustodyStatus(current)
    return incoming if _CUSTODY_RANK[incoming] > _CUSTODY_RANK[current] else current


# ---------------------------------------------------------------------------------------------------------------
# Response targets (DOMAIN.md 执行110, configurable) and escalation of an unaccepted assignment
# ---------------------------------------------------------------------------------------------------------------

class TargetClass(str, Enum):
    first = "first"  # 绿色通道 or 即将离开/在逃: first
    urgent = "urgent"  # 紧急
    normal = "normal"  # 一般


TARGET_CLASS_LABELS = {TargetClass.first: "绿色通道/即将离开", TargetClass.urgent: "紧急", TargetClass.normal: "一般"}


@dataclass(frozen=True)
class ResponseTarget:
    """Minutes from the alarm's receipt to the first dispatch and to the first arrival on site."""
    dispatch_minutes: int
    arrival_minutes: int


def target_class(priority: int, urgency: Urgency) -> TargetClass:
    """绿色通道 cases (priority 0-2) and alarms of a debtor leaving (flight) are answered first; then urgent ones;
    the rest are ordinary."""
    urgency = Urgency(urgency)
    if priority < 10 or urgency == Urgency.flight:
        return TargetClass.first
    return TargetClass.urgent if urgency == Urgency.urgent else TargetClass.normal


def response_due(received_at: datetime, target: ResponseTarget) -> tuple[datetime, datetime]:
    """(dispatch by, arrive by) for an alarm received at `received_at`: durations in minutes, no calendar."""
    return (received_at + timedelta(minutes=target.dispatch_minutes),
            received_at + timedelta(minutes=target.arrival_minutes))


def target_state(due_at: datetime | None, done_at: datetime | None, now: datetime) -> tuple[str, float | None]:
    """(status, seconds left): met / missed (done, in time or late), pending (time left), overdue (not done, past
    due; seconds left negative), none (no target recorded)."""
    if due_at is None:
        return "none", None
    if done_at is not None:
        return ("met" if done_at <= due_at else "missed"), None
    left = (due_at - now).total_seconds()
    return ("pending" if left >= 0 else "overdue"), left


def target_missed(due_at: datetime | None, done_at: datetime | None, now: datetime) -> bool:
    """A target is missed when the time passed without the step, or the step came after it."""
    return target_state(due_at, done_at, now)[0] in ("missed", "overdue")


ESCALATING_DISPATCH = {DispatchStatus.dispatched, DispatchStatus.en_route}


def needs_escalation(assigned_at: datetime, accepted_at: datetime | None, escalated_at: datetime | None,
                     dispatch_status: DispatchStatus, accept_minutes: int, now: datetime) -> bool:
    """An assignment not accepted within `accept_minutes` of being made, while its dispatch has not reached the
    site, goes to the next available officer (once)."""
    if accepted_at is not None or escalated_at is not None:
        return False
    if DispatchStatus(dispatch_status) not in ESCALATING_DISPATCH:
        return False
    return now >= assigned_at + timedelta(minutes=accept_minutes)


def next_officer(candidates: Sequence[tuple[str, str, str, bool]], exclude: set[str], team: str | None
                 ) -> str | None:
    """The next available officer: on duty, not on another active dispatch, not already on this one; the same
    team first, then by id. `candidates`: (id, team, duty status, busy)."""
    free = [(t != team, oid) for oid, t, duty, busy in candidates
            if duty == DutyStatus.on_duty.value and not busy and oid not in exclude]
    return min(free)[1] if free else None


# ---------------------------------------------------------------------------------------------------------------
# Duty commanders (值班指挥长): the judges / presidents on duty receive missed targets and overdue notices
# ---------------------------------------------------------------------------------------------------------------

COMMANDER_ROLES = ("judge", "president")
MAX_SHIFT = timedelta(days=7)


def check_duty_shift(role: str, starts_at: datetime, ends_at: datetime) -> None:
    """A duty shift of a judge or the president: ends after it starts, at most 7 days."""
    if role not in COMMANDER_ROLES:
        raise DomainError("invalid_commander_role", "值班指挥长须为法官或院长 / the duty commander is a judge or the "
                          "president")
    if ends_at <= starts_at:
        raise DomainError("invalid_shift", "值班结束时间应晚于开始时间 / a shift ends after it starts")
    if ends_at - starts_at > MAX_SHIFT:
        raise DomainError("shift_too_long", "单次值班最长 7 天 / a shift is at most 7 days")
