"""police HTTP API (公安联动): 协查 batches, 拒执罪 transfers, custody of the detained, figures, the deadline sweep.
Routes parse, authorise by role (the use case checks the organisation kind and visibility), call the use case or
view, and answer through their response model."""

import functools
import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.police import service, sweep, views
from services.police.domain import BatchStatus, CustodyStatus, TransferState
from services.police.schemas import (AcceptIn, AnswersIn, BatchIn, BatchOut, BatchPage, BatchSummary, CaseOut,
                                     CloseIn, ComplexIn, CustodyOut, CustodyPage, DayIn, EarlyReleaseIn,
                                     ExplanationIn, FiguresOut, HandOverIn, OutcomeIn, PaymentIn,
                                     PrivateProsecutionIn, RefusalIn, ReleaseIn, SupervisionDecisionIn,
                                     SupervisionRequestIn, SweepIn, SweepOut, TransferIn, TransferOut, TransferPage)
from shared import idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import PROBLEM_RESPONSES, IfMatch, parse_if_match
from shared.legal import today_cn
from shared.pagination import decode_cursor, encode_cursor
from shared.inputs import Day

COURT = ("clerk", "judge", "president")
POLICE = ("police",)
PROCURATOR = ("procurator",)
READERS = COURT + POLICE + PROCURATOR + ("auditor", "admin")

batches_router = APIRouter(prefix="/api/v1/batches", tags=["batches 协查"], responses=PROBLEM_RESPONSES)
transfers_router = APIRouter(prefix="/api/v1/transfers", tags=["transfers 拒执罪移送"], responses=PROBLEM_RESPONSES)
custody_router = APIRouter(prefix="/api/v1/custody", tags=["custody 司法拘留执行"], responses=PROBLEM_RESPONSES)
misc_router = APIRouter(prefix="/api/v1", tags=["police"], responses=PROBLEM_RESPONSES)
ops_router = APIRouter(prefix="/api/v1/ops", tags=["ops"], responses=PROBLEM_RESPONSES)
routers = [batches_router, transfers_router, custody_router, misc_router, ops_router]

write = functools.partial(idempotency.use_case, service.Ctx)
Limit = Annotated[int, Query(ge=1, le=200)]


def reader(request: Request, session, principal: Principal) -> service.Ctx:
    return service.Ctx(session, request.app.state.settings, principal, None)


# ------------------------------------------------------------------ cases (projection)
@misc_router.get("/cases/{case_id}", response_model=CaseOut, operation_id="get_projected_case",
                 summary="案件（asset_core 案件的本地副本）")
async def get_case(case_id: uuid.UUID, request: Request, sessions: SessionsDep,
                   principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await views.get_case(reader(request, session, principal), case_id)


# ------------------------------------------------------------------ batches
@batches_router.post("", status_code=201, response_model=BatchOut, operation_id="create_batch",
                     summary="发送协查批次 (a court asks a public-security bureau to search persons)")
async def create_batch(body: BatchIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*COURT)):
    cmd = service.BatchCmd(police_code=body.police_code, reference=body.reference, sent_on=body.sent_on,
                           note=body.note, persons=[service.PersonCmd(
                               case_id=p.case_id, name=p.name, id_number=p.id_number,
                               requests=[r.value for r in p.requests], capacity=p.capacity, note=p.note)
                               for p in body.persons])
    return await write(request, sessions, principal, body, lambda ctx: service.create_batch(ctx, cmd), 201,
                       lambda r: f"/api/v1/batches/{r['id']}")


@batches_router.get("", response_model=BatchPage, operation_id="list_batches", summary="协查批次列表")
async def list_batches(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                       limit: Limit = 50, cursor: str | None = None, status: BatchStatus | None = None):
    async with sessions() as session:
        items, last = await views.list_batches(reader(request, session, principal), limit=limit,
                                               after_seq=decode_cursor(cursor),
                                               status=status.value if status else None)
        return {"items": items, "next_cursor": encode_cursor(last)}


@batches_router.get("/queue", response_model=list[BatchSummary], operation_id="batch_queue",
                    summary="待办协查 (open batches, 绿色通道 first)")
async def batch_queue(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                      limit: Limit = 100):
    async with sessions() as session:
        return await views.police_queue(reader(request, session, principal), limit)


@batches_router.get("/{batch_id}", response_model=BatchOut, operation_id="get_batch",
                    summary="协查批次 (persons 绿色通道 first, answers per request)")
async def get_batch(batch_id: uuid.UUID, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = reader(request, session, principal)
        return await views.batch_view(ctx, await views.load_batch(ctx, batch_id))


@batches_router.post("/{batch_id}/acceptance", response_model=BatchOut, operation_id="accept_batch",
                     summary="签收协查批次 (police)")
async def accept_batch(batch_id: uuid.UUID, body: AcceptIn, request: Request, sessions: SessionsDep,
                       if_match: IfMatch = None, principal: Principal = require_roles(*POLICE)):
    v = parse_if_match(if_match)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.accept_batch(ctx, batch_id, body.accepted_on, v))


