"""dispatch use cases (commands): load, apply a domain rule, save state + outbox events + live push + audit, one
transaction. Commands are plain arguments or the small dataclasses below; a refusal is a `DomainError` subclass
(shared.errors maps it to problem+json, a consumer dead-letters it). Reads live in views.py, the case projection
in projections.py."""
from __future__ import annotations

import uuid
import zlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import aggregate_order_by, insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch import domain, projections, push
from services.dispatch.domain import (ActKind, AlarmSource, AlarmStatus, DispatchStatus, DutyStatus, PenaltyKind,
                                      PenaltyStatus, SubjectKind, TargetClass, Urgency)
from services.dispatch.projections import projected_case
from services.dispatch.settings import DispatchSettings
from services.dispatch.tables import files as dispatch_files
from services.dispatch.tables import (alarms, assignments, dispatches, duty_commanders, location_pings, officers,
                                      outcomes, penalties, platform, sweep_notices)
from services.dispatch.views import (commanders_on_duty, dispatch_view, load_alarm, load_dispatch, load_officer,
                                     load_penalty, now_utc, officer_ids)
from shared import files
from shared.contracts import dispatch as ev
from shared.events import CloudEvent, EventPayload
from shared.identity import validate_id_number
from shared.legal import Conflict, Forbidden, Refused, as_uuid, today_cn
from shared.orgs import is_above
from shared.settings import Settings
from shared.sweep import notice_once
from shared.usecase import UseCaseContext, bump, check_version


class Ctx(UseCaseContext):
    """dispatch's use-case context: the shared `emit` (events keyed by case when there is one) and live pushes."""

    platform = platform

    async def push(self, court: str, msg: dict[str, Any], officer_ids: list[str] | None = None) -> None:
        await push.notify(self.session, court, msg, officer_ids)


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


# ================================================================== commands
@dataclass(frozen=True)
class NewAlarm:
    """接警 from the console."""
    source: AlarmSource
    address: str
    description: str
    urgency: Urgency = Urgency.normal
    case_id: uuid.UUID | None = None
    latitude: float | None = None
    longitude: float | None = None
    reporter_name: str | None = None
    reporter_phone: str | None = None
    received_at: datetime | None = None  # default: now


@dataclass(frozen=True)
class EventAlarm:
    """An alarm raised by another service's event (a verified tip, a police find), once per event."""
    case_id: str
    court: str | None  # the court the event names, used until the case is projected
    source: AlarmSource
    urgency: Urgency
    address: str
    description: str
    ref: str
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class NewOfficer:
    id: str
    name: str
    team: str
    phone: str | None = None
    duty_status: DutyStatus = DutyStatus.off_duty


@dataclass(frozen=True)
class NewDispatch:
    officer_ids: list[str]
    vehicle: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class StatusReport:
    status: DispatchStatus
    at: datetime | None = None  # when it happened on the device (default: now)
    reason: str | None = None  # why it was cancelled


@dataclass(frozen=True)
class Ping:
    latitude: float
    longitude: float
    recorded_at: datetime
    accuracy_m: float | None = None
    dispatch_id: uuid.UUID | None = None


@dataclass(frozen=True)
class FoundAsset:
    asset_type: str
    description: str
    estimated_value_fen: int | None = None
    location: str | None = None
    seized: bool = False


@dataclass(frozen=True)
class Outcome:
    debtor_located: bool
    located_at: str | None = None
    respondent_name: str | None = None
    assets: list[FoundAsset] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)  # file metadata as JSON (sha256, size, …)
    note: str | None = None


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    name: str
    id_number: str | None = None  # 身份证号 (person) / 统一社会信用代码 (organisation)


@dataclass(frozen=True)
class Act:
    kind: ActKind
    occurred_on: date
    description: str


@dataclass(frozen=True)
class NewPenalty:
    kind: PenaltyKind
    subject: Subject
    act: Act
    alarm_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    days: int | None = None
    amount_fen: int | None = None
    emergency: bool = False
    detained_at: datetime | None = None


# ================================================================== from other services' events
class CaseNotYetProjected(Exception):
    """Retried with backoff (asset_core's event may still be on its way), then dead-lettered."""


def response_target(settings: Settings, cls: TargetClass) -> domain.ResponseTarget:
    """The configured minutes of a target class (DispatchSettings; the defaults for a plain Settings)."""
    def minutes(step: str) -> int:
        name = f"target_{TargetClass(cls).value}_{step}_minutes"
        return int(getattr(settings, name, DispatchSettings.model_fields[name].default))
    return domain.ResponseTarget(minutes("dispatch"), minutes("arrival"))


def alarm_targets(settings: Settings, priority: int, urgency: Urgency, received_at: datetime) -> dict[str, Any]:
    """The columns of an alarm's response targets: its class and the two due times."""
    cls = domain.target_class(priority, urgency)
    dispatch_by, arrive_by = domain.response_due(received_at, response_target(settings, cls))
    return {"target_class": cls.value, "dispatch_due_at": dispatch_by, "arrival_due_at": arrive_by}


async def triage_waiting_alarms(session: AsyncSession, case_id: uuid.UUID, case_number: str,
                                livelihood_category: str, settings: Settings | None = None) -> None:
    """Alarms raised for a case before the projection knew it are triaged again (绿色通道 first), and their
    response targets follow the new priority."""
    waiting = (await session.execute(select(alarms.c.id, alarms.c.urgency, alarms.c.received_at).where(
        alarms.c.case_id == case_id, alarms.c.case_number.is_(None)))).all()
    for a in waiting:
        priority = domain.alarm_priority(livelihood_category, Urgency(a.urgency))
        targets = alarm_targets(settings, priority, Urgency(a.urgency), a.received_at) if settings else {}
        await session.execute(update(alarms).where(alarms.c.id == a.id).values(
            case_number=case_number, livelihood_category=livelihood_category,
            priority=priority, updated_at=func.now(), **targets))


