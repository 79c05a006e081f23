"""dispatch HTTP API: the case projection, alarms (接警) and the triage queue, the roster, dispatches (出警),
on-site outcomes, detention and fine decisions, figures, and the officers' mobile endpoints with live push
over WebSocket (`/api/v1/me/push`)."""
from __future__ import annotations

import asyncio
import contextlib
import functools
import uuid
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, WebSocket, WebSocketDisconnect

from services.dispatch import service, sweep as sweeps, views
from services.dispatch.domain import AlarmSource, AlarmStatus, DutyStatus, PenaltyKind, PenaltyStatus
from services.dispatch.schemas import (AcceptIn, AlarmCreate, AlarmOut, AlarmPage, ApprovalIn, CaseProjectionOut,
                                       CaseProjectionPage, DispatchCreate, DispatchList, DispatchOut, DutyIn,
                                       FamilyNoticeIn, FieldAlarmCreate, FiguresOut, OfficerCreate, OfficerLocations,
                                       OfficerOut, OutcomeIn, OutcomeOut, PenaltyCreate, PenaltyOut, PenaltyPage,
                                       PingsAccepted, PingsIn, ReporterRevealOut, ReviewDecisionIn, ReviewRequestIn,
                                       ShiftCreate, ShiftOut, StatusIn, SweepIn, SweepOut)
from services.dispatch.schemas import FileList, FileOut
from shared import files, idempotency
from shared.app import SessionsDep
from shared.auth import Principal, decode, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, Problem, parse_if_match
from shared.pagination import decode_cursor, encode_cursor
from shared.inputs import Day, Instant

READERS = ("officer", "judge", "clerk", "president")
DISPATCHERS = tuple(sorted(views.DISPATCHERS))  # 指挥中心
DECIDERS = ("judge", "president")
PROBLEMS = PROBLEM_RESPONSES

router = APIRouter(prefix="/api/v1/cases", tags=["cases 案件 (projection)"], responses=PROBLEMS)
alarms_router = APIRouter(prefix="/api/v1/alarms", tags=["alarms 接警"], responses=PROBLEMS)
officers_router = APIRouter(prefix="/api/v1/officers", tags=["officers 干警"], responses=PROBLEMS)
dispatches_router = APIRouter(prefix="/api/v1/dispatches", tags=["dispatches 出警"], responses=PROBLEMS)
penalties_router = APIRouter(prefix="/api/v1/penalties", tags=["penalties 拘留与罚款"], responses=PROBLEMS)
figures_router = APIRouter(prefix="/api/v1/figures", tags=["figures 统计"], responses=PROBLEMS)
me_router = APIRouter(prefix="/api/v1/me", tags=["mobile 移动端"], responses=PROBLEMS)
duty_router = APIRouter(prefix="/api/v1/duty", tags=["duty 值班指挥长"], responses=PROBLEMS)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEMS)
routers = [router, alarms_router, officers_router, dispatches_router, penalties_router, figures_router, me_router,
           duty_router, ops_router]

# A use case behind a POST: one transaction, once per Idempotency-Key; `fn(ctx)` returns the body.
write = functools.partial(idempotency.use_case, service.Ctx)


def _status(body: StatusIn) -> service.StatusReport:
    return service.StatusReport(status=body.status, at=body.at, reason=body.reason)


def _outcome(body: OutcomeIn) -> service.Outcome:
    return service.Outcome(
        debtor_located=body.debtor_located, located_at=body.located_at, respondent_name=body.respondent_name,
        assets=[service.FoundAsset(asset_type=x.asset_type, description=x.description,
                                   estimated_value_fen=x.estimated_value_fen, location=x.location, seized=x.seized)
                for x in body.assets],
        measures=list(body.measures), attachments=[x.model_dump(mode="json") for x in body.attachments],
        note=body.note)


@contextlib.asynccontextmanager
async def reading(request: Request, sessions, principal: Principal):
    async with sessions() as session:
        yield service.Ctx(session, request.app.state.settings, principal, None)


# ------------------------------------------------------------------ case projection
@router.get("/{case_id}", response_model=CaseProjectionOut, operation_id="dispatch_get_case",
            summary="案件 (from asset_core's events)")
