"""police use cases: load, apply a domain rule, write state + outbox event + audit in one transaction.
Never imports fastapi or the HTTP schemas: commands are the small dataclasses below."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from services.police import domain, views
from services.police.domain import (BatchStatus, CustodyStatus, RequestKind, TransferState)
from services.police.tables import answers, batch_persons, batches, custody, notices, platform, transfers
from shared.contracts import dispatch as dispatch_ev
from shared.contracts import police as ev
from shared.events import CloudEvent, EventPayload
from shared.identity import validate_resident_id
from shared.legal import Conflict, Forbidden, Refused, day_cn, fen, today_cn
from shared.sweep import notice_once
from shared.usecase import UseCaseContext, bump, check_version

SWEEP_LOCK = 0x706F6C696365  # "police"
_SKEW = timedelta(minutes=5)  # clock skew allowed for times given by the client


class Ctx(UseCaseContext):
    """police's use-case context: events carry the acting organisation's code unless told otherwise."""

    platform = platform

    async def emit(self, payload: EventPayload, *, subject: str, caseid: str | None = None,
                   orgcode: str | None = None, summary: str | None = None) -> CloudEvent:
        return await super().emit(payload, subject=subject, caseid=caseid, orgcode=orgcode or self.org,
                                  summary=summary)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def _require(ctx: Ctx, kind: str) -> None:
    if views.acting(ctx) != kind:
        what = {"court": "法院（立案/法官/院长，法院代码）", "police": "公安机关（police 角色，代码以“公”结尾）",
                "procuratorate": "检察院（procurator 角色，代码以“检”结尾）"}[kind]
        raise Forbidden("wrong_organisation", f"此操作须由{what}进行 / only a {kind} may do this "
                        f"(token org {ctx.org!r} with roles {sorted(ctx.roles)})")


# ================================================================== 协查 batches
@dataclass
class PersonCmd:
    case_id: uuid.UUID
    name: str
    id_number: str
    requests: list[str]
    capacity: str = "debtor"
    note: str | None = None


@dataclass
class BatchCmd:
    police_code: str
    reference: str
    sent_on: date
    persons: list[PersonCmd]
    note: str | None = None


async def create_batch(ctx: Ctx, cmd: BatchCmd) -> dict:
    _require(ctx, "court")
    domain.check_police_code(cmd.police_code)
    domain.check_not_future(cmd.sent_on, today_cn(), "sent_on")
    if not cmd.persons:
        raise Refused("empty_batch", "协查批次至少包含一人 / a batch lists at least one person")
    seen: set[str] = set()
    rows = []
    for i, p in enumerate(cmd.persons):
        id_number = validate_resident_id(p.id_number)
        if id_number in seen:
            raise Refused("duplicate_person", f"第 {i + 1} 人重复 / person {i + 1} is listed twice", index=i)
        seen.add(id_number)
        if not p.requests or len(set(p.requests)) != len(p.requests):
            raise Refused("invalid_requests", f"第 {i + 1} 人的协查事项为空或重复 / person {i + 1}: requests empty or "
                                              "repeated", index=i)
        for r in p.requests:
            RequestKind(r)
        case = await views.visible_case(ctx, p.case_id)
        rows.append(dict(id=uuid.uuid4(), case_id=case.case_id, case_number=case.case_number,
                         green_channel=domain.green_channel(case.livelihood_category), name=p.name.strip(),
                         id_number=id_number, capacity=p.capacity, requests=list(p.requests), note=p.note))
    batch_id = uuid.uuid4()
    green = sum(1 for r in rows if r["green_channel"])
    b = (await ctx.session.execute(insert(batches).values(
        id=batch_id, court_code=ctx.org, police_code=cmd.police_code, reference=cmd.reference,
        status=BatchStatus.sent.value, sent_on=cmd.sent_on, person_count=len(rows), green_count=green, note=cmd.note,
        created_by=ctx.actor).returning(batches))).first()
    await ctx.session.execute(insert(batch_persons), [{**r, "batch_id": batch_id} for r in rows])
    await ctx.emit(ev.SearchBatchCreated(
        batch_id=str(batch_id), court_code=ctx.org, police_code=cmd.police_code, person_count=len(rows),
        reference=cmd.reference, sent_on=cmd.sent_on, green_channel_count=green,
        case_ids=sorted({str(r["case_id"]) for r in rows})), subject=f"search-batches/{batch_id}")
    await ctx.audit("batch.created", "batch", batch_id, {"police_code": cmd.police_code, "persons": len(rows)})
    return await views.batch_view(ctx, b)


async def accept_batch(ctx: Ctx, batch_id: uuid.UUID, accepted_on: date, if_match: int | None) -> dict:
    _require(ctx, "police")
    b = await views.load_batch(ctx, batch_id, lock=True)
    check_version(b, if_match, "协查批次", "batch")
    domain.check_batch_transition(BatchStatus(b.status), BatchStatus.accepted)
    domain.check_not_future(accepted_on, today_cn(), "accepted_on")
    domain.check_not_before(accepted_on, b.sent_on, "accepted_on")
    b2 = await bump(ctx.session, batches, b.id, status=BatchStatus.accepted.value, accepted_on=accepted_on)
    await ctx.emit(ev.SearchBatchAccepted(batch_id=str(b.id), court_code=b.court_code, police_code=b.police_code,
                                          person_count=b.person_count, accepted_on=accepted_on),
                   subject=f"search-batches/{b.id}", orgcode=b.police_code)
    await ctx.audit("batch.accepted", "batch", b.id, {"accepted_on": accepted_on})
    return await views.batch_view(ctx, b2)


@dataclass
class AnswerCmd:
    person_id: uuid.UUID
    request: str
    found: bool
    answered_on: date
    location: str | None = None
    found_at: datetime | None = None
    what: str | None = None
    asset_type: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    leaving: bool = False


async def answer_batch(ctx: Ctx, batch_id: uuid.UUID, items: list[AnswerCmd]) -> dict:
    """Answers per person and request; each that locates the person or an asset publishes PersonLocated or
    AssetLocated once (dispatch raises an alarm; asset_core adds the asset to its ledger)."""
    _require(ctx, "police")
    b = await views.load_batch(ctx, batch_id, lock=True)
    domain.check_can_answer(BatchStatus(b.status))
    if not items:
        raise Refused("no_answers", "至少一条答复 / at least one answer")
    persons = {p.id: p for p in (await ctx.session.execute(
        select(batch_persons).where(batch_persons.c.batch_id == b.id))).all()}
    done = {(a.person_id, a.request) for a in (await ctx.session.execute(
        select(answers.c.person_id, answers.c.request).where(answers.c.batch_id == b.id))).all()}
    today = today_cn()
    for i, a in enumerate(items):
        p = persons.get(a.person_id)
        if p is None:
            raise Refused("unknown_person", f"第 {i + 1} 条答复的人员不在本批次 / answer {i + 1}: person {a.person_id} is "
                                            "not in this batch", index=i)
        kind = RequestKind(a.request)
        if kind.value not in p.requests:
            raise Refused("not_requested", f"第 {i + 1} 条: 未请求该事项 / answer {i + 1}: {kind.value} was not asked "
                                           f"for this person", index=i)
        if (p.id, kind.value) in done:
            raise Conflict("already_answered", f"第 {i + 1} 条: 该人员该事项已答复 / answer {i + 1}: already answered",
                           index=i)
        done.add((p.id, kind.value))
        domain.check_not_future(a.answered_on, today, "answered_on")
        domain.check_not_before(a.answered_on, b.accepted_on, "answered_on")
        located = domain.locates(kind, a.found)
        if a.found and not (a.location and a.location.strip()):
            raise Refused("location_required", f"第 {i + 1} 条: 查找到时须注明地点 / answer {i + 1}: a find states where",
                          index=i)
        found_at = (a.found_at or now_utc()) if a.found else None
        if found_at is not None and found_at > now_utc() + _SKEW:
            raise Refused("date_in_future", f"第 {i + 1} 条: 发现时间晚于当前 / found_at is in the future", index=i)
        answer_id = uuid.uuid4()
        await ctx.session.execute(insert(answers).values(
            id=answer_id, batch_id=b.id, person_id=p.id, request=kind.value, found=a.found,
            location=a.location if a.found else None, latitude=a.latitude if a.found else None,
            longitude=a.longitude if a.found else None, found_at=found_at, what=a.what,
            asset_type=(a.asset_type or ("vehicle" if kind == RequestKind.vehicles else "movable"))
            if located == "asset" else None, leaving=a.leaving and a.found, answered_on=a.answered_on,
            answered_by=ctx.actor))
        await ctx.emit(ev.SearchAnswered(batch_id=str(b.id), answer_id=str(answer_id), person_id=str(p.id),
                                         case_id=str(p.case_id), court_code=b.court_code, police_code=b.police_code,
                                         request=kind.value, found=a.found, answered_on=a.answered_on),
                       subject=f"search-batches/{b.id}", caseid=str(p.case_id), orgcode=b.police_code)
        common = dict(case_id=str(p.case_id), court_code=b.court_code, search_id=str(b.id), location=a.location or "",
                      latitude=a.latitude, longitude=a.longitude, found_at=found_at, leaving=a.leaving,
                      answer_id=str(answer_id), police_code=b.police_code)
        if located == "person":
            await ctx.emit(ev.PersonLocated(**common, person_name=p.name), subject=f"search-batches/{b.id}",
                           caseid=str(p.case_id), orgcode=b.police_code)
        elif located == "asset":
            await ctx.emit(ev.AssetLocated(**common, asset_type=a.asset_type or (
                "vehicle" if kind == RequestKind.vehicles else "movable"),
                description=a.what or domain.REQUEST_LABELS[kind]), subject=f"search-batches/{b.id}",
                caseid=str(p.case_id), orgcode=b.police_code)
    b2 = await bump(ctx.session, batches, b.id)
    await ctx.audit("batch.answered", "batch", b.id, {"answers": len(items),
                                                      "found": sum(1 for a in items if a.found)})
    return await views.batch_view(ctx, b2)


async def close_batch(ctx: Ctx, batch_id: uuid.UUID, closed_on: date, if_match: int | None) -> dict:
    _require(ctx, "police")
    b = await views.load_batch(ctx, batch_id, lock=True)
    check_version(b, if_match, "协查批次", "batch")
    domain.check_batch_transition(BatchStatus(b.status), BatchStatus.closed)
    domain.check_not_future(closed_on, today_cn(), "closed_on")
    domain.check_not_before(closed_on, b.accepted_on, "closed_on")
    view = await views.batch_view(ctx, b)
    open_persons = [p for p in view["persons"] if not p["answered"]]
    if open_persons:
        raise Refused("unanswered_requests", f"尚有 {len(open_persons)} 人的协查事项未答复 / {len(open_persons)} persons "
                                             "still have unanswered requests", unanswered=len(open_persons))
    assets = sum(1 for p in view["persons"] for a in p["answers"] if a["located"] == "asset")
    b2 = await bump(ctx.session, batches, b.id, status=BatchStatus.closed.value, closed_on=closed_on)
    await ctx.emit(ev.SearchBatchClosed(batch_id=str(b.id), court_code=b.court_code, police_code=b.police_code,
                                        person_count=b.person_count, persons_located=view["persons_located"],
                                        assets_located=assets, closed_on=closed_on),
                   subject=f"search-batches/{b.id}", orgcode=b.police_code)
    await ctx.audit("batch.closed", "batch", b.id, {"closed_on": closed_on})
    return await views.batch_view(ctx, b2)


# ================================================================== 拒执罪 transfers
@dataclass
class TransferPersonCmd:
    name: str
    id_number: str | None = None
    capacity: str = "debtor"  # debtor / legal_representative / responsible_person


@dataclass
class TransferCmd:
    case_id: uuid.UUID
    police_code: str
    letter_number: str
    sent_on: date
    summary: str
    persons: list[TransferPersonCmd]
    acts: list[dict[str, Any]]  # {kind, description, on, amount_fen}
    evidence: list[dict[str, Any]]  # {kind, description}
    amount_fen: int = 0


def _t_event_common(t: Any) -> dict:
    return dict(transfer_id=str(t.id), case_id=str(t.case_id), case_number=t.case_number, court_code=t.court_code,
                police_code=t.police_code)


async def create_transfer(ctx: Ctx, cmd: TransferCmd) -> dict:
    _require(ctx, "court")
    domain.check_police_code(cmd.police_code)
    domain.check_not_future(cmd.sent_on, today_cn(), "sent_on")
    fen(cmd.amount_fen, "amount_fen")
    if not cmd.persons:
        raise Refused("no_persons", "至少移送一人 / at least one person is transferred")
    if not cmd.evidence:
        raise Refused("no_evidence", "须附证据清单 / the evidence list is required")
    case = await views.visible_case(ctx, cmd.case_id)
    persons = [{"name": p.name.strip(), "capacity": p.capacity,
                "id_number": validate_resident_id(p.id_number) if p.id_number else None} for p in cmd.persons]
    acts = [{**a, "on": a["on"].isoformat() if isinstance(a.get("on"), date) else a.get("on")} for a in cmd.acts]
    heavier = domain.weighs_heavier(case.livelihood_category, [a.get("kind", "") for a in cmd.acts])
    tid = uuid.uuid4()
    history = [{"state": TransferState.sent.value, "on": cmd.sent_on.isoformat(), "by": ctx.org}]
    t = (await ctx.session.execute(insert(transfers).values(
        id=tid, case_id=case.case_id, case_number=case.case_number, livelihood_category=case.livelihood_category,
        court_code=ctx.org, police_code=cmd.police_code, state=TransferState.sent.value,
        letter_number=cmd.letter_number, summary=cmd.summary, evidence={"items": cmd.evidence, "acts": acts},
        persons=persons, person_count=len(persons), amount_fen=cmd.amount_fen, weighs_heavier=heavier,
        sent_on=cmd.sent_on, history=history, created_by=ctx.actor).returning(transfers))).first()
    await ctx.emit(ev.TransferSent(**_t_event_common(t), letter_number=t.letter_number, sent_on=t.sent_on,
                                   person_count=t.person_count, persons=[p["name"] for p in persons],
                                   amount_fen=t.amount_fen, weighs_heavier=heavier),
                   subject=f"transfers/{tid}", caseid=str(t.case_id))
    await ctx.audit("transfer.sent", "transfer", tid, {"police_code": cmd.police_code, "persons": len(persons)})
    return views.transfer_view(ctx, t)


async def publish_missed(ctx: Ctx, t: Any, dl: domain.Deadline, done_on: date | None, today: date) -> bool:
    """Publish a missed deadline once (the sweep and a late act share the notice)."""
    if not await notice_once(ctx.session, notices, entity_id=str(t.id), kind=dl.kind):
        return False
    await ctx.emit(ev.TransferDeadlineMissed(**_t_event_common(t), kind=dl.kind, deadline=dl.on,
                                             moved_for_holiday_from=dl.moved_for_holiday_from, detected_on=today,
                                             done_on=done_on),
                   subject=f"transfers/{t.id}", caseid=str(t.case_id), orgcode=t.police_code)
    return True


async def _step(ctx: Ctx, transfer_id: uuid.UUID, target: TransferState, on: date, if_match: int | None,
                *, reason: str | None = None, **values: Any) -> dict:
    """Move a transfer one step: the transition and who may take it (domain), dates in order, the state change
    event, a late act's missed deadline (once), audit."""
    t = await views.load_transfer(ctx, transfer_id, lock=True)
    check_version(t, if_match, "移送案件", "transfer")
    domain.check_transfer_transition(TransferState(t.state), target, views.acting(ctx))
    today = today_cn()
    domain.check_not_future(on, today, "date")
    last = max((date.fromisoformat(h["on"]) for h in t.history if "on" in h), default=t.sent_on)
    domain.check_not_before(on, last, "date")
    history = list(t.history) + [{"state": target.value, "on": on.isoformat(), "by": ctx.org,
                                  **({"reason": reason} if reason else {})}]
    t2 = await bump(ctx.session, transfers, t.id, state=target.value, history=history, **values)
    pending = [(dl, done) for dl, done in domain.transfer_deadlines(views.dates_of(t2)) if done is None]
    nxt = pending[-1][0] if pending else None
    await ctx.emit(ev.TransferStateChanged(
        **_t_event_common(t2), from_state=t.state, to_state=target.value, on=on, person_count=t2.person_count,
        reason=reason, procuratorate_code=t2.procuratorate_code, next_deadline=nxt.on if nxt else None,
        next_deadline_kind=nxt.kind if nxt else None, complex_case=t2.complex_case),
        subject=f"transfers/{t.id}", caseid=str(t.case_id))
    for dl, done in domain.transfer_deadlines(views.dates_of(t2)):
        if done is not None and domain.is_overdue(dl.on, done, today):  # a late act: published once
            await publish_missed(ctx, t2, dl, done, today)
    await ctx.audit(f"transfer.{target.value}", "transfer", t.id, {"on": on, "reason": reason})
    return views.transfer_view(ctx, t2, today)


