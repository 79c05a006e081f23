"""reward HTTP API (法信悬赏): applications and decisions (21), notices (22), the tips register and verification
(23, 24), rewards, figures — and the suite's first public endpoints (no token): active notices, sending a tip
(answered with a receipt code) and a tip's status by receipt, rate limited per client address and per receipt."""
from __future__ import annotations

import functools
import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from services.reward import service, sweep as sweeps, views
from services.reward.domain import ApplicationState, NoticeState, RewardTerms
from services.reward.schemas import (ApplicationIn, ApplicationOut, ApplicationPage, DecisionIn, FiguresOut,
                                     NoticeOut, NoticePage, PaymentIn, PublicNoticeOut, PublicNoticePage, PublishIn,
                                     RealisationIn,
                                     RewardOut, RewardPage, SweepIn, SweepOut, TipIn, TipOut, TipReceiptOut,
                                     TipRegisterOut, TipStatusOut, VerifyIn, WithdrawIn)
from services.reward.schemas import FileList, TipFileReceiptOut
from shared import files, idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, Problem, parse_if_match
from shared.legal import today_cn
from shared.logs import request_id_var
from shared.pagination import decode_cursor, encode_cursor
from shared.inputs import Day

READERS = ("judge", "officer", "clerk", "president", "auditor")
PROBLEMS = PROBLEM_RESPONSES | {429: {"description": "rate limited (Retry-After)",
                                      "content": {"application/problem+json": {}}}}

applications_router = APIRouter(prefix="/api/v1/applications", tags=["applications 悬赏申请"], responses=PROBLEMS)
notices_router = APIRouter(prefix="/api/v1/notices", tags=["notices 悬赏公告"], responses=PROBLEMS)
tips_router = APIRouter(prefix="/api/v1/tips", tags=["tips 线索登记"], responses=PROBLEMS)
rewards_router = APIRouter(prefix="/api/v1/rewards", tags=["rewards 悬赏金"], responses=PROBLEMS)
figures_router = APIRouter(prefix="/api/v1/figures", tags=["figures 统计"], responses=PROBLEMS)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEMS)
public_router = APIRouter(prefix="/api/v1/public", tags=["public 公众 (no token)"], responses=PROBLEMS)
routers = [applications_router, notices_router, tips_router, rewards_router, figures_router, ops_router,
           public_router]