async def get_case(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return await views.get_case(ctx, case_id)


@router.get("", response_model=CaseProjectionPage, operation_id="dispatch_list_cases",
            summary="本院案件 (from asset_core's events)")
async def list_cases(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None):
    async with reading(request, sessions, principal) as ctx:
        items, last = await views.list_cases(ctx, limit, decode_cursor(cursor))
    return {"items": items, "next_cursor": encode_cursor(last)}


# ------------------------------------------------------------------ alarms
@alarms_router.post("", status_code=201, response_model=AlarmOut, operation_id="receive_alarm",
                    summary="接警 (an alarm from the hotline, an applicant, a tip, the police or a patrol)")
async def receive_alarm(body: AlarmCreate, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*DISPATCHERS)):
    reporter = body.reporter
    cmd = service.NewAlarm(
        source=body.source, urgency=body.urgency, case_id=body.case_id, address=body.location.address,
        latitude=body.location.latitude, longitude=body.location.longitude, description=body.description,
        reporter_name=reporter.name if reporter else None, reporter_phone=reporter.phone if reporter else None,
        received_at=body.received_at)

    async def fn(ctx):
        return views.alarm_view(await service.create_alarm(ctx, cmd), ctx.roles, [])
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/alarms/{r['id']}")


@alarms_router.get("", response_model=AlarmPage, operation_id="list_alarms", summary="本院警情 (this court's alarms)")
async def list_alarms(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*DISPATCHERS),
                      limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                      status: AlarmStatus | None = None, source: AlarmSource | None = None,
                      received_from: Annotated[Day | None, Query(alias="from")] = None,
                      received_to: Annotated[Day | None, Query(alias="to")] = None):
    if received_from and received_to and received_from > received_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    async with reading(request, sessions, principal) as ctx:
        items, last = await views.list_alarms(ctx, limit=limit, after_seq=decode_cursor(cursor), status=status,
                                              source=source, received_from=received_from, received_to=received_to)
    return {"items": items, "next_cursor": encode_cursor(last)}


@alarms_router.get("/queue", response_model=list[AlarmOut], operation_id="triage_queue",
                   summary="待出警队列 (绿色通道 first, then urgency, then time)")
async def triage_queue(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*DISPATCHERS),
                       limit: Annotated[int, Query(ge=1, le=500)] = 100):
    async with reading(request, sessions, principal) as ctx:
        return await views.triage_queue(ctx, limit)


@alarms_router.get("/{alarm_id}", response_model=AlarmOut, operation_id="get_alarm",
                   summary="警情详情 (with its dispatches; an officer reads only alarms they are assigned to)")
async def get_alarm(alarm_id: uuid.UUID, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return await views.alarm_detail(ctx, alarm_id)


@alarms_router.post("/{alarm_id}/dispatches", status_code=201, response_model=DispatchOut,
                    operation_id="dispatch_officers",
                    summary="出警 (assign on-duty officers — one 人次 each — and a vehicle)")
async def dispatch_officers(alarm_id: uuid.UUID, body: DispatchCreate, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles(*DISPATCHERS)):
    cmd = service.NewDispatch(officer_ids=list(body.officer_ids), vehicle=body.vehicle, note=body.note)
    return await write(request, sessions, principal, body, lambda ctx: service.create_dispatch(ctx, alarm_id, cmd),
                       201, lambda r: f"/api/v1/dispatches/{r['id']}")


# ------------------------------------------------------------------ officers
@officers_router.post("", status_code=201, response_model=OfficerOut, operation_id="register_officer",
                      summary="干警入册 (add an officer to this court's roster)")
async def register_officer(body: OfficerCreate, request: Request, sessions: SessionsDep,
                           principal: Principal = require_roles(*DISPATCHERS)):
    cmd = service.NewOfficer(id=body.id, name=body.name, team=body.team, phone=body.phone,
                             duty_status=body.duty_status)

    async def fn(ctx):
        return views.officer_view(await service.register_officer(ctx, cmd))
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/officers/{r['id']}")


@officers_router.get("", response_model=list[OfficerOut], operation_id="roster",
                     summary="值班表 (roster with duty status and team)")
async def roster(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*DISPATCHERS),
                 duty_status: DutyStatus | None = None, team: str | None = None):
    async with reading(request, sessions, principal) as ctx:
        return await views.roster(ctx, duty_status, team)


