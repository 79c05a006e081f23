"""police read models: who sees what (a bureau what is addressed to it and to the bureaus below it; a court what
it sent and its lower courts sent; a procuratorate only the transfers it was asked to supervise; auditors and
admins everything), id numbers masked for roles without the need, deadlines with due/overdue, figures."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, distinct, false, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from services.police import domain
from services.police.domain import (BatchStatus, CustodyStatus, RequestKind, TransferDates, TransferState)
from services.police.tables import answers, batch_persons, batches, cases, custody, transfers
from shared.identity import mask_resident_id
from shared.legal import NotFound, Refused, day_cn, today_cn
from shared.orgs import org_kind, visible_to
from shared.pagination import keyset_page


def acting(ctx: Any) -> str | None:
    return domain.acting_as(ctx.org, ctx.roles)


def oversees(ctx: Any) -> bool:
    return bool(set(ctx.roles) & domain.OVERSIGHT_ROLES)


# ------------------------------------------------------------------ visibility
def batch_filter(ctx: Any) -> ColumnElement[bool]:
    kind = acting(ctx)
    if kind == "court":
        return visible_to(ctx.org, batches.c.court_code)
    if kind == "police":
        return visible_to(ctx.org, batches.c.police_code)
    return true() if oversees(ctx) else false()


def transfer_filter(ctx: Any) -> ColumnElement[bool]:
    kind = acting(ctx)
    if kind == "court":
        return visible_to(ctx.org, transfers.c.court_code)
    if kind == "police":
        return visible_to(ctx.org, transfers.c.police_code)
    if kind == "procuratorate":
        return and_(transfers.c.supervision_requested_on.is_not(None),
                    visible_to(ctx.org, transfers.c.procuratorate_code))
    return true() if oversees(ctx) else false()


def custody_filter(ctx: Any) -> ColumnElement[bool]:
    kind = acting(ctx)
    if kind == "court":
        return visible_to(ctx.org, custody.c.court_code)
    if kind == "police":
        return visible_to(ctx.org, custody.c.police_code)
    return true() if oversees(ctx) else false()


# ------------------------------------------------------------------ cases
async def visible_case(ctx: Any, case_id: uuid.UUID) -> Any:
    """A case of the projection that the asking court (or a court above it) executes."""
    row = (await ctx.session.execute(select(cases).where(cases.c.case_id == case_id,
                                                         visible_to(ctx.org, cases.c.court_code)))).first()
    if row is None:
        raise Refused("unknown_case", f"案件不存在或不属于本院: {case_id} / no case {case_id} of {ctx.org} is known "
                                      "(asset_core's registration may still be on its way)", case_id=str(case_id))
    return row


async def get_case(ctx: Any, case_id: uuid.UUID) -> dict:
    q = select(cases).where(cases.c.case_id == case_id)
    if not oversees(ctx):
        q = q.where(visible_to(ctx.org, cases.c.court_code))
    row = (await ctx.session.execute(q)).first()
    if row is None:
        raise NotFound("case_not_found", "案件不存在", f"no case {case_id} visible to {ctx.org}")
    return {**row._mapping, "green_channel": domain.green_channel(row.livelihood_category)}


# ------------------------------------------------------------------ batches
def _id_number(ctx: Any, value: str) -> str:
    return value if set(ctx.roles) & domain.PII_ROLES else mask_resident_id(value)


def person_view(ctx: Any, p: Any, person_answers: list[Any]) -> dict:
    return {"id": p.id, "case_id": p.case_id, "case_number": p.case_number, "green_channel": p.green_channel,
            "name": p.name, "id_number": _id_number(ctx, p.id_number), "capacity": p.capacity,
            "requests": p.requests, "note": p.note,
            "answers": [answer_view(a) for a in person_answers],
            "answered": sorted({a.request for a in person_answers}) == sorted(set(p.requests)),
            "located": any(a.found for a in person_answers)}


def answer_view(a: Any) -> dict:
    return {"id": a.id, "request": a.request, "request_label": domain.REQUEST_LABELS[RequestKind(a.request)],
            "found": a.found, "location": a.location, "latitude": a.latitude, "longitude": a.longitude,
            "found_at": a.found_at, "what": a.what, "asset_type": a.asset_type, "leaving": a.leaving,
            "answered_on": a.answered_on, "answered_by": a.answered_by,
            "located": domain.locates(RequestKind(a.request), a.found)}


def batch_summary(b: Any) -> dict:
    return {"id": b.id, "court_code": b.court_code, "police_code": b.police_code, "reference": b.reference,
            "status": b.status, "status_label": domain.BATCH_LABELS[BatchStatus(b.status)], "sent_on": b.sent_on,
            "accepted_on": b.accepted_on, "closed_on": b.closed_on, "person_count": b.person_count,
            "green_channel_count": b.green_count, "note": b.note, "version": b.version}


async def batch_view(ctx: Any, b: Any) -> dict:
    persons = (await ctx.session.execute(select(batch_persons).where(batch_persons.c.batch_id == b.id).order_by(
        batch_persons.c.green_channel.desc(), batch_persons.c.seq))).all()
    rows = (await ctx.session.execute(select(answers).where(answers.c.batch_id == b.id)
                                      .order_by(answers.c.seq))).all()
    by_person: dict[Any, list[Any]] = {}
    for a in rows:
        by_person.setdefault(a.person_id, []).append(a)
    views = [person_view(ctx, p, by_person.get(p.id, [])) for p in persons]
    return {**batch_summary(b), "persons": views, "persons_located": sum(1 for v in views if v["located"]),
            "persons_answered": sum(1 for v in views if v["answered"])}


async def load_batch(ctx: Any, batch_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(batches).where(batches.c.id == batch_id, batch_filter(ctx))
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None:
        raise NotFound("batch_not_found", "协查批次不存在", f"no batch {batch_id} visible to {ctx.org}")
    return row


async def list_batches(ctx: Any, *, limit: int, after_seq: int | None, status: str | None) -> tuple[list[dict], int | None]:
    q = select(batches).where(batch_filter(ctx))
    if status:
        q = q.where(batches.c.status == status)
    rows, last = await keyset_page(ctx.session, q, batches.c.seq, limit, after_seq)
    return [batch_summary(r) for r in rows], last


async def police_queue(ctx: Any, limit: int) -> list[dict]:
    """The open batches (sent or accepted), 绿色通道 first, then oldest first."""
    rows = (await ctx.session.execute(select(batches).where(
        batch_filter(ctx), batches.c.status != BatchStatus.closed.value).order_by(
        (batches.c.green_count > 0).desc(), batches.c.sent_on, batches.c.seq).limit(limit))).all()
    return [batch_summary(r) for r in rows]


# ------------------------------------------------------------------ transfers
def dates_of(t: Any) -> TransferDates:
    return TransferDates(receipted_on=t.receipted_on, complex_case=t.complex_case, filed_on=t.filed_on,
                         refused_on=t.refused_on, refusal_notified_on=t.refusal_notified_on,
                         supervision_requested_on=t.supervision_requested_on, explained_on=t.explained_on,
                         filing_ordered_on=t.filing_ordered_on)


def deadline_views(t: Any, today: date) -> list[dict]:
    return [{"kind": dl.kind, "due_on": dl.on, "moved_for_holiday_from": dl.moved_for_holiday_from,
             "article": dl.article, "done_on": done, "status": domain.deadline_status(dl.on, done, today),
             "overdue": domain.is_overdue(dl.on, done, today)}
            for dl, done in domain.transfer_deadlines(dates_of(t))]


def transfer_view(ctx: Any, t: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    persons = [{**p, "id_number": _id_number(ctx, p["id_number"]) if p.get("id_number") else None}
               for p in t.persons]
    return {
        "id": t.id, "case_id": t.case_id, "case_number": t.case_number, "court_code": t.court_code,
        "police_code": t.police_code, "procuratorate_code": t.procuratorate_code, "state": t.state,
        "state_label": domain.TRANSFER_LABELS[TransferState(t.state)], "letter_number": t.letter_number,
        "summary": t.summary, "evidence": t.evidence, "persons": persons, "person_count": t.person_count,
        "amount_fen": t.amount_fen, "livelihood_category": t.livelihood_category, "weighs_heavier": t.weighs_heavier,
        "sent_on": t.sent_on, "receipted_on": t.receipted_on, "complex_case": t.complex_case,
        "complex_reason": t.complex_reason, "filed_on": t.filed_on, "refused_on": t.refused_on,
        "refusal_reason": t.refusal_reason, "refusal_notified_on": t.refusal_notified_on,
        "supervision_requested_on": t.supervision_requested_on, "explained_on": t.explained_on,
        "explanation": t.explanation, "filing_ordered_on": t.filing_ordered_on,
        "supervision_decided_on": t.supervision_decided_on, "supervision_reason": t.supervision_reason,
        "private_prosecution_on": t.private_prosecution_on, "outcome_on": t.outcome_on,
        "outcome_note": t.outcome_note, "sentence": t.sentence,
        "payment": None if t.paid_on is None else {
            "paid_on": t.paid_on, "amount_fen": t.paid_fen, "full": t.paid_full, "stage": t.paid_stage,
            "stage_label": domain.PAYMENT_LABELS[domain.PaymentStage(t.paid_stage)]},
        "deadlines": deadline_views(t, today), "history": t.history, "version": t.version}


async def load_transfer(ctx: Any, transfer_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(transfers).where(transfers.c.id == transfer_id, transfer_filter(ctx))
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None:
        raise NotFound("transfer_not_found", "移送案件不存在", f"no transfer {transfer_id} visible to {ctx.org}")
    return row


async def list_transfers(ctx: Any, *, limit: int, after_seq: int | None, state: str | None
                         ) -> tuple[list[dict], int | None]:
    q = select(transfers).where(transfer_filter(ctx))
    if state:
        q = q.where(transfers.c.state == state)
    rows, last = await keyset_page(ctx.session, q, transfers.c.seq, limit, after_seq)
    today = today_cn()
    return [transfer_view(ctx, r, today) for r in rows], last


# ------------------------------------------------------------------ custody
def custody_view(c: Any) -> dict:
    return {"id": c.id, "penalty_id": c.penalty_id, "case_id": c.case_id, "court_code": c.court_code,
            "police_code": c.police_code, "subject_name": c.subject_name, "days": c.days, "emergency": c.emergency,
            "status": c.status, "status_label": domain.CUSTODY_LABELS[CustodyStatus(c.status)],
            "decided_at": c.decided_at, "opened_at": c.opened_at, "started_at": c.started_at,
            "handed_over_at": c.handed_over_at, "facility": c.facility, "ends_at": c.ends_at, "ends_on": c.ends_on,
            "released_at": c.released_at, "release_kind": c.release_kind, "release_reason": c.release_reason,
            "release_due": c.status == CustodyStatus.in_custody.value and c.ends_on is not None
            and c.ends_on <= today_cn(), "version": c.version}


async def load_custody(ctx: Any, custody_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(custody).where(custody.c.id == custody_id, custody_filter(ctx))
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None:
        raise NotFound("custody_not_found", "羁押记录不存在", f"no custody {custody_id} visible to {ctx.org}")
    return row


async def list_custody(ctx: Any, *, limit: int, after_seq: int | None, status: str | None
                       ) -> tuple[list[dict], int | None]:
    q = select(custody).where(custody_filter(ctx), custody.c.status != CustodyStatus.pending_approval.value)
    if status:
        q = q.where(custody.c.status == status)
    rows, last = await keyset_page(ctx.session, q, custody.c.seq, limit, after_seq)
    return [custody_view(r) for r in rows], last


# ------------------------------------------------------------------ figures
async def figures(ctx: Any, start: date | None, end: date | None, court: str | None) -> dict:
    """The article's police row for a period and court (and its lower courts): 协查 batches and the people
    searched, persons located; 拒执罪 transfers — cases and persons — and their outcomes; custody."""
    domain.check_period(start, end)
    if court is not None and org_kind(court) != "court":
        raise Refused("not_a_court_code", f"court 必须是法院代码 / court must be a court code, got {court!r}")

    def period(col):
        terms = []
        if start:
            terms.append(col >= start)
        if end:
            terms.append(col <= end)
        return and_(true(), *terms)

    bq = [batch_filter(ctx), period(batches.c.sent_on)]
    tq = [transfer_filter(ctx), period(transfers.c.sent_on)]
    if court:
        bq.append(visible_to(court, batches.c.court_code))
        tq.append(visible_to(court, transfers.c.court_code))
    s = ctx.session
    b = (await s.execute(select(func.count(), func.coalesce(func.sum(batches.c.person_count), 0))
                         .where(*bq))).one()
    located = (await s.execute(select(func.count(distinct(answers.c.person_id))).select_from(
        answers.join(batches, batches.c.id == answers.c.batch_id)).where(*bq, answers.c.found))).scalar()
    t = (await s.execute(select(func.count(distinct(transfers.c.case_id)), func.count(),
                                func.coalesce(func.sum(transfers.c.person_count), 0),
                                func.count(transfers.c.filed_on), func.count(transfers.c.refused_on),
                                func.count(transfers.c.private_prosecution_on),
                                func.count().filter(transfers.c.state == TransferState.convicted.value))
                         .where(*tq))).one()
    cq = [custody_filter(ctx), custody.c.opened_at.is_not(None)]
    if court:
        cq.append(visible_to(court, custody.c.court_code))
    opened = [r for r in (await s.execute(select(custody.c.opened_at, custody.c.release_kind).where(*cq))).all()
              if (start is None or day_cn(r.opened_at) >= start) and (end is None or day_cn(r.opened_at) <= end)]
    return {"from": start, "to": end, "court": court,
            "search_batches": b[0], "people_searched": int(b[1]), "persons_located": located,
            "transfers": t[1], "transfer_cases": t[0], "transfer_persons": int(t[2]), "transfers_filed": t[3],
            "transfers_refused": t[4], "private_prosecutions": t[5], "convictions": t[6],
            "custody_opened": len(opened), "custody_released_early": sum(1 for r in opened
                                                                         if r.release_kind == "early")}