async def alarm_from_event(session: AsyncSession, settings: Settings, event: CloudEvent,
                           cmd: EventAlarm) -> Any | None:
    """The alarm a tip or a police find raises (None when this event already raised it)."""
    case_id = as_uuid(cmd.case_id, "case_id")
    case = await projected_case(session, case_id)
    # The executing court (after 交叉执行) answers the alarm; before the projection has the case, the
    # court named by the event does, and the alarm is triaged again when the case arrives.
    court = case.court_code if case is not None else (cmd.court or event.orgcode)
    if not court:
        raise CaseNotYetProjected(f"case {case_id} is not in dispatch's projection and the event names no court")
    ctx = Ctx(session, settings, None, event.id, actor=f"event:{event.source}", org=court)
    return await insert_alarm(ctx, court=court, source=cmd.source, urgency=cmd.urgency, case=case, case_id=case_id,
                              address=cmd.address, description=cmd.description, received_at=event.time,
                              latitude=cmd.latitude, longitude=cmd.longitude, source_event_id=event.id,
                              source_ref=cmd.ref)


# ================================================================== alarms
def _alarm_summary(a: Any) -> dict[str, Any]:
    """What a device is told about an alarm: no reporter contact."""
    return {"alarm_id": str(a.id), "priority": a.priority, "urgency": a.urgency, "source": a.source,
            "case_id": _s(a.case_id), "case_number": a.case_number, "address": a.address,
            "latitude": a.latitude, "longitude": a.longitude, "description": a.description[:300],
            "received_at": a.received_at.isoformat(), "target_class": a.target_class,
            "dispatch_due_at": a.dispatch_due_at.isoformat() if a.dispatch_due_at else None,
            "arrival_due_at": a.arrival_due_at.isoformat() if a.arrival_due_at else None}


async def create_alarm(ctx: Ctx, cmd: NewAlarm) -> Any:
    now = now_utc()
    received_at = cmd.received_at or now
    if received_at > now + domain.CLOCK_SKEW:
        raise Refused("received_in_future", "接警时间不能晚于当前时间", f"received_at {received_at.isoformat()}")
    case = None
    if cmd.case_id is not None:
        case = await projected_case(ctx.session, cmd.case_id)
        if case is None or case.court_code != ctx.org:
            raise Refused("unknown_case", "关联案件不存在或不属于本院 (unknown case)",
                          f"case {cmd.case_id} is not a case executed by {ctx.org}")
    return await insert_alarm(
        ctx, court=ctx.org, source=cmd.source, urgency=cmd.urgency, case=case, case_id=cmd.case_id,
        address=cmd.address, latitude=cmd.latitude, longitude=cmd.longitude, description=cmd.description,
        reporter_name=cmd.reporter_name, reporter_phone=cmd.reporter_phone, received_at=received_at)


async def create_field_alarm(ctx: Ctx, cmd: NewAlarm) -> Any:
    """An officer on this court's roster raises an alarm from the field (the app): source patrol / officer."""
    if AlarmSource(cmd.source) not in domain.FIELD_SOURCES:
        raise Refused("not_a_field_source", "现场报警的来源应为巡查发现或干警现场报警 (patrol / officer)",
                      f"source {cmd.source}")
    o = (await ctx.session.execute(select(officers).where(officers.c.id == ctx.actor))).first()
    if o is None or o.court_code != ctx.org:
        raise Forbidden("not_on_roster", "不是本院在册干警 (not on this court's roster)", ctx.actor)
    return await create_alarm(ctx, cmd)


async def reveal_reporter(ctx: Ctx, dispatch_id: uuid.UUID) -> dict[str, Any]:
    """The reporter's callback number in full, for an officer holding an active assignment of the alarm (it is
    masked everywhere else for them); each reveal is written to the audit chain (个人信息保护法 28)."""
    d = await load_dispatch(ctx, dispatch_id, assigned_only=True)
    if DispatchStatus(d.status) not in domain.ACTIVE_DISPATCH:
        raise Conflict("dispatch_not_active", "出警已结束 (the dispatch is over)", f"status {d.status}")
    mine = (await ctx.session.execute(select(assignments).where(
        assignments.c.dispatch_id == d.id, assignments.c.officer_id == ctx.actor))).first()
    if mine.escalated_at is not None:
        raise Conflict("assignment_escalated", "任务已转派他人 (the assignment went to another officer)",
                       f"escalated to {mine.escalated_to}")
    a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id))).first()
    at = now_utc()
    await ctx.audit("alarm.reporter_revealed", "alarm", a.id, {"dispatch_id": str(d.id), "officer_id": ctx.actor,
                                                              "at": at.isoformat()})
    return {"alarm_id": a.id, "dispatch_id": d.id, "name": a.reporter_name, "phone": a.reporter_phone,
            "revealed_at": at}