@officers_router.post("/{officer_id}/duty", response_model=OfficerOut, operation_id="set_duty",
                      summary="值班状态 (an officer sets their own; the console sets anyone's)")
async def set_duty(officer_id: str, body: DutyIn, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async def fn(ctx):
        return views.officer_view(await service.set_duty(ctx, officer_id, body.duty_status))
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ dispatches (console side)
@dispatches_router.get("/{dispatch_id}", response_model=DispatchOut, operation_id="get_dispatch",
                       summary="出警详情 (status timestamps, officers)")
async def get_dispatch(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return await views.dispatch_view(ctx, await views.load_dispatch(ctx, dispatch_id))


@dispatches_router.post("/{dispatch_id}/status", response_model=DispatchOut,
                        operation_id="change_dispatch_status",
                        summary="出警状态 (en route, arrived, completed, cancelled — each with its time)")
async def change_dispatch_status(dispatch_id: uuid.UUID, body: StatusIn, request: Request, sessions: SessionsDep,
                                 if_match: IfMatch = None, principal: Principal = require_roles(*READERS)):
    version = parse_if_match(if_match)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.change_status(ctx, dispatch_id, _status(body), if_match=version))


@dispatches_router.post("/{dispatch_id}/outcome", status_code=201, response_model=OutcomeOut,
                        operation_id="report_outcome",
                        summary="现场处置结果 (debtor located, assets found — published to asset_core — measures)")
async def report_outcome(dispatch_id: uuid.UUID, body: OutcomeIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*READERS)):
    cmd = _outcome(body)
    return await write(request, sessions, principal, body, lambda ctx: service.report_outcome(ctx, dispatch_id, cmd),
                       201)


@dispatches_router.get("/{dispatch_id}/outcome", response_model=OutcomeOut, operation_id="get_outcome",
                       summary="处置结果")
