"""dispatch use cases: load, apply a domain rule, save state + outbox events + push + audit, one transaction."""
from __future__ import annotations

import uuid
import zlib
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.dialects.postgresql import distinct_on, insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch import domain, push
from services.dispatch.domain import (AlarmSource, AlarmStatus, DispatchStatus, DomainError, PenaltyKind,
                                      PenaltyStatus, Urgency)
from services.dispatch.schemas import (AlarmCreate, ApprovalIn, DispatchCreate, FamilyNoticeIn, OfficerCreate,
                                       OutcomeIn, PenaltyCreate, PingsIn, ReviewDecisionIn, ReviewRequestIn, StatusIn)
from services.dispatch.tables import (alarms, assignments, case_projection, dispatches, location_pings, officers,
                                      outcomes, penalties, platform)
from shared.auth import Principal
from shared.contracts import dispatch as ev
from shared.contracts.asset_core import CaseDesignated, CaseRegistered, CaseStateChanged
from shared.errors import Problem
from shared.events import CloudEvent, EventPayload
from shared.legal import SHANGHAI, today_cn
from shared.pagination import keyset_page
from shared.usecase import UseCaseContext

DISPATCHERS = frozenset({"clerk", "judge", "president"})  # 指挥中心: receive alarms, dispatch, read the court's work
PII_ROLES = frozenset({"judge", "president"})  # see reporters' phones and id numbers in full
CONFLICT_CODES = {"invalid_dispatch_transition", "not_awaiting_approval"}


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def refuse(exc: DomainError) -> Problem:
    return Problem(409 if exc.code in CONFLICT_CODES else 422, exc.code, str(exc))


def officer_only(principal: Principal | None) -> bool:
    """An officer without a dispatcher role sees only their own assignments."""
    return principal is not None and "officer" in principal.roles and not (principal.roles & DISPATCHERS)


class Ctx(UseCaseContext):
    """dispatch's use-case context: events keyed by case (when there is one), and live pushes."""

    platform = platform

    async def emit(self, payload: EventPayload, *, subject: str, case_id: Any, court: str) -> None:
        await self.publish(payload, subject=subject, caseid=str(case_id) if case_id else None, orgcode=court)

    async def push(self, court: str, msg: dict[str, Any], officer_ids: list[str] | None = None) -> None:
        await push.notify(self.session, court, msg, officer_ids)


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


# ================================================================== case projection (asset_core's events)
_COLUMNS = ("case_id", "case_number", "case_type", "court_code", "filed_on", "amount_owed_fen",
            "livelihood_category", "priority", "respondents", "state", "last_event_id", "last_event_time")


def _upsert_projection():
    stmt = insert(case_projection)
    return stmt.on_conflict_do_update(
        index_elements=["case_id"],
        set_={**{k: stmt.excluded[k] for k in _COLUMNS if k != "case_id"}, "updated_at": func.now()},
        where=case_projection.c.last_event_time <= stmt.excluded.last_event_time)


_UPSERT_PROJECTION = _upsert_projection()  # built once: statement construction dominates the consumer's CPU


async def project_case_registered(session: AsyncSession, event: CloudEvent) -> None:
    p = CaseRegistered.model_validate(event.data)
    values = dict(case_id=uuid.UUID(p.case_id), case_number=p.case_number, case_type=p.case_type,
                  court_code=p.court_code, filed_on=p.filed_on, amount_owed_fen=p.amount_owed_fen,
                  livelihood_category=p.livelihood_category, priority=domain.case_priority(p.livelihood_category),
                  respondents=p.respondents, state=p.state, last_event_id=event.id, last_event_time=event.time)
    await session.execute(_UPSERT_PROJECTION, values)
    # Alarms raised for this case before the projection knew it are triaged again (绿色通道 first).
    waiting = (await session.execute(select(alarms.c.id, alarms.c.urgency).where(
        alarms.c.case_id == values["case_id"], alarms.c.case_number.is_(None)))).all()
    for a in waiting:
        await session.execute(update(alarms).where(alarms.c.id == a.id).values(
            case_number=p.case_number, livelihood_category=p.livelihood_category,
            priority=domain.alarm_priority(p.livelihood_category, Urgency(a.urgency)), updated_at=func.now()))


async def project_case_designated(session: AsyncSession, event: CloudEvent) -> None:
    p = CaseDesignated.model_validate(event.data)
    await _update(session, event, p.case_id, court_code=p.executing_court_code)


async def project_case_state_changed(session: AsyncSession, event: CloudEvent) -> None:
    p = CaseStateChanged.model_validate(event.data)
    await _update(session, event, p.case_id, state=p.to_state)


async def _update(session: AsyncSession, event: CloudEvent, case_id: str, **values: Any) -> None:
    """Apply a later event to the projection; an older one (out of order) changes nothing."""
    await session.execute(update(case_projection).where(
        case_projection.c.case_id == uuid.UUID(case_id), case_projection.c.last_event_time <= event.time)
        .values(**values, last_event_id=event.id, last_event_time=event.time, updated_at=func.now()))


def _view(row: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in _COLUMNS}


async def get_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> dict[str, Any]:
    row = (await session.execute(select(case_projection).where(case_projection.c.case_id == case_id))).first()
    if row is None or row.court_code != principal.org:
        raise Problem(404, "case_not_found", "案件不存在", f"no case {case_id} visible to {principal.org}")
    return _view(row)


async def list_cases(session: AsyncSession, principal: Principal, limit: int, after_seq: int | None
                     ) -> tuple[list[dict[str, Any]], int | None]:
    q = select(case_projection).where(case_projection.c.court_code == principal.org)
    rows, last = await keyset_page(session, q, case_projection.c.seq, limit, after_seq)
    return [_view(r) for r in rows], last