async def insert_alarm(ctx: Ctx, *, court: str, source: AlarmSource, urgency: Urgency, case: Any | None,
                       case_id: Any, address: str, description: str, received_at: datetime,
                       latitude: float | None = None, longitude: float | None = None, reporter_name: str | None = None,
                       reporter_phone: str | None = None, source_event_id: str | None = None,
                       source_ref: str | None = None) -> Any | None:
    category = case.livelihood_category if case is not None else None
    priority = domain.alarm_priority(category, Urgency(urgency))
    stmt = insert(alarms).values(**alarm_targets(ctx.settings, priority, Urgency(urgency), received_at),
        id=uuid.uuid4(), court_code=court, source=AlarmSource(source).value, urgency=Urgency(urgency).value,
        case_id=as_uuid(case_id, "case_id") if case_id else None, case_number=case.case_number if case else None,
        livelihood_category=category, priority=priority,
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
        received_at=a.received_at), subject=f"alarms/{a.id}", caseid=_s(a.case_id), orgcode=court)
    await ctx.push(court, {"type": "alarm.received", **_alarm_summary(a)})
    await ctx.audit("alarm.received", "alarm", a.id, {"source": a.source, "urgency": a.urgency,
                                                       "priority": a.priority, "case_id": _s(a.case_id)})
    return a


# ================================================================== officers (roster)
async def register_officer(ctx: Ctx, cmd: NewOfficer) -> Any:
    o = (await ctx.session.execute(insert(officers).values(
        id=cmd.id, court_code=ctx.org, name=cmd.name, team=cmd.team, phone=cmd.phone,
        duty_status=DutyStatus(cmd.duty_status).value).on_conflict_do_nothing().returning(officers))).first()
    if o is None:
        raise Conflict("officer_exists", "干警已在册 (officer already registered)", cmd.id)
    await ctx.audit("officer.registered", "officer", o.id, {"team": o.team, "duty_status": o.duty_status})
    return o


async def set_duty(ctx: Ctx, officer_id: str, status: DutyStatus) -> Any:
    o = await load_officer(ctx, officer_id, write=True)
    if o.duty_status != status.value:
        o = await bump(ctx.session, officers, o.id, duty_status=status.value)
        await ctx.audit("officer.duty_changed", "officer", o.id, {"duty_status": status.value})
    return o


# ================================================================== dispatches
async def create_dispatch(ctx: Ctx, alarm_id: uuid.UUID, cmd: NewDispatch) -> dict:
    a = await load_alarm(ctx, alarm_id, write=True)
    if a.status == AlarmStatus.closed.value:
        raise Conflict("alarm_closed", "警情已处置完毕 (alarm closed)", f"alarm {a.id} is closed")
    rows = (await ctx.session.execute(select(officers.c.id, officers.c.duty_status).where(
        officers.c.court_code == ctx.org, officers.c.id.in_(cmd.officer_ids)))).all()
    domain.check_officers(cmd.officer_ids, {r.id: r.duty_status for r in rows})
    now = now_utc()
    d = (await ctx.session.execute(insert(dispatches).values(
        id=uuid.uuid4(), alarm_id=a.id, court_code=a.court_code, vehicle=cmd.vehicle, note=cmd.note,
        status=DispatchStatus.dispatched.value, dispatched_at=now, created_by=ctx.actor).returning(dispatches))).first()
    ids = sorted(cmd.officer_ids)
    await ctx.session.execute(insert(assignments), [
        {"dispatch_id": d.id, "officer_id": o, "alarm_id": a.id, "court_code": a.court_code, "assigned_at": now}
        for o in ids])
    await bump(ctx.session, alarms, a.id, status=AlarmStatus.dispatched.value,
               first_dispatched_at=func.coalesce(alarms.c.first_dispatched_at, now))
    await ctx.emit(ev.DispatchAssigned(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=a.court_code, dispatch_id=str(d.id), officer_ids=ids,
        officer_count=len(ids), vehicle=d.vehicle, dispatched_at=now), subject=f"alarms/{a.id}",
        caseid=_s(a.case_id), orgcode=a.court_code)
    await ctx.push(a.court_code, {"type": "assignment.created", "dispatch_id": str(d.id), "status": d.status,
                                  "vehicle": d.vehicle, "officer_ids": ids, "at": now.isoformat(),
                                  "alarm": _alarm_summary(a)}, ids)
    await ctx.audit("dispatch.assigned", "dispatch", d.id, {"alarm_id": str(a.id), "officer_ids": ids,
                                                             "vehicle": d.vehicle})
    return await dispatch_view(ctx, d)


_AT_COLUMN = {DispatchStatus.en_route: "en_route_at", DispatchStatus.arrived: "arrived_at",
              DispatchStatus.completed: "completed_at", DispatchStatus.cancelled: "cancelled_at"}


async def change_status(ctx: Ctx, dispatch_id: uuid.UUID, cmd: StatusReport, *, if_match: int | None = None,
                        assigned_only: bool = False) -> dict:
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=assigned_only, if_match=if_match)
    target = DispatchStatus(cmd.status)
    now = now_utc()
    at = cmd.at or now
    previous = max(t for t in (d.dispatched_at, d.en_route_at, d.arrived_at) if t is not None)
    if d.status == target.value and getattr(d, _AT_COLUMN[target]) is not None:
        return await dispatch_view(ctx, d)  # the same report twice (a device retried without its key)
    domain.check_transition(DispatchStatus(d.status), target)
    domain.check_status_time(at, previous, now)
    from_status = d.status
    d = await bump(ctx.session, dispatches, d.id, status=target.value, **{_AT_COLUMN[target]: at},
                   cancel_reason=cmd.reason if target == DispatchStatus.cancelled else dispatches.c.cancel_reason)
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
        await bump(ctx.session, alarms, a.id, **alarm_values)
    await ctx.emit(ev.DispatchStatusChanged(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=a.court_code, dispatch_id=str(d.id),
        from_status=from_status, to_status=target.value, at=at), subject=f"alarms/{a.id}", caseid=_s(a.case_id),
        orgcode=a.court_code)
    ids = await officer_ids(ctx, d.id)
    await ctx.push(a.court_code, {"type": "dispatch.status_changed", "dispatch_id": str(d.id),
                                  "alarm_id": str(a.id), "from_status": from_status, "status": target.value,
                                  "at": at.isoformat(), "by": ctx.actor}, ids)
    await ctx.audit("dispatch.status_changed", "dispatch", d.id, {"from": from_status, "to": target.value,
                                                                   "at": at.isoformat(), "reason": cmd.reason})
    return await dispatch_view(ctx, d)


