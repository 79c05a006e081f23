"""asset_core HTTP API: cases, designations, investigation, assets, control measures, disposal,
recoveries and the aggregate asset-control state. One router per resource."""
from __future__ import annotations

import functools
import re
import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from services.asset_core import service
from services.asset_core.domain import CaseState
from services.asset_core.schemas import (AssetIn, AuctionResultIn, AuctionRoundIn, CaseCreate, CaseOut, CasePage,
                                         DesignationIn, InvestigationIn, MeasureIn, MilestoneIn, RecoveryIn,
                                         ReleaseIn, RenewalIn, ResumptionIn, SweepIn, TransitionIn)
from shared import idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, Problem, parse_if_match
from shared.logs import request_id_var
from shared.pagination import decode_cursor, encode_cursor

READERS = ("clerk", "judge", "officer", "president", "auditor")
CASE_WRITERS = ("clerk", "judge", "president")
JUDGES = ("judge", "president")
PROBLEMS = PROBLEM_RESPONSES

cases_router = APIRouter(prefix="/api/v1/cases", tags=["cases 执行案件"], responses=PROBLEMS)
assets_router = APIRouter(prefix="/api/v1/assets", tags=["assets 财产"], responses=PROBLEMS)
measures_router = APIRouter(prefix="/api/v1/measures", tags=["measures 控制措施"], responses=PROBLEMS)
auctions_router = APIRouter(prefix="/api/v1/auction-rounds", tags=["disposal 处置"], responses=PROBLEMS)
debtors_router = APIRouter(prefix="/api/v1/debtors", tags=["debtors 被执行人"], responses=PROBLEMS)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEMS)
overview_router = APIRouter(prefix="/api/v1/overview", tags=["overview 四联一核"], responses=PROBLEMS)
routers = [cases_router, assets_router, measures_router, auctions_router, debtors_router, overview_router,
           ops_router]

# A use case behind a POST: one transaction, once per Idempotency-Key; `fn(ctx)` returns the body.
write = functools.partial(idempotency.use_case, service.Ctx)


async def case_body(ctx: service.Ctx, row: Any) -> dict:
    view = await service.case_view(ctx.session, row, ctx.principal.roles)
    return CaseOut(**view).model_dump(mode="json")


# ------------------------------------------------------------------ cases
@cases_router.post("", status_code=201, response_model=CaseOut, operation_id="register_case",
                   summary="登记执行案件 (register an enforcement case)")
async def register_case(body: CaseCreate, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles("clerk", "judge")):
    async def fn(ctx):
        return await case_body(ctx, await service.register_case(ctx, body))
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/cases/{r['id']}")


@cases_router.get("/{case_id}", response_model=CaseOut, operation_id="get_case", summary="查看案件 (read a case)")
async def get_case(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        return await case_body(ctx, await service.load_case(ctx, case_id))


@cases_router.get("", response_model=CasePage, operation_id="list_cases",
                  summary="案件列表 (cases this court executes, filed or designated)")
async def list_cases(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                     state: CaseState | None = None, filed_from: date | None = None, filed_to: date | None = None):
    if filed_from and filed_to and filed_from > filed_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "filed_from is after filed_to")
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        rows, last = await service.list_cases(ctx, limit=limit, after_seq=decode_cursor(cursor), state=state,
                                              filed_from=filed_from, filed_to=filed_to)
        return {"items": [await case_body(ctx, r) for r in rows], "next_cursor": encode_cursor(last)}


@cases_router.post("/{case_id}/transitions", response_model=CaseOut, operation_id="transition_case",
                   summary="变更案件状态 (终本 applies the gate and lists every failing condition)")