async def projected_case(session: AsyncSession, case_id: uuid.UUID | str | None) -> Any | None:
    if case_id is None:
        return None
    return (await session.execute(select(case_projection).where(
        case_projection.c.case_id == uuid.UUID(str(case_id))))).first()


# ================================================================== alarms
def alarm_view(a: Any, roles: frozenset[str], dispatch_views: list[dict] | None = None) -> dict[str, Any]:
    full = bool(roles & PII_ROLES)
    reporter = None
    if a.reporter_name or a.reporter_phone:
        reporter = {"name": a.reporter_name,
                    "phone": a.reporter_phone if full else domain.mask_phone(a.reporter_phone)}
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
    }


def _alarm_summary(a: Any) -> dict[str, Any]:
    """What a device is told about an alarm: no reporter contact."""
    return {"alarm_id": str(a.id), "priority": a.priority, "urgency": a.urgency, "source": a.source,
            "case_id": _s(a.case_id), "case_number": a.case_number, "address": a.address,
            "latitude": a.latitude, "longitude": a.longitude, "description": a.description[:300],
            "received_at": a.received_at.isoformat()}


async def create_alarm(ctx: Ctx, cmd: AlarmCreate) -> Any:
    now = now_utc()
    received_at = cmd.received_at or now
    if received_at > now + domain.CLOCK_SKEW:
        raise Problem(422, "received_in_future", "接警时间不能晚于当前时间", f"received_at {received_at.isoformat()}")
    case = None
    if cmd.case_id is not None:
        case = await projected_case(ctx.session, cmd.case_id)
        if case is None or case.court_code != ctx.org:
            raise Problem(422, "unknown_case", "关联案件不存在或不属于本院 (unknown case)",
                          f"case {cmd.case_id} is not a case executed by {ctx.org}")
    reporter = cmd.reporter or None
    return await insert_alarm(
        ctx, court=ctx.org, source=cmd.source, urgency=cmd.urgency, case=case, case_id=cmd.case_id,
        address=cmd.location.address, latitude=cmd.location.latitude, longitude=cmd.location.longitude,
        description=cmd.description, reporter_name=reporter.name if reporter else None,
        reporter_phone=reporter.phone if reporter else None, received_at=received_at)


async def insert_alarm(ctx: Ctx, *, court: str, source: AlarmSource, urgency: Urgency, case: Any | None,
                       case_id: Any, address: str, description: str, received_at: datetime,
                       latitude: float | None = None, longitude: float | None = None, reporter_name: str | None = None,
                       reporter_phone: str | None = None, source_event_id: str | None = None,
                       source_ref: str | None = None) -> Any | None:
    category = case.livelihood_category if case is not None else None
    stmt = insert(alarms).values(
        id=uuid.uuid4(), court_code=court, source=AlarmSource(source).value, urgency=Urgency(urgency).value,
        case_id=uuid.UUID(str(case_id)) if case_id else None, case_number=case.case_number if case else None,
        livelihood_category=category, priority=domain.alarm_priority(category, Urgency(urgency)),
        latitude=latitude, longitude=longitude, address=address, description=description,
        reporter_name=reporter_name, reporter_phone=reporter_phone, received_at=received_at,
        status=AlarmStatus.received.value, source_event_id=source_event_id, source_ref=source_ref,
        created_by=ctx.actor)
    if source_event_id is not None:
        stmt = stmt.on_conflict_do_nothing(index_elements=["source_event_id"])
    a = (await ctx.session.execute(stmt.returning(alarms))).first()
    if a is None:
        return None  # this event already raised its alarm
    await ctx.emit(ev.AlarmReceived(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=court, source=a.source, urgency=a.urgency,
        priority=a.priority, address=a.address, latitude=a.latitude, longitude=a.longitude,
        received_at=a.received_at), subject=f"alarms/{a.id}", case_id=a.case_id, court=court)
    await ctx.push(court, {"type": "alarm.received", **_alarm_summary(a)})
    await ctx.audit("alarm.received", "alarm", a.id, {"source": a.source, "urgency": a.urgency,
                                                       "priority": a.priority, "case_id": _s(a.case_id)})
    return a


async def load_alarm(ctx: Ctx, alarm_id: uuid.UUID, *, write: bool = False) -> Any:
    q = select(alarms).where(alarms.c.id == alarm_id)
    a = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    visible = a is not None and a.court_code == ctx.org
    if visible and officer_only(ctx.principal):
        visible = (await ctx.session.execute(select(assignments.c.dispatch_id).where(
            assignments.c.alarm_id == a.id, assignments.c.officer_id == ctx.actor).limit(1))).first() is not None
    if not visible:  # another court's alarm (or not the officer's) is reported as absent
        raise Problem(404, "alarm_not_found", "警情不存在", f"no alarm {alarm_id} visible to {ctx.actor}@{ctx.org}")
    return a


async def alarm_detail(ctx: Ctx, alarm_id: uuid.UUID) -> dict[str, Any]:
    a = await load_alarm(ctx, alarm_id)
    ds = (await ctx.session.execute(select(dispatches).where(dispatches.c.alarm_id == a.id)
                                    .order_by(dispatches.c.seq))).all()
    views = [await dispatch_view(ctx, d, with_alarm=False) for d in ds]
    return alarm_view(a, ctx.roles, views)