@batches_router.post("/{batch_id}/answers", response_model=BatchOut, operation_id="answer_batch",
                     summary="协查答复 (per person and request; a find publishes PersonLocated / AssetLocated)")
async def answer_batch(batch_id: uuid.UUID, body: AnswersIn, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*POLICE)):
    items = [service.AnswerCmd(person_id=a.person_id, request=a.request.value, found=a.found,
                               answered_on=a.answered_on, location=a.location, found_at=a.found_at, what=a.what,
                               asset_type=a.asset_type, latitude=a.latitude, longitude=a.longitude,
                               leaving=a.leaving) for a in body.answers]
    return await write(request, sessions, principal, body, lambda ctx: service.answer_batch(ctx, batch_id, items))


@batches_router.post("/{batch_id}/closure", response_model=BatchOut, operation_id="close_batch",
                     summary="办结协查批次 (every request answered)")
async def close_batch(batch_id: uuid.UUID, body: CloseIn, request: Request, sessions: SessionsDep,
                      if_match: IfMatch = None, principal: Principal = require_roles(*POLICE)):
    v = parse_if_match(if_match)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.close_batch(ctx, batch_id, body.closed_on, v))


# ------------------------------------------------------------------ transfers
@transfers_router.post("", status_code=201, response_model=TransferOut, operation_id="create_transfer",
                       summary="移送拒执罪线索 (letter, enforcement summary, evidence list; 刑法 313)")
async def create_transfer(body: TransferIn, request: Request, sessions: SessionsDep,
                          principal: Principal = require_roles(*COURT)):
    cmd = service.TransferCmd(
        case_id=body.case_id, police_code=body.police_code, letter_number=body.letter_number, sent_on=body.sent_on,
        summary=body.summary, amount_fen=body.amount_fen,
        persons=[service.TransferPersonCmd(name=p.name, id_number=p.id_number, capacity=p.capacity)
                 for p in body.persons],
        acts=[a.model_dump(mode="json") for a in body.acts], evidence=[e.model_dump(mode="json") for e in body.evidence])
    return await write(request, sessions, principal, body, lambda ctx: service.create_transfer(ctx, cmd), 201,
                       lambda r: f"/api/v1/transfers/{r['id']}")


@transfers_router.get("", response_model=TransferPage, operation_id="list_transfers", summary="移送案件列表")
async def list_transfers(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                         limit: Limit = 50, cursor: str | None = None, state: TransferState | None = None):
    async with sessions() as session:
        items, last = await views.list_transfers(reader(request, session, principal), limit=limit,
                                                 after_seq=decode_cursor(cursor),
                                                 state=state.value if state else None)
        return {"items": items, "next_cursor": encode_cursor(last)}


@transfers_router.get("/{transfer_id}", response_model=TransferOut, operation_id="get_transfer",
                      summary="移送案件 (state, deadlines due/overdue, history)")
