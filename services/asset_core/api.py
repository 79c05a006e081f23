"""asset_core HTTP API: cases, designations, investigation, assets, control measures, disposal,
recoveries and the aggregate asset-control state. One router per resource: parse, authorise, build the
command, call the use case (service.py) or the read model (views.py), answer through `response_model`."""
from __future__ import annotations

import functools
import re
import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from services.asset_core import service, sweep, views
from services.asset_core.domain import CaseState
from services.asset_core.schemas import (AssetClueIn, AssetClueList, AssetClueOut, ChangeReportIn, ChangeReportOut,
                                         ClueVerificationIn, UndisposableIn)
from services.asset_core.schemas import (AssetIn, AssetOut, AssetStateOut, AuctionResultIn, AuctionRoundIn,
                                         AuctionRoundOut, CaseCreate, CaseOut, CasePage, ChecklistOut,
                                         ConclusionCheckOut, DebtorStateOut, DesignationIn, InvestigationIn,
                                         MeasureIn, MeasureOut, MilestoneIn, OverviewOut, RecoveryIn, RecoveryOut,
                                         ReleaseIn, RenewalIn, RequeryList, RequeryResultIn, RequeryResultOut,
                                         ResumptionIn, SweepIn, SweepOut, TransitionIn)
from services.asset_core.schemas import (MonthlyOut, OpenDayIn, OpenDayOut, OpenDaySettingOut, RecoveryListOut,
                                         TargetsOut, TimelineOut)
from services.asset_core.schemas import (CaseSearchIn, CaseSort, PayoutIn, PayoutLedgerOut, PayoutOut,
                                         PayoutQueueOut)
from services.asset_core.schemas import PayoutDeferralEndIn, PayoutDeferralIn, PayoutDeferralOut
from services.asset_core.schemas import FileList, FileOut
from shared import files, idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, Problem, parse_if_match
from shared.legal import today_cn
from shared.limits import RateLimiter
from shared.logs import request_id_var
from shared.inputs import Day
from shared.orgs import org_kind

READERS = ("clerk", "judge", "officer", "president", "auditor")
CASE_WRITERS = ("clerk", "judge", "president")
JUDGES = ("judge", "president")
PROBLEMS = PROBLEM_RESPONSES

cases_router = APIRouter(prefix="/api/v1/cases", tags=["cases 执行案件"], responses=PROBLEMS)
assets_router = APIRouter(prefix="/api/v1/assets", tags=["assets 财产"], responses=PROBLEMS)
measures_router = APIRouter(prefix="/api/v1/measures", tags=["measures 控制措施"], responses=PROBLEMS)
auctions_router = APIRouter(prefix="/api/v1/auction-rounds", tags=["disposal 处置"], responses=PROBLEMS)
clues_router = APIRouter(prefix="/api/v1/asset-clues", tags=["investigation 财产调查"], responses=PROBLEMS)
debtors_router = APIRouter(prefix="/api/v1/debtors", tags=["debtors 被执行人"], responses=PROBLEMS)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEMS)
overview_router = APIRouter(prefix="/api/v1/overview", tags=["overview 四联一核"], responses=PROBLEMS)
public_router = APIRouter(prefix="/api/v1/public", tags=["public 公众 (no token)"], responses=PROBLEMS)
routers = [cases_router, assets_router, measures_router, auctions_router, clues_router, debtors_router,
           overview_router, ops_router, public_router]

# A use case behind a POST: one transaction, once per Idempotency-Key, serialised through the response model.
write = functools.partial(idempotency.use_case, service.Ctx)


def reader(session, request: Request, principal: Principal) -> service.Ctx:
    return service.Ctx(session, request.app.state.settings, principal, None)


def _cmd(cls: type, body: Any, **extra: Any) -> Any:
    """A command dataclass from a request model (same field names)."""
    return cls(**{**body.model_dump(), **extra})