async def get_outcome(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return await views.outcome_of(ctx, dispatch_id)


@dispatches_router.get("/{dispatch_id}/locations", response_model=OfficerLocations,
                       operation_id="dispatch_locations",
                       summary="出警干警最新位置 (latest ping of each officer)")
async def dispatch_locations(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                             principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return {"items": await views.last_locations(ctx, dispatch_id)}


# ------------------------------------------------------------------ mobile (officers on duty)
@me_router.get("/assignments", response_model=DispatchList, operation_id="my_assignments",
               summary="我的出警任务 (only the officer's own)")
async def my_assignments(request: Request, sessions: SessionsDep, principal: Principal = require_roles("officer"),
                         active: bool = True, limit: Annotated[int, Query(ge=1, le=200)] = 50):
    async with reading(request, sessions, principal) as ctx:
        return {"items": await views.my_assignments(ctx, active_only=active, limit=limit)}


@me_router.post("/assignments/{dispatch_id}/accept", response_model=DispatchOut, operation_id="accept_assignment",
                summary="接受任务")
async def accept_assignment(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                            body: AcceptIn | None = None, principal: Principal = require_roles("officer")):
    body = body or AcceptIn()
    return await write(request, sessions, principal, body, lambda ctx: service.accept(ctx, dispatch_id, body.at))


@me_router.post("/assignments/{dispatch_id}/status", response_model=DispatchOut, operation_id="report_status",
                summary="报告状态 (在途/到达/完毕, with the time on the device)")
async def report_status(dispatch_id: uuid.UUID, body: StatusIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles("officer")):
    return await write(request, sessions, principal, body,
                       lambda ctx: service.change_status(ctx, dispatch_id, _status(body), assigned_only=True))


@me_router.post("/assignments/{dispatch_id}/outcome", status_code=201, response_model=OutcomeOut,
                operation_id="report_my_outcome",
                summary="报告处置结果 (with attachment metadata)")
async def report_my_outcome(dispatch_id: uuid.UUID, body: OutcomeIn, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles("officer")):
    cmd = _outcome(body)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.report_outcome(ctx, dispatch_id, cmd, assigned_only=True), 201)


@me_router.post("/alarms", status_code=201, response_model=AlarmOut, operation_id="raise_field_alarm",
                summary="现场报警 (an officer raises an alarm from the field: source patrol / officer)")
async def raise_field_alarm(body: FieldAlarmCreate, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles("officer")):
    reporter = body.reporter
    cmd = service.NewAlarm(
        source=AlarmSource(body.source), urgency=body.urgency, case_id=body.case_id, address=body.location.address,
        latitude=body.location.latitude, longitude=body.location.longitude, description=body.description,
        reporter_name=reporter.name if reporter else None, reporter_phone=reporter.phone if reporter else None,
        received_at=body.received_at)

    async def fn(ctx):
        return views.alarm_view(await service.create_field_alarm(ctx, cmd), ctx.roles, [])
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/alarms/{r['id']}")


@me_router.post("/assignments/{dispatch_id}/reporter", response_model=ReporterRevealOut,
                operation_id="reveal_reporter",
                summary="报警人电话 (in full, for an officer holding the assignment; each reveal is audited)")
async def reveal_reporter(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles("officer")):
    return await write(request, sessions, principal, None, lambda ctx: service.reveal_reporter(ctx, dispatch_id))


@me_router.post("/locations", status_code=202, response_model=PingsAccepted, operation_id="location_pings",
                summary="位置上报 (one or many buffered pings)")
async def location_pings(body: PingsIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles("officer")):
    pings = [service.Ping(latitude=p.latitude, longitude=p.longitude, recorded_at=p.recorded_at,
                          accuracy_m=p.accuracy_m, dispatch_id=p.dispatch_id) for p in body.pings]
    return await write(request, sessions, principal, body, lambda ctx: service.record_pings(ctx, pings), 202)


def _token_of(websocket: WebSocket) -> tuple[str | None, str | None]:
    """`?access_token=<jwt>`, or `Sec-WebSocket-Protocol: bearer, <jwt>` (answered with `bearer`)."""
    token = websocket.query_params.get("access_token")
    if token:
        return token, None
    protocols = [p.strip() for p in websocket.headers.get("sec-websocket-protocol", "").split(",") if p.strip()]
    if len(protocols) >= 2 and protocols[0].lower() == "bearer":
        return protocols[1], protocols[0]
    return None, None


@me_router.websocket("/push")
async def push_socket(websocket: WebSocket):
    """Live push: new assignments and their changes for an officer; every change of the court for a console.
    The first message is a snapshot of the officer's active assignments; `resync` asks the client to fetch
    again. Close codes: 4401 unauthenticated, 4403 role, 4408 too slow, 1013 try again later."""
    app = websocket.app
    token, subprotocol = _token_of(websocket)
    try:
        if not token:
            raise Problem(401, "unauthenticated", "missing token")
        principal = decode(app.state.settings, token)
    except Problem:
        await websocket.close(code=4401)
        return
    console = bool(principal.roles & views.DISPATCHERS)
    if not console and "officer" not in principal.roles:
        await websocket.close(code=4403)
        return
    hub = app.state.push_hub
    try:
        await asyncio.wait_for(hub.ready.wait(), timeout=app.state.settings.push_ready_timeout_seconds)
    except asyncio.TimeoutError:
        await websocket.close(code=1013)
        return
    await websocket.accept(subprotocol=subprotocol)
    sub = hub.subscribe(principal.sub, principal.org, console)
    try:
        async with app.state.sessions() as session:  # subscribed first: nothing falls between the two
            ctx = service.Ctx(session, app.state.settings, principal, None)
            items = await views.my_assignments(ctx, active_only=True) if "officer" in principal.roles else []
        await websocket.send_json({"type": "snapshot", "officer_id": principal.sub, "court": principal.org,
                                   "assignments": _jsonable(items)})

        async def pump():
            while True:
                msg = await sub.queue.get()
                if sub.overflowed:
                    await websocket.close(code=4408)
                    return
                await websocket.send_json(msg)

        async def listen():
            while True:
                data = await websocket.receive_text()
                if data.strip() == "ping":
                    await websocket.send_json({"type": "pong"})

        tasks = [asyncio.create_task(pump()), asyncio.create_task(listen())]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        hub.unsubscribe(sub)


def _jsonable(value: Any) -> Any:
    from fastapi.encoders import jsonable_encoder
    return jsonable_encoder(value)


# ------------------------------------------------------------------ penalties: 司法拘留 and 罚款
@penalties_router.post("", status_code=201, response_model=PenaltyOut, operation_id="decide_penalty",
                       summary="决定拘留/罚款 (refused with the reason when a rule of 民诉法 118-119 or 解释 180-185 "
                               "is broken)")
async def decide_penalty(body: PenaltyCreate, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*DECIDERS)):
    cmd = service.NewPenalty(
        kind=body.kind, alarm_id=body.alarm_id, case_id=body.case_id,
        subject=service.Subject(kind=body.subject.kind, name=body.subject.name, id_number=body.subject.id_number),
        act=service.Act(kind=body.act.kind, occurred_on=body.act.occurred_on, description=body.act.description),
        days=body.days, amount_fen=body.amount_fen, emergency=body.emergency, detained_at=body.detained_at)

    async def fn(ctx):
        return await views.penalty_detail(ctx, await service.create_penalty(ctx, cmd))
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/penalties/{r['id']}")


