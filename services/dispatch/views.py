"""dispatch read models: what the API shows of cases (the projection), alarms and the triage queue, the roster,
dispatches, outcomes, penalties and the figures — scoped to the asking court (an officer to their own
assignments) and masked by role (个人信息保护法 28). The loaders here are shared with the use cases, which lock
the row they change (`write=True`)."""
from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlalchemy.dialects.postgresql import distinct_on

from services.dispatch import domain
from services.dispatch.domain import AlarmSource, AlarmStatus, DispatchStatus, PenaltyKind, PenaltyStatus, Urgency
from services.dispatch.tables import files as files_table
from services.dispatch.tables import (alarms, assignments, case_projection, custody_projection, dispatches,
                                      duty_commanders, location_pings, officers, outcomes, penalties)
from shared import files
from shared.auth import Principal
from shared.identity import mask_id_number, mask_optional_phone
from shared.legal import SHANGHAI, Forbidden, NotFound, today_cn
from shared.orgs import is_above, visible_to
from shared.pagination import keyset_page
from shared.usecase import UseCaseContext, check_version

DISPATCHERS = frozenset({"clerk", "judge", "president"})  # 指挥中心: receive alarms, dispatch, read the court's work
PII_ROLES = frozenset({"judge", "president"})  # see reporters' phones and id numbers in full
CASE_COLUMNS = tuple(c.name for c in case_projection.columns if c.name not in ("seq", "updated_at"))


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def officer_only(principal: Principal | None) -> bool:
    """An officer without a dispatcher role sees only their own assignments."""
    return principal is not None and "officer" in principal.roles and not (principal.roles & DISPATCHERS)


# ================================================================== case projection
def case_view(row: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in CASE_COLUMNS}


async def get_case(ctx: UseCaseContext, case_id: uuid.UUID) -> dict[str, Any]:
    row = (await ctx.session.execute(select(case_projection).where(case_projection.c.case_id == case_id))).first()
    if row is None or row.court_code != ctx.org:
        raise NotFound("case_not_found", "案件不存在", f"no case {case_id} visible to {ctx.org}")
    return case_view(row)


async def list_cases(ctx: UseCaseContext, limit: int, after_seq: int | None) -> tuple[list[dict[str, Any]], int | None]:
    q = select(case_projection).where(case_projection.c.court_code == ctx.org)
    rows, last = await keyset_page(ctx.session, q, case_projection.c.seq, limit, after_seq)
    return [case_view(r) for r in rows], last


# ================================================================== alarms
def targets_view(a: Any, now: datetime | None = None) -> dict[str, Any] | None:
    """The alarm's response targets (configurable per class) with their status and the time left."""
    if a.target_class is None:
        return None
    now = now or now_utc()
    out: dict[str, Any] = {"class": a.target_class,
                           "class_label": domain.TARGET_CLASS_LABELS[domain.TargetClass(a.target_class)]}
    for name, due, done in (("dispatch", a.dispatch_due_at, a.first_dispatched_at),
                            ("arrival", a.arrival_due_at, a.first_arrived_at)):
        status, left = domain.target_state(due, done, now)
        out[name] = {"due_at": due, "minutes": round((due - a.received_at).total_seconds() / 60),
                     "done_at": done, "status": status, "seconds_left": None if left is None else round(left)}
    return out


def alarm_view(a: Any, roles: frozenset[str], dispatch_views: list[dict] | None = None) -> dict[str, Any]:
    full = bool(roles & PII_ROLES)
    reporter = None
    if a.reporter_name or a.reporter_phone:
        reporter = {"name": a.reporter_name,
                    "phone": a.reporter_phone if full else mask_optional_phone(a.reporter_phone)}
    return {
        "id": a.id, "court_code": a.court_code, "source": a.source,
        "source_label": domain.ALARM_SOURCE_LABELS[AlarmSource(a.source)], "urgency": a.urgency,
        "urgency_label": domain.URGENCY_LABELS[Urgency(a.urgency)], "priority": a.priority, "case_id": a.case_id,
        "case_number": a.case_number, "livelihood_category": a.livelihood_category,
        "location": {"address": a.address, "latitude": a.latitude, "longitude": a.longitude},
        "description": a.description, "reporter": reporter, "received_at": a.received_at, "status": a.status,
        "status_label": domain.ALARM_STATUS_LABELS[AlarmStatus(a.status)],
        "first_dispatched_at": a.first_dispatched_at, "first_arrived_at": a.first_arrived_at,
        "time_to_dispatch_s": domain.seconds_between(a.received_at, a.first_dispatched_at),
        "time_to_arrival_s": domain.seconds_between(a.received_at, a.first_arrived_at),
        "source_ref": a.source_ref, "version": a.version, "dispatches": dispatch_views,
        "targets": targets_view(a),
    }