async def receipt_transfer(ctx: Ctx, transfer_id: uuid.UUID, receipted_on: date, if_match: int | None) -> dict:
    """回执: the police acknowledge the transfer; the filing decision's 7 days run from the day after."""
    return await _step(ctx, transfer_id, TransferState.receipted, receipted_on, if_match, receipted_on=receipted_on)


async def mark_complex(ctx: Ctx, transfer_id: uuid.UUID, reason: str, decided_on: date, if_match: int | None) -> dict:
    """重大、复杂: the filing decision may take 30 days of the receipt; the police decide so, with the reason, within
    the ordinary 7 days."""
    _require(ctx, "police")
    t = await views.load_transfer(ctx, transfer_id, lock=True)
    check_version(t, if_match, "移送案件", "transfer")
    if TransferState(t.state) != TransferState.receipted:
        raise Conflict("not_awaiting_decision", "仅在出具回执后、作出立案决定前可认定为复杂 / only a receipted transfer "
                       "awaiting its filing decision can be marked complex", state=t.state)
    if t.complex_case:
        raise Conflict("already_complex", "已认定为复杂案件 / already marked complex")
    if not reason.strip():
        raise Refused("reason_required", "须记录认定复杂的理由 / the reason is required")
    domain.check_not_future(decided_on, today_cn(), "decided_on")
    domain.check_not_before(decided_on, t.receipted_on, "decided_on")
    ordinary = domain.filing_decision_deadline(t.receipted_on, False)
    if decided_on > ordinary.on:
        raise Refused("too_late_for_complex", f"7 日期限已于 {ordinary.on} 届满，不能再认定为复杂 / the 7-day period ended on "
                      f"{ordinary.on}; a case is found complex within it", deadline=ordinary.on.isoformat())
    history = list(t.history) + [{"state": t.state, "complex_on": decided_on.isoformat(), "by": ctx.org,
                                  "complex_reason": reason}]
    t2 = await bump(ctx.session, transfers, t.id, complex_case=True, complex_reason=reason, history=history)
    dl = domain.filing_decision_deadline(t2.receipted_on, True)
    await ctx.emit(ev.TransferStateChanged(
        **_t_event_common(t2), from_state=t.state, to_state=t.state, on=decided_on, person_count=t2.person_count,
        reason=reason, next_deadline=dl.on, next_deadline_kind=dl.kind, complex_case=True),
        subject=f"transfers/{t.id}", caseid=str(t.case_id))
    await ctx.audit("transfer.complex", "transfer", t.id, {"reason": reason, "decided_on": decided_on})
    return views.transfer_view(ctx, t2)