@penalties_router.get("", response_model=PenaltyPage, operation_id="list_penalties",
                      summary="拘留/罚款决定 (family notice overdue filter)")
async def list_penalties(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*DISPATCHERS),
                         kind: PenaltyKind | None = None, status: PenaltyStatus | None = None,
                         family_notice_overdue: bool = False, limit: Annotated[int, Query(ge=1, le=200)] = 50,
                         cursor: str | None = None):
    async with reading(request, sessions, principal) as ctx:
        items, last = await views.list_penalties(ctx, kind=kind, status=status,
                                                   family_notice_overdue=family_notice_overdue, limit=limit,
                                                   after_seq=decode_cursor(cursor))
    return {"items": items, "next_cursor": encode_cursor(last)}


@penalties_router.get("/{penalty_id}", response_model=PenaltyOut, operation_id="get_penalty",
                      summary="决定详情 (deadlines and their status)")
async def get_penalty(penalty_id: uuid.UUID, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*DISPATCHERS)):
    async with reading(request, sessions, principal) as ctx:
        return await views.penalty_detail(ctx, await views.load_penalty(ctx, penalty_id, higher_court=True))


@penalties_router.post("/{penalty_id}/approval", response_model=PenaltyOut, operation_id="approve_penalty",
                       summary="院长批准 (民诉法 119; after an emergency detention: 补办批准, 解释 181)")
async def approve_penalty(penalty_id: uuid.UUID, body: ApprovalIn, request: Request, sessions: SessionsDep,
                          if_match: IfMatch = None, principal: Principal = require_roles("president")):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await views.penalty_detail(ctx, await service.approve_penalty(ctx, penalty_id, body.approved,
                                                                             body.note, version))
    return await write(request, sessions, principal, body, fn)


@penalties_router.post("/{penalty_id}/family-notice", response_model=PenaltyOut,
                       operation_id="record_family_notice",
                       summary="通知家属 (within 24 h, 解释 180; or why it could not be done)")
async def record_family_notice(penalty_id: uuid.UUID, body: FamilyNoticeIn, request: Request, sessions: SessionsDep,
                               principal: Principal = require_roles("officer", *DECIDERS)):
    async def fn(ctx):
        return await views.penalty_detail(
            ctx, await service.record_family_notice(ctx, penalty_id, body.notified_at, body.unable_reason))
    return await write(request, sessions, principal, body, fn)


@penalties_router.post("/{penalty_id}/review-request", response_model=PenaltyOut,
                       operation_id="request_penalty_review",
                       summary="申请复议 (within 3 days of service, 解释 185)")
async def request_review(penalty_id: uuid.UUID, body: ReviewRequestIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles("clerk", *DECIDERS)):
    async def fn(ctx):
        return await views.penalty_detail(ctx, await service.request_review(ctx, penalty_id, body.requested_on))
    return await write(request, sessions, principal, body, fn)


@penalties_router.post("/{penalty_id}/review-decision", response_model=PenaltyOut,
                       operation_id="decide_penalty_review",
                       summary="复议决定 (the court above, within 5 days, 解释 185)")