async def list_alarms(ctx: Ctx, *, limit: int, after_seq: int | None, status: AlarmStatus | None,
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


async def triage_queue(ctx: Ctx, limit: int) -> list[dict]:
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


async def register_officer(ctx: Ctx, cmd: OfficerCreate) -> Any:
    o = (await ctx.session.execute(insert(officers).values(
        id=cmd.id, court_code=ctx.org, name=cmd.name, team=cmd.team, phone=cmd.phone,
        duty_status=cmd.duty_status.value).on_conflict_do_nothing().returning(officers))).first()
    if o is None:
        raise Problem(409, "officer_exists", "干警已在册 (officer already registered)", cmd.id)
    await ctx.audit("officer.registered", "officer", o.id, {"team": o.team, "duty_status": o.duty_status})
    return o


async def load_officer(ctx: Ctx, officer_id: str, *, write: bool = False) -> Any:
    q = select(officers).where(officers.c.id == officer_id)
    o = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    if o is None or o.court_code != ctx.org or (officer_only(ctx.principal) and o.id != ctx.actor):
        raise Problem(404, "officer_not_found", "干警不存在", f"no officer {officer_id} at {ctx.org}")
    return o


async def set_duty(ctx: Ctx, officer_id: str, status: domain.DutyStatus) -> Any:
    o = await load_officer(ctx, officer_id, write=True)
    if o.duty_status != status.value:
        o = (await ctx.session.execute(update(officers).where(officers.c.id == o.id).values(
            duty_status=status.value, version=officers.c.version + 1, updated_at=func.now())
            .returning(officers))).first()
        await ctx.audit("officer.duty_changed", "officer", o.id, {"duty_status": status.value})
    return o


async def roster(ctx: Ctx, duty_status: domain.DutyStatus | None, team: str | None) -> list[dict]:
    q = select(officers).where(officers.c.court_code == ctx.org).order_by(officers.c.team, officers.c.id)
    if duty_status is not None:
        q = q.where(officers.c.duty_status == duty_status.value)
    if team:
        q = q.where(officers.c.team == team)
    return [officer_view(o) for o in (await ctx.session.execute(q)).all()]


# ================================================================== dispatches
async def dispatch_view(ctx: Ctx, d: Any, *, with_alarm: bool = True) -> dict[str, Any]:
    team = (await ctx.session.execute(
        select(assignments.c.officer_id, assignments.c.accepted_at, officers.c.name, officers.c.team)
        .join(officers, officers.c.id == assignments.c.officer_id)
        .where(assignments.c.dispatch_id == d.id).order_by(assignments.c.officer_id))).all()
    view = {
        "id": d.id, "alarm_id": d.alarm_id, "court_code": d.court_code, "vehicle": d.vehicle, "note": d.note,
        "status": d.status, "status_label": domain.DISPATCH_STATUS_LABELS[DispatchStatus(d.status)],
        "timestamps": {"dispatched": d.dispatched_at, "en_route": d.en_route_at, "arrived": d.arrived_at,
                       "completed": d.completed_at, "cancelled": d.cancelled_at},
        "cancel_reason": d.cancel_reason, "version": d.version, "officer_count": len(team),
        "officers": [{"officer_id": t.officer_id, "name": t.name, "team": t.team, "accepted_at": t.accepted_at}
                     for t in team],
    }
    if with_alarm:
        a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id))).first()
        view["alarm"] = alarm_view(a, ctx.roles)
    return view


async def _officer_ids(session: AsyncSession, dispatch_id: uuid.UUID) -> list[str]:
    return list((await session.execute(select(assignments.c.officer_id).where(
        assignments.c.dispatch_id == dispatch_id).order_by(assignments.c.officer_id))).scalars())


async def load_dispatch(ctx: Ctx, dispatch_id: uuid.UUID, *, write: bool = False, assigned_only: bool = False,
                        if_match: int | None = None) -> Any:
    q = select(dispatches).where(dispatches.c.id == dispatch_id)
    d = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    visible = d is not None and d.court_code == ctx.org
    if visible and (assigned_only or officer_only(ctx.principal)):
        visible = ctx.actor in await _officer_ids(ctx.session, d.id)
    if not visible:
        raise Problem(404, "dispatch_not_found", "出警记录不存在", f"no dispatch {dispatch_id} visible to "
                      f"{ctx.actor}@{ctx.org}")
    if if_match is not None and d.version != if_match:
        raise Problem(412, "version_mismatch", "出警记录已被他人修改 (stale version)",
                      f"If-Match {if_match} but the dispatch is at version {d.version}", current_version=d.version)
    return d


async def create_dispatch(ctx: Ctx, alarm_id: uuid.UUID, cmd: DispatchCreate) -> dict:
    a = await load_alarm(ctx, alarm_id, write=True)
    if a.status == AlarmStatus.closed.value:
        raise Problem(409, "alarm_closed", "警情已处置完毕 (alarm closed)", f"alarm {a.id} is closed")
    rows = (await ctx.session.execute(select(officers.c.id, officers.c.duty_status).where(
        officers.c.court_code == ctx.org, officers.c.id.in_(cmd.officer_ids)))).all()
    try:
        domain.check_officers(cmd.officer_ids, {r.id: r.duty_status for r in rows})
    except DomainError as exc:
        raise refuse(exc)
    now = now_utc()
    d = (await ctx.session.execute(insert(dispatches).values(
        id=uuid.uuid4(), alarm_id=a.id, court_code=a.court_code, vehicle=cmd.vehicle, note=cmd.note,
        status=DispatchStatus.dispatched.value, dispatched_at=now, created_by=ctx.actor).returning(dispatches))).first()
    ids = sorted(cmd.officer_ids)
    await ctx.session.execute(insert(assignments), [
        {"dispatch_id": d.id, "officer_id": o, "alarm_id": a.id, "court_code": a.court_code, "assigned_at": now}
        for o in ids])
    await ctx.session.execute(update(alarms).where(alarms.c.id == a.id).values(
        status=AlarmStatus.dispatched.value, first_dispatched_at=func.coalesce(alarms.c.first_dispatched_at, now),
        version=alarms.c.version + 1, updated_at=func.now()))
    await ctx.emit(ev.DispatchAssigned(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=a.court_code, dispatch_id=str(d.id), officer_ids=ids,
        officer_count=len(ids), vehicle=d.vehicle, dispatched_at=now), subject=f"alarms/{a.id}",
        case_id=a.case_id, court=a.court_code)
    await ctx.push(a.court_code, {"type": "assignment.created", "dispatch_id": str(d.id), "status": d.status,
                                  "vehicle": d.vehicle, "officer_ids": ids, "at": now.isoformat(),
                                  "alarm": _alarm_summary(a)}, ids)
    await ctx.audit("dispatch.assigned", "dispatch", d.id, {"alarm_id": str(a.id), "officer_ids": ids,
                                                             "vehicle": d.vehicle})
    return await dispatch_view(ctx, d)