async def file_transfer(ctx: Ctx, transfer_id: uuid.UUID, filed_on: date, if_match: int | None) -> dict:
    """立案: after the receipt (within 7 / 30 days) or after the procuratorate's order (within 15 days)."""
    return await _step(ctx, transfer_id, TransferState.filed, filed_on, if_match, filed_on=filed_on)


async def refuse_transfer(ctx: Ctx, transfer_id: uuid.UUID, refused_on: date, reason: str,
                          notified_on: date | None, if_match: int | None) -> dict:
    """不予立案, with the reason; notified to the court within 7 days (now, or later by `notify_refusal`)."""
    if notified_on is not None:
        domain.check_not_before(notified_on, refused_on, "notified_on")
    return await _step(ctx, transfer_id, TransferState.refused, refused_on, if_match, reason=reason,
                       refused_on=refused_on, refusal_reason=reason, refusal_notified_on=notified_on)


async def notify_refusal(ctx: Ctx, transfer_id: uuid.UUID, notified_on: date, if_match: int | None) -> dict:
    _require(ctx, "police")
    t = await views.load_transfer(ctx, transfer_id, lock=True)
    check_version(t, if_match, "移送案件", "transfer")
    if t.refused_on is None or t.refusal_notified_on is not None:
        raise Conflict("nothing_to_notify", "没有待通知的不予立案决定 / no refusal awaiting its notice", state=t.state)
    today = today_cn()
    domain.check_not_future(notified_on, today, "notified_on")
    domain.check_not_before(notified_on, t.refused_on, "notified_on")
    t2 = await bump(ctx.session, transfers, t.id, refusal_notified_on=notified_on)
    await ctx.emit(ev.TransferStateChanged(
        **_t_event_common(t2), from_state=t.state, to_state=t.state, on=notified_on, person_count=t2.person_count,
        reason="不予立案决定已通知法院 / refusal notified"), subject=f"transfers/{t.id}", caseid=str(t.case_id))
    dl = domain.refusal_notice_deadline(t2.refused_on)
    if domain.is_overdue(dl.on, notified_on, today):
        await publish_missed(ctx, t2, dl, notified_on, today)
    await ctx.audit("transfer.refusal_notified", "transfer", t.id, {"on": notified_on})
    return views.transfer_view(ctx, t2, today)