async def accept(ctx: Ctx, dispatch_id: uuid.UUID, at: datetime | None) -> dict:
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=True)
    if DispatchStatus(d.status) not in domain.ACTIVE_DISPATCH:
        raise Conflict("dispatch_not_active", "出警已结束 (the dispatch is over)", f"status {d.status}")
    now = now_utc()
    at = at or now
    domain.check_status_time(at, d.dispatched_at, now)
    escalated = (await ctx.session.execute(select(assignments.c.escalated_to).where(
        assignments.c.dispatch_id == d.id, assignments.c.officer_id == ctx.actor,
        assignments.c.escalated_at.is_not(None)))).first()
    if escalated is not None:
        raise Conflict("assignment_escalated", "任务已转派他人 (the assignment went to another officer)",
                       f"escalated to {escalated.escalated_to}")
    done = (await ctx.session.execute(update(assignments).where(
        assignments.c.dispatch_id == d.id, assignments.c.officer_id == ctx.actor,
        assignments.c.accepted_at.is_(None)).values(accepted_at=at).returning(assignments.c.officer_id))).first()
    if done is not None:
        await ctx.push(d.court_code, {"type": "assignment.accepted", "dispatch_id": str(d.id),
                                      "alarm_id": str(d.alarm_id), "officer_id": ctx.actor, "at": at.isoformat()},
                       await officer_ids(ctx, d.id))
        await ctx.audit("dispatch.accepted", "dispatch", d.id, {"officer_id": ctx.actor, "at": at.isoformat()})
    return await dispatch_view(ctx, d)


async def record_pings(ctx: Ctx, pings: list[Ping]) -> dict:
    o = (await ctx.session.execute(select(officers).where(officers.c.id == ctx.actor))).first()
    if o is None or o.court_code != ctx.org:
        raise Forbidden("not_on_roster", "不是本院在册干警 (not on this court's roster)", ctx.actor)
    mine = set()
    wanted = {p.dispatch_id for p in pings if p.dispatch_id is not None}
    if wanted:
        mine = set((await ctx.session.execute(select(assignments.c.dispatch_id).where(
            assignments.c.officer_id == ctx.actor, assignments.c.dispatch_id.in_(wanted)))).scalars())
    if wanted - mine:
        raise Refused("not_your_dispatch", "不是本人的出警任务", ", ".join(sorted(map(str, wanted - mine))))
    now = now_utc()
    late = [p for p in pings if p.recorded_at > now + domain.CLOCK_SKEW]
    if late:
        raise Refused("ping_in_future", "定位时间晚于当前时间", late[0].recorded_at.isoformat())
    await ctx.session.execute(insert(location_pings), [
        {"officer_id": ctx.actor, "dispatch_id": p.dispatch_id, "latitude": p.latitude, "longitude": p.longitude,
         "accuracy_m": p.accuracy_m, "recorded_at": p.recorded_at} for p in pings])
    latest = max(pings, key=lambda p: p.recorded_at)
    # Telemetry, not a decision: no audit row; the console follows the officer live.
    await ctx.push(ctx.org, {"type": "officer.location", "officer_id": ctx.actor, "latitude": latest.latitude,
                             "longitude": latest.longitude, "at": latest.recorded_at.isoformat()}, [])
    return {"accepted": len(pings), "latest_recorded_at": latest.recorded_at}