def new_case(body: CaseCreate) -> service.NewCase:
    return _cmd(service.NewCase, body, applicants=[_cmd(service.Party, p) for p in body.applicants],
                respondents=[_cmd(service.Party, p) for p in body.respondents])


def _case_location(body: dict) -> str:
    return f"/api/v1/cases/{body['id']}"


# ------------------------------------------------------------------ cases
@cases_router.post("", status_code=201, response_model=CaseOut, operation_id="register_case",
                   summary="登记执行案件 (register an enforcement case)")
async def register_case(body: CaseCreate, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles("clerk", "judge")):
    async def fn(ctx):
        return await views.case_view(ctx, await service.register_case(ctx, new_case(body)))
    return await write(request, sessions, principal, body, fn, 201, _case_location)


@cases_router.get("/{case_id}", response_model=CaseOut, operation_id="get_case", summary="查看案件 (read a case)")
async def get_case(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.get_case(reader(session, request, principal), case_id)


@cases_router.get("", response_model=CasePage, operation_id="list_cases",
                  summary="案件列表 (cases this court executes, filed or designated; 绿色通道 first, then by filing date)")
async def list_cases(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                     state: CaseState | None = None, filed_from: Day | None = None, filed_to: Day | None = None,
                     case_number: Annotated[str | None, Query(max_length=64, description="案号, exact or a part of "
                                                              "it; ( ) or （ ） alike")] = None,
                     party_name: Annotated[str | None, Query(max_length=200, description="当事人名称 (prefix)")] = None,
                     court: Annotated[str | None, Query(max_length=16, description="执行法院: a court and those "
                                                        "below it")] = None,
                     green_channel: Annotated[bool | None, Query(description="true: 绿色通道 only; false: the "
                                                                 "others")] = None,
                     sort: CaseSort = "priority"):
    if "id_number" in request.query_params:  # an id number never travels in a URL (logs, history, proxies)
        raise Problem(400, "id_number_in_url", "身份证号不能放在网址中",
                      "search by id number with POST /api/v1/cases/search and {\"id_number\": …} in the body")
    return await _search(request, sessions, principal, CaseSearchIn.model_construct(
        limit=limit, cursor=cursor, state=state, filed_from=filed_from, filed_to=filed_to, case_number=case_number,
        party_name=party_name, court=court, green_channel=green_channel, sort=sort, id_number=None))


@cases_router.post("/search", response_model=CasePage, operation_id="search_cases",
                   summary="案件查询 (every filter of the list, and a party's id number — in the body, matched by its "
                           "keyed hash)")
async def search_cases(body: CaseSearchIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*READERS)):
    return await _search(request, sessions, principal, body)


async def _search(request: Request, sessions: Any, principal: Principal, f: CaseSearchIn) -> dict:
    if f.filed_from and f.filed_to and f.filed_from > f.filed_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "filed_from is after filed_to")
    if f.court and org_kind(f.court) != "court":
        raise Problem(422, "invalid_court", "法院代码无效 (not a court's code)", f"court {f.court!r}, e.g. 内0621")
    keys = views.party_keys_of(f.id_number, request.app.state.settings.party_key_secret) if f.id_number else None
    async with sessions() as session:
        items, next_cursor = await views.list_cases(
            reader(session, request, principal), limit=f.limit, cursor=f.cursor, sort=f.sort, state=f.state,
            filed_from=f.filed_from, filed_to=f.filed_to, case_number=f.case_number, party_name=f.party_name,
            party_keys=keys, court=f.court, green_channel=f.green_channel)
        return {"items": items, "next_cursor": next_cursor}


@cases_router.post("/{case_id}/transitions", response_model=CaseOut, operation_id="transition_case",
                   summary="变更案件状态 (终本 applies the gate and lists every failing condition)")