async def request_supervision(ctx: Ctx, transfer_id: uuid.UUID, procuratorate_code: str, requested_on: date,
                              reason: str | None, if_match: int | None) -> dict:
    """立案监督: the court asks the procuratorate; the police explain within 7 days of the request."""
    domain.check_procuratorate_code(procuratorate_code)
    t = await views.load_transfer(ctx, transfer_id)
    if t.refused_on is not None and t.refusal_notified_on is None:
        raise Conflict("refusal_not_notified", "不予立案决定尚未通知法院 / the refusal has not been notified yet")
    return await _step(ctx, transfer_id, TransferState.supervision_requested, requested_on, if_match, reason=reason,
                       procuratorate_code=procuratorate_code, supervision_requested_on=requested_on)


async def explain_refusal(ctx: Ctx, transfer_id: uuid.UUID, explained_on: date, explanation: str,
                          if_match: int | None) -> dict:
    return await _step(ctx, transfer_id, TransferState.explained, explained_on, if_match, reason=explanation,
                       explained_on=explained_on, explanation=explanation)


async def decide_supervision(ctx: Ctx, transfer_id: uuid.UUID, order_filing: bool, decided_on: date, reason: str,
                             if_match: int | None) -> dict:
    """The procuratorate orders filing (filed within 15 days) or finds the refusal's reasons sound."""
    target = TransferState.filing_ordered if order_filing else TransferState.supervision_declined
    values: dict[str, Any] = dict(supervision_decided_on=decided_on, supervision_reason=reason)
    if order_filing:
        values["filing_ordered_on"] = decided_on
    return await _step(ctx, transfer_id, target, decided_on, if_match, reason=reason, **values)