async def transition_case(case_id: uuid.UUID, body: TransitionIn, request: Request, sessions: SessionsDep,
                          if_match: IfMatch = None, principal: Principal = require_roles(*JUDGES)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await case_body(ctx, await service.transition(ctx, case_id, body, version))
    return await write(request, sessions, principal, body, fn)


@cases_router.get("/{case_id}/conclusion-check", operation_id="check_conclusion",
                  summary="终本条件检查 (which conditions for 终本 fail today)")
async def check_conclusion(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                           on: date | None = None, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        case = await service.load_case(ctx, case_id)
        refusals = await service.conclusion_refusals(ctx, case, on or service.today_cn())
        return {"allowed": not refusals, "failing_conditions": refusals}


@cases_router.post("/{case_id}/milestones", response_model=CaseOut, operation_id="record_milestone",
                   summary="记录节点 (officer assigned, execution notice, orders, extension)")
async def record_milestone(case_id: uuid.UUID, body: MilestoneIn, request: Request, sessions: SessionsDep,
                           if_match: IfMatch = None, principal: Principal = require_roles(*CASE_WRITERS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await case_body(ctx, await service.set_milestone(ctx, case_id, body, version))
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/designations", response_model=CaseOut, operation_id="designate_case",
                   summary="交叉执行 (a higher court designates the case to another court)")
async def designate_case(case_id: uuid.UUID, body: DesignationIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return await case_body(ctx, await service.designate(ctx, case_id, body))
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/resumptions", status_code=201, response_model=CaseOut, operation_id="resume_case",
                   summary="恢复执行 (opens a linked 执恢 case)")
async def resume_case(case_id: uuid.UUID, body: ResumptionIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*CASE_WRITERS)):
    async def fn(ctx):
        return await case_body(ctx, await service.resume(ctx, case_id, body))
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/cases/{r['id']}")


@cases_router.get("/{case_id}/investigation", operation_id="get_investigation",
                  summary="财产调查清单 (the 一核 checklist and its coverage)")
async def get_investigation(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        return await service.checklist(session, await service.load_case(ctx, case_id))


@cases_router.post("/{case_id}/investigation", operation_id="record_investigation_result",
                   summary="记录查询结果 (one category's result and its source)")
async def record_investigation(case_id: uuid.UUID, body: InvestigationIn, request: Request, sessions: SessionsDep,
                               principal: Principal = require_roles("officer", *CASE_WRITERS)):
    return await write(request, sessions, principal, body, lambda ctx: service.record_investigation(ctx, case_id, body))


@cases_router.get("/{case_id}/requeries", operation_id="list_requeries",
                  summary="终本后定期复查 (every 6 months for 5 years)")
async def list_requeries(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        return {"items": await service.requery_list(ctx, case_id, service.today_cn())}


class RequeryResultIn(BaseModel):
    result: str
    on: date | None = None


@cases_router.post("/{case_id}/requeries/{sequence}", operation_id="record_requery",
                   summary="记录复查结果 (a find is followed by 恢复执行)")
async def record_requery(case_id: uuid.UUID, sequence: int, body: RequeryResultIn, request: Request,
                         sessions: SessionsDep, principal: Principal = require_roles("officer", *CASE_WRITERS)):
    if body.result not in ("found", "none"):
        raise Problem(422, "validation_error", "复查结果只能是 found 或 none", "result: found / none")

    async def fn(ctx):
        r = await service.record_requery(ctx, case_id, sequence, body.result, body.on or service.today_cn())
        return {"sequence": r.sequence, "due_on": r.due_on, "done_on": r.done_on, "result": r.result,
                "next": "resume the case (恢复执行)" if r.result == "found" else None}
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/assets", status_code=201, operation_id="add_asset",
                   summary="登记财产 (an asset of the debtor and where it was found)")
async def add_asset(case_id: uuid.UUID, body: AssetIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("officer", *CASE_WRITERS)):
    async def fn(ctx):
        case = await service.load_case(ctx, case_id, write=True)
        return dict((await service.add_asset(ctx, case, body))._mapping)
    return await write(request, sessions, principal, body, fn, 201)


@cases_router.post("/{case_id}/recoveries", status_code=201, operation_id="record_recovery",
                   summary="执行到位款 (money recovered, in fen)")
async def record_recovery(case_id: uuid.UUID, body: RecoveryIn, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*CASE_WRITERS)):
    async def fn(ctx):
        return dict((await service.record_recovery(ctx, case_id, body))._mapping)
    return await write(request, sessions, principal, body, fn, 201)


@cases_router.get("/{case_id}/asset-state", operation_id="get_case_asset_state",
                  summary="财产查控总览 (the case's aggregate asset-control state)")
async def case_asset_state(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                           principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        case = await service.load_case(ctx, case_id)
        return await service.asset_state(session, case, service.today_cn(),
                                         request.app.state.settings.expiry_warning_days)


# ------------------------------------------------------------------ assets, measures, disposal
@assets_router.post("/{asset_id}/measures", status_code=201, operation_id="apply_measure",
                    summary="冻结/查封/扣押 (轮候 when the asset is already under a measure)")
async def apply_measure(asset_id: uuid.UUID, body: MeasureIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return dict((await service.apply_measure(ctx, asset_id, body))._mapping)
    return await write(request, sessions, principal, body, fn, 201)


@assets_router.post("/{asset_id}/auction-rounds", status_code=201, operation_id="schedule_auction_round",
                    summary="拍卖/变卖轮次 (opening price rules of 网拍规定 and 拍卖变卖规定)")
async def schedule_round(asset_id: uuid.UUID, body: AuctionRoundIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return dict((await service.schedule_round(ctx, asset_id, body))._mapping)
    return await write(request, sessions, principal, body, fn, 201)


@measures_router.post("/{measure_id}/renewals", operation_id="renew_measure", summary="续封/续冻 (before expiry)")
async def renew_measure(measure_id: uuid.UUID, body: RenewalIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return dict((await service.renew_measure(ctx, measure_id, body))._mapping)
    return await write(request, sessions, principal, body, fn)


@measures_router.post("/{measure_id}/release", operation_id="release_measure",
                      summary="解除 (the next 轮候 measure takes effect)")
async def release_measure(measure_id: uuid.UUID, body: ReleaseIn, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return dict((await service.release_measure(ctx, measure_id, body))._mapping)
    return await write(request, sessions, principal, body, fn)


@auctions_router.post("/{round_id}/result", operation_id="record_auction_result",
                      summary="拍卖结果 (流拍, 成交 or 以物抵债)")
async def record_result(round_id: uuid.UUID, body: AuctionResultIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return dict((await service.round_result(ctx, round_id, body))._mapping)
    return await write(request, sessions, principal, body, fn)


@debtors_router.get("/{party_key}/asset-state", operation_id="get_debtor_asset_state",
                    summary="被执行人财产总览 (the same across all visible cases of one debtor)")
async def debtor_asset_state(party_key: str, request: Request, sessions: SessionsDep,
                             principal: Principal = require_roles(*READERS)):
    if not re.fullmatch(r"[0-9a-f]{32}", party_key):
        raise Problem(422, "invalid_party_key", "party_key 无效", "use the party_key shown on the case's respondents")
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        return await service.debtor_state(ctx, party_key, service.today_cn(),
                                          request.app.state.settings.expiry_warning_days)


@overview_router.get("", operation_id="get_overview",
                     summary="四联一核 figures for any period and court (and the courts below it)")
async def get_overview(request: Request, sessions: SessionsDep,
                       start: Annotated[date, Query(alias="from", description="first day, Asia/Shanghai")],
                       end: Annotated[date, Query(alias="to", description="last day, inclusive")],
                       court: str | None = Query(None, max_length=16, description="default: your court"),
                       principal: Principal = require_roles("president", "judge", "auditor", "clerk")):
    async with sessions() as session:
        ctx = service.Ctx(session, request.app.state.settings, principal, None)
        return await service.overview(ctx, court or principal.org, start, end)


@ops_router.post("/sweep", operation_id="run_sweep",
                 summary="到期扫描 (deadlines, expiry warnings, lapses, re-queries; runs on a timer too)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin")):
    async with sessions() as session, session.begin():
        ctx = service.Ctx(session, request.app.state.settings, principal, request_id_var.get())
        return await service.sweep(ctx, body.today or service.today_cn())