async def transition_case(case_id: uuid.UUID, body: TransitionIn, request: Request, sessions: SessionsDep,
                          if_match: IfMatch = None, principal: Principal = require_roles(*JUDGES)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await views.case_view(ctx, await service.transition(ctx, case_id, _cmd(service.Transition, body),
                                                                   version))
    return await write(request, sessions, principal, body, fn)


@cases_router.get("/{case_id}/conclusion-check", response_model=ConclusionCheckOut, operation_id="check_conclusion",
                  summary="终本条件检查 (which conditions for 终本 fail today)")
async def check_conclusion(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                           on: Day | None = None, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.conclusion_check(reader(session, request, principal), case_id, on or today_cn())


@cases_router.post("/{case_id}/milestones", response_model=CaseOut, operation_id="record_milestone",
                   summary="记录节点 (officer assigned, execution notice, orders, extension)")
async def record_milestone(case_id: uuid.UUID, body: MilestoneIn, request: Request, sessions: SessionsDep,
                           if_match: IfMatch = None, principal: Principal = require_roles(*CASE_WRITERS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await views.case_view(ctx, await service.set_milestone(ctx, case_id, _cmd(service.Milestone, body),
                                                                      version))
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/designations", response_model=CaseOut, operation_id="designate_case",
                   summary="交叉执行 (a higher court designates the case to another court)")
async def designate_case(case_id: uuid.UUID, body: DesignationIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*JUDGES)):
    async def fn(ctx):
        return await views.case_view(ctx, await service.designate(ctx, case_id, _cmd(service.Designation, body)))
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/resumptions", status_code=201, response_model=CaseOut, operation_id="resume_case",
                   summary="恢复执行 (opens a linked 执恢 case)")
async def resume_case(case_id: uuid.UUID, body: ResumptionIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*CASE_WRITERS)):
    async def fn(ctx):
        return await views.case_view(ctx, await service.resume(ctx, case_id, _cmd(service.Resumption, body)))
    return await write(request, sessions, principal, body, fn, 201, _case_location)


@cases_router.get("/{case_id}/investigation", response_model=ChecklistOut, operation_id="get_investigation",
                  summary="财产调查清单 (the 一核 checklist and its coverage)")