_AT_COLUMN = {DispatchStatus.en_route: "en_route_at", DispatchStatus.arrived: "arrived_at",
              DispatchStatus.completed: "completed_at", DispatchStatus.cancelled: "cancelled_at"}


async def change_status(ctx: Ctx, dispatch_id: uuid.UUID, cmd: StatusIn, *, if_match: int | None = None,
                        assigned_only: bool = False) -> dict:
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=assigned_only, if_match=if_match)
    target = DispatchStatus(cmd.status)
    now = now_utc()
    at = cmd.at or now
    previous = max(t for t in (d.dispatched_at, d.en_route_at, d.arrived_at) if t is not None)
    if d.status == target.value and getattr(d, _AT_COLUMN[target]) is not None:
        return await dispatch_view(ctx, d)  # the same report twice (a device retried without its key)
    try:
        domain.check_transition(DispatchStatus(d.status), target)
        domain.check_status_time(at, previous, now)
    except DomainError as exc:
        raise refuse(exc)
    from_status = d.status
    d = (await ctx.session.execute(update(dispatches).where(dispatches.c.id == d.id).values(
        status=target.value, **{_AT_COLUMN[target]: at},
        cancel_reason=cmd.reason if target == DispatchStatus.cancelled else dispatches.c.cancel_reason,
        version=dispatches.c.version + 1, updated_at=func.now()).returning(dispatches))).first()
    a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id).with_for_update())).first()
    alarm_values: dict[str, Any] = {}
    if target == DispatchStatus.arrived and (a.first_arrived_at is None or at < a.first_arrived_at):
        alarm_values["first_arrived_at"] = at
    if target in (DispatchStatus.completed, DispatchStatus.cancelled):
        states = set((await ctx.session.execute(select(dispatches.c.status).where(
            dispatches.c.alarm_id == a.id))).scalars())
        if not states & {s.value for s in domain.ACTIVE_DISPATCH}:
            done = DispatchStatus.completed.value in states
            alarm_values["status"] = (AlarmStatus.closed if done else AlarmStatus.received).value
    if alarm_values:
        await ctx.session.execute(update(alarms).where(alarms.c.id == a.id).values(
            **alarm_values, version=alarms.c.version + 1, updated_at=func.now()))
    await ctx.emit(ev.DispatchStatusChanged(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=a.court_code, dispatch_id=str(d.id),
        from_status=from_status, to_status=target.value, at=at), subject=f"alarms/{a.id}", case_id=a.case_id,
        court=a.court_code)
    ids = await _officer_ids(ctx.session, d.id)
    await ctx.push(a.court_code, {"type": "dispatch.status_changed", "dispatch_id": str(d.id),
                                  "alarm_id": str(a.id), "from_status": from_status, "status": target.value,
                                  "at": at.isoformat(), "by": ctx.actor}, ids)
    await ctx.audit("dispatch.status_changed", "dispatch", d.id, {"from": from_status, "to": target.value,
                                                                   "at": at.isoformat(), "reason": cmd.reason})
    return await dispatch_view(ctx, d)


async def accept(ctx: Ctx, dispatch_id: uuid.UUID, at: datetime | None) -> dict:
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=True)
    if DispatchStatus(d.status) not in domain.ACTIVE_DISPATCH:
        raise Problem(409, "dispatch_not_active", "出警已结束 (the dispatch is over)", f"status {d.status}")
    now = now_utc()
    at = at or now
    try:
        domain.check_status_time(at, d.dispatched_at, now)
    except DomainError as exc:
        raise refuse(exc)
    done = (await ctx.session.execute(update(assignments).where(
        assignments.c.dispatch_id == d.id, assignments.c.officer_id == ctx.actor,
        assignments.c.accepted_at.is_(None)).values(accepted_at=at).returning(assignments.c.officer_id))).first()
    if done is not None:
        await ctx.push(d.court_code, {"type": "assignment.accepted", "dispatch_id": str(d.id),
                                      "alarm_id": str(d.alarm_id), "officer_id": ctx.actor, "at": at.isoformat()},
                       await _officer_ids(ctx.session, d.id))
        await ctx.audit("dispatch.accepted", "dispatch", d.id, {"officer_id": ctx.actor, "at": at.isoformat()})
    return await dispatch_view(ctx, d)


async def my_assignments(ctx: Ctx, *, active_only: bool, limit: int = 100) -> list[dict]:
    q = (select(dispatches).join(assignments, assignments.c.dispatch_id == dispatches.c.id)
         .where(assignments.c.officer_id == ctx.actor, assignments.c.court_code == ctx.org)
         .order_by(dispatches.c.dispatched_at.desc()).limit(limit))
    if active_only:
        q = q.where(dispatches.c.status.in_([s.value for s in domain.ACTIVE_DISPATCH]))
    return [await dispatch_view(ctx, d) for d in (await ctx.session.execute(q)).all()]