async def report_outcome(ctx: Ctx, dispatch_id: uuid.UUID, cmd: Outcome, *, assigned_only: bool = False) -> Any:
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=assigned_only)
    if d.status not in (DispatchStatus.arrived.value, DispatchStatus.completed.value):
        raise Conflict("not_on_site", "尚未到达现场，不能报告处置结果 (report after arriving)", f"status {d.status}")
    # One round trip: the alarm, whether an outcome is already reported, and the officers to push to.
    a = (await ctx.session.execute(select(
        alarms, select(outcomes.c.id).where(outcomes.c.dispatch_id == d.id).exists().label("outcome_reported"),
        select(func.array_agg(aggregate_order_by(assignments.c.officer_id, assignments.c.officer_id)))
        .where(assignments.c.dispatch_id == d.id).scalar_subquery().label("assigned_officer_ids"))
        .where(alarms.c.id == d.alarm_id))).first()
    if a.outcome_reported:
        raise Conflict("outcome_already_reported", "本次出警已报告处置结果", str(d.id))
    o = (await ctx.session.execute(insert(outcomes).values(
        id=uuid.uuid4(), dispatch_id=d.id, alarm_id=a.id, case_id=a.case_id, court_code=a.court_code,
        debtor_located=cmd.debtor_located, located_at=cmd.located_at, respondent_name=cmd.respondent_name,
        assets=[asdict(x) for x in cmd.assets], measures=list(cmd.measures),
        attachments=list(cmd.attachments), note=cmd.note, reported_by=ctx.actor).returning(outcomes))).first()
    subject, cid, court = f"alarms/{a.id}", _s(a.case_id), a.court_code
    if cid is not None:  # asset_core records finds of a case; an alarm without a case keeps them here
        for x in cmd.assets:
            await ctx.emit(ev.AssetFoundOnSite(
                case_id=cid, alarm_id=str(a.id), asset_type=x.asset_type, description=x.description,
                estimated_value_fen=x.estimated_value_fen, location=x.location or a.address, seized=x.seized),
                subject=subject, caseid=cid, orgcode=court)
        if cmd.debtor_located:
            await ctx.emit(ev.DebtorLocated(case_id=cid, alarm_id=str(a.id), located_at=cmd.located_at,
                                            respondent_name=cmd.respondent_name),
                           subject=subject, caseid=cid, orgcode=court)
    await ctx.emit(ev.OutcomeReported(
        alarm_id=str(a.id), case_id=cid, court_code=court, dispatch_id=str(d.id), outcome_id=str(o.id),
        debtor_located=cmd.debtor_located, assets_found=len(cmd.assets), measures=list(cmd.measures),
        attachments=len(cmd.attachments), reported_at=o.reported_at), subject=subject, caseid=cid, orgcode=court)
    await ctx.push(court, {"type": "outcome.reported", "dispatch_id": str(d.id), "alarm_id": str(a.id),
                           "outcome_id": str(o.id), "debtor_located": cmd.debtor_located,
                           "assets_found": len(cmd.assets), "by": ctx.actor}, list(a.assigned_officer_ids or []))
    await ctx.audit("dispatch.outcome_reported", "dispatch", d.id, {
        "outcome_id": str(o.id), "debtor_located": cmd.debtor_located, "assets": len(cmd.assets),
        "measures": list(cmd.measures), "attachments": [x["sha256"] for x in cmd.attachments]})
    return o


# ================================================================== penalties: 司法拘留 and 罚款
def subject_id_number(kind: SubjectKind, value: str | None) -> str | None:
    """The penalty subject's 身份证号 (person) or 统一社会信用代码 (organisation), validated and normalised
    (shared.identity); absent stays absent."""
    if value is None or not value.strip():
        return None
    return validate_id_number(SubjectKind(kind).value, value)


