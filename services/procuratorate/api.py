"""procuratorate HTTP API (河长+检察长): clues, public-interest cases and their records, recommendations,
replies, reviews, shares; rivers, campaign metrics, follow-on projects; the overdue sweep."""
from __future__ import annotations

import functools
import uuid
from datetime import date
from typing import Annotated, Any, Callable, Literal, TypeVar

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from services.procuratorate import service, sweep, views
from services.procuratorate.domain import CaseState
from services.procuratorate.schemas import (CaseFileIn, CaseOut, CasePage, ClueEvaluationIn, ClueIn, ClueOut,
                                            CluePage, CountyList, DerivedMetricsOut, EvaluationOut,
                                            IssuedRecommendationOut, MapSpotIn, MapSpotKind, MapSpotOut, MapSpotPage,
                                            MapSpotStatusIn, MeetingIn, MeetingOut, MetricsIn, MetricsOut,
                                            MetricsReport, ObjectsIn, ObjectsOut, PatrolScheduleOut, ProjectIn,
                                            ProjectList, ProjectOut, ProjectStatusIn, RecommendationIn, RecordIn,
                                            RecordOut, ReferralIn, ReplyIn, ReplyOut, ReviewIn, ReviewOut, RiverList,
                                            ShareIn, ShareOut, SweepIn, SweepOut, TimelineOut, TransitionIn)
from shared import idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, Problem, parse_if_match
from shared.legal import today_cn
from shared.pagination import decode_cursor, encode_cursor
from shared.inputs import Day

READERS = ("procurator", "partner", "auditor", "admin")
WRITERS = ("procurator",)
PROBLEMS = PROBLEM_RESPONSES

clues_router = APIRouter(prefix="/api/v1/clues", tags=["clues 线索"], responses=PROBLEMS)
cases_router = APIRouter(prefix="/api/v1/cases", tags=["cases 公益诉讼案件"], responses=PROBLEMS)
recs_router = APIRouter(prefix="/api/v1/recommendations", tags=["recommendations 检察建议"], responses=PROBLEMS)
ref_router = APIRouter(prefix="/api/v1", tags=["rivers 河湖与专项行动"], responses=PROBLEMS)
spots_router = APIRouter(prefix="/api/v1/map-spots", tags=["map spots 碍洪图斑"], responses=PROBLEMS)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEMS)
routers = [clues_router, cases_router, recs_router, ref_router, spots_router, ops_router]

# A use case behind a POST: one transaction, once per Idempotency-Key; `fn(ctx)` returns what the route's
# response_model reads.
write = functools.partial(idempotency.use_case, service.Ctx)
C = TypeVar("C")


def reader(request: Request, session, principal: Principal) -> service.Ctx:
    return service.Ctx(session, request.app.state.settings, principal, None)


def command(cls: Callable[..., C], body: BaseModel, **override: Any) -> C:
    """The use case's command from the validated request body (same field names)."""
    return cls(**{**body.model_dump(), **override})


async def case_out(ctx: service.Ctx, row: Any) -> dict:
    """A case a use case returned, as the API shows it (CaseOut)."""
    return await views.case_view(ctx, row)


# ------------------------------------------------------------------ clues
@clues_router.post("", status_code=201, response_model=ClueOut, operation_id="receive_clue",
                   summary="受理线索 (a clue from a CPPCC member, 河长办, the public, a patrol, …)")
async def receive_clue(body: ClueIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewClue, body)
    return await write(request, sessions, principal, body, lambda ctx: service.receive_clue(ctx, cmd), 201,
                       lambda r: f"/api/v1/clues/{r['id']}")


@clues_router.get("", response_model=CluePage, operation_id="list_clues", summary="线索列表 (this procuratorate's)")
async def list_clues(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                     status: Literal["received", "filed", "closed", "referred"] | None = None):
    async with sessions() as session:
        items, last = await views.list_clues(reader(request, session, principal), limit=limit,
                                             after_seq=decode_cursor(cursor), status=status)
        return {"items": items, "next_cursor": encode_cursor(last)}