async def record_pings(ctx: Ctx, cmd: PingsIn) -> dict:
    o = (await ctx.session.execute(select(officers).where(officers.c.id == ctx.actor))).first()
    if o is None or o.court_code != ctx.org:
        raise Problem(403, "not_on_roster", "不是本院在册干警 (not on this court's roster)", ctx.actor)
    mine = set()
    wanted = {p.dispatch_id for p in cmd.pings if p.dispatch_id is not None}
    if wanted:
        mine = set((await ctx.session.execute(select(assignments.c.dispatch_id).where(
            assignments.c.officer_id == ctx.actor, assignments.c.dispatch_id.in_(wanted)))).scalars())
    if wanted - mine:
        raise Problem(422, "not_your_dispatch", "不是本人的出警任务", ", ".join(sorted(map(str, wanted - mine))))
    now = now_utc()
    late = [p for p in cmd.pings if p.recorded_at > now + domain.CLOCK_SKEW]
    if late:
        raise Problem(422, "ping_in_future", "定位时间晚于当前时间", late[0].recorded_at.isoformat())
    await ctx.session.execute(insert(location_pings), [
        {"officer_id": ctx.actor, "dispatch_id": p.dispatch_id, "latitude": p.latitude, "longitude": p.longitude,
         "accuracy_m": p.accuracy_m, "recorded_at": p.recorded_at} for p in cmd.pings])
    latest = max(cmd.pings, key=lambda p: p.recorded_at)
    # Telemetry, not a decision: no audit row; the console follows the officer live.
    await ctx.push(ctx.org, {"type": "officer.location", "officer_id": ctx.actor, "latitude": latest.latitude,
                             "longitude": latest.longitude, "at": latest.recorded_at.isoformat()}, [])
    return {"accepted": len(cmd.pings), "latest_recorded_at": latest.recorded_at}


async def last_locations(ctx: Ctx, dispatch_id: uuid.UUID) -> list[dict]:
    d = await load_dispatch(ctx, dispatch_id)
    ids = await _officer_ids(ctx.session, d.id)
    rows = (await ctx.session.execute(
        select(location_pings).ext(distinct_on(location_pings.c.officer_id))
        .where(location_pings.c.officer_id.in_(ids))
        .order_by(location_pings.c.officer_id, location_pings.c.recorded_at.desc()))).all()
    return [{"officer_id": r.officer_id, "latitude": r.latitude, "longitude": r.longitude,
             "accuracy_m": r.accuracy_m, "recorded_at": r.recorded_at} for r in rows]


def outcome_view(o: Any) -> dict[str, Any]:
    return {k: getattr(o, k) for k in ("id", "dispatch_id", "alarm_id", "case_id", "court_code", "debtor_located",
                                       "located_at", "respondent_name", "assets", "measures", "attachments", "note",
                                       "reported_by", "reported_at")}


async def report_outcome(ctx: Ctx, dispatch_id: uuid.UUID, cmd: OutcomeIn, *, assigned_only: bool = False) -> dict:
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=assigned_only)
    if d.status not in (DispatchStatus.arrived.value, DispatchStatus.completed.value):
        raise Problem(409, "not_on_site", "尚未到达现场，不能报告处置结果 (report after arriving)", f"status {d.status}")
    if (await ctx.session.execute(select(outcomes.c.id).where(outcomes.c.dispatch_id == d.id))).first():
        raise Problem(409, "outcome_already_reported", "本次出警已报告处置结果", str(d.id))
    a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id))).first()
    o = (await ctx.session.execute(insert(outcomes).values(
        id=uuid.uuid4(), dispatch_id=d.id, alarm_id=a.id, case_id=a.case_id, court_code=a.court_code,
        debtor_located=cmd.debtor_located, located_at=cmd.located_at, respondent_name=cmd.respondent_name,
        assets=[x.model_dump(mode="json") for x in cmd.assets], measures=list(cmd.measures),
        attachments=[x.model_dump(mode="json") for x in cmd.attachments], note=cmd.note,
        reported_by=ctx.actor).returning(outcomes))).first()
    subject, cid, court = f"alarms/{a.id}", a.case_id, a.court_code
    if cid is not None:  # asset_core records finds of a case; an alarm without a case keeps them here
        for x in cmd.assets:
            await ctx.emit(ev.AssetFoundOnSite(
                case_id=str(cid), alarm_id=str(a.id), asset_type=x.asset_type, description=x.description,
                estimated_value_fen=x.estimated_value_fen, location=x.location or a.address, seized=x.seized),
                subject=subject, case_id=cid, court=court)
        if cmd.debtor_located:
            await ctx.emit(ev.DebtorLocated(case_id=str(cid), alarm_id=str(a.id), located_at=cmd.located_at,
                                            respondent_name=cmd.respondent_name),
                           subject=subject, case_id=cid, court=court)
    await ctx.emit(ev.OutcomeReported(
        alarm_id=str(a.id), case_id=_s(cid), court_code=court, dispatch_id=str(d.id), outcome_id=str(o.id),
        debtor_located=cmd.debtor_located, assets_found=len(cmd.assets), measures=list(cmd.measures),
        attachments=len(cmd.attachments), reported_at=o.reported_at), subject=subject, case_id=cid, court=court)
    await ctx.push(court, {"type": "outcome.reported", "dispatch_id": str(d.id), "alarm_id": str(a.id),
                           "outcome_id": str(o.id), "debtor_located": cmd.debtor_located,
                           "assets_found": len(cmd.assets), "by": ctx.actor}, await _officer_ids(ctx.session, d.id))
    await ctx.audit("dispatch.outcome_reported", "dispatch", d.id, {
        "outcome_id": str(o.id), "debtor_located": cmd.debtor_located, "assets": len(cmd.assets),
        "measures": list(cmd.measures), "attachments": [x.sha256 for x in cmd.attachments]})
    return outcome_view(o)