async def record_private_prosecution(ctx: Ctx, transfer_id: uuid.UUID, on: date, note: str | None,
                                     if_match: int | None) -> dict:
    """自诉: police and procuratorate both declined; the applicant prosecutes privately (法释〔2024〕13号)."""
    return await _step(ctx, transfer_id, TransferState.private_prosecution, on, if_match, reason=note,
                       private_prosecution_on=on)


async def record_outcome(ctx: Ctx, transfer_id: uuid.UUID, outcome: str, on: date, note: str | None,
                         sentence: str | None, if_match: int | None) -> dict:
    target = TransferState(outcome)
    if target not in domain.OUTCOME_STATES:
        raise Refused("not_an_outcome", f"{outcome} 不是侦查、起诉或审判结果 / not an outcome")
    values: dict[str, Any] = dict(outcome_on=on, outcome_note=note)
    if sentence is not None:
        values["sentence"] = sentence
    return await _step(ctx, transfer_id, target, on, if_match, reason=note, **values)


async def record_payment(ctx: Ctx, transfer_id: uuid.UUID, paid_on: date, amount_fen: int, full: bool,
                         if_match: int | None) -> dict:
    """The debtor performed after the transfer: the stage decides the leniency (法释〔2024〕13号 11)."""
    _require(ctx, "court")
    t = await views.load_transfer(ctx, transfer_id, lock=True)
    check_version(t, if_match, "移送案件", "transfer")
    fen(amount_fen, "amount_fen", positive=True)
    today = today_cn()
    domain.check_not_future(paid_on, today, "paid_on")
    domain.check_not_before(paid_on, t.sent_on, "paid_on")
    if t.paid_full:
        raise Conflict("already_paid", "已记录全部履行 / full payment already recorded")
    stage = domain.payment_stage(TransferState(t.state))
    t2 = await bump(ctx.session, transfers, t.id, paid_on=paid_on, paid_fen=(t.paid_fen or 0) + amount_fen,
                    paid_full=full, paid_stage=stage.value,
                    history=list(t.history) + [{"state": t.state, "on": paid_on.isoformat(), "by": ctx.org,
                                                "paid_fen": amount_fen, "full": full}])
    await ctx.emit(ev.DebtorPaidDuringTransfer(**_t_event_common(t2), paid_on=paid_on, amount_fen=amount_fen,
                                               full=full, stage=stage.value, state=t.state),
                   subject=f"transfers/{t.id}", caseid=str(t.case_id))
    await ctx.audit("transfer.debtor_paid", "transfer", t.id, {"amount_fen": amount_fen, "stage": stage.value})
    return views.transfer_view(ctx, t2, today)


