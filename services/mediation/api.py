"""mediation HTTP API (和解中心): intake and the queue, mediators and 分案, handling (contacts, sessions, notes),
settlements with installments and payments, resumption proposals, supervision and figures. Each route parses,
authorises, calls a use case (service.py) or a read model (views.py) and answers through its response model."""
from __future__ import annotations

import functools
import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.mediation import service, sweep, views
from services.mediation.domain import CenterState, Due
from services.mediation.schemas import (AssetPictureOut, AssignmentRunIn, AssignmentRunOut, CaseListOut, CaseOut,
                                        CasePageOut, CloseIn, FiguresOut, MediatorIn, MediatorListOut, MediatorOut,
                                        PaymentIn, PaymentRecordedOut, ReassignIn, ReferralIn, ResumptionIn,
                                        SettlementIn, SettlementOut, StepIn, StepOut, SupervisionActionIn,
                                        SupervisionActionOut, SupervisionQueueOut, SweepIn, SweepOut)
from shared import idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, Problem, parse_if_match
from shared.legal import today_cn
from shared.logs import request_id_var
from shared.pagination import decode_cursor
from shared.inputs import Day

READERS = ("mediator", "judge", "president", "clerk", "auditor")
HANDLERS = ("mediator", "judge", "president")
JUDGES = ("judge", "president")
SUPERVISORS = ("president", "judge")  # 院长 and the enforcement judges who lead the center supervise it
PROBLEMS = PROBLEM_RESPONSES

cases_router = APIRouter(prefix="/api/v1/cases", tags=["cases 和解中心案件"], responses=PROBLEMS)
mediators_router = APIRouter(prefix="/api/v1/mediators", tags=["mediators 调解员与分案"], responses=PROBLEMS)
assign_router = APIRouter(prefix="/api/v1/assignments", tags=["mediators 调解员与分案"], responses=PROBLEMS)
settlements_router = APIRouter(prefix="/api/v1/settlements", tags=["settlements 执行和解"], responses=PROBLEMS)
supervision_router = APIRouter(prefix="/api/v1/supervision", tags=["supervision 监督"], responses=PROBLEMS)
figures_router = APIRouter(prefix="/api/v1/figures", tags=["figures 统计"], responses=PROBLEMS)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEMS)
routers = [cases_router, mediators_router, assign_router, settlements_router, supervision_router, figures_router,
           ops_router]

# A use case behind a POST: one transaction, once per Idempotency-Key; `fn(ctx)` returns what the response
# model reads.
write = functools.partial(idempotency.use_case, service.Ctx)


def reader(request: Request, session, principal: Principal) -> service.Ctx:
    return service.Ctx(session, request.app.state.settings, principal, None)


# ------------------------------------------------------------------ intake and the center's cases
@cases_router.post("", status_code=201, operation_id="refer_case", response_model=CaseOut,
                   summary="移送和解中心 (refer an enforcement case to the settlement center by hand)")
async def refer_case(body: ReferralIn, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return await views.case_view(ctx.session, await service.refer(ctx, body.case_id, body.reason,
                                                                       body.referred_on))
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/cases/{r['id']}")


@cases_router.get("", operation_id="list_center_cases", response_model=CasePageOut,
                  summary="和解中心案件 (this court's and lower courts' cases at the center)")
async def list_cases(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                     state: CenterState | None = None, mediator_id: uuid.UUID | None = None,
                     green_channel: bool | None = None, received_from: Day | None = None,
                     received_to: Day | None = None):
    if received_from and received_to and received_from > received_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "received_from is after received_to")
    after = decode_cursor(cursor)
    async with sessions() as session:
        return await views.list_cases(reader(request, session, principal), limit=limit, after_seq=after,
                                      state=state.value if state else None, mediator_id=mediator_id,
                                      green=green_channel, received_from=received_from, received_to=received_to)


@cases_router.get("/queue", operation_id="intake_queue", response_model=CaseListOut,
                  summary="待分案队列 (green channel first)")
async def intake_queue(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                       limit: Annotated[int, Query(ge=1, le=500)] = 100):
    async with sessions() as session:
        return await views.queue(reader(request, session, principal), limit)