async def get_transfer(transfer_id: uuid.UUID, request: Request, sessions: SessionsDep,
                       principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        ctx = reader(request, session, principal)
        return views.transfer_view(ctx, await views.load_transfer(ctx, transfer_id))


def _step_route(path: str, op: str, summary: str, model, roles, call):
    @transfers_router.post("/{transfer_id}/" + path, response_model=TransferOut, operation_id=op, summary=summary)
    async def route(transfer_id: uuid.UUID, body: model, request: Request, sessions: SessionsDep,  # type: ignore
                    if_match: IfMatch = None, principal: Principal = require_roles(*roles)):
        v = parse_if_match(if_match)
        return await write(request, sessions, principal, body, lambda ctx: call(ctx, transfer_id, body, v))
    route.__name__ = op
    return route


_step_route("receipt", "receipt_transfer", "出具回执 (police; the filing decision's 7 days start)", DayIn, POLICE,
            lambda ctx, tid, b, v: service.receipt_transfer(ctx, tid, b.on, v))
_step_route("complexity", "mark_transfer_complex", "认定重大复杂 (police; decision within 30 days, reason recorded)",
            ComplexIn, POLICE, lambda ctx, tid, b, v: service.mark_complex(ctx, tid, b.reason, b.decided_on, v))
_step_route("filing", "file_transfer", "立案 (police)", DayIn, POLICE,
            lambda ctx, tid, b, v: service.file_transfer(ctx, tid, b.on, v))
_step_route("refusal", "refuse_transfer", "不予立案 (police; notified to the court within 7 days)", RefusalIn, POLICE,
            lambda ctx, tid, b, v: service.refuse_transfer(ctx, tid, b.refused_on, b.reason, b.notified_on, v))
_step_route("refusal-notice", "notify_refusal", "通知法院不予立案 (police)", DayIn, POLICE,
            lambda ctx, tid, b, v: service.notify_refusal(ctx, tid, b.on, v))
_step_route("supervision-request", "request_supervision",
            "提请检察院立案监督 (court; the police explain within 7 days)", SupervisionRequestIn, COURT,
            lambda ctx, tid, b, v: service.request_supervision(ctx, tid, b.procuratorate_code, b.requested_on,
                                                               b.reason, v))
_step_route("explanation", "explain_refusal", "说明不立案理由 (police)", ExplanationIn, POLICE,
            lambda ctx, tid, b, v: service.explain_refusal(ctx, tid, b.explained_on, b.explanation, v))
_step_route("supervision-decision", "decide_supervision",
            "立案监督决定 (procuratorate: order filing — filed within 15 days — or find the refusal sound)",
            SupervisionDecisionIn, PROCURATOR,
            lambda ctx, tid, b, v: service.decide_supervision(ctx, tid, b.order_filing, b.decided_on, b.reason, v))
_step_route("private-prosecution", "record_private_prosecution",
            "自诉 (court; police and procuratorate both declined)", PrivateProsecutionIn, COURT,
            lambda ctx, tid, b, v: service.record_private_prosecution(ctx, tid, b.on, b.note, v))
_step_route("outcome", "record_transfer_outcome",
            "侦查、起诉、审判结果 (police: prosecution recommended / dropped; court or procuratorate: prosecuted / not; "
            "court: judgment)", OutcomeIn, COURT + POLICE + PROCURATOR,
            lambda ctx, tid, b, v: service.record_outcome(ctx, tid, b.outcome, b.on, b.note, b.sentence, v))
_step_route("payment", "record_debtor_payment",
            "被执行人履行 (court; before prosecution / before the first-instance judgment, 法释〔2024〕13号 11)",
            PaymentIn, COURT,
            lambda ctx, tid, b, v: service.record_payment(ctx, tid, b.paid_on, b.amount_fen, b.full, v))


# ------------------------------------------------------------------ custody
@custody_router.get("", response_model=CustodyPage, operation_id="list_custody", summary="司法拘留执行记录")
async def list_custody(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                       limit: Limit = 50, cursor: str | None = None, status: CustodyStatus | None = None):
    async with sessions() as session:
        items, last = await views.list_custody(reader(request, session, principal), limit=limit,
                                               after_seq=decode_cursor(cursor),
                                               status=status.value if status else None)
        return {"items": items, "next_cursor": encode_cursor(last)}


@custody_router.get("/{custody_id}", response_model=CustodyOut, operation_id="get_custody", summary="执行记录")
async def get_custody(custody_id: uuid.UUID, request: Request, sessions: SessionsDep,
                      principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return views.custody_view(await views.load_custody(reader(request, session, principal), custody_id))


@custody_router.post("/{custody_id}/handover", response_model=CustodyOut, operation_id="hand_over_custody",
                     summary="交付拘留所 (police; the end never moves for holidays)")
async def hand_over(custody_id: uuid.UUID, body: HandOverIn, request: Request, sessions: SessionsDep,
                    if_match: IfMatch = None, principal: Principal = require_roles(*POLICE)):
    v = parse_if_match(if_match)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.hand_over(ctx, custody_id, body.facility, body.handed_over_at, v))


@custody_router.post("/{custody_id}/release", response_model=CustodyOut, operation_id="release_custody",
                     summary="期满释放 (police; not before the end)")
async def release(custody_id: uuid.UUID, body: ReleaseIn, request: Request, sessions: SessionsDep,
                  if_match: IfMatch = None, principal: Principal = require_roles(*POLICE)):
    v = parse_if_match(if_match)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.release_at_end(ctx, custody_id, body.released_at, v))


@custody_router.post("/{custody_id}/early-release", response_model=CustodyOut, operation_id="early_release_custody",
                     summary="提前解除拘留 (the deciding court, e.g. the debtor performed)")
async def early_release(custody_id: uuid.UUID, body: EarlyReleaseIn, request: Request, sessions: SessionsDep,
                        if_match: IfMatch = None, principal: Principal = require_roles(*COURT)):
    v = parse_if_match(if_match)
    return await write(request, sessions, principal, body,
                       lambda ctx: service.early_release(ctx, custody_id, body.decision, body.released_at, v))


# ------------------------------------------------------------------ figures
@misc_router.get("/figures", response_model=FiguresOut, operation_id="police_figures",
                 summary="公安联动数据 (batches, people searched, transfers — cases and persons — for a period and court)")
async def figures(request: Request, sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                  from_: Annotated[Day | None, Query(alias="from")] = None,
                  to: Day | None = None, court: Annotated[str | None, Query(max_length=32)] = None):
    async with sessions() as session:
        return await views.figures(reader(request, session, principal), from_, to, court)


# ------------------------------------------------------------------ ops
@ops_router.post("/sweep", response_model=SweepOut, operation_id="police_sweep",
                 summary="期限扫描 (missed transfer deadlines published once; runs on a timer too)")
async def run_sweep(body: SweepIn, request: Request, sessions: SessionsDep,
                    principal: Principal = require_roles("admin")):
    return await write(request, sessions, principal, body, lambda ctx: sweep.sweep(ctx, body.today or today_cn()))