async def get_investigation(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_checklist(reader(session, request, principal), case_id)


@cases_router.post("/{case_id}/investigation", response_model=ChecklistOut, operation_id="record_investigation_result",
                   summary="记录查询结果 (one category's result and its source)")
async def record_investigation(case_id: uuid.UUID, body: InvestigationIn, request: Request, sessions: SessionsDep,
                               principal: Principal = require_roles("officer", *CASE_WRITERS)):
    cmd = _cmd(service.InvestigationResult, body)
    return await write(request, sessions, principal, body, lambda ctx: service.record_investigation(ctx, case_id, cmd))


@cases_router.get("/{case_id}/requeries", response_model=RequeryList, operation_id="list_requeries",
                  summary="终本后定期复查 (every 6 months for 5 years)")
async def list_requeries(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.requery_list(reader(session, request, principal), case_id, today_cn())


@cases_router.post("/{case_id}/requeries/{sequence}", response_model=RequeryResultOut, operation_id="record_requery",
                   summary="记录复查结果 (a find is followed by 恢复执行)")
async def record_requery(case_id: uuid.UUID, sequence: int, body: RequeryResultIn, request: Request,
                         sessions: SessionsDep, principal: Principal = require_roles("officer", *CASE_WRITERS)):
    if body.result not in ("found", "none"):
        raise Problem(422, "validation_error", "复查结果只能是 found 或 none", "result: found / none")

    async def fn(ctx):
        r = await service.record_requery(ctx, case_id, sequence, body.result, body.on or today_cn())
        return {"sequence": r.sequence, "due_on": r.due_on, "done_on": r.done_on, "result": r.result,
                "next": "resume the case (恢复执行)" if r.result == "found" else None}
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/asset-clues", status_code=201, response_model=AssetClueOut,
                   operation_id="register_asset_clue",
                   summary="申请执行人提供财产线索 (verified within 7 days, 3 if urgent: 财产调查规定 2)")
async def register_clue(case_id: uuid.UUID, body: AssetClueIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles("officer", *CASE_WRITERS)):
    cmd = _cmd(service.NewClue, body)

    async def fn(ctx):
        return views.clue_view(await service.register_clue(ctx, case_id, cmd), today_cn())
    return await write(request, sessions, principal, body, fn, 201)


@cases_router.get("/{case_id}/asset-clues", response_model=AssetClueList, operation_id="list_asset_clues",
                  summary="财产线索与被执行人财产变动报告 (due dates and status)")
async def list_clues(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.clue_list(reader(session, request, principal), case_id, today_cn())


@clues_router.post("/{clue_id}/verification", response_model=AssetClueOut, operation_id="verify_asset_clue",
                   summary="核查财产线索 (a find joins the ledger)")
async def verify_clue(clue_id: uuid.UUID, body: ClueVerificationIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles("officer", *CASE_WRITERS)):
    cmd = _cmd(service.ClueVerification, body)

    async def fn(ctx):
        return views.clue_view(await service.verify_clue(ctx, clue_id, cmd), today_cn())
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/change-reports", status_code=201, response_model=ChangeReportOut,
                   operation_id="record_change_report",
                   summary="被执行人报告财产变动 (within 10 days of the change: 财产调查规定 7)")
async def record_change_report(case_id: uuid.UUID, body: ChangeReportIn, request: Request, sessions: SessionsDep,
                               principal: Principal = require_roles("officer", *CASE_WRITERS)):
    cmd = _cmd(service.ChangeReport, body)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.record_change_report(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/assets", status_code=201, response_model=AssetOut, operation_id="add_asset",
                   summary="登记财产 (an asset of the debtor and where it was found)")
async def add_asset(case_id: uuid.UUID, body: AssetIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("officer", *CASE_WRITERS)):
    cmd = _cmd(service.NewAsset, body)
    return await write(request, sessions, principal, body, lambda ctx: service.add_case_asset(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/recoveries", status_code=201, response_model=RecoveryOut,
                   operation_id="record_recovery", summary="执行到位款 (money recovered, in fen)")
async def record_recovery(case_id: uuid.UUID, body: RecoveryIn, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*CASE_WRITERS)):
    cmd = _cmd(service.NewRecovery, body)
    return await write(request, sessions, principal, body, lambda ctx: service.record_recovery(ctx, case_id, cmd), 201)


@cases_router.get("/{case_id}/asset-state", response_model=AssetStateOut, operation_id="get_case_asset_state",
                  summary="财产查控总览 (the case's aggregate asset-control state)")
async def case_asset_state(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                           principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_asset_state(reader(session, request, principal), case_id, today_cn())


# ------------------------------------------------------------------ assets, measures, disposal
@assets_router.post("/{asset_id}/measures", status_code=201, response_model=MeasureOut, operation_id="apply_measure",
                    summary="冻结/查封/扣押 (轮候 when the asset is already under a measure)")
async def apply_measure(asset_id: uuid.UUID, body: MeasureIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*JUDGES)):
    cmd = _cmd(service.NewMeasure, body)
    return await write(request, sessions, principal, body, lambda ctx: service.apply_measure(ctx, asset_id, cmd), 201)


@assets_router.post("/{asset_id}/undisposable", response_model=AssetOut, operation_id="mark_asset_undisposable",
                    summary="发现的财产不能处置 (does not block 终本: 终本规定 1(3))")
async def mark_undisposable(asset_id: uuid.UUID, body: UndisposableIn, request: Request, sessions: SessionsDep,
                            principal: Principal = require_roles(*JUDGES)):
    return await write(request, sessions, principal, body,
                       lambda ctx: service.mark_undisposable(ctx, asset_id, body.reason))


@assets_router.post("/{asset_id}/auction-rounds", status_code=201, response_model=AuctionRoundOut,
                    operation_id="schedule_auction_round",
                    summary="拍卖/变卖轮次 (opening price rules of 网拍规定 and 拍卖变卖规定)")
async def schedule_round(asset_id: uuid.UUID, body: AuctionRoundIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*JUDGES)):
    cmd = _cmd(service.NewAuctionRound, body)
    return await write(request, sessions, principal, body, lambda ctx: service.schedule_round(ctx, asset_id, cmd), 201)