# ================================================================== custody (司法拘留, 民诉法 118)
def _c_event_common(c: Any) -> dict:
    return dict(custody_id=str(c.id), penalty_id=c.penalty_id, case_id=c.case_id, court_code=c.court_code,
                police_code=c.police_code, subject_name=c.subject_name)


async def _open(ctx: Ctx, c: Any, at: datetime, started_at: datetime | None) -> Any:
    c2 = await bump(ctx.session, custody, c.id, status=CustodyStatus.awaiting_handover.value, opened_at=at,
                    started_at=started_at)
    await ctx.emit(ev.CustodyOpened(**_c_event_common(c2), days=c2.days, emergency=c2.emergency, opened_at=at),
                   subject=f"custody/{c.id}", caseid=c.case_id, orgcode=c.police_code)
    await ctx.audit("custody.opened", "custody", c.id, {"penalty_id": c.penalty_id})
    return c2


async def detention_decided(ctx: Ctx, p: dispatch_ev.DetentionDecided, at: datetime) -> None:
    """A custody record per detention: opened at once for an emergency detention (carried out first, 解释 181),
    else when the president approves."""
    police_code = domain.police_of_court(p.court_code)
    status = (CustodyStatus.pending_approval if p.status in ("pending_approval", "detained_pending_approval",
                                                             "approved") else None)
    if status is None:
        return  # refused / released / revoked before we heard of it: nothing to carry out
    row = (await ctx.session.execute(insert(custody).values(
        id=uuid.uuid4(), penalty_id=p.penalty_id, case_id=p.case_id, court_code=p.court_code,
        police_code=police_code, subject_name=p.subject_name, days=p.days, emergency=p.emergency,
        status=status.value, decided_at=p.decided_at).on_conflict_do_nothing(index_elements=["penalty_id"])
        .returning(custody))).first()
    if row is None:
        return
    if p.status in ("detained_pending_approval", "approved"):
        await _open(ctx, row, at, p.detained_at)