@clues_router.get("/{clue_id}", response_model=ClueOut, operation_id="get_clue", summary="查看线索")
async def get_clue(clue_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.get_clue(reader(request, session, principal), clue_id)


@clues_router.post("/{clue_id}/evaluation", response_model=EvaluationOut, operation_id="evaluate_clue",
                   summary="线索评估 (立案 file a case, or close with a reason)")
async def evaluate_clue(clue_id: uuid.UUID, body: ClueEvaluationIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.Evaluation, body,
                  case=command(service.NewCase, body.case) if body.case is not None else None)

    async def fn(ctx):
        out = await service.evaluate_clue(ctx, clue_id, cmd)
        return {"clue": out["clue"], "case": await case_out(ctx, out["case"]) if out["case"] is not None else None}
    return await write(request, sessions, principal, body, fn)


@clues_router.post("/{clue_id}/referrals", response_model=ClueOut, operation_id="refer_clue",
                   summary="线索移送 (to a 河长办 or a partner procuratorate such as 辽12检 / 吉0382检; published as an "
                           "event, and to a procuratorate also as a transfer on procuratorate.partner-clues.v1, which "
                           "its addressee takes in as a received clue)")
async def refer_clue(clue_id: uuid.UUID, body: ReferralIn, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.Referral, body)
    return await write(request, sessions, principal, body, lambda ctx: service.refer_clue(ctx, clue_id, cmd))


# ------------------------------------------------------------------ cases
@cases_router.post("", status_code=201, response_model=CaseOut, operation_id="file_case",
                   summary="立案 (file a case directly, without a registered clue)")
async def file_case(body: CaseFileIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewCase, body)

    async def fn(ctx):
        return await case_out(ctx, await service.file_case(ctx, cmd))
    return await write(request, sessions, principal, body, fn, 201, lambda r: f"/api/v1/cases/{r['id']}")


@cases_router.get("", response_model=CasePage, operation_id="list_cases",
                  summary="案件列表 (own cases and those partners shared)")
async def list_cases(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                     state: CaseState | None = None, filed_from: Day | None = None, filed_to: Day | None = None):
    if filed_from and filed_to and filed_from > filed_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "filed_from is after filed_to")
    async with sessions() as session:
        items, last = await views.list_cases(reader(request, session, principal), limit=limit,
                                             after_seq=decode_cursor(cursor), state=state, filed_from=filed_from,
                                             filed_to=filed_to)
        return {"items": items, "next_cursor": encode_cursor(last)}


@cases_router.get("/{case_id}", response_model=CaseOut, operation_id="get_case",
                  summary="查看案件 (records, meetings, objects and items, recommendations, deadlines)")