async def create_penalty(ctx: Ctx, cmd: NewPenalty) -> Any:
    id_number = subject_id_number(cmd.subject.kind, cmd.subject.id_number)
    case_id = cmd.case_id
    if cmd.alarm_id is not None:
        a = await load_alarm(ctx, cmd.alarm_id)
        if case_id is None:
            case_id = a.case_id
        elif a.case_id is not None and a.case_id != case_id:
            raise Refused("case_mismatch", "案件与警情不符", f"alarm {a.id} belongs to case {a.case_id}")
    if cmd.case_id is not None:
        case = await projected_case(ctx.session, cmd.case_id)
        if case is None or case.court_code != ctx.org:
            raise Refused("unknown_case", "关联案件不存在或不属于本院 (unknown case)", str(cmd.case_id))
    kind = PenaltyKind(cmd.kind)
    now = now_utc()
    if kind == PenaltyKind.detention:
        domain.check_detention_subject(cmd.subject.kind)
        domain.check_detention_days(cmd.days)
    else:
        domain.check_fine_amount(cmd.subject.kind, cmd.amount_fen)
    status = domain.initial_status(kind, cmd.emergency)
    if cmd.act.occurred_on > today_cn():
        raise Refused("act_in_future", "妨害行为日期不能晚于今天 / the act cannot be in the future")
    key = domain.act_key(cmd.subject.kind, cmd.subject.name, id_number, cmd.act.kind, cmd.act.occurred_on)
    # 解释 184 under concurrency: decisions on one act are serialised, the partial unique index backs it.
    await ctx.session.execute(text("select pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(key.encode())})
    standing = (await ctx.session.execute(select(penalties.c.kind, penalties.c.status).where(
        penalties.c.act_key == key))).all()
    domain.check_no_second_penalty(kind, [(r.kind, r.status) for r in standing])
    detained_at = None
    if status == PenaltyStatus.detained_pending_approval:
        detained_at = cmd.detained_at or now
        if detained_at > now + domain.CLOCK_SKEW:
            raise Refused("detained_in_future", "拘留时间不能晚于当前时间", detained_at.isoformat())
    p = (await ctx.session.execute(insert(penalties).values(
        id=uuid.uuid4(), kind=kind.value, court_code=ctx.org, alarm_id=cmd.alarm_id, case_id=case_id,
        subject_kind=SubjectKind(cmd.subject.kind).value, subject_name=cmd.subject.name, subject_id_number=id_number,
        act_kind=ActKind(cmd.act.kind).value, act_on=cmd.act.occurred_on, act_description=cmd.act.description,
        act_key=key, days=cmd.days, amount_fen=cmd.amount_fen, emergency=cmd.emergency, status=status.value,
        decided_by=ctx.actor, decided_at=now, detained_at=detained_at,
        ends_at=domain.detention_ends_at(detained_at, cmd.days) if detained_at else None).returning(penalties))).first()
    common = _penalty_event_fields(p)
    if kind == PenaltyKind.detention:
        payload: EventPayload = ev.DetentionDecided(**common, days=p.days, emergency=p.emergency,
                                                    detained_at=p.detained_at)
    else:
        payload = ev.FineDecided(**common, amount_fen=p.amount_fen)
    await ctx.emit(payload, subject=f"penalties/{p.id}", caseid=_s(p.case_id), orgcode=p.court_code)
    await ctx.audit(f"{kind.value}.decided", "penalty", p.id, {
        "days": p.days, "amount_fen": p.amount_fen, "emergency": p.emergency, "status": p.status,
        "act_key": key})
    return p


def _penalty_event_fields(p: Any) -> dict[str, Any]:
    return dict(penalty_id=str(p.id), court_code=p.court_code, case_id=_s(p.case_id), alarm_id=_s(p.alarm_id),
                subject_kind=p.subject_kind, subject_name=p.subject_name, act_kind=p.act_kind, act_on=p.act_on,
                status=p.status, decided_at=p.decided_at)


async def _penalty_changed(ctx: Ctx, p: Any, from_status: str, action: str, data: dict[str, Any]) -> None:
    if p.status != from_status:
        await ctx.emit(ev.PenaltyStatusChanged(**_penalty_event_fields(p), kind=p.kind, from_status=from_status,
                                               at=now_utc()), subject=f"penalties/{p.id}", caseid=_s(p.case_id),
                       orgcode=p.court_code)
    await ctx.audit(action, "penalty", p.id, {"from": from_status, "to": p.status, **data})


async def approve_penalty(ctx: Ctx, penalty_id: uuid.UUID, approved: bool, note: str | None,
                          if_match: int | None = None) -> Any:
    p = await load_penalty(ctx, penalty_id, write=True)
    check_version(p, if_match, "决定", "decision")
    status = domain.approval_outcome(PenaltyStatus(p.status), approved)
    now = now_utc()
    values: dict[str, Any] = dict(status=status.value, approved_by=ctx.actor, approval_at=now, approval_note=note)
    if status == PenaltyStatus.approved:
        values["served_on"] = today_cn()  # the written decision (民诉法 119) is issued on approval
        if p.kind == PenaltyKind.detention.value and p.detained_at is None:
            values["detained_at"] = now
            values["ends_at"] = domain.detention_ends_at(now, p.days)
    elif status == PenaltyStatus.released:
        values["ends_at"] = now
    p2 = await bump(ctx.session, penalties, p.id, **values)
    await _penalty_changed(ctx, p2, p.status, "penalty.approval", {"approved": approved, "note": note})
    return p2


async def record_family_notice(ctx: Ctx, penalty_id: uuid.UUID, notified_at: datetime | None,
                               unable_reason: str | None) -> Any:
    """解释 180: the family told within 24 h, or why it could not be done (exactly one of the two)."""
    if (notified_at is None) == (unable_reason is None):
        raise Refused("invalid_family_notice", "请填写通知时间或无法通知的原因（二选一）",
                      "give either notified_at or unable_reason")
    p = await load_penalty(ctx, penalty_id, write=True)
    if p.kind != PenaltyKind.detention.value:
        raise Refused("not_a_detention", "只有拘留需要通知家属", f"penalty {p.id} is a {p.kind}")
    if p.detained_at is None:
        raise Conflict("not_detained", "尚未执行拘留", f"status {p.status}")
    if p.family_notified_at is not None or p.family_unable_recorded:
        raise Conflict("family_notice_recorded", "已记录家属通知情况", str(p.id))
    now = now_utc()
    if notified_at is not None and not (p.detained_at <= notified_at <= now + domain.CLOCK_SKEW):
        raise Refused("invalid_notice_time", "通知时间应在拘留之后、当前时间之前",
                      f"{notified_at.isoformat()} is not between {p.detained_at.isoformat()} and now")
    p2 = await bump(ctx.session, penalties, p.id, family_notified_at=notified_at,
                    family_unable_recorded=unable_reason is not None, family_notice_note=unable_reason)
    status = domain.family_notice_status(p2.detained_at, p2.family_notified_at, p2.family_unable_recorded, now)
    await ctx.audit("detention.family_notice", "penalty", p.id, {"status": status, "reason": unable_reason})
    return p2


async def request_review(ctx: Ctx, penalty_id: uuid.UUID, requested_on: date) -> Any:
    p = await load_penalty(ctx, penalty_id, write=True)
    if p.review_requested_on is not None:
        raise Conflict("review_already_requested", "已申请复议", str(p.review_requested_on))
    if p.status != PenaltyStatus.approved.value:
        raise Conflict("decision_not_in_force", "决定未生效，不能申请复议", f"status {p.status}")
    if requested_on > today_cn():
        raise Refused("date_in_future", "日期不能晚于今天", str(requested_on))
    domain.check_review_request(p.served_on, requested_on)
    p2 = await bump(ctx.session, penalties, p.id, review_requested_on=requested_on)
    # 复议期间不停止执行 (解释 185): the status does not change.
    await ctx.audit("penalty.review_requested", "penalty", p.id, {"requested_on": requested_on})
    return p2


async def decide_review(ctx: Ctx, penalty_id: uuid.UUID, outcome: Literal["upheld", "revoked"],
                        decided_on: date) -> Any:
    """The court above decides (解释 185: 上级人民法院 … 五日内作出决定); a late decision is recorded as late."""
    p = await load_penalty(ctx, penalty_id, write=True, higher_court=True)
    if not is_above(ctx.org, p.court_code):
        raise Forbidden("not_higher_court", "复议由上一级人民法院决定", f"{ctx.org} is not above {p.court_code}")
    if p.review_requested_on is None:
        raise Conflict("no_review_requested", "未申请复议", str(p.id))
    if p.review_decided_on is not None:
        raise Conflict("review_already_decided", "复议已决定", str(p.review_decided_on))
    if not (p.review_requested_on <= decided_on <= today_cn()):
        raise Refused("invalid_decision_date", "复议决定日期无效",
                      f"{decided_on} is not between {p.review_requested_on} and today")
    values: dict[str, Any] = dict(review_decided_on=decided_on, review_outcome=outcome)
    if outcome == "revoked":
        values["status"] = PenaltyStatus.revoked.value
        if p.ends_at is not None and p.ends_at > now_utc():
            values["ends_at"] = now_utc()
    p2 = await bump(ctx.session, penalties, p.id, **values)
    await _penalty_changed(ctx, p2, p.status, "penalty.review_decided", {
        "outcome": outcome, "decided_on": decided_on,
        "status": domain.review_status(p2.review_requested_on, p2.review_decided_on, today_cn())})
    return p2


# ================================================================== custody reported by the police
_CUSTODY_PROJECTIONS = {"opened": projections.custody_opened, "handed_over": projections.custody_handed_over,
                        "released": projections.custody_released}


async def custody_reported(session: AsyncSession, event: CloudEvent, step: str, p: Any) -> Any:
    """A police custody event lands on the penalty (projection) and the deciding court's consoles are told."""
    row = await _CUSTODY_PROJECTIONS[step](session, p, event)
    await push.notify(session, row.court_code, {
        "type": f"custody.{step}", "penalty_id": str(row.penalty_id), "custody_id": row.custody_id,
        "status": row.status, "facility": row.facility, "ends_at": row.ends_at.isoformat() if row.ends_at else None,
        "at": event.time.isoformat()}, [])
    return row


# ================================================================== duty commanders (值班指挥长)
@dataclass(frozen=True)
class NewShift:
    user_id: str
    name: str
    role: str
    starts_at: datetime
    ends_at: datetime


async def add_duty_shift(ctx: Ctx, cmd: NewShift) -> Any:
    domain.check_duty_shift(cmd.role, cmd.starts_at, cmd.ends_at)
    row = (await ctx.session.execute(insert(duty_commanders).values(
        id=uuid.uuid4(), court_code=ctx.org, user_id=cmd.user_id, name=cmd.name, role=cmd.role,
        starts_at=cmd.starts_at, ends_at=cmd.ends_at, created_by=ctx.actor).returning(duty_commanders))).first()
    await ctx.audit("duty.shift_added", "duty_shift", row.id, {"user_id": cmd.user_id, "role": cmd.role,
                                                              "starts_at": cmd.starts_at.isoformat(),
                                                              "ends_at": cmd.ends_at.isoformat()})
    return row


# ================================================================== what the sweep finds (sweep.py)
async def flag_family_notice_overdue(ctx: Ctx, p: Any, now: datetime) -> None:
    """解释 180: the 24 h passed without the notice — one event, a push to the deciding judge and the duty
    commanders (the caller made sure it is the first time)."""
    commanders = await commanders_on_duty(ctx.session, p.court_code, now)
    deadline = domain.family_notice_deadline(p.detained_at)
    await ctx.emit(ev.FamilyNoticeOverdue(
        **_penalty_event_fields(p), detained_at=p.detained_at, deadline=deadline, detected_at=now,
        deciding_judge=p.decided_by, commander_ids=commanders), subject=f"penalties/{p.id}", caseid=_s(p.case_id),
        orgcode=p.court_code)
    await ctx.push(p.court_code, {"type": "family_notice.overdue", "penalty_id": str(p.id),
                                  "subject_name": p.subject_name, "detained_at": p.detained_at.isoformat(),
                                  "deadline": deadline.isoformat(), "at": now.isoformat()},
                   sorted({p.decided_by, *commanders}))
    await ctx.audit("detention.family_notice_overdue", "penalty", p.id, {"deadline": deadline.isoformat(),
                                                                        "commanders": commanders})


async def flag_target_missed(ctx: Ctx, a: Any, target: str, due_at: datetime, done_at: datetime | None,
                             now: datetime) -> None:
    commanders = await commanders_on_duty(ctx.session, a.court_code, now)
    await ctx.emit(ev.ResponseTargetMissed(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=a.court_code, target=target,
        target_class=a.target_class, priority=a.priority, urgency=a.urgency, received_at=a.received_at,
        due_at=due_at, done_at=done_at, detected_at=now, commander_ids=commanders),
        subject=f"alarms/{a.id}", caseid=_s(a.case_id), orgcode=a.court_code)
    await ctx.push(a.court_code, {"type": "alarm.target_missed", "alarm_id": str(a.id), "target": target,
                                  "due_at": due_at.isoformat(), "done_at": done_at.isoformat() if done_at else None,
                                  "priority": a.priority, "at": now.isoformat()}, commanders)
    await ctx.audit("alarm.target_missed", "alarm", a.id, {"target": target, "due_at": due_at.isoformat(),
                                                          "commanders": commanders})


def accept_minutes(settings: Settings) -> int:
    return int(getattr(settings, "assignment_accept_minutes",
                       DispatchSettings.model_fields["assignment_accept_minutes"].default))


async def escalate_assignment(ctx: Ctx, asg: Any, now: datetime) -> str | None:
    """Hand an unaccepted assignment to the next available officer of the court: the new officer is assigned
    (and told), the first one's assignment is marked escalated. None when nobody is free (the consoles are told)."""
    d = (await ctx.session.execute(select(dispatches).where(dispatches.c.id == asg.dispatch_id)
                                   .with_for_update())).first()
    minutes = accept_minutes(ctx.settings)
    if not domain.needs_escalation(asg.assigned_at, asg.accepted_at, asg.escalated_at, DispatchStatus(d.status),
                                   minutes, now):
        return None
    on_it = set(await officer_ids(ctx, d.id))
    busy = set((await ctx.session.execute(select(assignments.c.officer_id).join(
        dispatches, dispatches.c.id == assignments.c.dispatch_id).where(
        dispatches.c.court_code == d.court_code, assignments.c.escalated_at.is_(None),
        dispatches.c.status.in_([s.value for s in domain.ACTIVE_DISPATCH])))).scalars())
    roster = (await ctx.session.execute(select(officers.c.id, officers.c.team, officers.c.duty_status).where(
        officers.c.court_code == d.court_code))).all()
    team = next((r.team for r in roster if r.id == asg.officer_id), None)
    chosen = domain.next_officer([(r.id, r.team, r.duty_status, r.id in busy) for r in roster], on_it, team)
    a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id))).first()
    if chosen is None:
        if not await notice_once(ctx.session, sweep_notices, subject=f"{d.id}:{asg.officer_id}"[:120],
                                 kind="no_officer_available"):
            return None
        await ctx.push(d.court_code, {"type": "assignment.unaccepted", "dispatch_id": str(d.id),
                                      "alarm_id": str(a.id), "officer_id": asg.officer_id,
                                      "reason": "no officer available", "at": now.isoformat()},
                       await commanders_on_duty(ctx.session, d.court_code, now))
        return None
    await ctx.session.execute(update(assignments).where(
        assignments.c.dispatch_id == d.id, assignments.c.officer_id == asg.officer_id).values(
        escalated_at=now, escalated_to=chosen))
    await ctx.session.execute(insert(assignments).values(
        dispatch_id=d.id, officer_id=chosen, alarm_id=a.id, court_code=d.court_code, assigned_at=now,
        escalated_from=asg.officer_id))
    await bump(ctx.session, dispatches, d.id)
    await ctx.emit(ev.AssignmentEscalated(
        alarm_id=str(a.id), case_id=_s(a.case_id), court_code=d.court_code, dispatch_id=str(d.id),
        from_officer_id=asg.officer_id, to_officer_id=chosen, assigned_at=asg.assigned_at, escalated_at=now,
        accept_minutes=minutes), subject=f"alarms/{a.id}", caseid=_s(a.case_id), orgcode=d.court_code)
    await ctx.push(d.court_code, {"type": "assignment.created", "dispatch_id": str(d.id), "status": d.status,
                                  "vehicle": d.vehicle, "officer_ids": [chosen], "escalated_from": asg.officer_id,
                                  "at": now.isoformat(), "alarm": _alarm_summary(a)}, [chosen])
    await ctx.push(d.court_code, {"type": "assignment.escalated", "dispatch_id": str(d.id), "alarm_id": str(a.id),
                                  "officer_id": asg.officer_id, "to": chosen, "at": now.isoformat()},
                   [asg.officer_id])
    await ctx.audit("dispatch.escalated", "dispatch", d.id, {"from": asg.officer_id, "to": chosen,
                                                            "accept_minutes": minutes})
    return chosen