@measures_router.post("/{measure_id}/renewals", response_model=MeasureOut, operation_id="renew_measure",
                      summary="续封/续冻 (before expiry)")
async def renew_measure(measure_id: uuid.UUID, body: RenewalIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*JUDGES)):
    cmd = _cmd(service.Renewal, body)
    return await write(request, sessions, principal, body, lambda ctx: service.renew_measure(ctx, measure_id, cmd))


@measures_router.post("/{measure_id}/release", response_model=MeasureOut, operation_id="release_measure",
                      summary="解除 (the next 轮候 measure takes effect)")
async def release_measure(measure_id: uuid.UUID, body: ReleaseIn, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*JUDGES)):
    cmd = _cmd(service.Release, body)
    return await write(request, sessions, principal, body, lambda ctx: service.release_measure(ctx, measure_id, cmd))


@auctions_router.post("/{round_id}/result", response_model=AuctionRoundOut, operation_id="record_auction_result",
                      summary="拍卖结果 (流拍, 成交 or 以物抵债)")
async def record_result(round_id: uuid.UUID, body: AuctionResultIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*JUDGES)):
    cmd = _cmd(service.AuctionResult, body)
    return await write(request, sessions, principal, body, lambda ctx: service.round_result(ctx, round_id, cmd))


@debtors_router.get("/{party_key}/asset-state", response_model=DebtorStateOut, operation_id="get_debtor_asset_state",
                    summary="被执行人财产总览 (the same across all visible cases of one debtor)")
async def debtor_asset_state(party_key: str, request: Request, sessions: SessionsDep,
                             principal: Principal = require_roles(*READERS)):
    if not re.fullmatch(r"[0-9a-f]{32}", party_key):
        raise Problem(422, "invalid_party_key", "party_key 无效", "use the party_key shown on the case's respondents")
    async with sessions() as session:
        return await views.debtor_state(reader(session, request, principal), party_key, today_cn())


@overview_router.get("", response_model=OverviewOut, operation_id="get_overview",
                     summary="四联一核 figures for any period and court (and the courts below it)")
async def get_overview(request: Request, sessions: SessionsDep,
                       start: Annotated[Day, Query(alias="from", description="first day, Asia/Shanghai")],
                       end: Annotated[Day, Query(alias="to", description="last day, inclusive")],
                       court: str | None = Query(None, max_length=16, description="default: your court"),
                       principal: Principal = require_roles("president", "judge", "auditor", "clerk")):
    if start > end:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    async with sessions() as session:
        return await views.overview(reader(session, request, principal), court or principal.org, start, end)


@ops_router.post("/sweep", response_model=SweepOut, operation_id="run_sweep",
                 summary="到期扫描 (deadlines, expiry warnings, lapses, re-queries; runs on a timer too)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin")):
    async with sessions() as session, session.begin():
        ctx = service.Ctx(session, request.app.state.settings, principal, request_id_var.get())
        return await sweep.sweep(ctx, body.today or today_cn())


# ------------------------------------------------------------------ screens (issue 14)
@cases_router.get("/{case_id}/timeline", response_model=TimelineOut, operation_id="get_case_timeline",
                  summary="案件时间线 (what each linkage did in the case, oldest first)")