async def outcome_of(ctx: Ctx, dispatch_id: uuid.UUID) -> dict:
    d = await load_dispatch(ctx, dispatch_id)
    o = (await ctx.session.execute(select(outcomes).where(outcomes.c.dispatch_id == d.id))).first()
    if o is None:
        raise Problem(404, "outcome_not_found", "尚未报告处置结果", str(dispatch_id))
    return outcome_view(o)


# ================================================================== penalties: 司法拘留 and 罚款
def _mask_id(value: str | None) -> str | None:
    if not value:
        return value
    return value[:6] + "*" * max(len(value) - 10, 0) + value[-4:] if len(value) > 10 else "*" * len(value)


def penalty_view(p: Any, roles: frozenset[str], now: datetime | None = None, today: date | None = None) -> dict:
    now, today = now or now_utc(), today or today_cn()
    full = bool(roles & PII_ROLES)
    view = {
        "id": p.id, "kind": p.kind, "kind_label": domain.PENALTY_LABELS[PenaltyKind(p.kind)],
        "court_code": p.court_code, "alarm_id": p.alarm_id, "case_id": p.case_id,
        "subject": {"kind": p.subject_kind, "name": p.subject_name,
                    "id_number": p.subject_id_number if full else _mask_id(p.subject_id_number)},
        "act": {"kind": p.act_kind, "occurred_on": p.act_on, "description": p.act_description},
        "days": p.days, "amount_fen": p.amount_fen, "emergency": p.emergency, "status": p.status,
        "status_label": domain.PENALTY_STATUS_LABELS[PenaltyStatus(p.status)], "decided_by": p.decided_by,
        "decided_at": p.decided_at, "approval": {"by": p.approved_by, "at": p.approval_at, "note": p.approval_note},
        "served_on": p.served_on, "detained_at": p.detained_at, "ends_at": p.ends_at, "version": p.version,
        "review": {"request_deadline": domain.review_request_deadline(p.served_on) if p.served_on else None,
                   "requested_on": p.review_requested_on,
                   "decision_deadline": (domain.review_decision_deadline(p.review_requested_on)
                                         if p.review_requested_on else None),
                   "decided_on": p.review_decided_on, "outcome": p.review_outcome,
                   "status": domain.review_status(p.review_requested_on, p.review_decided_on, today)},
    }
    if p.kind == PenaltyKind.detention.value:
        view["family_notice"] = {
            "deadline": domain.family_notice_deadline(p.detained_at) if p.detained_at else None,
            "notified_at": p.family_notified_at, "note": p.family_notice_note,
            "status": domain.family_notice_status(p.detained_at, p.family_notified_at, p.family_unable_recorded, now)}
    return view


