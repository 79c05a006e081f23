"""procuratorate use cases: load, apply a domain rule, save state + outbox events + audit in one transaction."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.procuratorate import domain
from services.procuratorate.domain import CaseState, DomainError
from services.procuratorate.schemas import (CaseFileIn, ClueEvaluationIn, ClueIn, MeetingIn, MetricsIn, ObjectsIn,
                                            Place, ProjectIn, ProjectStatusIn, RecommendationIn, RecordIn,
                                            ReferralIn, ReplyIn, ReviewIn, ShareIn, TransitionIn)
from services.procuratorate.tables import (campaign_metrics, case_shares, cases, clues, counties,
                                           investigation_records, meetings, objects, platform, projects,
                                           recommendations, rectification_items, replies, reviews, river_segments,
                                           rivers)
from shared.contracts import procuratorate as ev
from shared.errors import Problem
from shared.events import EventPayload
from shared.legal import today_cn
from shared.pagination import keyset_page
from shared.settings import Settings
from shared.usecase import UseCaseContext


class ProcuratorateSettings(Settings):
    sweep_interval_seconds: float = 60.0
    # DOMAIN.md 公益诉讼, configurable (older guidance)
    recommendation_decision_months: int = domain.RECOMMENDATION_DECISION_MONTHS
    litigation_decision_months: int = domain.LITIGATION_DECISION_MONTHS
    # river-chief patrol intervals in days (configurable): county ≥ monthly, township ≥ 10 days, village ≥ weekly
    patrol_days_county: int = 30
    patrol_days_township: int = 10
    patrol_days_village: int = 7

    def patrol_config(self) -> dict[str, int]:
        return {"county": self.patrol_days_county, "township": self.patrol_days_township,
                "village": self.patrol_days_village}


def refuse(exc: DomainError, status: int = 422, **extra: Any) -> Problem:
    return Problem(status, exc.code, str(exc), **extra)


class Ctx(UseCaseContext):
    """procuratorate's use-case context: events carry the procuratorate's code unless told otherwise."""

    platform = platform

    async def emit(self, payload: EventPayload, *, subject: str, caseid: str | None = None,
                   orgcode: str | None = None) -> None:
        await self.publish(payload, subject=subject, caseid=caseid, orgcode=orgcode or self.org)


def _not_future(d: date, what: str) -> None:
    if d > today_cn():
        raise Problem(422, "date_in_future", "日期不能晚于今天 (date in the future)", f"{what} {d} is in the future")


def _not_before(d: date, earliest: date, what: str, code: str = "date_out_of_order") -> None:
    if d < earliest:
        raise Problem(422, code, "日期顺序不正确 (dates out of order)", f"{what} {d} is before {earliest}")


async def check_place(session: AsyncSession, place: Place) -> dict[str, Any]:
    """Known river and segment (the segment fixes the river and the county)."""
    out = {"river_code": place.river_code, "segment_code": place.segment_code, "county_code": place.county_code,
           "location": place.location}
    if place.segment_code:
        seg = (await session.execute(select(river_segments).where(
            river_segments.c.code == place.segment_code))).first()
        if seg is None:
            raise Problem(422, "unknown_segment", "河段不存在 (unknown river segment)", place.segment_code)
        if place.river_code and place.river_code != seg.river_code:
            raise Problem(422, "segment_not_on_river", "河段不属于该河流", f"{seg.code} is on {seg.river_code}")
        if place.county_code and place.county_code != seg.county_code:
            raise Problem(422, "segment_not_in_county", "河段不在该旗县区", f"{seg.code} is in {seg.county_code}")
        out.update(river_code=seg.river_code, county_code=seg.county_code)
    elif place.river_code:
        if (await session.execute(select(rivers.c.code).where(rivers.c.code == place.river_code))).first() is None:
            raise Problem(422, "unknown_river", "河流不存在 (unknown river)", place.river_code)
    return out


# ------------------------------------------------------------------ clues
def clue_view(c: Any) -> dict:
    return {**{k: getattr(c, k) for k in (
        "id", "org_code", "source", "source_name", "received_on", "summary", "river_code", "segment_code",
        "county_code", "location", "status", "evaluated_on", "evaluation_reason", "case_id", "referred_to",
        "transfer_id", "from_org", "created_at")},
        "source_label": domain.CLUE_SOURCE_LABELS.get(c.source, c.source),
        "status_label": domain.CLUE_STATUS_LABELS.get(c.status, c.status)}


async def create_clue(ctx: Ctx, cmd: ClueIn, *, source_event_id: str | None = None, transfer_id: str | None = None,
                      from_org: str | None = None) -> Any:
    if source_event_id is None:
        _not_future(cmd.received_on, "received_on")
    place = await check_place(ctx.session, cmd)
    clue_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(clues).values(
        id=clue_id, org_code=ctx.org, source=cmd.source, source_name=cmd.source_name, received_on=cmd.received_on,
        summary=cmd.summary, status="received", transfer_id=transfer_id, from_org=from_org,
        source_event_id=source_event_id, created_by=ctx.actor, **place).returning(clues))).first()
    river = await _river_name(ctx.session, row.river_code)
    await ctx.emit(ev.ClueReceived(
        procuratorate_code=ctx.org, clue_id=str(clue_id), source=cmd.source, source_name=cmd.source_name,
        received_on=cmd.received_on, summary=cmd.summary, river=river, county_code=row.county_code,
        location=row.location, transfer_id=transfer_id), subject=f"clues/{clue_id}")
    await ctx.audit("clue.received", "clue", clue_id, {"source": cmd.source, "received_on": cmd.received_on,
                                                        "transfer_id": transfer_id})
    return row


async def _river_name(session: AsyncSession, code: str | None) -> str | None:
    if not code:
        return None
    return (await session.execute(select(rivers.c.name).where(rivers.c.code == code))).scalar()


async def load_clue(ctx: Ctx, clue_id: uuid.UUID, *, write: bool = False) -> Any:
    q = select(clues).where(clues.c.id == clue_id, clues.c.org_code == ctx.org)
    row = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    if row is None:
        raise Problem(404, "clue_not_found", "线索不存在", f"no clue {clue_id} visible to {ctx.org}")
    return row


async def list_clues(ctx: Ctx, *, limit: int, after_seq: int | None, status: str | None) -> tuple[list, int | None]:
    q = select(clues).where(clues.c.org_code == ctx.org)
    if status:
        q = q.where(clues.c.status == status)
    return await keyset_page(ctx.session, q, clues.c.seq, limit, after_seq)


async def evaluate_clue(ctx: Ctx, clue_id: uuid.UUID, cmd: ClueEvaluationIn) -> dict:
    clue = await load_clue(ctx, clue_id, write=True)
    try:
        domain.check_clue_open(clue.status)
    except DomainError as exc:
        raise refuse(exc, 409)
    on = cmd.on or (cmd.case.filed_on if cmd.case else today_cn())
    _not_future(on, "on")
    _not_before(on, clue.received_on, "evaluation date")
    if cmd.decision == "close":
        row = (await ctx.session.execute(update(clues).where(clues.c.id == clue.id).values(
            status="closed", evaluated_on=on, evaluation_reason=cmd.reason).returning(clues))).first()
        await ctx.emit(ev.ClueClosed(procuratorate_code=ctx.org, clue_id=str(clue.id), closed_on=on,
                                     reason=cmd.reason), subject=f"clues/{clue.id}")
        await ctx.audit("clue.closed", "clue", clue.id, {"on": on, "reason": cmd.reason})
        return {"clue": clue_view(row), "case": None}
    c = cmd.case
    merged = c.model_copy(update={k: getattr(c, k) or getattr(clue, k)
                                  for k in ("river_code", "segment_code", "county_code", "location")})
    _not_before(c.filed_on, clue.received_on, "filed_on")
    case = await file_case(ctx, merged, clue=clue)
    row = (await ctx.session.execute(update(clues).where(clues.c.id == clue.id).values(
        status="filed", evaluated_on=on, evaluation_reason=cmd.reason, case_id=case.id).returning(clues))).first()
    await ctx.audit("clue.filed", "clue", clue.id, {"on": on, "case_id": str(case.id)})
    return {"clue": clue_view(row), "case": case}


async def refer_clue(ctx: Ctx, clue_id: uuid.UUID, cmd: ReferralIn) -> dict:
    clue = await load_clue(ctx, clue_id, write=True)
    try:
        domain.check_clue_open(clue.status)
    except DomainError as exc:
        raise refuse(exc, 409)
    if cmd.to_org == ctx.org:
        raise Problem(422, "referral_to_self", "不能移送给本院", "to_org is this procuratorate")
    on = cmd.on or today_cn()
    _not_future(on, "on")
    _not_before(on, clue.received_on, "referral date")
    row = (await ctx.session.execute(update(clues).where(clues.c.id == clue.id).values(
        status="referred", evaluated_on=on, evaluation_reason=cmd.reason, referred_to=cmd.to_org,
        referred_kind=cmd.to_kind).returning(clues))).first()
    await ctx.emit(ev.ClueReferred(
        procuratorate_code=ctx.org, clue_id=str(clue.id), to_org=cmd.to_org, to_kind=cmd.to_kind, referred_on=on,
        summary=clue.summary, river=await _river_name(ctx.session, clue.river_code), county_code=clue.county_code,
        location=clue.location, reason=cmd.reason), subject=f"clues/{clue.id}")
    await ctx.audit("clue.referred", "clue", clue.id, {"to_org": cmd.to_org, "to_kind": cmd.to_kind, "on": on})
    return clue_view(row)


# ------------------------------------------------------------------ cases: access
def visible_filter(org: str):
    """A procuratorate sees its own cases and those a partner explicitly shared with it."""
    return or_(cases.c.org_code == org,
               cases.c.id.in_(select(case_shares.c.case_id).where(case_shares.c.grantee_org == org)))


async def load_case(ctx: Ctx, case_id: uuid.UUID, *, write: bool = False, if_match: int | None = None) -> Any:
    q = select(cases).where(cases.c.id == case_id, visible_filter(ctx.org))
    row = (await ctx.session.execute(q.with_for_update(of=cases) if write else q)).first()
    if row is None:
        raise Problem(404, "case_not_found", "案件不存在", f"no case {case_id} visible to {ctx.org}")
    if write and row.org_code != ctx.org:
        raise Problem(403, "not_case_owner", "只有办案检察院可以办理 (shared cases are read-only)",
                      f"the case is handled by {row.org_code}")
    if if_match is not None and row.version != if_match:
        raise Problem(412, "version_mismatch", "案件已被他人修改 (stale version)",
                      f"If-Match {if_match} but the case is at version {row.version}", current_version=row.version)
    return row


def _open(case: Any) -> None:
    if CaseState(case.state) in domain.FINAL_STATES:
        raise Problem(409, "case_final", "案件已结案或已起诉 (the case is final)",
                      f"state {case.state} ({domain.CASE_STATE_LABELS[CaseState(case.state)]})")


async def bump(ctx: Ctx, case: Any, **values: Any) -> Any:
    return (await ctx.session.execute(update(cases).where(cases.c.id == case.id).values(
        **values, version=cases.c.version + 1, updated_at=func.now()).returning(cases))).first()


def _case_subject(case: Any) -> dict[str, Any]:
    return {"subject": f"cases/{case.id}", "caseid": str(case.id), "orgcode": case.org_code}


# ------------------------------------------------------------------ cases: filing and view
async def file_case(ctx: Ctx, cmd: CaseFileIn, *, clue: Any | None = None) -> Any:
    _not_future(cmd.filed_on, "filed_on")
    place = await check_place(ctx.session, cmd)
    case_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(cases).values(
        id=case_id, org_code=ctx.org, case_number=cmd.case_number, title=cmd.title, domain=cmd.domain,
        kind=cmd.kind, filed_on=cmd.filed_on, clue_id=clue.id if clue is not None else None,
        state=CaseState.filed.value, created_by=ctx.actor, **place)
        .on_conflict_do_nothing(constraint="uq_cases_org_number").returning(cases))).first()
    if row is None:
        raise Problem(409, "case_number_taken", "案号已存在 (case number already used)", cmd.case_number)
    await ctx.emit(ev.CaseFiled(
        procuratorate_code=ctx.org, case_id=str(case_id), case_number=cmd.case_number, title=cmd.title,
        domain=cmd.domain, kind=cmd.kind, filed_on=cmd.filed_on,
        clue_id=str(clue.id) if clue is not None else None, county_code=row.county_code), **_case_subject(row))
    await ctx.audit("case.filed", "case", case_id, {"filed_on": cmd.filed_on, "domain": cmd.domain,
                                                     "kind": cmd.kind, "clue_id": clue.id if clue else None})
    return row


async def list_cases(ctx: Ctx, *, limit: int, after_seq: int | None, state: CaseState | None,
                     filed_from: date | None, filed_to: date | None) -> tuple[list, int | None]:
    q = select(cases).where(visible_filter(ctx.org))
    if state is not None:
        q = q.where(cases.c.state == state.value)
    if filed_from is not None:
        q = q.where(cases.c.filed_on >= filed_from)
    if filed_to is not None:
        q = q.where(cases.c.filed_on <= filed_to)
    return await keyset_page(ctx.session, q, cases.c.seq, limit, after_seq)


def case_summary(case: Any) -> dict:
    state = CaseState(case.state)
    return {**{k: getattr(case, k) for k in ("id", "org_code", "case_number", "title", "domain", "kind", "filed_on",
                                             "river_code", "segment_code", "county_code", "location", "version",
                                             "closed_on", "outcome", "outcome_reason", "litigation", "clue_id",
                                             "created_at", "updated_at")},
            "domain_label": domain.DOMAIN_LABELS.get(case.domain, case.domain),
            "kind_label": domain.KIND_LABELS.get(case.kind, case.kind),
            "state": state, "state_label": domain.CASE_STATE_LABELS[state]}


def _rec_view(r: Any, today: date) -> dict:
    status = domain.reply_status(r.reply_due_on, today, r.replied_on)
    overdue = domain.is_overdue(r.reply_due_on, today, r.replied_on)
    return {**{k: getattr(r, k) for k in ("id", "number", "addressee", "content", "issued_on", "received_on",
                                          "urgent", "reply_due_on", "replied_on")},
            "reply_status": status, "overdue": overdue,
            "overdue_since": r.overdue_since or (domain.overdue_since(r.reply_due_on) if overdue else None),
            "overdue_event_published": r.overdue_since is not None}


async def case_view(ctx: Ctx, case: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    s = ctx.session
    recs = (await s.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                            .order_by(recommendations.c.seq))).all()
    reps = {r.recommendation_id: r for r in (await s.execute(select(replies).where(
        replies.c.case_id == case.id))).all()}
    objs = (await s.execute(select(objects).where(objects.c.case_id == case.id).order_by(objects.c.seq))).all()
    items = (await s.execute(select(rectification_items).where(rectification_items.c.case_id == case.id)
                             .order_by(rectification_items.c.seq))).all()
    recs_out = []
    for r in recs:
        out = _rec_view(r, today)
        rep = reps.get(r.id)
        out["reply"] = None if rep is None else {"received_on": rep.received_on, "summary": rep.summary,
                                                 "measures": rep.measures}
        recs_out.append(out)
    settings = ctx.settings
    dmonths = getattr(settings, "recommendation_decision_months", domain.RECOMMENDATION_DECISION_MONTHS)
    lmonths = getattr(settings, "litigation_decision_months", domain.LITIGATION_DECISION_MONTHS)
    deadline = domain.recommendation_decision_deadline(case.filed_on, dmonths)
    first_rec = recs[0].issued_on if recs else None
    deadlines = [{"kind": "recommendation_decision", "label": "决定是否提出检察建议", "deadline": deadline,
                  "status": domain.deadline_status(deadline, today, first_rec or (
                      case.closed_on if case.state == CaseState.closed.value else None))}]
    for r in recs:
        deadlines.append({"kind": "reply", "label": "行政机关书面回复", "deadline": r.reply_due_on,
                          "recommendation_id": r.id,
                          "status": domain.reply_status(r.reply_due_on, today, r.replied_on)})
    if recs:
        lit = domain.litigation_decision_deadline(recs[-1].reply_due_on, lmonths)
        deadlines.append({"kind": "litigation_decision", "label": "决定是否提起诉讼", "deadline": lit,
                          "status": domain.deadline_status(lit, today, case.closed_on)})
    counts: dict[str, int] = {}
    for i in items:
        counts[i.status] = counts.get(i.status, 0) + 1
    return {
        **case_summary(case),
        "deadlines": deadlines,
        "records": [{**{k: getattr(r, k) for k in ("id", "kind", "recorded_on", "participants", "agencies", "findings",
                                                   "evidence")}}
                    for r in (await s.execute(select(investigation_records).where(
                        investigation_records.c.case_id == case.id).order_by(investigation_records.c.seq))).all()],
        "meetings": [{k: getattr(m, k) for k in ("id", "held_on", "participants", "duties", "summary")}
                     for m in (await s.execute(select(meetings).where(meetings.c.case_id == case.id)
                                               .order_by(meetings.c.seq))).all()],
        "objects": [{**{k: getattr(o, k) for k in ("id", "kind", "name", "location", "county_code", "operator")},
                     "kind_label": domain.OBJECT_KIND_LABELS.get(o.kind, o.kind),
                     "items": [_item_view(i) for i in items if i.object_id == o.id]} for o in objs],
        "items_by_status": counts,
        "recommendations": recs_out,
        "reviews": [{k: getattr(r, k) for k in ("id", "reviewed_on", "led_by", "participants", "findings", "summary")}
                    for r in (await s.execute(select(reviews).where(reviews.c.case_id == case.id)
                                              .order_by(reviews.c.seq))).all()],
        "shared_with": [r.grantee_org for r in (await s.execute(select(case_shares.c.grantee_org).where(
            case_shares.c.case_id == case.id).order_by(case_shares.c.grantee_org))).all()],
    }


def _item_view(i: Any) -> dict:
    return {**{k: getattr(i, k) for k in ("id", "object_id", "defect", "description", "responsible_agency",
                                          "recommendation_id", "status", "measures", "review_finding",
                                          "verified_on")},
            "defect_label": domain.DEFECT_LABELS.get(i.defect, i.defect),
            "status_label": domain.ITEM_STATUS_LABELS.get(i.status, i.status)}


# ------------------------------------------------------------------ investigation, meetings, objects
async def add_record(ctx: Ctx, case_id: uuid.UUID, cmd: RecordIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    _open(case)
    _not_future(cmd.recorded_on, "recorded_on")
    _not_before(cmd.recorded_on, case.filed_on, "recorded_on")
    rid = uuid.uuid4()
    row = (await ctx.session.execute(insert(investigation_records).values(
        id=rid, case_id=case.id, kind=cmd.kind, recorded_on=cmd.recorded_on, participants=cmd.participants,
        agencies=cmd.agencies, findings=cmd.findings, evidence=[e.model_dump(mode="json") for e in cmd.evidence],
        recorded_by=ctx.actor).returning(investigation_records))).first()
    state = CaseState(case.state)
    target = state
    if state is CaseState.filed:
        target = CaseState.investigating
    if cmd.kind == "consultation" and target is CaseState.investigating:
        target = CaseState.consulting  # 磋商
    await bump(ctx, case, state=target.value)
    await ctx.audit("case.record_added", "case", case.id, {"record_id": str(rid), "kind": cmd.kind,
                                                            "evidence": len(cmd.evidence), "state": target.value})
    return {k: getattr(row, k) for k in ("id", "case_id", "kind", "recorded_on", "participants", "agencies",
                                         "findings", "evidence")} | {"case_state": target}


async def add_meeting(ctx: Ctx, case_id: uuid.UUID, cmd: MeetingIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    _open(case)
    _not_future(cmd.held_on, "held_on")
    _not_before(cmd.held_on, case.filed_on, "held_on")
    mid = uuid.uuid4()
    duties = [d.model_dump(mode="json") for d in cmd.duties]
    await ctx.session.execute(meetings.insert().values(
        id=mid, case_id=case.id, held_on=cmd.held_on, participants=cmd.participants, duties=duties,
        summary=cmd.summary, recorded_by=ctx.actor))
    responsible = list(dict.fromkeys(d.agency for d in cmd.duties))
    if CaseState(case.state) is CaseState.filed:
        case = await bump(ctx, case, state=CaseState.investigating.value)
    else:
        case = await bump(ctx, case)
    await ctx.emit(ev.MeetingHeld(procuratorate_code=case.org_code, case_id=str(case.id), meeting_id=str(mid),
                                  held_on=cmd.held_on, participants=cmd.participants,
                                  responsible_agencies=responsible), **_case_subject(case))
    await ctx.audit("case.meeting_held", "case", case.id, {"meeting_id": str(mid), "held_on": cmd.held_on,
                                                            "responsible": responsible})
    return {"id": mid, "case_id": case.id, "held_on": cmd.held_on, "participants": cmd.participants,
            "duties": duties, "responsible_agencies": responsible, "summary": cmd.summary}


async def add_objects(ctx: Ctx, case_id: uuid.UUID, cmd: ObjectsIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    _open(case)
    out = []
    for o in cmd.objects:
        oid = uuid.uuid4()
        await ctx.session.execute(objects.insert().values(
            id=oid, case_id=case.id, kind=o.kind, name=o.name, location=o.location,
            county_code=o.county_code or case.county_code, operator=o.operator))
        items = []
        for d in o.defects:
            iid = uuid.uuid4()
            await ctx.session.execute(rectification_items.insert().values(
                id=iid, case_id=case.id, object_id=oid, defect=d.defect, description=d.description,
                responsible_agency=d.responsible_agency, status="open"))
            items.append({"id": iid, "defect": d.defect, "defect_label": domain.DEFECT_LABELS[d.defect],
                          "status": "open"})
        out.append({"id": oid, "kind": o.kind, "name": o.name, "items": items})
    await bump(ctx, case)
    await ctx.audit("case.objects_added", "case", case.id, {"objects": len(out),
                                                             "items": sum(len(o["items"]) for o in out)})
    return {"case_id": case.id, "objects": out}


# ------------------------------------------------------------------ recommendations, replies, reviews
async def issue_recommendation(ctx: Ctx, case_id: uuid.UUID, cmd: RecommendationIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    try:
        domain.check_transition(case.state, CaseState.recommended, kind=case.kind)
    except DomainError as exc:
        raise refuse(exc, 409, allowed=[s.value for s in domain.TRANSITIONS[CaseState(case.state)]])
    received = cmd.received_on or cmd.issued_on
    _not_future(cmd.issued_on, "issued_on")
    _not_future(received, "received_on")
    _not_before(cmd.issued_on, case.filed_on, "issued_on")
    _not_before(received, cmd.issued_on, "received_on")
    open_items = (await ctx.session.execute(select(rectification_items).where(
        rectification_items.c.case_id == case.id, rectification_items.c.status != "verified"))).all()
    if cmd.item_ids is not None:
        known = {i.id for i in open_items}
        unknown = [str(i) for i in cmd.item_ids if i not in known]
        if unknown:
            raise Problem(422, "unknown_item", "整改事项不属于本案或已整改", ", ".join(unknown))
        chosen = list(dict.fromkeys(cmd.item_ids))
    else:
        chosen = [i.id for i in open_items]
    due = domain.reply_deadline(received, cmd.urgent)
    rid = uuid.uuid4()
    row = (await ctx.session.execute(insert(recommendations).values(
        id=rid, case_id=case.id, number=cmd.number, addressee=cmd.addressee, content=cmd.content,
        issued_on=cmd.issued_on, received_on=received, urgent=cmd.urgent, reply_due_on=due)
        .returning(recommendations))).first()
    if chosen:
        await ctx.session.execute(update(rectification_items).where(rectification_items.c.id.in_(chosen)).values(
            recommendation_id=rid, updated_at=func.now()))
    case = await bump(ctx, case, state=CaseState.recommended.value)
    await ctx.emit(ev.RecommendationIssued(
        procuratorate_code=case.org_code, case_id=str(case.id), recommendation_id=str(rid), addressee=cmd.addressee,
        issued_on=cmd.issued_on, received_on=received, urgent=cmd.urgent, reply_due_on=due, item_count=len(chosen)),
        **_case_subject(case))
    await ctx.audit("recommendation.issued", "recommendation", rid, {
        "case_id": str(case.id), "issued_on": cmd.issued_on, "reply_due_on": due, "items": len(chosen)})
    return _rec_view(row, today_cn()) | {"case_id": case.id, "item_ids": chosen}


async def _flag_overdue(ctx: Ctx, rec: Any, case: Any) -> bool:
    """Mark the reply overdue (the day after the deadline) and publish it — once per recommendation."""
    since = domain.overdue_since(rec.reply_due_on)
    done = (await ctx.session.execute(update(recommendations).where(
        recommendations.c.id == rec.id, recommendations.c.overdue_since.is_(None)).values(
        overdue_since=since).returning(recommendations.c.id))).first()
    if done is None:
        return False
    await ctx.emit(ev.ReplyOverdue(procuratorate_code=case.org_code, case_id=str(case.id),
                                   recommendation_id=str(rec.id), addressee=rec.addressee,
                                   reply_due_on=rec.reply_due_on, overdue_since=since), **_case_subject(case))
    await ctx.audit("recommendation.reply_overdue", "recommendation", rec.id, {"overdue_since": since})
    return True


async def record_reply(ctx: Ctx, rec_id: uuid.UUID, cmd: ReplyIn) -> dict:
    rec = (await ctx.session.execute(select(recommendations).where(recommendations.c.id == rec_id))).first()
    if rec is None:
        raise Problem(404, "recommendation_not_found", "检察建议不存在", str(rec_id))
    case = await load_case(ctx, rec.case_id, write=True)
    rec = (await ctx.session.execute(select(recommendations).where(recommendations.c.id == rec_id)
                                     .with_for_update())).first()
    if rec.replied_on is not None:
        raise Problem(409, "already_replied", "该检察建议已回复", f"replied on {rec.replied_on}")
    _open(case)
    _not_future(cmd.received_on, "received_on")
    _not_before(cmd.received_on, rec.received_on, "reply received_on")
    items = {i.id: i for i in (await ctx.session.execute(select(rectification_items).where(
        rectification_items.c.recommendation_id == rec.id))).all()}
    unknown = [str(m.item_id) for m in cmd.measures if m.item_id not in items]
    if unknown:
        raise Problem(422, "unknown_item", "整改事项不属于该检察建议", ", ".join(unknown))
    late = cmd.received_on > rec.reply_due_on
    if late:  # the overdue fact is published once, by the sweep or here, whichever comes first
        await _flag_overdue(ctx, rec, case)
    await ctx.session.execute(replies.insert().values(
        id=uuid.uuid4(), recommendation_id=rec.id, case_id=case.id, received_on=cmd.received_on,
        summary=cmd.summary, measures=[m.model_dump(mode="json") for m in cmd.measures], recorded_by=ctx.actor))
    for m in cmd.measures:
        status = domain.next_item_status(items[m.item_id].status, reply_done=m.done)
        await ctx.session.execute(update(rectification_items).where(rectification_items.c.id == m.item_id).values(
            status=status, measures=m.measures, updated_at=func.now()))
    rec = (await ctx.session.execute(update(recommendations).where(recommendations.c.id == rec.id).values(
        replied_on=cmd.received_on).returning(recommendations))).first()
    if CaseState(case.state) is CaseState.recommended:
        case = await bump(ctx, case, state=CaseState.replied.value)
    else:
        case = await bump(ctx, case)
    done = sum(1 for m in cmd.measures if m.done)
    await ctx.emit(ev.ReplyReceived(procuratorate_code=case.org_code, case_id=str(case.id),
                                    recommendation_id=str(rec.id), received_on=cmd.received_on,
                                    reply_due_on=rec.reply_due_on, late=late, items_reported_done=done),
                   **_case_subject(case))
    await ctx.audit("recommendation.replied", "recommendation", rec.id, {"received_on": cmd.received_on,
                                                                          "late": late, "items_done": done})
    return _rec_view(rec, today_cn()) | {"case_id": case.id, "case_state": case.state, "late": late}


async def record_review(ctx: Ctx, case_id: uuid.UUID, cmd: ReviewIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    try:
        domain.check_transition(case.state, CaseState.following_up, kind=case.kind)
    except DomainError as exc:
        raise refuse(exc, 409, allowed=[s.value for s in domain.TRANSITIONS[CaseState(case.state)]])
    _not_future(cmd.reviewed_on, "reviewed_on")
    last_rec = (await ctx.session.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                                          .order_by(recommendations.c.seq.desc()).limit(1))).first()
    _not_before(cmd.reviewed_on, last_rec.issued_on, "reviewed_on")
    items = {i.id: i for i in (await ctx.session.execute(select(rectification_items).where(
        rectification_items.c.case_id == case.id).with_for_update())).all()}
    unknown = [str(f.item_id) for f in cmd.findings if f.item_id not in items]
    if unknown:
        raise Problem(422, "unknown_item", "整改事项不属于本案", ", ".join(unknown))
    review_id = uuid.uuid4()
    await ctx.session.execute(reviews.insert().values(
        id=review_id, case_id=case.id, reviewed_on=cmd.reviewed_on, led_by=cmd.led_by,
        participants=cmd.participants, findings=[f.model_dump(mode="json") for f in cmd.findings],
        summary=cmd.summary, recorded_by=ctx.actor))
    newly_verified = []
    for f in cmd.findings:
        item = items[f.item_id]
        status = domain.next_item_status(item.status, review_rectified=f.rectified)
        values: dict[str, Any] = {"status": status, "review_finding": f.finding, "updated_at": func.now()}
        if status == "verified" and item.status != "verified":
            values["verified_on"] = cmd.reviewed_on
            newly_verified.append(item)
        await ctx.session.execute(update(rectification_items).where(rectification_items.c.id == item.id)
                                  .values(**values))
    statuses = [s for s in (await ctx.session.execute(select(rectification_items.c.status).where(
        rectification_items.c.case_id == case.id))).scalars()]
    case = await bump(ctx, case, state=CaseState.following_up.value)
    names = {o.id: o.name for o in (await ctx.session.execute(select(objects.c.id, objects.c.name).where(
        objects.c.case_id == case.id))).all()}
    for item in newly_verified:
        await ctx.emit(ev.ItemRectified(procuratorate_code=case.org_code, case_id=str(case.id), item_id=str(item.id),
                                        object_name=names.get(item.object_id, ""), defect=item.defect,
                                        verified_on=cmd.reviewed_on), **_case_subject(case))
    verified = sum(1 for s in statuses if s == "verified")
    await ctx.emit(ev.ReviewCompleted(procuratorate_code=case.org_code, case_id=str(case.id),
                                      review_id=str(review_id), reviewed_on=cmd.reviewed_on, items_verified=verified,
                                      items_open=len(statuses) - verified), **_case_subject(case))
    await ctx.audit("case.review_completed", "case", case.id, {"review_id": str(review_id),
                                                                "verified": verified, "open": len(statuses) - verified})
    if not domain.close_refusals(statuses):  # every item verified rectified: 结案
        case = await _close(ctx, case, cmd.reviewed_on, "rectified", "回头看核实全部整改到位 (all items verified rectified)")
    return {"id": review_id, "case_id": case.id, "reviewed_on": cmd.reviewed_on, "items_verified": verified,
            "items_open": len(statuses) - verified, "case_state": case.state}


async def _close(ctx: Ctx, case: Any, on: date, outcome: str, reason: str) -> Any:
    case = await bump(ctx, case, state=CaseState.closed.value, closed_on=on, outcome=outcome, outcome_reason=reason)
    await ctx.emit(ev.CaseClosed(procuratorate_code=case.org_code, case_id=str(case.id), closed_on=on,
                                 outcome=outcome, reason=reason), **_case_subject(case))
    await ctx.audit("case.closed", "case", case.id, {"on": on, "outcome": outcome, "reason": reason})
    return case


MANUAL_TARGETS = {CaseState.investigating, CaseState.consulting, CaseState.closed, CaseState.litigation}


async def transition(ctx: Ctx, case_id: uuid.UUID, cmd: TransitionIn, if_match: int | None) -> Any:
    case = await load_case(ctx, case_id, write=True, if_match=if_match)
    target = cmd.to_state
    if target not in MANUAL_TARGETS:
        raise Problem(422, "use_specific_endpoint", "该状态由相应的业务操作产生",
                      f"{target.value} follows from a recommendation, a reply or a review; use that endpoint")
    recs = (await ctx.session.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                                      .order_by(recommendations.c.seq))).all()
    try:
        domain.check_transition(case.state, target, kind=case.kind, recommendation_issued=bool(recs))
    except DomainError as exc:
        raise refuse(exc, 409, allowed=[s.value for s in domain.TRANSITIONS[CaseState(case.state)]])
    on = cmd.on or today_cn()
    _not_future(on, "on")
    _not_before(on, case.filed_on, "on")
    if target is CaseState.closed:
        statuses = [s for s in (await ctx.session.execute(select(rectification_items.c.status).where(
            rectification_items.c.case_id == case.id))).scalars()]
        try:
            outcome = domain.close_outcome(CaseState(case.state), statuses)
        except DomainError as exc:
            raise refuse(exc, 422)
        return await _close(ctx, case, on, outcome, cmd.reason)
    if target is CaseState.litigation:
        if not cmd.court:
            raise Problem(422, "court_required", "需要写明受诉法院", "court is required for litigation")
        defendant = cmd.defendant or (recs[-1].addressee if recs else None)
        if not defendant:
            raise Problem(422, "defendant_required", "需要写明被告", "defendant is required")
        lit = {"court": cmd.court, "defendant": defendant, "filed_on": on.isoformat()}
        case = await bump(ctx, case, state=target.value, closed_on=on, outcome="litigation", outcome_reason=cmd.reason,
                          litigation=lit)
        await ctx.emit(ev.LitigationFiled(procuratorate_code=case.org_code, case_id=str(case.id), filed_on=on,
                                          court=cmd.court, defendant=defendant, reason=cmd.reason),
                       **_case_subject(case))
        await ctx.audit("case.litigation_filed", "case", case.id, lit | {"reason": cmd.reason})
        return case
    prev = case.state
    case = await bump(ctx, case, state=target.value)
    await ctx.audit("case.state_changed", "case", case.id, {"from": prev, "to": target.value, "reason": cmd.reason})
    return case


async def share_case(ctx: Ctx, case_id: uuid.UUID, cmd: ShareIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    if cmd.grantee_org == case.org_code:
        raise Problem(422, "share_with_self", "不能共享给本院", "grantee_org is the owner")
    await ctx.session.execute(insert(case_shares).values(
        case_id=case.id, grantee_org=cmd.grantee_org, granted_by=ctx.actor, note=cmd.note).on_conflict_do_nothing())
    await ctx.audit("case.shared", "case", case.id, {"grantee_org": cmd.grantee_org})
    orgs = [r for r in (await ctx.session.execute(select(case_shares.c.grantee_org).where(
        case_shares.c.case_id == case.id).order_by(case_shares.c.grantee_org))).scalars()]
    return {"case_id": case.id, "shared_with": orgs}


# ------------------------------------------------------------------ the sweep: overdue replies, once
SWEEP_LOCK = 0x70726F63  # 'proc': one sweeper at a time across replicas


async def sweep(ctx: Ctx, today: date) -> dict[str, Any]:
    """Flag every reply that is overdue as of `today` (no reply by the deadline; overdue from the day after)
    and publish it once: `recommendations.overdue_since` is set in the same transaction as the event."""
    got = (await ctx.session.execute(text("select pg_try_advisory_xact_lock(:k)"), {"k": SWEEP_LOCK})).scalar()
    if not got:
        return {"skipped": True, "overdue_flagged": 0, "as_of": today}
    due = (await ctx.session.execute(select(recommendations).where(
        recommendations.c.replied_on.is_(None), recommendations.c.overdue_since.is_(None),
        recommendations.c.reply_due_on < today).order_by(recommendations.c.seq).with_for_update())).all()
    flagged = []
    for rec in due:
        if not domain.is_overdue(rec.reply_due_on, today):
            continue
        case = (await ctx.session.execute(select(cases).where(cases.c.id == rec.case_id))).first()
        if CaseState(case.state) in domain.FINAL_STATES:
            continue
        if await _flag_overdue(ctx, rec, case):
            flagged.append(str(rec.id))
    return {"skipped": False, "overdue_flagged": len(flagged), "recommendation_ids": flagged, "as_of": today}


# ------------------------------------------------------------------ reference data, campaign, projects
async def list_rivers(session: AsyncSession) -> list[dict]:
    rs = (await session.execute(select(rivers).order_by(rivers.c.code))).all()
    segs = (await session.execute(select(river_segments, counties.c.name.label("county_name"))
                                  .join(counties, counties.c.code == river_segments.c.county_code)
                                  .order_by(river_segments.c.code))).all()
    return [{**{k: getattr(r, k) for k in ("code", "name", "main_stream_km", "local_km", "basin_km2")},
             "segments": [{"code": s.code, "name": s.name, "county_code": s.county_code,
                           "county_name": s.county_name, "length_km": s.length_km}
                          for s in segs if s.river_code == r.code]} for r in rs]


async def list_counties(session: AsyncSession) -> list[dict]:
    return [dict(r._mapping) for r in (await session.execute(select(counties).order_by(counties.c.code))).all()]


async def record_metrics(ctx: Ctx, cmd: MetricsIn) -> dict:
    try:
        domain.check_period(cmd.period_start, cmd.period_end)
    except DomainError as exc:
        raise refuse(exc)
    values = cmd.model_dump()
    stmt = insert(campaign_metrics).values(org_code=ctx.org, recorded_by=ctx.actor, **values)
    keys = list(domain.METRIC_LABELS) + ["period_end", "recorded_by"]
    row = (await ctx.session.execute(stmt.on_conflict_do_update(
        index_elements=["org_code", "campaign", "period_start"],
        set_={k: stmt.excluded[k] for k in keys} | {"updated_at": func.now()}).returning(campaign_metrics))).first()
    await ctx.audit("campaign.metrics_recorded", "campaign_metrics",
                    f"{ctx.org}|{cmd.campaign}|{cmd.period_start}", cmd.model_dump(mode="json"))
    return _metrics_view(row)


def _metrics_view(r: Any) -> dict:
    return {k: getattr(r, k) for k in ("org_code", "campaign", "period_start", "period_end",
                                       *domain.METRIC_LABELS)}


async def metrics(ctx: Ctx, campaign: str | None, start: date | None, end: date | None) -> dict:
    q = select(campaign_metrics).where(campaign_metrics.c.org_code == ctx.org).order_by(
        campaign_metrics.c.period_start)
    if campaign:
        q = q.where(campaign_metrics.c.campaign == campaign)
    if start:
        q = q.where(campaign_metrics.c.period_start >= start)
    if end:
        q = q.where(campaign_metrics.c.period_end <= end)
    rows = [_metrics_view(r) for r in (await ctx.session.execute(q)).all()]
    return {"periods": rows, "totals": domain.sum_metrics(rows), "labels": domain.METRIC_LABELS}


async def create_project(ctx: Ctx, cmd: ProjectIn) -> dict:
    if cmd.case_id is not None:
        await load_case(ctx, cmd.case_id, write=True)
    pid = uuid.uuid4()
    row = (await ctx.session.execute(insert(projects).values(
        id=pid, org_code=ctx.org, name=cmd.name, kind=cmd.kind, county_code=cmd.county_code,
        planned_year=cmd.planned_year, status="planned", case_id=cmd.case_id).returning(projects))).first()
    await ctx.audit("project.planned", "project", pid, cmd.model_dump(mode="json"))
    return _project_view(row)


def _project_view(p: Any) -> dict:
    return {**{k: getattr(p, k) for k in ("id", "org_code", "name", "kind", "county_code", "planned_year", "status",
                                          "case_id", "history", "version")},
            "status_label": domain.PROJECT_STATUS_LABELS.get(p.status, p.status)}


async def set_project_status(ctx: Ctx, project_id: uuid.UUID, cmd: ProjectStatusIn) -> dict:
    p = (await ctx.session.execute(select(projects).where(projects.c.id == project_id,
                                                          projects.c.org_code == ctx.org).with_for_update())).first()
    if p is None:
        raise Problem(404, "project_not_found", "项目不存在", str(project_id))
    try:
        domain.check_project_transition(p.status, cmd.status)
    except DomainError as exc:
        raise refuse(exc, 409)
    on = cmd.on or today_cn()
    _not_future(on, "on")
    history = list(p.history) + [{"from": p.status, "to": cmd.status, "on": on.isoformat(), "note": cmd.note}]
    row = (await ctx.session.execute(update(projects).where(projects.c.id == p.id).values(
        status=cmd.status, history=history, version=projects.c.version + 1, updated_at=func.now())
        .returning(projects))).first()
    await ctx.audit("project.status_changed", "project", p.id, {"from": p.status, "to": cmd.status, "on": on})
    return _project_view(row)


async def list_projects(ctx: Ctx, status: str | None, year_from: int | None, year_to: int | None) -> dict:
    q = select(projects).where(projects.c.org_code == ctx.org).order_by(projects.c.planned_year, projects.c.seq)
    if status:
        q = q.where(projects.c.status == status)
    if year_from:
        q = q.where(projects.c.planned_year >= year_from)
    if year_to:
        q = q.where(projects.c.planned_year <= year_to)
    items = [_project_view(p) for p in (await ctx.session.execute(q)).all()]
    by_status: dict[str, int] = {}
    for p in items:
        by_status[p["status"]] = by_status.get(p["status"], 0) + 1
    return {"items": items, "by_status": by_status}


async def patrol_schedule(settings: Settings, level: str, last_patrol_on: date) -> dict:
    cfg = settings.patrol_config() if isinstance(settings, ProcuratorateSettings) else None
    try:
        days = domain.patrol_interval_days(level, cfg)
    except DomainError as exc:
        raise refuse(exc)
    return {"level": level, "level_label": domain.PATROL_LEVEL_LABELS[level], "interval_days": days,
            "last_patrol_on": last_patrol_on, "next_due_on": domain.next_patrol_due(last_patrol_on, level, cfg)}