async def load_alarm(ctx: UseCaseContext, alarm_id: uuid.UUID, *, write: bool = False) -> Any:
    q = select(alarms).where(alarms.c.id == alarm_id)
    a = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    visible = a is not None and a.court_code == ctx.org
    if visible and officer_only(ctx.principal):
        visible = (await ctx.session.execute(select(assignments.c.dispatch_id).where(
            assignments.c.alarm_id == a.id, assignments.c.officer_id == ctx.actor).limit(1))).first() is not None
    if not visible:  # another court's alarm (or not the officer's) is reported as absent
        raise NotFound("alarm_not_found", "警情不存在", f"no alarm {alarm_id} visible to {ctx.actor}@{ctx.org}")
    return a


async def alarm_detail(ctx: UseCaseContext, alarm_id: uuid.UUID) -> dict[str, Any]:
    a = await load_alarm(ctx, alarm_id)
    ds = (await ctx.session.execute(select(dispatches).where(dispatches.c.alarm_id == a.id)
                                    .order_by(dispatches.c.seq))).all()
    views = [await dispatch_view(ctx, d, with_alarm=False) for d in ds]
    return alarm_view(a, ctx.roles, views)


def period_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Calendar days in Asia/Shanghai → [start 00:00, the day after `end` 00:00) in UTC."""
    lo = datetime.combine(start, time(), SHANGHAI).astimezone(timezone.utc) if start else None
    hi = datetime.combine(end + timedelta(days=1), time(), SHANGHAI).astimezone(timezone.utc) if end else None
    return lo, hi


async def list_alarms(ctx: UseCaseContext, *, limit: int, after_seq: int | None, status: AlarmStatus | None,
                      source: AlarmSource | None, received_from: date | None, received_to: date | None
                      ) -> tuple[list[dict], int | None]:
    q = select(alarms).where(alarms.c.court_code == ctx.org)
    if status is not None:
        q = q.where(alarms.c.status == status.value)
    if source is not None:
        q = q.where(alarms.c.source == source.value)
    start, end = period_bounds(received_from, received_to)
    if start:
        q = q.where(alarms.c.received_at >= start)
    if end:
        q = q.where(alarms.c.received_at < end)
    rows, last = await keyset_page(ctx.session, q, alarms.c.seq, limit, after_seq)
    return [alarm_view(r, ctx.roles) for r in rows], last


async def triage_queue(ctx: UseCaseContext, limit: int) -> list[dict]:
    """Alarms waiting for officers: 绿色通道 first, then urgency, then the earliest."""
    rows = (await ctx.session.execute(
        select(alarms).where(alarms.c.court_code == ctx.org, alarms.c.status == AlarmStatus.received.value)
        .order_by(alarms.c.priority, alarms.c.received_at, alarms.c.seq).limit(limit))).all()
    return [alarm_view(r, ctx.roles) for r in rows]


# ================================================================== officers (roster)
def officer_view(o: Any) -> dict[str, Any]:
    return {"id": o.id, "court_code": o.court_code, "name": o.name, "team": o.team, "phone": o.phone,
            "duty_status": o.duty_status, "duty_label": domain.DUTY_LABELS[domain.DutyStatus(o.duty_status)],
            "version": o.version, "updated_at": o.updated_at}


async def load_officer(ctx: UseCaseContext, officer_id: str, *, write: bool = False) -> Any:
    q = select(officers).where(officers.c.id == officer_id)
    o = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    if o is None or o.court_code != ctx.org or (officer_only(ctx.principal) and o.id != ctx.actor):
        raise NotFound("officer_not_found", "干警不存在", f"no officer {officer_id} at {ctx.org}")
    return o


async def roster(ctx: UseCaseContext, duty_status: domain.DutyStatus | None, team: str | None) -> list[dict]:
    q = select(officers).where(officers.c.court_code == ctx.org).order_by(officers.c.team, officers.c.id)
    if duty_status is not None:
        q = q.where(officers.c.duty_status == duty_status.value)
    if team:
        q = q.where(officers.c.team == team)
    return [officer_view(o) for o in (await ctx.session.execute(q)).all()]


# ================================================================== dispatches
async def dispatch_view(ctx: UseCaseContext, d: Any, *, with_alarm: bool = True) -> dict[str, Any]:
    team = (await ctx.session.execute(
        select(assignments.c.officer_id, assignments.c.accepted_at, assignments.c.escalated_at,
               assignments.c.escalated_to, assignments.c.escalated_from, officers.c.name, officers.c.team)
        .join(officers, officers.c.id == assignments.c.officer_id)
        .where(assignments.c.dispatch_id == d.id).order_by(assignments.c.officer_id))).all()
    view = {
        "id": d.id, "alarm_id": d.alarm_id, "court_code": d.court_code, "vehicle": d.vehicle, "note": d.note,
        "status": d.status, "status_label": domain.DISPATCH_STATUS_LABELS[DispatchStatus(d.status)],
        "timestamps": {"dispatched": d.dispatched_at, "en_route": d.en_route_at, "arrived": d.arrived_at,
                       "completed": d.completed_at, "cancelled": d.cancelled_at},
        "cancel_reason": d.cancel_reason, "version": d.version,
        "officer_count": sum(1 for t in team if t.escalated_at is None),
        "officers": [{"officer_id": t.officer_id, "name": t.name, "team": t.team, "accepted_at": t.accepted_at,
                      "escalated_at": t.escalated_at, "escalated_to": t.escalated_to,
                      "escalated_from": t.escalated_from} for t in team],
    }
    if with_alarm:
        a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id))).first()
        view["alarm"] = alarm_view(a, ctx.roles)
    return view


async def officer_ids(ctx: UseCaseContext, dispatch_id: uuid.UUID) -> list[str]:
    return list((await ctx.session.execute(select(assignments.c.officer_id).where(
        assignments.c.dispatch_id == dispatch_id).order_by(assignments.c.officer_id))).scalars())


async def load_dispatch(ctx: UseCaseContext, dispatch_id: uuid.UUID, *, write: bool = False,
                        assigned_only: bool = False, if_match: int | None = None) -> Any:
    q = select(dispatches).where(dispatches.c.id == dispatch_id)
    d = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    visible = d is not None and d.court_code == ctx.org
    if visible and (assigned_only or officer_only(ctx.principal)):
        visible = ctx.actor in await officer_ids(ctx, d.id)
    if not visible:
        raise NotFound("dispatch_not_found", "出警记录不存在", f"no dispatch {dispatch_id} visible to "
                       f"{ctx.actor}@{ctx.org}")
    check_version(d, if_match, "出警记录", "dispatch")
    return d


async def my_assignments(ctx: UseCaseContext, *, active_only: bool, limit: int = 100) -> list[dict]:
    q = (select(dispatches).join(assignments, assignments.c.dispatch_id == dispatches.c.id)
         .where(assignments.c.officer_id == ctx.actor, assignments.c.court_code == ctx.org)
         .order_by(dispatches.c.dispatched_at.desc()).limit(limit))
    if active_only:
        q = q.where(dispatches.c.status.in_([s.value for s in domain.ACTIVE_DISPATCH]))
    return [await dispatch_view(ctx, d) for d in (await ctx.session.execute(q)).all()]


async def last_locations(ctx: UseCaseContext, dispatch_id: uuid.UUID) -> list[dict]:
    d = await load_dispatch(ctx, dispatch_id)
    ids = await officer_ids(ctx, d.id)
    rows = (await ctx.session.execute(
        select(location_pings).ext(distinct_on(location_pings.c.officer_id))
        .where(location_pings.c.officer_id.in_(ids))
        .order_by(location_pings.c.officer_id, location_pings.c.recorded_at.desc()))).all()
    return [{"officer_id": r.officer_id, "latitude": r.latitude, "longitude": r.longitude,
             "accuracy_m": r.accuracy_m, "recorded_at": r.recorded_at} for r in rows]


# ================================================================== outcomes
OUTCOME_FIELDS = ("id", "dispatch_id", "alarm_id", "case_id", "court_code", "debtor_located", "located_at",
                  "respondent_name", "assets", "measures", "attachments", "note", "reported_by", "reported_at")


def outcome_view(o: Any) -> dict[str, Any]:
    return {k: getattr(o, k) for k in OUTCOME_FIELDS}


async def outcome_of(ctx: UseCaseContext, dispatch_id: uuid.UUID) -> dict:
    d = await load_dispatch(ctx, dispatch_id)
    o = (await ctx.session.execute(select(outcomes).where(outcomes.c.dispatch_id == d.id))).first()
    if o is None:
        raise NotFound("outcome_not_found", "尚未报告处置结果", str(dispatch_id))
    return outcome_view(o)


# ================================================================== penalties: 司法拘留 and 罚款
def custody_view(c: Any | None) -> dict[str, Any] | None:
    """The custody as the police report it: opened → handed over (facility, start, end) → released."""
    if c is None:
        return None
    return {"custody_id": c.custody_id, "police_code": c.police_code, "status": c.status,
            "status_label": domain.CUSTODY_LABELS[domain.CustodyStatus(c.status)], "opened_at": c.opened_at,
            "facility": c.facility, "handed_over_at": c.handed_over_at, "started_at": c.started_at,
            "ends_at": c.ends_at, "ends_on": c.ends_on, "ends_moved_for_holiday_from": None,
            "released_at": c.released_at, "release_kind": c.release_kind,
            "release_kind_label": domain.RELEASE_KIND_LABELS.get(c.release_kind) if c.release_kind else None,
            "release_reason": c.release_reason}


def penalty_view(p: Any, roles: frozenset[str], now: datetime | None = None, today: date | None = None,
                 custody: Any | None = None) -> dict:
    now, today = now or now_utc(), today or today_cn()
    request_due = domain.review_request_due(p.served_on) if p.served_on else None
    decision_due = domain.review_decision_due(p.review_requested_on) if p.review_requested_on else None
    full = bool(roles & PII_ROLES)
    view = {
        "id": p.id, "kind": p.kind, "kind_label": domain.PENALTY_LABELS[PenaltyKind(p.kind)],
        "court_code": p.court_code, "alarm_id": p.alarm_id, "case_id": p.case_id,
        "subject": {"kind": p.subject_kind, "name": p.subject_name,
                    "id_number": p.subject_id_number if full else mask_id_number(p.subject_kind,
                                                                                 p.subject_id_number)},
        "act": {"kind": p.act_kind, "occurred_on": p.act_on, "description": p.act_description},
        "days": p.days, "amount_fen": p.amount_fen, "emergency": p.emergency, "status": p.status,
        "status_label": domain.PENALTY_STATUS_LABELS[PenaltyStatus(p.status)], "decided_by": p.decided_by,
        "decided_at": p.decided_at, "approval": {"by": p.approved_by, "at": p.approval_at, "note": p.approval_note},
        "served_on": p.served_on, "detained_at": p.detained_at, "ends_at": p.ends_at, "version": p.version,
        "review": {"request_deadline": request_due.on if request_due else None,
                   "request_deadline_moved_for_holiday_from": (request_due.moved_for_holiday_from
                                                               if request_due else None),
                   "requested_on": p.review_requested_on,
                   "decision_deadline": decision_due.on if decision_due else None,
                   "decision_deadline_moved_for_holiday_from": (decision_due.moved_for_holiday_from
                                                                if decision_due else None),
                   "decided_on": p.review_decided_on, "outcome": p.review_outcome,
                   "status": domain.review_status(p.review_requested_on, p.review_decided_on, today)},
    }
    if p.kind == PenaltyKind.detention.value:
        view["family_notice"] = {
            "deadline": domain.family_notice_deadline(p.detained_at) if p.detained_at else None,
            "moved_for_holiday_from": None,  # counted in hours (解释 180): never moved
            "notified_at": p.family_notified_at, "note": p.family_notice_note,
            "status": domain.family_notice_status(p.detained_at, p.family_notified_at, p.family_unable_recorded, now)}
        view["ends_moved_for_holiday_from"] = None  # a duration: never moved (民诉法 118; 刑诉法 105 ¶2)
        view["custody"] = custody_view(custody)
    return view


async def penalty_detail(ctx: UseCaseContext, p: Any) -> dict:
    """A penalty with the custody the police report for it."""
    c = (await ctx.session.execute(select(custody_projection).where(
        custody_projection.c.penalty_id == p.id))).first()
    return penalty_view(p, ctx.roles, custody=c)


async def load_penalty(ctx: UseCaseContext, penalty_id: uuid.UUID, *, write: bool = False,
                       higher_court: bool = False) -> Any:
    q = select(penalties).where(penalties.c.id == penalty_id)
    p = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    ok = p is not None and (p.court_code == ctx.org or (higher_court and is_above(ctx.org, p.court_code)))
    if not ok:
        raise NotFound("penalty_not_found", "决定不存在", f"no penalty {penalty_id} visible to {ctx.org}")
    return p


async def list_penalties(ctx: UseCaseContext, *, kind: PenaltyKind | None, status: PenaltyStatus | None,
                         family_notice_overdue: bool, limit: int, after_seq: int | None) -> tuple[list[dict], int | None]:
    q = select(penalties).where(penalties.c.court_code == ctx.org)
    if kind is not None:
        q = q.where(penalties.c.kind == kind.value)
    if status is not None:
        q = q.where(penalties.c.status == status.value)
    if family_notice_overdue:
        q = q.where(penalties.c.kind == PenaltyKind.detention.value, penalties.c.detained_at.is_not(None),
                    penalties.c.family_notified_at.is_(None), penalties.c.family_unable_recorded.is_(False),
                    penalties.c.detained_at < func.now() - timedelta(hours=domain.FAMILY_NOTICE_HOURS))
    rows, last = await keyset_page(ctx.session, q, penalties.c.seq, limit, after_seq)
    ids = [r.id for r in rows]
    held = {c.penalty_id: c for c in (await ctx.session.execute(select(custody_projection).where(
        custody_projection.c.penalty_id.in_(ids)))).all()} if ids else {}
    return [penalty_view(r, ctx.roles, custody=held.get(r.id)) for r in rows], last


# ================================================================== figures
def court_scope(org: str, court: str | None):
    """A court reads its own figures; a higher court also those of the courts below it."""
    if court is not None:
        if court != org and not is_above(org, court):
            raise Forbidden("court_out_of_scope", "只能查看本院及下级法院的数据", f"{org} cannot read {court}")
        return lambda col: col == court
    return lambda col: visible_to(org, col)


def _in_period(col, lo, hi):
    conds = []
    if lo is not None:
        conds.append(col >= lo)
    if hi is not None:
        conds.append(col < hi)
    return and_(*conds) if conds else text("true")


FIGURE_LABELS = {"alarms_received": "接警", "dispatches": "出警", "officer_dispatches": "出警人次",
                 "detentions": "司法拘留", "fines": "罚款", "fines_fen": "罚款金额（分）"}


async def figures(ctx: UseCaseContext, start: date | None, end: date | None, court: str | None) -> dict:
    """接警、出警、出警人次、拘留、罚款 per court for a period of court days (the caller checks start <= end)."""
    lo, hi = period_bounds(start, end)
    scope = court_scope(ctx.org, court)
    s = ctx.session
    per: dict[str, dict[str, int]] = {}

    def add(rows, field):
        for code, n in rows:
            per.setdefault(code, dict.fromkeys(FIGURE_LABELS, 0))[field] = int(n or 0)

    add((await s.execute(select(alarms.c.court_code, func.count()).where(
        scope(alarms.c.court_code), _in_period(alarms.c.received_at, lo, hi)).group_by(alarms.c.court_code))).all(),
        "alarms_received")
    live = dispatches.c.status != DispatchStatus.cancelled.value
    add((await s.execute(select(dispatches.c.court_code, func.count()).where(
        scope(dispatches.c.court_code), live, _in_period(dispatches.c.dispatched_at, lo, hi))
        .group_by(dispatches.c.court_code))).all(), "dispatches")
    add((await s.execute(select(dispatches.c.court_code, func.count()).select_from(
        assignments.join(dispatches, dispatches.c.id == assignments.c.dispatch_id)).where(
        scope(dispatches.c.court_code), live, assignments.c.escalated_at.is_(None),
        _in_period(dispatches.c.dispatched_at, lo, hi))
        .group_by(dispatches.c.court_code))).all(), "officer_dispatches")
    carried_out = penalties.c.status.in_([PenaltyStatus.approved.value,
                                          PenaltyStatus.detained_pending_approval.value])
    add((await s.execute(select(penalties.c.court_code, func.count()).where(
        scope(penalties.c.court_code), penalties.c.kind == "detention", carried_out,
        _in_period(penalties.c.detained_at, lo, hi)).group_by(penalties.c.court_code))).all(), "detentions")
    fines_q = (select(penalties.c.court_code, func.count(), func.sum(penalties.c.amount_fen)).where(
        scope(penalties.c.court_code), penalties.c.kind == "fine", penalties.c.status == "approved",
        _in_period(penalties.c.approval_at, lo, hi)).group_by(penalties.c.court_code))
    for code, n, total in (await s.execute(fines_q)).all():
        add([(code, n)], "fines")
        add([(code, total)], "fines_fen")
    totals = {k: sum(v[k] for v in per.values()) for k in FIGURE_LABELS}
    return {"period": {"from": start, "to": end, "timezone": "Asia/Shanghai"}, "labels": dict(FIGURE_LABELS),
            "total": totals, "courts": [{"court_code": c, **v} for c, v in sorted(per.items())],
            "response_times": await response_times(ctx, lo, hi, scope)}


async def response_times(ctx: UseCaseContext, lo: datetime | None, hi: datetime | None, scope) -> dict:
    """Per alarm received in the period: time to dispatch and time to arrival, with percentiles (seconds)."""
    out = {}
    for name, col in (("time_to_dispatch", alarms.c.first_dispatched_at),
                      ("time_to_arrival", alarms.c.first_arrived_at)):
        secs = func.extract("epoch", col - alarms.c.received_at)
        row = (await ctx.session.execute(select(
            func.count(col), func.avg(secs),
            func.percentile_cont(0.5).within_group(secs), func.percentile_cont(0.9).within_group(secs),
            func.percentile_cont(0.99).within_group(secs), func.max(secs)).where(
            scope(alarms.c.court_code), _in_period(alarms.c.received_at, lo, hi), col.is_not(None)))).one()
        n, mean, p50, p90, p99, mx = row
        f = (lambda v: None if v is None else round(float(v), 3))
        out[name] = {"count": int(n), "mean_s": f(mean), "p50_s": f(p50), "p90_s": f(p90), "p99_s": f(p99),
                     "max_s": f(mx)}
    return out


# ================================================================== duty commanders (值班指挥长)
async def commanders_on_duty(session, court: str, at: datetime) -> list[str]:
    """The judges / president on duty for `court` at `at` (their token `sub`s)."""
    return sorted(set((await session.execute(select(duty_commanders.c.user_id).where(
        duty_commanders.c.court_code == court, duty_commanders.c.starts_at <= at,
        duty_commanders.c.ends_at > at))).scalars()))


def shift_view(r: Any) -> dict[str, Any]:
    return {"id": r.id, "court_code": r.court_code, "user_id": r.user_id, "name": r.name, "role": r.role,
            "starts_at": r.starts_at, "ends_at": r.ends_at, "created_by": r.created_by}


async def duty_shifts(ctx: UseCaseContext, at: datetime | None) -> list[dict]:
    """This court's duty shifts: those covering `at`, or all from the last 7 days on."""
    q = select(duty_commanders).where(duty_commanders.c.court_code == ctx.org)
    if at is not None:
        q = q.where(duty_commanders.c.starts_at <= at, duty_commanders.c.ends_at > at)
    else:
        q = q.where(duty_commanders.c.ends_at > now_utc() - domain.MAX_SHIFT)
    return [shift_view(r) for r in (await ctx.session.execute(q.order_by(duty_commanders.c.starts_at,
                                                                         duty_commanders.c.seq))).all()]


# ================================================================== evidence files (issue 16)
async def dispatch_files(ctx: UseCaseContext, dispatch_id: uuid.UUID) -> dict:
    """The dispatch's files (metadata): the court's staff, and the officers it was assigned to."""
    d = await load_dispatch(ctx, dispatch_id)
    return {"items": [files.view(r) for r in await files.list_of(ctx.session, files_table, "dispatch", d.id)]}


async def file_for_download(ctx: UseCaseContext, file_id: uuid.UUID) -> Any:
    """A file with its bytes, for the court's staff and the officers of its dispatch; otherwise reported absent."""
    row, _ = await files.get_visible(ctx.session, files_table, file_id, "dispatch",
                                     lambda did: load_dispatch(ctx, did), f"{ctx.actor}@{ctx.org}")
    return row