write = functools.partial(idempotency.use_case, service.Ctx)
Limit = Annotated[int, Query(ge=1, le=200)]
NoticeNo = Annotated[str, Path(min_length=1, max_length=100)]
Receipt = Annotated[str, Path(min_length=16, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]


def _reader(request: Request, session, principal: Principal | None) -> service.Ctx:
    return service.Ctx(session, request.app.state.settings, principal, request_id_var.get())


def _page(rows, last, out=lambda r: r) -> dict:
    return {"items": [out(r) for r in rows], "next_cursor": encode_cursor(last)}


# ------------------------------------------------------------------ applications (21)
@applications_router.post("", status_code=201, response_model=ApplicationOut, operation_id="apply_for_bounty",
                          summary="悬赏申请 (the applicant's written application; decision due in 10 days)")
async def apply(body: ApplicationIn, request: Request, sessions: SessionsDep,
                principal: Principal = require_roles(*service.APPLICANT_SIDE)):
    r = body.reward
    cmd = service.Apply(
        case_id=body.case_id, applicant_name=body.applicant_name, sought=body.sought,
        terms=RewardTerms(r.kind, r.fixed_fen, r.percent_bp, r.cap_fen, r.floor_fen, r.applicant_pays_separately),
        promise=body.promise, channels=body.channels, other_media=body.other_media, debtor_name=body.debtor_name,
        debtor_kind=body.debtor_kind, debtor_id_number=body.debtor_id_number,
        agents=[service.Agent(a.name, a.kind, a.id_number) for a in body.agents], received_on=body.received_on)

    async def fn(ctx):
        return views.application_out(await service.apply(ctx, cmd))
    return await write(request, sessions, principal, body, fn, 201, lambda b: f"/api/v1/applications/{b['id']}")


@applications_router.get("", response_model=ApplicationPage, operation_id="list_applications",
                         summary="悬赏申请 (this court's and lower courts'; overdue = undecided past decision_due)")
async def list_applications(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                            limit: Limit = 50, cursor: str | None = None, state: ApplicationState | None = None,
                            overdue: bool | None = None):
    async with sessions() as session:
        today = today_cn()
        rows, last = await views.list_applications(session, principal.org, limit=limit, after=decode_cursor(cursor),
                                                   state=state.value if state else None, overdue=overdue, today=today)
        return _page(rows, last, lambda r: views.application_out(r, today))


@applications_router.get("/{application_id}", response_model=ApplicationOut, operation_id="get_application",
                         summary="悬赏申请详情")
async def get_application(application_id: uuid.UUID, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return views.application_out(await service.load_application(_reader(request, session, principal),
                                                                    application_id))


@applications_router.post("/{application_id}/decision", response_model=ApplicationOut,
                          operation_id="decide_application", summary="准许 / 不予准许 (within 10 days, 21)")
async def decide(application_id: uuid.UUID, body: DecisionIn, request: Request, sessions: SessionsDep,
                 if_match: IfMatch = None, principal: Principal = require_roles(*service.DECIDERS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return views.application_out(await service.decide(ctx, application_id, grant=body.decision == "granted",
                                                           reasons=body.reasons, decided_on=body.decided_on,
                                                           if_match=version))
    return await write(request, sessions, principal, body, fn)


@applications_router.post("/{application_id}/notice", status_code=201, response_model=NoticeOut,
                          operation_id="publish_notice", summary="发布悬赏公告 (a granted application only, 22)")
async def publish(application_id: uuid.UUID, body: PublishIn, request: Request, sessions: SessionsDep,
                  principal: Principal = require_roles(*service.PUBLISHERS)):
    async def fn(ctx):
        return await service.publish(ctx, application_id, court_contact=body.court_contact,
                                     published_on=body.published_on, valid_until=body.valid_until)
    return await write(request, sessions, principal, body, fn, 201, lambda b: f"/api/v1/notices/{b['id']}")


# ------------------------------------------------------------------ notices (22) and the register (23)
@notices_router.get("", response_model=NoticePage, operation_id="list_notices", summary="悬赏公告 (court view)")
async def list_notices(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                       limit: Limit = 50, cursor: str | None = None, state: NoticeState | None = None,
                       case_id: uuid.UUID | None = None):
    async with sessions() as session:
        rows, last = await views.list_notices(session, principal.org, limit=limit, after=decode_cursor(cursor),
                                              state=state.value if state else None, court=None, region=None,
                                              case_id=case_id)
        return _page(rows, last)


@notices_router.get("/{notice_id}", response_model=NoticeOut, operation_id="get_notice", summary="悬赏公告详情")
async def get_notice(notice_id: uuid.UUID, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await service.load_notice(_reader(request, session, principal), notice_id)


@notices_router.post("/{notice_id}/withdrawal", response_model=NoticeOut, operation_id="withdraw_notice",
                     summary="撤回悬赏公告 (by the court)")
async def withdraw(notice_id: uuid.UUID, body: WithdrawIn, request: Request, sessions: SessionsDep,
                   if_match: IfMatch = None, principal: Principal = require_roles(*service.DECIDERS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await service.withdraw(ctx, notice_id, reason=body.reason, on=body.on, if_match=version)
    return await write(request, sessions, principal, body, fn)


@notices_router.get("/{notice_id}/tips", response_model=TipRegisterOut, operation_id="read_tip_register",
                    summary="线索登记簿 (ranked; identity for the case's judge/officer only, each read audited)")
async def tip_register(notice_id: uuid.UUID, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*READERS)):
    async with sessions() as session, session.begin():
        return await service.read_register(_reader(request, session, principal), notice_id)


@tips_router.get("/{tip_id}", response_model=TipOut, operation_id="get_tip", summary="线索 (identity rules as above)")
async def get_tip(tip_id: uuid.UUID, request: Request, sessions: SessionsDep,
                  principal: Principal = require_roles(*READERS)):
    async with sessions() as session, session.begin():
        return await service.read_tip(_reader(request, session, principal), tip_id)


# Writes answer the tip masked: the identity is read through the register (GET), where each read is audited.
@tips_router.post("/{tip_id}/verification-start", response_model=TipOut, operation_id="start_tip_verification",
                  summary="开始核实 (under verification, e.g. a 执行110 dispatch)")
async def start_verification(tip_id: uuid.UUID, request: Request, sessions: SessionsDep, if_match: IfMatch = None,
                             principal: Principal = require_roles(*service.VERIFIERS)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return views.tip_out(await service.start_verification(ctx, tip_id, version), False)
    return await write(request, sessions, principal, None, fn)


@tips_router.post("/{tip_id}/verification", response_model=TipOut, operation_id="verify_tip",
                  summary="核实结果 (useful → TipVerified: asset_core's ledger and a 执行110 alarm; 24: already known "
                          "earns nothing)")
async def verify(tip_id: uuid.UUID, body: VerifyIn, request: Request, sessions: SessionsDep, if_match: IfMatch = None,
                 principal: Principal = require_roles(*service.VERIFIERS)):
    version = parse_if_match(if_match)
    cmd = service.Verify(outcome=body.outcome, finding=body.finding, asset_type=body.asset_type,
                         description=body.description, estimated_value_fen=body.estimated_value_fen,
                         location=body.location, known_asset_id=body.known_asset_id, on=body.on)

    async def fn(ctx):
        return views.tip_out(await service.verify(ctx, tip_id, cmd, version), False)
    return await write(request, sessions, principal, body, fn)


@tips_router.post("/{tip_id}/realisation", response_model=TipOut, operation_id="attribute_recovery_to_tip",
                  summary="下落线索使债权实现 (the judge attributes a recovery to a verified whereabouts tip, 24)")
async def realisation(tip_id: uuid.UUID, body: RealisationIn, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*service.DECIDERS)):
    async def fn(ctx):
        return views.tip_out(await service.attribute_to_whereabouts(ctx, tip_id, body.recovery_id), False)
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ rewards (24)
@rewards_router.get("", response_model=RewardPage, operation_id="list_rewards", summary="悬赏金 (payable / paid)")
async def list_rewards(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                       limit: Limit = 50, cursor: str | None = None,
                       state: Annotated[str | None, Query(pattern="^(payable|paid|excluded)$")] = None):
    async with sessions() as session:
        rows, last = await views.list_rewards(session, principal.org, limit=limit, after=decode_cursor(cursor),
                                              state=state)
        return _page(rows, last)


@rewards_router.get("/{reward_id}", response_model=RewardOut, operation_id="get_reward", summary="悬赏金详情")
async def get_reward(reward_id: uuid.UUID, request: Request, sessions: SessionsDep,
                     principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await service.load_reward(_reader(request, session, principal), reward_id)


@rewards_router.post("/{reward_id}/payment", response_model=RewardOut, operation_id="pay_reward",
                     summary="发放悬赏金 (the finance clerk)")
async def pay(reward_id: uuid.UUID, body: PaymentIn, request: Request, sessions: SessionsDep, if_match: IfMatch = None,
              principal: Principal = require_roles(*service.FINANCE)):
    version = parse_if_match(if_match)

    async def fn(ctx):
        return await service.pay(ctx, reward_id, paid_on=body.paid_on, payment_ref=body.payment_ref, if_match=version)
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ figures and ops
@figures_router.get("", response_model=FiguresOut, operation_id="get_reward_figures",
                    summary="法信悬赏 figures: notices published, successes, money recovered through notices")
async def get_figures(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                      court: str | None = None, from_: Annotated[Day, Query(alias="from")] = date(2000, 1, 1),
                      to: Day | None = None):
    court = court or principal.org
    if not service.can_read(principal.org, court):
        raise Problem(403, "court_not_supervised", "只能查看本院及下级法院的统计", f"{principal.org} does not supervise {court}")
    end = to or today_cn()
    if from_ > end:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    async with sessions() as session:
        return await views.figures(session, court, from_, end)


@ops_router.post("/sweep", response_model=SweepOut, operation_id="run_reward_sweep",
                 summary="逾期未决定的悬赏申请 (run the sweep as of a date)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin", "president", "judge")):
    async def fn(ctx):
        return await sweeps.sweep(ctx, body.today or today_cn())
    return await write(request, sessions, principal, body, fn)


# ------------------------------------------------------------------ public (no token)
def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _limit(request: Request, setting: str, scope: str, key: str) -> None:
    await request.app.state.reward_limiter.check(getattr(request.app.state.settings, setting), scope, key)


@public_router.get("/notices", response_model=PublicNoticePage, operation_id="public_list_notices",
                   summary="悬赏公告 (active, masked; filter by court or region; no token)")
async def public_notices(request: Request, sessions: SessionsDep, limit: Limit = 20, cursor: str | None = None,
                         court: Annotated[str | None, Query(max_length=20)] = None,
                         region: Annotated[str | None, Query(max_length=20, description="a court code: it and the "
                                                                                        "courts below it")] = None):
    await _limit(request, "public_read_rate", "address:read", _client(request))
    async with sessions() as session:
        rows, last = await views.list_notices(session, None, limit=limit, after=decode_cursor(cursor), state=None,
                                              court=court, region=region)
        return _page(rows, last, views.notice_public)


@public_router.get("/notices/{number}", response_model=PublicNoticeOut, operation_id="public_get_notice",
                   summary="悬赏公告 (no token)")
async def public_notice(number: NoticeNo, request: Request, sessions: SessionsDep):
    await _limit(request, "public_read_rate", "address:read", _client(request))
    async with sessions() as session:
        return views.notice_public(await views.public_notice(session, number))


@public_router.post("/notices/{number}/tips", status_code=201, response_model=TipReceiptOut,
                    operation_id="public_send_tip",
                    summary="提供线索 (no token; answers a receipt code — the tipster's identity is optional but "
                            "needed to be paid)")
async def public_send_tip(number: NoticeNo, body: TipIn, request: Request, sessions: SessionsDep):
    await _limit(request, "public_tip_rate", "address:tip", _client(request))
    t = body.tipster
    cmd = service.SendTip(clue_kind=body.clue_kind, clue_text=body.clue_text, asset_identifier=body.asset_identifier,
                          place=body.place, attachments=[a.model_dump() for a in body.attachments],
                          tipster=service.Tipster(t.name, t.phone, t.id_number, t.declares_no_exclusion))
    public = Principal(sub=f"public@{_client(request)}", org="public", roles=frozenset())

    async def fn(ctx):
        return await service.send_tip(ctx, number, cmd)
    return await write(request, sessions, public, body, fn, 201)


@public_router.get("/tips/{receipt}", response_model=TipStatusOut, operation_id="public_tip_status",
                   summary="线索状态 (by receipt; status only; no token)")
async def public_tip_status(receipt: Receipt, request: Request, sessions: SessionsDep):
    await _limit(request, "public_status_rate", "address:status", _client(request))
    digest = service.hash_receipt(receipt)
    await _limit(request, "public_receipt_rate", "receipt:status", digest)
    async with sessions() as session:
        return await views.tip_status(session, digest)


# ------------------------------------------------------------------ evidence files (issue 16)
files_router = APIRouter(prefix="/api/v1/files", tags=["files 线索附件"], responses=PROBLEMS)
routers.append(files_router)
FileName = Annotated[str | None, Query(max_length=255, description="文件名 (or in Content-Disposition)")]


@public_router.post("/tips/{receipt}/files", status_code=201, response_model=TipFileReceiptOut,
                    operation_id="public_attach_tip_file", openapi_extra=files.upload_openapi(),
                    responses=files.UPLOAD_RESPONSES,
                    summary="为线索补充照片/材料 (no token, with the tip's receipt; the raw bytes as the body: JPEG, PNG, "
                            "HEIC, WebP, PDF, MP4; at most 10 MiB; rate limited)")
@files.upload
async def public_attach_tip_file(receipt: Receipt, request: Request, sessions: SessionsDep, filename: FileName = None):
    await _limit(request, "public_file_rate", "address:file", _client(request))
    digest = service.hash_receipt(receipt)
    await _limit(request, "public_receipt_rate", "receipt:file", digest)
    upload = await files.received(request, filename)
    public = Principal(sub=f"public@{_client(request)}", org="public", roles=frozenset())
    return await write(request, sessions, public, upload.fingerprint(),
                       lambda ctx: service.attach_tip_file(ctx, digest, upload), 201)


@tips_router.get("/{tip_id}/files", response_model=FileList, operation_id="list_tip_files",
                 summary="线索附件 (for the case's judge/officer only, as the tipster's identity)")
async def list_tip_files(tip_id: uuid.UUID, request: Request, sessions: SessionsDep,
                         principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await service.tip_files_of(_reader(request, session, principal), tip_id)


@files_router.get("/{file_id}", response_model=bytes, response_class=files.FileResponse,
                  responses=files.DOWNLOAD_RESPONSES, operation_id="reward_download_file",
                  summary="下载线索附件 (the bytes; ETag = SHA-256; the case's judge/officer only; each read audited)")
async def download_file(file_id: uuid.UUID, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles(*READERS)):
    async with sessions() as session, session.begin():
        return files.download(await service.read_tip_file(_reader(request, session, principal), file_id))