async def penalty_status_changed(ctx: Ctx, p: dispatch_ev.PenaltyStatusChanged, at: datetime) -> None:
    if p.kind != "detention":
        return
    c = (await ctx.session.execute(select(custody).where(custody.c.penalty_id == p.penalty_id)
                                   .with_for_update())).first()
    if c is None:
        raise LookupError(f"custody for penalty {p.penalty_id} not known yet (its DetentionDecided first)")
    status = CustodyStatus(c.status)
    if p.status == "approved":
        if status == CustodyStatus.pending_approval:
            await _open(ctx, c, at, None)
        else:
            await ctx.audit("custody.approved", "custody", c.id, {"penalty_id": c.penalty_id})
    elif p.status == "refused" and status == CustodyStatus.pending_approval:
        await bump(ctx.session, custody, c.id, status=CustodyStatus.cancelled.value)
        await ctx.audit("custody.cancelled", "custody", c.id, {"penalty_id": c.penalty_id})
    elif p.status in ("released", "revoked", "refused") and status in domain.OPEN_CUSTODY:
        kind = "not_approved" if p.from_status == "detained_pending_approval" else "early"
        reason = {"released": "法院解除拘留（院长认为拘留不当，解释 181）", "revoked": "复议撤销拘留决定（解释 185）",
                  "refused": "院长未批准"}[p.status]
        await _release(ctx, c, p.at, kind, reason)