@cases_router.get("/{center_case_id}", operation_id="get_center_case", response_model=CaseOut,
                  summary="案件详情 (assignments, steps, settlements, asset picture)")
async def get_case(center_case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case(reader(request, session, principal), center_case_id)


@cases_router.get("/{center_case_id}/asset-picture", operation_id="get_asset_picture",
                  response_model=AssetPictureOut, summary="财产情况 (projected from asset_core's events)")
async def get_asset_picture(center_case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_asset_picture(reader(request, session, principal), center_case_id)


@cases_router.post("/{center_case_id}/assignment", operation_id="reassign_case", response_model=CaseOut,
                   summary="改派/指定调解员 (manual assignment, recorded)")
async def reassign_case(center_case_id: uuid.UUID, body: ReassignIn, request: Request, sessions: SessionsDep,
                        if_match: IfMatch = None, principal: Principal = require_roles(*SUPERVISORS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        row = await service.reassign(ctx, center_case_id, body.reason, body.mediator_id, body.on, version)
        return await views.case_view(ctx.session, row)
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{center_case_id}/steps", status_code=201, operation_id="record_step", response_model=StepOut,
                   summary="办案记录 (contact, session or note, with its outcome)")
async def record_step(center_case_id: uuid.UUID, body: StepIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*HANDLERS)):
    step = service.Step(kind=body.kind, channel=body.channel, parties=body.parties, held_on=body.held_on,
                        outcome=body.outcome, note=body.note)
    return await write(request, sessions, principal, body, lambda ctx: service.record_step(ctx, center_case_id, step),
                       201)


@cases_router.post("/{center_case_id}/settlements", status_code=201, operation_id="reach_settlement",
                   response_model=SettlementOut,
                   summary="达成执行和解 (installments, guarantor, asset terms: release / re-mortgage)")
async def reach_settlement(center_case_id: uuid.UUID, body: SettlementIn, request: Request, sessions: SessionsDep,
                           principal: Principal = require_roles(*HANDLERS)):
    terms = service.NewSettlement(
        total_fen=body.total_fen, installments=[Due(i.due_on, i.amount_fen) for i in body.installments],
        reached_on=body.reached_on, guarantor=body.guarantor, release_measure_ids=body.release_measure_ids,
        remortgage_asset_ids=body.remortgage_asset_ids, release_quantities=body.release_quantities,
        terms=body.terms)

    async def fn(ctx):
        s = await service.reach_settlement(ctx, center_case_id, terms)
        return await views.settlement_by_id(ctx.session, s.id)
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/settlements/{r['id']}")


@cases_router.post("/{center_case_id}/close", operation_id="close_center_case", response_model=CaseOut,
                   summary="结束办理 (no settlement, or after a default)")
async def close_case(center_case_id: uuid.UUID, body: CloseIn, request: Request, sessions: SessionsDep,
                     if_match: IfMatch = None, principal: Principal = require_roles(*HANDLERS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await views.case_view(ctx.session, await service.close_case(ctx, center_case_id, body.reason,
                                                                            body.on, version))
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ mediators and 分案
@mediators_router.post("", status_code=201, operation_id="add_mediator", response_model=MediatorOut,
                       summary="登记调解员 (team, skills, capacity)")
async def add_mediator(body: MediatorIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles("president", "admin")):
    cmd = service.NewMediator(user_sub=body.user_sub, name=body.name, team=body.team, skills=list(body.skills),
                              capacity=body.capacity, active=body.active)
    return await write(request, sessions, principal, body, lambda ctx: service.add_mediator(ctx, cmd), 201)


@mediators_router.get("", operation_id="list_mediators", response_model=MediatorListOut,
                      summary="调解员及其在办案件数 (load)")
async def list_mediators(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.mediator_list(reader(request, session, principal))


@assign_router.post("/run", operation_id="run_assignment", response_model=AssignmentRunOut,
                    summary="分案 (green channel first; balances load and respects skills)")
async def run_assignment(body: AssignmentRunIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*SUPERVISORS)):
    return await write(request, sessions, principal, body,
                       lambda ctx: service.run_assignment(ctx, body.on, body.limit))


# ------------------------------------------------------------------ settlements
@settlements_router.get("/{settlement_id}", operation_id="get_settlement", response_model=SettlementOut,
                        summary="和解协议及履行情况 (installment status as of a date)")
async def get_settlement(settlement_id: uuid.UUID, request: Request, sessions: SessionsDep,
                         on: Day | None = None, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.settlement(reader(request, session, principal), settlement_id, on)


@settlements_router.post("/{settlement_id}/payments", status_code=201, operation_id="record_payment",
                         response_model=PaymentRecordedOut,
                         summary="记录履行款 (publishes PaymentReceived; full performance closes the case)")
async def record_payment(settlement_id: uuid.UUID, body: PaymentIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*HANDLERS)):
    async def fn(ctx):
        p = await service.record_payment(ctx, settlement_id, body.amount_fen, body.received_on)
        return {"payment": p, "settlement": await views.settlement_by_id(ctx.session, settlement_id)}
    return await write(request, sessions, principal, body, fn, 201)


@settlements_router.post("/{settlement_id}/resumption-proposals", status_code=201, operation_id="propose_resumption",
                         response_model=SettlementOut,
                         summary="建议恢复执行 (on default; refused while on schedule or not yet due, save "
                                 "anticipatory breach; within 2 years of the performance period's last day; paid "
                                 "deducted — 和解规定 9–11, 17)")
async def propose_resumption(settlement_id: uuid.UUID, body: ResumptionIn, request: Request, sessions: SessionsDep,
                             principal: Principal = require_roles(*HANDLERS)):
    breach = (service.AnticipatoryBreach(body.anticipatory_breach.declared_on, body.anticipatory_breach.basis)
              if body.anticipatory_breach is not None else None)

    async def fn(ctx):
        await service.propose_resumption(ctx, settlement_id, body.on, body.note, breach)
        return await views.settlement_by_id(ctx.session, settlement_id, body.on)
    return await write(request, sessions, principal, body, fn, 201)


# ------------------------------------------------------------------ supervision and figures
@supervision_router.get("/queue", operation_id="supervision_queue", response_model=SupervisionQueueOut,
                        summary="监督队列 (overdue steps and installments per mediator and team)")
async def supervision_queue(request: Request, sessions: SessionsDep, on: Day | None = None,
                            principal: Principal = require_roles(*SUPERVISORS, "auditor")):
    async with sessions() as session:
        return await views.supervision_queue(reader(request, session, principal), on or today_cn(),
                                             request.app.state.settings.handling_step_days)


@supervision_router.post("/actions", status_code=201, operation_id="record_supervision_action",
                         response_model=SupervisionActionOut,
                         summary="督办 (reminder, instruction, escalation, review; recorded)")
async def record_action(body: SupervisionActionIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*SUPERVISORS)):
    cmd = service.SupervisionAction(kind=body.kind, note=body.note, center_case_id=body.center_case_id,
                                    mediator_id=body.mediator_id, team=body.team, respond_by=body.respond_by)
    return await write(request, sessions, principal, body, lambda ctx: service.record_action(ctx, cmd), 201)


@figures_router.get("", operation_id="mediation_figures", response_model=FiguresOut,
                    summary="统计 (cases pushed, fully executed, settled; any period and court)")
async def get_figures(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                      date_from: Annotated[Day | None, Query(alias="from")] = None,
                      date_to: Annotated[Day | None, Query(alias="to")] = None, court: str | None = None):
    if date_from and date_to and date_from > date_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    async with sessions() as session:
        return await views.figures(reader(request, session, principal), date_from, date_to, court)


@ops_router.post("/sweep", operation_id="mediation_sweep", response_model=SweepOut,
                 summary="到期扫描 (overdue installments, each flagged once; runs on a timer too)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin")):
    async with sessions() as session, session.begin():
        ctx = service.Ctx(session, request.app.state.settings, principal, request_id_var.get())
        return await sweep.sweep(ctx, body.today or today_cn())