# ================================================================== evidence files (issue 16)
async def attach_file(ctx: Ctx, dispatch_id: uuid.UUID, upload: files.Upload) -> dict:
    """A photo or document of the on-site outcome, from the officer holding the assignment (on site or after it):
    the type checked against the bytes, stored with its SHA-256, which the EvidenceFileAttached event and the audit
    chain record too; the court's consoles see it arrive live."""
    checked = upload.checked(ctx.settings.file_max_bytes)
    d = await load_dispatch(ctx, dispatch_id, write=True, assigned_only=True)
    if d.status not in (DispatchStatus.arrived.value, DispatchStatus.completed.value):
        raise Conflict("not_on_site", "尚未到达现场，不能上传现场材料 (upload after arriving)", f"status {d.status}")
    mine = (await ctx.session.execute(select(assignments).where(
        assignments.c.dispatch_id == d.id, assignments.c.officer_id == ctx.actor))).first()
    if mine.escalated_at is not None:
        raise Conflict("assignment_escalated", "任务已转派他人 (the assignment went to another officer)",
                       f"escalated to {mine.escalated_to}")
    a = (await ctx.session.execute(select(alarms).where(alarms.c.id == d.alarm_id))).first()
    row = await files.insert(ctx.session, dispatch_files, checked, owner_kind="dispatch", owner_id=d.id,
                             court_code=d.court_code, case_id=a.case_id, uploaded_by=ctx.actor)
    cid = _s(a.case_id)
    await ctx.emit(ev.EvidenceFileAttached(
        alarm_id=str(a.id), case_id=cid, court_code=d.court_code, file_id=str(row.id), owner_kind="dispatch",
        owner_id=str(d.id), content_type=row.content_type, size_bytes=row.size_bytes, sha256=row.sha256,
        attached_at=row.uploaded_at), subject=f"alarms/{a.id}", caseid=cid, orgcode=d.court_code)
    await ctx.push(d.court_code, {"type": "file.attached", "dispatch_id": str(d.id), "alarm_id": str(a.id),
                                  "file_id": str(row.id), "content_type": row.content_type, "by": ctx.actor},
                   await officer_ids(ctx, d.id))
    await ctx.audit("file.attached", "file", row.id, {**files.audit_data(row), "alarm_id": str(a.id),
                                                      "case_id": cid})
    return files.view(row)