async def decide_review(penalty_id: uuid.UUID, body: ReviewDecisionIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*DECIDERS)):
    async def fn(ctx):
        return await views.penalty_detail(ctx, await service.decide_review(ctx, penalty_id, body.outcome,
                                                                           body.decided_on))
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ figures
@figures_router.get("", response_model=FiguresOut, operation_id="dispatch_figures",
                    summary="接警、出警人次、拘留 for any period and court; time to dispatch/arrival percentiles")
async def dispatch_figures(request: Request, sessions: SessionsDep,
                           principal: Principal = require_roles(*DISPATCHERS, "auditor"),
                           start: Annotated[Day | None, Query(alias="from")] = None,
                           end: Annotated[Day | None, Query(alias="to")] = None, court: str | None = None):
    if start and end and start > end:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    async with reading(request, sessions, principal) as ctx:
        return await views.figures(ctx, start, end, court)


# ------------------------------------------------------------------ duty commanders (值班指挥长)
@duty_router.post("/commanders", status_code=201, response_model=ShiftOut, operation_id="add_duty_shift",
                  summary="值班指挥长排班 (a judge or the president on duty: gets missed targets and overdue notices)")
async def add_duty_shift(body: ShiftCreate, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*DISPATCHERS)):
    cmd = service.NewShift(user_id=body.user_id, name=body.name, role=body.role, starts_at=body.starts_at,
                           ends_at=body.ends_at)

    async def fn(ctx):
        return views.shift_view(await service.add_duty_shift(ctx, cmd))
    return await write(request, sessions, principal, body, fn, 201)


@duty_router.get("/commanders", response_model=list[ShiftOut], operation_id="duty_shifts",
                 summary="值班表 (the shifts covering `at`, or those of the last 7 days on)")
async def duty_shifts(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*DISPATCHERS),
                      at: Instant | None = None):
    if at is not None and at.tzinfo is None:
        raise Problem(400, "invalid_time", "时间须带时区", "`at` needs a UTC offset")
    async with reading(request, sessions, principal) as ctx:
        return await views.duty_shifts(ctx, at)


# ------------------------------------------------------------------ ops
@ops_router.post("/sweep", response_model=SweepOut, operation_id="dispatch_sweep",
                 summary="定时任务 (family notices overdue, response targets missed, escalation — as of a moment)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin")):
    async def fn(ctx):
        return await sweeps.sweep(ctx, body.now or views.now_utc(), body.court)
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ evidence files (issue 16): photos on outcomes
files_router = APIRouter(prefix="/api/v1/files", tags=["files 现场材料"], responses=PROBLEMS)
routers.append(files_router)
FileName = Annotated[str | None, Query(max_length=255, description="文件名 (or in Content-Disposition)")]


@me_router.post("/assignments/{dispatch_id}/files", status_code=201, response_model=FileOut,
                operation_id="attach_outcome_file", openapi_extra=files.upload_openapi(),
                responses=files.UPLOAD_RESPONSES,
                summary="上传现场照片/材料 (the raw bytes as the body: JPEG, PNG, HEIC, WebP, PDF, MP4; at most 10 MiB; "
                        "by the officer holding the assignment, once on site; SHA-256 in the audit chain)")
@files.upload
async def attach_outcome_file(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                              filename: FileName = None, principal: Principal = require_roles("officer")):
    upload = await files.received(request, filename)
    return await write(request, sessions, principal, upload.fingerprint(),
                       lambda ctx: service.attach_file(ctx, dispatch_id, upload), 201, lambda b: b["download_url"])


@dispatches_router.get("/{dispatch_id}/files", response_model=FileList, operation_id="list_dispatch_files",
                       summary="现场照片/材料 (name, type, size, SHA-256; the court's staff and the assigned officers)")
async def list_dispatch_files(dispatch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                              principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return await views.dispatch_files(ctx, dispatch_id)


@files_router.get("/{file_id}", response_model=bytes, response_class=files.FileResponse,
                  responses=files.DOWNLOAD_RESPONSES, operation_id="dispatch_download_file",
                  summary="下载现场材料 (the bytes; ETag = SHA-256; the court's staff and the assigned officers)")
async def download_file(file_id: uuid.UUID, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*READERS)):
    async with reading(request, sessions, principal) as ctx:
        return files.download(await views.file_for_download(ctx, file_id))