async def case_timeline(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_timeline(reader(session, request, principal), case_id)


@cases_router.get("/{case_id}/recoveries", response_model=RecoveryListOut, operation_id="list_case_recoveries",
                  summary="执行到位 (the money recovered in the case)")
async def case_recoveries(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_recoveries(reader(session, request, principal), case_id)


@cases_router.post("/{case_id}/open-day", response_model=OpenDaySettingOut, operation_id="set_case_open_day",
                   summary="执行开放日: open the case (its masked timeline becomes public) or take it off")
async def set_open_day(case_id: uuid.UUID, body: OpenDayIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*JUDGES)):
    return await write(request, sessions, principal, body, lambda ctx: service.set_open_day(
        ctx, case_id, open=body.open, show_amounts=body.show_amounts))


def _period(start: date, end: date) -> None:
    if start > end:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")


@overview_router.get("/monthly", response_model=MonthlyOut, operation_id="get_overview_monthly",
                     summary="四联一核 figures month by month (at most 36 months)")
async def get_overview_monthly(request: Request, sessions: SessionsDep,
                               start: Annotated[Day, Query(alias="from")], end: Annotated[Day, Query(alias="to")],
                               court: str | None = Query(None, max_length=16, description="default: your court"),
                               principal: Principal = require_roles("president", "judge", "auditor", "clerk")):
    _period(start, end)
    async with sessions() as session:
        return await views.overview_monthly(reader(session, request, principal), court or principal.org, start, end)


@overview_router.get("/targets", response_model=TargetsOut, operation_id="get_campaign_targets",
                     summary="专项行动指标: within the legal period, compliant 终本, completion — against thresholds")
async def get_targets(request: Request, sessions: SessionsDep,
                      start: Annotated[Day, Query(alias="from")], end: Annotated[Day, Query(alias="to")],
                      court: str | None = Query(None, max_length=16, description="default: your court"),
                      principal: Principal = require_roles("president", "judge", "auditor", "clerk")):
    _period(start, end)
    async with sessions() as session:
        return await views.campaign_targets(reader(session, request, principal), court or principal.org, start, end)




async def _public_limit(request: Request) -> None:
    """A light per-address limit on the public open-day list (shared.limits, in this process's memory)."""
    state = request.app.state
    if getattr(state, "open_day_limiter", None) is None:
        state.open_day_limiter = RateLimiter()
    key = request.client.host if request.client else "unknown"
    await state.open_day_limiter.check(state.settings.open_day_rate, "address:open-day", key)


@public_router.get("/open-day", response_model=OpenDayOut, operation_id="public_open_day",
                   summary="执行开放日 (no token): the cases courts opened, each a masked timeline")
async def public_open_day(request: Request, sessions: SessionsDep,
                          court: str | None = Query(None, max_length=16, description="a court and those below it")):
    await _public_limit(request)
    async with sessions() as session:
        return await views.open_day(session, court)


# ------------------------------------------------------------------ evidence files (issue 16)
files_router = APIRouter(prefix="/api/v1/files", tags=["files 证据材料"], responses=PROBLEMS)
routers.append(files_router)
FILE_WRITERS = ("officer", *CASE_WRITERS)
FILE_READERS = ("clerk", "judge", "officer", "president")  # the court's staff; the operator's auditors do not
FileName = Annotated[str | None, Query(max_length=255, description="文件名 (or in Content-Disposition)")]


@cases_router.post("/{case_id}/files", status_code=201, response_model=FileOut, operation_id="attach_case_file",
                   openapi_extra=files.upload_openapi(), responses=files.UPLOAD_RESPONSES,
                   summary="上传证据材料 (the raw bytes as the body: PDF, JPEG, PNG, WebP, HEIC, MP4; at most 10 MiB; "
                           "its SHA-256 goes to the audit chain)")
@files.upload
async def attach_case_file(case_id: uuid.UUID, request: Request, sessions: SessionsDep, filename: FileName = None,
                           principal: Principal = require_roles(*FILE_WRITERS)):
    upload = await files.received(request, filename)
    return await write(request, sessions, principal, upload.fingerprint(),
                       lambda ctx: service.attach_file(ctx, case_id, upload), 201, lambda b: b["download_url"])


@cases_router.get("/{case_id}/files", response_model=FileList, operation_id="list_case_files",
                  summary="证据材料 (the case's files: name, type, size, SHA-256)")
async def list_case_files(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_files(reader(session, request, principal), case_id)


@files_router.get("/{file_id}", response_model=bytes, response_class=files.FileResponse,
                  responses=files.DOWNLOAD_RESPONSES, operation_id="download_evidence_file",
                  summary="下载证据材料 (the bytes; ETag = SHA-256; for the staff of a court that sees the case)")
async def download_file(file_id: uuid.UUID, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*FILE_READERS)):
    async with sessions() as session:
        return files.download(await views.file_for_download(reader(session, request, principal), file_id))


# ------------------------------------------------------------------ 执行款发放 (issue 16)
payouts_router = APIRouter(prefix="/api/v1/payouts", tags=["payouts 执行款发放"], responses=PROBLEMS)
routers.append(payouts_router)


@cases_router.post("/{case_id}/payouts", status_code=201, response_model=PayoutOut, operation_id="record_payout",
                   summary="执行款发放 (pay recovered money out to an applicant; never more than received and not yet "
                           "paid out)")
async def record_payout(case_id: uuid.UUID, body: PayoutIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*CASE_WRITERS)):
    cmd = _cmd(service.NewPayout, body)
    return await write(request, sessions, principal, body, lambda ctx: service.record_payout(ctx, case_id, cmd), 201)