async def get_case(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.get_case(reader(request, session, principal), case_id)


@cases_router.get("/{case_id}/timeline", response_model=TimelineOut, operation_id="case_timeline",
                  summary="案件时间线 (every dated step in order: clue, filing, records, meetings, recommendation, "
                          "reply, reviews, closure)")
async def case_timeline(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.case_timeline(reader(request, session, principal), case_id)


@cases_router.post("/{case_id}/records", status_code=201, response_model=RecordOut,
                   operation_id="add_investigation_record",
                   summary="调查记录 (调取书证, 询问, 现场勘查, 磋商) with evidence metadata")
async def add_record(case_id: uuid.UUID, body: RecordIn, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewRecord, body)
    return await write(request, sessions, principal, body, lambda ctx: service.add_record(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/meetings", status_code=201, response_model=MeetingOut, operation_id="hold_meeting",
                   summary="责任认定会议 (which agencies hold the statutory duty for which problems)")
async def add_meeting(case_id: uuid.UUID, body: MeetingIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewMeeting, body)
    return await write(request, sessions, principal, body, lambda ctx: service.add_meeting(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/objects", status_code=201, response_model=ObjectsOut, operation_id="add_objects",
                   summary="涉案对象及问题 (e.g. floating bridges and their defects: one rectification item each)")
async def add_objects(case_id: uuid.UUID, body: ObjectsIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewObjects, body)
    return await write(request, sessions, principal, body, lambda ctx: service.add_objects(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/recommendations", status_code=201, response_model=IssuedRecommendationOut,
                   operation_id="issue_recommendation",
                   summary="诉前检察建议 (reply due in 2 months, 15 days when urgent — 两高公益诉讼解释 21; a last day "
                           "on a holiday or rest day moves to the next working day, 民诉法 85 ¶3)")
async def issue_recommendation(case_id: uuid.UUID, body: RecommendationIn, request: Request, sessions: SessionsDep,
                               principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewRecommendation, body)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.issue_recommendation(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/reviews", status_code=201, response_model=ReviewOut, operation_id="record_review",
                   summary="跟进调查/回头看 (a finding per item; closes the case when every item is verified)")
async def record_review(case_id: uuid.UUID, body: ReviewIn, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewReview, body)
    return await write(request, sessions, principal, body, lambda ctx: service.record_review(ctx, case_id, cmd), 201)


@cases_router.post("/{case_id}/transitions", response_model=CaseOut, operation_id="transition_case",
                   summary="变更案件状态 (结案, 提起行政公益诉讼 — refused without a prior recommendation, and before "
                           "the day after the reply deadline unless the reply shows no action: 行政诉讼法 25 ¶4, "
                           "两高公益诉讼解释 21)")
async def transition_case(case_id: uuid.UUID, body: TransitionIn, request: Request, sessions: SessionsDep,
                          if_match: IfMatch = None, principal: Principal = require_roles(*WRITERS)):
    version = parse_if_match(if_match)
    cmd = command(service.Transition, body)

    async def fn(ctx):
        return await case_out(ctx, await service.transition(ctx, case_id, cmd, version))
    return await write(request, sessions, principal, body, fn)


@cases_router.post("/{case_id}/shares", response_model=ShareOut, operation_id="share_case",
                   summary="共享案件 (grant a partner organisation read access)")
async def share_case(case_id: uuid.UUID, body: ShareIn, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.Share, body)
    return await write(request, sessions, principal, body, lambda ctx: service.share_case(ctx, case_id, cmd))


@recs_router.post("/{recommendation_id}/reply", status_code=201, response_model=ReplyOut,
                  operation_id="record_reply", summary="书面回复 (the agency's measures per item)")
async def record_reply(recommendation_id: uuid.UUID, body: ReplyIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewReply, body)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.record_reply(ctx, recommendation_id, cmd), 201)


# ------------------------------------------------------------------ rivers, campaign, projects
@ref_router.get("/rivers", response_model=RiverList, operation_id="list_rivers",
                summary="河流与河段 (西辽河 and 东辽河, their provinces, segments and counties)")
async def list_rivers(sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                      province: str | None = Query(None, max_length=100,
                                                   description="rivers through this province, e.g. 吉林省")):
    async with sessions() as session:
        return {"items": await views.list_rivers(session, province)}


@ref_router.get("/counties", response_model=CountyList, operation_id="list_counties", summary="旗县区")
async def list_counties(sessions: SessionsDep, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return {"items": await views.list_counties(session)}


@ref_router.get("/river-chiefs/patrol-schedule", response_model=PatrolScheduleOut, operation_id="patrol_schedule",
                summary="河长巡河频次 (county ≥ monthly, township ≥ every 10 days, village ≥ weekly; configurable)")
async def patrol_schedule(request: Request, level: str, last_patrol_on: Day,
                          principal: Principal = require_roles(*READERS)):
    return views.patrol_schedule(request.app.state.settings, level, last_patrol_on)


@ref_router.post("/campaign-metrics", response_model=MetricsOut, operation_id="record_campaign_metrics",
                 summary="专项行动数据 (one period of 守护美丽西辽河; re-posting a period replaces it)")
async def record_metrics(body: MetricsIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles("procurator", "admin")):
    cmd = command(service.Metrics, body)
    return await write(request, sessions, principal, body, lambda ctx: service.record_metrics(ctx, cmd))


@ref_router.get("/campaign-metrics", response_model=MetricsReport, operation_id="get_campaign_metrics",
                summary="专项行动数据与合计")
async def get_metrics(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                      campaign: str | None = None, period_from: Day | None = None, period_to: Day | None = None):
    async with sessions() as session:
        return await views.metrics(reader(request, session, principal), campaign, period_from, period_to)


@ref_router.get("/campaign-metrics/derived", response_model=DerivedMetricsOut, operation_id="derive_campaign_metrics",
                summary="专项行动数据（由记录统计）: cases filed, items verified with their quantities, 图斑 rectified in "
                        "the period; a figure without records falls back to the manual figures, marked manual")
async def derived_metrics(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                          period_from: Day = date(2023, 1, 1), period_to: Day | None = None,
                          campaign: str | None = None):
    async with sessions() as session:
        return await views.derived_metrics(reader(request, session, principal), period_from,
                                           period_to or today_cn(), campaign)


@ref_router.post("/projects", status_code=201, response_model=ProjectOut, operation_id="plan_project",
                 summary="后续项目 (e.g. public-interest bridges 2025–2028)")
async def plan_project(body: ProjectIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewProject, body)
    return await write(request, sessions, principal, body, lambda ctx: service.create_project(ctx, cmd), 201)


@ref_router.post("/projects/{project_id}/status", response_model=ProjectOut, operation_id="set_project_status",
                 summary="项目进度")
async def project_status(project_id: uuid.UUID, body: ProjectStatusIn, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.ProjectStatus, body)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.set_project_status(ctx, project_id, cmd))


@ref_router.get("/projects", response_model=ProjectList, operation_id="list_projects", summary="后续项目及状态")
async def list_projects(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                        status: str | None = None, year_from: int | None = None, year_to: int | None = None):
    async with sessions() as session:
        return await views.list_projects(reader(request, session, principal), status, year_from, year_to)


# ------------------------------------------------------------------ 碍洪图斑
@spots_router.post("", status_code=201, response_model=MapSpotOut, operation_id="record_map_spot",
                   summary="登记碍洪图斑 (乱占 / 乱采 / 乱堆 / 乱建, with place and found date)")
async def record_map_spot(body: MapSpotIn, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*WRITERS)):
    cmd = command(service.NewMapSpot, body)
    return await write(request, sessions, principal, body, lambda ctx: service.record_map_spot(ctx, cmd), 201,
                       lambda r: f"/api/v1/map-spots/{r['id']}")


@spots_router.get("", response_model=MapSpotPage, operation_id="list_map_spots", summary="碍洪图斑列表")
async def list_map_spots(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                         limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                         status: Literal["pending", "rectifying", "rectified"] | None = None,
                         kind: MapSpotKind | None = None,
                         county_code: Annotated[str | None, Query(pattern=r"^\d{6}$")] = None,
                         river_code: Annotated[str | None, Query(max_length=32)] = None):
    async with sessions() as session:
        items, last = await views.list_map_spots(reader(request, session, principal), limit=limit,
                                                 after_seq=decode_cursor(cursor), status=status, kind=kind,
                                                 county_code=county_code, river_code=river_code)
        return {"items": items, "next_cursor": encode_cursor(last)}


@spots_router.get("/{spot_id}", response_model=MapSpotOut, operation_id="get_map_spot", summary="查看碍洪图斑")
async def get_map_spot(spot_id: uuid.UUID, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.get_map_spot(reader(request, session, principal), spot_id)


@spots_router.post("/{spot_id}/status", response_model=MapSpotOut, operation_id="set_map_spot_status",
                   summary="图斑整改状态 (整改中 / 已整改 with its date; If-Match for the version)")
async def map_spot_status(spot_id: uuid.UUID, body: MapSpotStatusIn, request: Request, sessions: SessionsDep,
                          if_match: IfMatch = None, principal: Principal = require_roles(*WRITERS)):
    version = parse_if_match(if_match)
    cmd = command(service.MapSpotStatus, body)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.set_map_spot_status(ctx, spot_id, cmd, version))


# ------------------------------------------------------------------ ops
@ops_router.post("/sweep", response_model=SweepOut, operation_id="run_sweep",
                 summary="到期扫描 (overdue replies flagged the day after the deadline, published once; runs on a "
                         "timer too)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin")):
    return await write(request, sessions, principal, body, lambda ctx: sweep.sweep(ctx, body.today or today_cn(), org=body.org))