async def _release(ctx: Ctx, c: Any, at: datetime, kind: str, reason: str | None) -> Any:
    c2 = await bump(ctx.session, custody, c.id, status=CustodyStatus.released.value, released_at=at,
                    release_kind=kind, release_reason=reason)
    await ctx.emit(ev.CustodyReleased(**_c_event_common(c2), kind=kind, released_at=at, reason=reason,
                                      ends_on=c2.ends_on), subject=f"custody/{c.id}", caseid=c.case_id,
                   orgcode=c.police_code)
    await ctx.audit("custody.released", "custody", c.id, {"kind": kind, "reason": reason})
    return c2


async def hand_over(ctx: Ctx, custody_id: uuid.UUID, facility: str, handed_over_at: datetime | None,
                    if_match: int | None) -> dict:
    """交付拘留所: the detention runs from its start (an emergency detention's own start, else the hand-over) to its
    end — never moved for holidays."""
    _require(ctx, "police")
    c = await views.load_custody(ctx, custody_id, lock=True)
    check_version(c, if_match, "羁押记录", "custody")
    if CustodyStatus(c.status) != CustodyStatus.awaiting_handover:
        raise Conflict("not_awaiting_handover", "该记录不在待交付状态 / not awaiting hand-over", custody_status=c.status)
    at = handed_over_at or now_utc()
    if at > now_utc() + _SKEW:
        raise Refused("date_in_future", "交付时间晚于当前 / handed_over_at is in the future")
    started = c.started_at or at
    if at < started:
        raise Refused("date_out_of_order", "交付时间早于拘留开始 / hand-over before the detention began")
    ends_at = domain.detention_ends(started, c.days)
    ends_on = domain.detention_end_day(day_cn(started), c.days)
    c2 = await bump(ctx.session, custody, c.id, status=CustodyStatus.in_custody.value, facility=facility,
                    handed_over_at=at, started_at=started, ends_at=ends_at, ends_on=ends_on)
    await ctx.emit(ev.CustodyHandedOver(**_c_event_common(c2), facility=facility, handed_over_at=at,
                                        started_at=started, ends_at=ends_at, ends_on=ends_on),
                   subject=f"custody/{c.id}", caseid=c.case_id, orgcode=c.police_code)
    await ctx.audit("custody.handed_over", "custody", c.id, {"facility": facility, "ends_on": ends_on})
    return views.custody_view(c2)


async def release_at_end(ctx: Ctx, custody_id: uuid.UUID, released_at: datetime | None, if_match: int | None) -> dict:
    _require(ctx, "police")
    c = await views.load_custody(ctx, custody_id, lock=True)
    check_version(c, if_match, "羁押记录", "custody")
    if CustodyStatus(c.status) != CustodyStatus.in_custody:
        raise Conflict("not_in_custody", "不在押 / not in custody", custody_status=c.status)
    at = released_at or now_utc()
    if at > now_utc() + _SKEW:
        raise Refused("date_in_future", "释放时间晚于当前 / released_at is in the future")
    domain.check_release_at_end(c.ends_on, day_cn(at))
    return views.custody_view(await _release(ctx, c, at, "end", "拘留期满 / detention ended"))


async def early_release(ctx: Ctx, custody_id: uuid.UUID, decision: str, released_at: datetime | None,
                        if_match: int | None) -> dict:
    """提前解除: the deciding court lifts the detention (e.g. the debtor performed); its decision is recorded."""
    _require(ctx, "court")
    c = await views.load_custody(ctx, custody_id, lock=True)
    check_version(c, if_match, "羁押记录", "custody")
    if CustodyStatus(c.status) not in domain.OPEN_CUSTODY:
        raise Conflict("not_in_custody", "不在押 / not in custody", custody_status=c.status)
    if not decision.strip():
        raise Refused("decision_required", "须记录法院的解除决定 / the court's decision is required")
    at = released_at or now_utc()
    if at > now_utc() + _SKEW:
        raise Refused("date_in_future", "释放时间晚于当前 / released_at is in the future")
    return views.custody_view(await _release(ctx, c, at, "early", decision))