async def create_penalty(ctx: Ctx, cmd: PenaltyCreate) -> Any:
    case_id = cmd.case_id
    if cmd.alarm_id is not None:
        a = await load_alarm(ctx, cmd.alarm_id)
        if case_id is None:
            case_id = a.case_id
        elif a.case_id is not None and a.case_id != case_id:
            raise Problem(422, "case_mismatch", "案件与警情不符", f"alarm {a.id} belongs to case {a.case_id}")
    if cmd.case_id is not None:
        case = await projected_case(ctx.session, cmd.case_id)
        if case is None or case.court_code != ctx.org:
            raise Problem(422, "unknown_case", "关联案件不存在或不属于本院 (unknown case)", str(cmd.case_id))
    kind = PenaltyKind(cmd.kind)
    now = now_utc()
    try:
        if kind == PenaltyKind.detention:
            domain.check_detention_subject(cmd.subject.kind)
            domain.check_detention_days(cmd.days)
        else:
            domain.check_fine_amount(cmd.subject.kind, cmd.amount_fen)
        status = domain.initial_status(kind, cmd.emergency)
        if cmd.act.occurred_on > today_cn():
            raise DomainError("act_in_future", "妨害行为日期不能晚于今天 / the act cannot be in the future")
        key = domain.act_key(cmd.subject.kind, cmd.subject.name, cmd.subject.id_number, cmd.act.kind,
                             cmd.act.occurred_on)
        # 解释 184 under concurrency: decisions on one act are serialised, the partial unique index backs it.
        await ctx.session.execute(text("select pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(key.encode())})
        standing = (await ctx.session.execute(select(penalties.c.kind, penalties.c.status).where(
            penalties.c.act_key == key))).all()
        domain.check_no_second_penalty(kind, [(r.kind, r.status) for r in standing])
    except DomainError as exc:
        raise refuse(exc)
    detained_at = None
    if status == PenaltyStatus.detained_pending_approval:
        detained_at = cmd.detained_at or now
        if detained_at > now + domain.CLOCK_SKEW:
            raise Problem(422, "detained_in_future", "拘留时间不能晚于当前时间", detained_at.isoformat())
    p = (await ctx.session.execute(insert(penalties).values(
        id=uuid.uuid4(), kind=kind.value, court_code=ctx.org, alarm_id=cmd.alarm_id, case_id=case_id,
        subject_kind=cmd.subject.kind.value, subject_name=cmd.subject.name, subject_id_number=cmd.subject.id_number,
        act_kind=cmd.act.kind.value, act_on=cmd.act.occurred_on, act_description=cmd.act.description, act_key=key,
        days=cmd.days, amount_fen=cmd.amount_fen, emergency=cmd.emergency, status=status.value,
        decided_by=ctx.actor, decided_at=now, detained_at=detained_at,
        ends_at=domain.detention_ends_at(detained_at, cmd.days) if detained_at else None).returning(penalties))).first()
    common = _penalty_event_fields(p)
    if kind == PenaltyKind.detention:
        payload: EventPayload = ev.DetentionDecided(**common, days=p.days, emergency=p.emergency,
                                                    detained_at=p.detained_at)
    else:
        payload = ev.FineDecided(**common, amount_fen=p.amount_fen)
    await ctx.emit(payload, subject=f"penalties/{p.id}", case_id=p.case_id, court=p.court_code)
    await ctx.audit(f"{kind.value}.decided", "penalty", p.id, {
        "days": p.days, "amount_fen": p.amount_fen, "emergency": p.emergency, "status": p.status,
        "act_key": key})
    return p


def _penalty_event_fields(p: Any) -> dict[str, Any]:
    return dict(penalty_id=str(p.id), court_code=p.court_code, case_id=_s(p.case_id), alarm_id=_s(p.alarm_id),
                subject_kind=p.subject_kind, subject_name=p.subject_name, act_kind=p.act_kind, act_on=p.act_on,
                status=p.status, decided_at=p.decided_at)


async def load_penalty(ctx: Ctx, penalty_id: uuid.UUID, *, write: bool = False, higher_court: bool = False) -> Any:
    q = select(penalties).where(penalties.c.id == penalty_id)
    p = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    ok = p is not None and (p.court_code == ctx.org or (higher_court and is_higher_court(ctx.org, p.court_code)))
    if not ok:
        raise Problem(404, "penalty_not_found", "决定不存在", f"no penalty {penalty_id} visible to {ctx.org}")
    return p


def is_higher_court(org: str, court: str) -> bool:
    """Court codes nest: 内06 (中级法院) is above 内0621."""
    return court.startswith(org) and len(org) < len(court)


async def _penalty_changed(ctx: Ctx, p: Any, from_status: str, action: str, data: dict[str, Any]) -> None:
    if p.status != from_status:
        await ctx.emit(ev.PenaltyStatusChanged(**_penalty_event_fields(p), kind=p.kind, from_status=from_status,
                                               at=now_utc()), subject=f"penalties/{p.id}", case_id=p.case_id,
                       court=p.court_code)
    await ctx.audit(action, "penalty", p.id, {"from": from_status, "to": p.status, **data})


async def approve_penalty(ctx: Ctx, penalty_id: uuid.UUID, cmd: ApprovalIn, if_match: int | None) -> Any:
    p = await load_penalty(ctx, penalty_id, write=True)
    if if_match is not None and p.version != if_match:
        raise Problem(412, "version_mismatch", "决定已被他人修改 (stale version)",
                      f"If-Match {if_match} but the decision is at version {p.version}", current_version=p.version)
    try:
        status = domain.approval_outcome(PenaltyStatus(p.status), cmd.approved)
    except DomainError as exc:
        raise refuse(exc)
    now = now_utc()
    values: dict[str, Any] = dict(status=status.value, approved_by=ctx.actor, approval_at=now,
                                  approval_note=cmd.note)
    if status == PenaltyStatus.approved:
        values["served_on"] = today_cn()  # the written decision (民诉法 119) is issued on approval
        if p.kind == PenaltyKind.detention.value and p.detained_at is None:
            values["detained_at"] = now
            values["ends_at"] = domain.detention_ends_at(now, p.days)
    elif status == PenaltyStatus.released:
        values["ends_at"] = now
    p2 = (await ctx.session.execute(update(penalties).where(penalties.c.id == p.id).values(
        **values, version=penalties.c.version + 1, updated_at=func.now()).returning(penalties))).first()
    await _penalty_changed(ctx, p2, p.status, "penalty.approval", {"approved": cmd.approved, "note": cmd.note})
    return p2


async def record_family_notice(ctx: Ctx, penalty_id: uuid.UUID, cmd: FamilyNoticeIn) -> Any:
    p = await load_penalty(ctx, penalty_id, write=True)
    if p.kind != PenaltyKind.detention.value:
        raise Problem(422, "not_a_detention", "只有拘留需要通知家属", f"penalty {p.id} is a {p.kind}")
    if p.detained_at is None:
        raise Problem(409, "not_detained", "尚未执行拘留", f"status {p.status}")
    if p.family_notified_at is not None or p.family_unable_recorded:
        raise Problem(409, "family_notice_recorded", "已记录家属通知情况", str(p.id))
    now = now_utc()
    if cmd.notified_at is not None and not (p.detained_at <= cmd.notified_at <= now + domain.CLOCK_SKEW):
        raise Problem(422, "invalid_notice_time", "通知时间应在拘留之后、当前时间之前",
                      f"{cmd.notified_at.isoformat()} is not between {p.detained_at.isoformat()} and now")
    p2 = (await ctx.session.execute(update(penalties).where(penalties.c.id == p.id).values(
        family_notified_at=cmd.notified_at, family_unable_recorded=cmd.unable_reason is not None,
        family_notice_note=cmd.unable_reason, version=penalties.c.version + 1, updated_at=func.now())
        .returning(penalties))).first()
    status = domain.family_notice_status(p2.detained_at, p2.family_notified_at, p2.family_unable_recorded, now)
    await ctx.audit("detention.family_notice", "penalty", p.id, {"status": status, "reason": cmd.unable_reason})
    return p2


async def request_review(ctx: Ctx, penalty_id: uuid.UUID, cmd: ReviewRequestIn) -> Any:
    p = await load_penalty(ctx, penalty_id, write=True)
    if p.review_requested_on is not None:
        raise Problem(409, "review_already_requested", "已申请复议", str(p.review_requested_on))
    if p.status != PenaltyStatus.approved.value:
        raise Problem(409, "decision_not_in_force", "决定未生效，不能申请复议", f"status {p.status}")
    if cmd.requested_on > today_cn():
        raise Problem(422, "date_in_future", "日期不能晚于今天", str(cmd.requested_on))
    try:
        domain.check_review_request(p.served_on, cmd.requested_on)
    except DomainError as exc:
        raise refuse(exc)
    p2 = (await ctx.session.execute(update(penalties).where(penalties.c.id == p.id).values(
        review_requested_on=cmd.requested_on, version=penalties.c.version + 1, updated_at=func.now())
        .returning(penalties))).first()
    # 复议期间不停止执行 (解释 185): the status does not change.
    await ctx.audit("penalty.review_requested", "penalty", p.id, {"requested_on": cmd.requested_on})
    return p2


async def decide_review(ctx: Ctx, penalty_id: uuid.UUID, cmd: ReviewDecisionIn) -> Any:
    """The court above decides (解释 185: 上级人民法院 … 五日内作出决定); a late decision is recorded as late."""
    p = await load_penalty(ctx, penalty_id, write=True, higher_court=True)
    if not is_higher_court(ctx.org, p.court_code):
        raise Problem(403, "not_higher_court", "复议由上一级人民法院决定", f"{ctx.org} is not above {p.court_code}")
    if p.review_requested_on is None:
        raise Problem(409, "no_review_requested", "未申请复议", str(p.id))
    if p.review_decided_on is not None:
        raise Problem(409, "review_already_decided", "复议已决定", str(p.review_decided_on))
    if not (p.review_requested_on <= cmd.decided_on <= today_cn()):
        raise Problem(422, "invalid_decision_date", "复议决定日期无效",
                      f"{cmd.decided_on} is not between {p.review_requested_on} and today")
    values: dict[str, Any] = dict(review_decided_on=cmd.decided_on, review_outcome=cmd.outcome)
    if cmd.outcome == "revoked":
        values["status"] = PenaltyStatus.revoked.value
        if p.ends_at is not None and p.ends_at > now_utc():
            values["ends_at"] = now_utc()
    p2 = (await ctx.session.execute(update(penalties).where(penalties.c.id == p.id).values(
        **values, version=penalties.c.version + 1, updated_at=func.now()).returning(penalties))).first()
    await _penalty_changed(ctx, p2, p.status, "penalty.review_decided", {
        "outcome": cmd.outcome, "decided_on": cmd.decided_on,
        "status": domain.review_status(p2.review_requested_on, p2.review_decided_on, today_cn())})
    return p2


async def list_penalties(ctx: Ctx, *, kind: PenaltyKind | None, status: PenaltyStatus | None,
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
    return [penalty_view(r, ctx.roles) for r in rows], last


# ================================================================== figures
def period_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Calendar days in Asia/Shanghai → [start 00:00, the day after `end` 00:00) in UTC."""
    lo = datetime.combine(start, time(), SHANGHAI).astimezone(timezone.utc) if start else None
    hi = datetime.combine(end + timedelta(days=1), time(), SHANGHAI).astimezone(timezone.utc) if end else None
    return lo, hi


def court_scope(org: str, court: str | None):
    """A court reads its own figures; a higher court also those of the courts below it."""
    if court is not None:
        if court != org and not is_higher_court(org, court):
            raise Problem(403, "court_out_of_scope", "只能查看本院及下级法院的数据", f"{org} cannot read {court}")
        return lambda col: col == court
    return lambda col: or_(col == org, col.like(org + "_%"))


def _in_period(col, lo, hi):
    conds = []
    if lo is not None:
        conds.append(col >= lo)
    if hi is not None:
        conds.append(col < hi)
    return and_(*conds) if conds else text("true")


async def figures(ctx: Ctx, start: date | None, end: date | None, court: str | None) -> dict:
    if start and end and start > end:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    lo, hi = period_bounds(start, end)
    scope = court_scope(ctx.org, court)
    s = ctx.session
    per: dict[str, dict[str, int]] = {}

    def add(rows, field):
        for code, n in rows:
            per.setdefault(code, {"alarms_received": 0, "dispatches": 0, "officer_dispatches": 0, "detentions": 0,
                                  "fines": 0, "fines_fen": 0})[field] = int(n or 0)

    add((await s.execute(select(alarms.c.court_code, func.count()).where(
        scope(alarms.c.court_code), _in_period(alarms.c.received_at, lo, hi)).group_by(alarms.c.court_code))).all(),
        "alarms_received")
    live = dispatches.c.status != DispatchStatus.cancelled.value
    add((await s.execute(select(dispatches.c.court_code, func.count()).where(
        scope(dispatches.c.court_code), live, _in_period(dispatches.c.dispatched_at, lo, hi))
        .group_by(dispatches.c.court_code))).all(), "dispatches")
    add((await s.execute(select(dispatches.c.court_code, func.count()).select_from(
        assignments.join(dispatches, dispatches.c.id == assignments.c.dispatch_id)).where(
        scope(dispatches.c.court_code), live, _in_period(dispatches.c.dispatched_at, lo, hi))
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
    totals = {k: sum(v[k] for v in per.values()) for k in
              ("alarms_received", "dispatches", "officer_dispatches", "detentions", "fines", "fines_fen")}
    return {"period": {"from": start, "to": end, "timezone": "Asia/Shanghai"},
            "labels": {"alarms_received": "接警", "dispatches": "出警", "officer_dispatches": "出警人次",
                       "detentions": "司法拘留", "fines": "罚款", "fines_fen": "罚款金额（分）"},
            "total": totals, "courts": [{"court_code": c, **v} for c, v in sorted(per.items())],
            "response_times": await response_times(ctx, lo, hi, scope)}


async def response_times(ctx: Ctx, lo: datetime | None, hi: datetime | None, scope) -> dict:
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