@cases_router.get("/{case_id}/payouts", response_model=PayoutLedgerOut, operation_id="list_case_payouts",
                  summary="执行款发放记录 (received, paid out, the payout deadline, who may be paid)")
async def case_payouts(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_payouts(reader(session, request, principal), case_id, today_cn())


@cases_router.post("/{case_id}/payout-deferrals", status_code=201, response_model=PayoutDeferralOut,
                   operation_id="defer_payout", summary="延缓发放 (defer the payout on a ground of 执行款物管理规定 13 "
                                                        "¶2; judge or president of the executing court)")
async def defer_payout(case_id: uuid.UUID, body: PayoutDeferralIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*JUDGES)):
    cmd = _cmd(service.NewPayoutDeferral, body)
    return await write(request, sessions, principal, body, lambda ctx: service.defer_payout(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/payout-deferrals/{deferral_id}/end", response_model=PayoutDeferralOut,
                   operation_id="end_payout_deferral", summary="延缓发放情形消失 (the money is due within 10 days: "
                                                               "执行款物管理规定 13 ¶3)")
async def end_payout_deferral(case_id: uuid.UUID, deferral_id: uuid.UUID, body: PayoutDeferralEndIn,
                              request: Request, sessions: SessionsDep, principal: Principal = require_roles(*JUDGES)):
    return await write(request, sessions, principal, body,
                       lambda ctx: service.end_payout_deferral(ctx, case_id, deferral_id, body.ended_on))


@payouts_router.get("/queue", response_model=PayoutQueueOut, operation_id="get_payout_queue",
                    summary="待发放执行款 (绿色通道 first, then the money that has waited longest; 30-day deadline: "
                            "执行款物管理规定 13)")
async def payout_queue(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                       limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                       court: Annotated[str | None, Query(max_length=16, description="a court and those below "
                                                          "it")] = None,
                       on: Annotated[Day | None, Query(description="as of this day (default: today)")] = None):
    if court and org_kind(court) != "court":
        raise Problem(422, "invalid_court", "法院代码无效 (not a court's code)", f"court {court!r}, e.g. 内0621")
    async with sessions() as session:
        return await views.payout_queue(reader(session, request, principal), today=on or today_cn(), limit=limit,
                                        cursor=cursor, court=court)
