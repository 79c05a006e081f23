"""procuratorate use cases (commands): load, apply a domain rule, save state + outbox events + audit in one
transaction. Commands are plain arguments or the small dataclasses below; refusals are `shared.legal`
DomainErrors (NotFound 404, Forbidden 403, Conflict 409, Stale 412, Refused 422). Reads live in views.py, the
overdue sweep in sweep.py."""
from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypedDict

from pydantic_core import to_jsonable_python
from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.procuratorate import domain, views
from services.procuratorate.domain import CaseState
from services.procuratorate.tables import (campaign_metrics, case_shares, cases, clues, investigation_records,
                                           map_spots, meetings, objects, platform, projects, recommendations,
                                           rectification_items, replies, reviews, river_segments, rivers)
from shared.contracts import procuratorate as ev
from shared.legal import Conflict, Forbidden, NotFound, Refused, today_cn
from shared.usecase import UseCaseContext, bump, check_version


class Ctx(UseCaseContext):
    """procuratorate's use-case context (the shared one `emit`, no per-case timeline)."""

    platform = platform


# ------------------------------------------------------------------ commands
@dataclass(frozen=True, kw_only=True)
class Place:
    river_code: str | None = None
    segment_code: str | None = None
    county_code: str | None = None
    location: str | None = None


@dataclass(frozen=True, kw_only=True)
class NewClue(Place):
    source: str
    source_name: str | None = None
    received_on: date
    summary: str


@dataclass(frozen=True, kw_only=True)
class NewCase(Place):
    title: str
    case_number: str | None = None
    domain: str
    kind: str = "administrative"
    filed_on: date


@dataclass(frozen=True, kw_only=True)
class Evaluation:
    decision: Literal["file_case", "close"]
    on: date | None = None
    reason: str | None = None
    case: NewCase | None = None


@dataclass(frozen=True, kw_only=True)
class Referral:
    to_org: str
    to_kind: str
    reason: str
    on: date | None = None


class Evidence(TypedDict):
    kind: str
    title: str
    reference: str | None
    sha256: str | None
    collected_on: date | None


@dataclass(frozen=True, kw_only=True)
class NewRecord:
    kind: str
    recorded_on: date
    findings: str
    participants: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


class Duty(TypedDict):
    agency: str
    problem: str
    legal_basis: str | None


@dataclass(frozen=True, kw_only=True)
class NewMeeting:
    held_on: date
    participants: list[str]
    duties: list[Duty]
    summary: str | None = None


class Defect(TypedDict, total=False):
    defect: str
    description: str | None
    responsible_agency: str | None
    quantity: float | None  # what the rectification clears, in `unit` (亩 / 处 / 吨 / 公里)
    unit: str | None


class CaseObject(TypedDict):
    kind: str
    name: str
    location: str | None
    county_code: str | None
    operator: str | None
    defects: list[Defect]


@dataclass(frozen=True, kw_only=True)
class NewObjects:
    objects: list[CaseObject]


@dataclass(frozen=True, kw_only=True)
class NewRecommendation:
    addressee: str
    content: str
    issued_on: date
    number: str | None = None
    received_on: date | None = None
    urgent: bool = False
    item_ids: list[uuid.UUID] | None = None


class ItemMeasure(TypedDict):
    item_id: uuid.UUID
    measures: str
    done: bool


@dataclass(frozen=True, kw_only=True)
class NewReply:
    received_on: date
    summary: str
    measures: list[ItemMeasure] = field(default_factory=list)


class Finding(TypedDict):
    item_id: uuid.UUID
    rectified: bool
    finding: str | None


@dataclass(frozen=True, kw_only=True)
class NewReview:
    reviewed_on: date
    led_by: str
    findings: list[Finding]
    participants: list[str] = field(default_factory=list)
    summary: str | None = None


@dataclass(frozen=True, kw_only=True)
class Transition:
    to_state: CaseState
    reason: str
    on: date | None = None
    court: str | None = None
    defendant: str | None = None


@dataclass(frozen=True, kw_only=True)
class Share:
    grantee_org: str
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Metrics:
    period_start: date
    period_end: date
    campaign: str = "守护美丽西辽河"
    cases: int = 0
    mu_cleared: int = 0
    buildings_removed: int = 0
    garbage_tonnes: int = 0
    river_km_protected: int = 0
    map_spots_rectified: int = 0


@dataclass(frozen=True, kw_only=True)
class NewMapSpot(Place):
    kind: Literal["occupation", "mining", "piling", "building"]
    location: str
    found_on: date
    number: str | None = None
    case_id: uuid.UUID | None = None


@dataclass(frozen=True, kw_only=True)
class MapSpotStatus:
    status: Literal["rectifying", "rectified"]
    on: date | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class NewProject:
    name: str
    planned_year: int
    kind: str = "public_interest_bridge"
    county_code: str | None = None
    case_id: uuid.UUID | None = None


@dataclass(frozen=True, kw_only=True)
class ProjectStatus:
    status: str
    on: date | None = None
    note: str | None = None


# ------------------------------------------------------------------ shared checks
def _not_future(d: date, what: str) -> None:
    if d > today_cn():
        raise Refused("date_in_future", "日期不能晚于今天 (date in the future)", f"{what} {d} is in the future")


def _not_before(d: date, earliest: date, what: str, code: str = "date_out_of_order") -> None:
    if d < earliest:
        raise Refused(code, "日期顺序不正确 (dates out of order)", f"{what} {d} is before {earliest}")


async def check_place(session: AsyncSession, place: Place) -> dict[str, Any]:
    """Known river and segment (the segment fixes the river and the county)."""
    out = {"river_code": place.river_code, "segment_code": place.segment_code, "county_code": place.county_code,
           "location": place.location}
    if place.segment_code:
        seg = (await session.execute(select(river_segments).where(
            river_segments.c.code == place.segment_code))).first()
        if seg is None:
            raise Refused("unknown_segment", "河段不存在 (unknown river segment)", place.segment_code)
        if place.river_code and place.river_code != seg.river_code:
            raise Refused("segment_not_on_river", "河段不属于该河流", f"{seg.code} is on {seg.river_code}")
        if place.county_code and place.county_code != seg.county_code:
            raise Refused("segment_not_in_county", "河段不在该旗县区", f"{seg.code} is in {seg.county_code}")
        out.update(river_code=seg.river_code, county_code=seg.county_code)
    elif place.river_code:
        if (await session.execute(select(rivers.c.code).where(rivers.c.code == place.river_code))).first() is None:
            raise Refused("unknown_river", "河流不存在 (unknown river)", place.river_code)
    return out


# ------------------------------------------------------------------ clues
async def create_clue(ctx: Ctx, cmd: NewClue, *, source_event_id: str | None = None, transfer_id: str | None = None,
                      from_org: str | None = None) -> Any:
    if source_event_id is None:
        _not_future(cmd.received_on, "received_on")
    place = await check_place(ctx.session, cmd)
    clue_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(clues).values(
        id=clue_id, org_code=ctx.org, source=cmd.source, source_name=cmd.source_name, received_on=cmd.received_on,
        summary=cmd.summary, status="received", transfer_id=transfer_id, from_org=from_org,
        source_event_id=source_event_id, created_by=ctx.actor, **place).returning(clues))).first()
    river = await views.river_name(ctx.session, row.river_code)
    await ctx.emit(ev.ClueReceived(
        procuratorate_code=ctx.org, clue_id=str(clue_id), source=cmd.source, source_name=cmd.source_name,
        received_on=cmd.received_on, summary=cmd.summary, river=river, county_code=row.county_code,
        location=row.location, transfer_id=transfer_id), subject=f"clues/{clue_id}", orgcode=ctx.org)
    await ctx.audit("clue.received", "clue", clue_id, {"source": cmd.source, "received_on": cmd.received_on,
                                                        "transfer_id": transfer_id})
    return row


async def receive_clue(ctx: Ctx, cmd: NewClue) -> dict:
    return views.clue_view(await create_clue(ctx, cmd))


async def accept_transfer(ctx: Ctx, p: ev.ClueTransferred, *, event_id: str, received_on: date) -> Any:
    """A partner's clue (河长办, another procuratorate) becomes a clue of the receiving procuratorate (`ctx.org`,
    the transfer's `to_org`); its source is the partner's kind, an unknown river keeps its name in the location."""
    domain.check_transfer(p.from_org, p.to_org)
    known = (await ctx.session.execute(select(clues).where(
        clues.c.org_code == p.to_org, clues.c.from_org == p.from_org, clues.c.transfer_id == p.transfer_id))).first()
    if known is not None:  # the same transfer under another event id (a partner's retry): already taken in
        return known
    code = await views.river_code(ctx.session, p.river) if p.river else None
    county = p.county_code if p.county_code and p.county_code.isdigit() and len(p.county_code) == 6 else None
    location = p.location if code or not p.river else " ".join(x for x in (p.river, p.location) if x)
    return await create_clue(ctx, NewClue(
        source="procuratorate" if p.from_kind == "procuratorate" else "river_chief_office",
        source_name=p.from_name, received_on=received_on, summary=p.summary,
        river_code=code, county_code=county, location=location),
        source_event_id=event_id, transfer_id=p.transfer_id, from_org=p.from_org)


async def evaluate_clue(ctx: Ctx, clue_id: uuid.UUID, cmd: Evaluation) -> dict:
    """立案 (file a case from the clue) or 不予立案 (close it with a reason): {"clue": view, "case": row | None}."""
    clue = await views.clue_row(ctx, clue_id, lock=True)
    domain.check_clue_open(clue.status)
    on = cmd.on or (cmd.case.filed_on if cmd.case else today_cn())
    _not_future(on, "on")
    _not_before(on, clue.received_on, "evaluation date")
    if cmd.decision == "close":
        row = (await ctx.session.execute(update(clues).where(clues.c.id == clue.id).values(
            status="closed", evaluated_on=on, evaluation_reason=cmd.reason).returning(clues))).first()
        await ctx.emit(ev.ClueClosed(procuratorate_code=ctx.org, clue_id=str(clue.id), closed_on=on,
                                     reason=cmd.reason), subject=f"clues/{clue.id}", orgcode=ctx.org)
        await ctx.audit("clue.closed", "clue", clue.id, {"on": on, "reason": cmd.reason})
        return {"clue": views.clue_view(row), "case": None}
    c = cmd.case
    merged = dataclasses.replace(c, **{k: getattr(c, k) or getattr(clue, k)
                                       for k in ("river_code", "segment_code", "county_code", "location")})
    _not_before(c.filed_on, clue.received_on, "filed_on")
    case = await file_case(ctx, merged, clue=clue)
    row = (await ctx.session.execute(update(clues).where(clues.c.id == clue.id).values(
        status="filed", evaluated_on=on, evaluation_reason=cmd.reason, case_id=case.id).returning(clues))).first()
    await ctx.audit("clue.filed", "clue", clue.id, {"on": on, "case_id": str(case.id)})
    return {"clue": views.clue_view(row), "case": case}


async def refer_clue(ctx: Ctx, clue_id: uuid.UUID, cmd: Referral) -> dict:
    clue = await views.clue_row(ctx, clue_id, lock=True)
    domain.check_clue_open(clue.status)
    domain.check_referral(ctx.org, cmd.to_org, cmd.to_kind)
    on = cmd.on or today_cn()
    _not_future(on, "on")
    _not_before(on, clue.received_on, "referral date")
    row = (await ctx.session.execute(update(clues).where(clues.c.id == clue.id).values(
        status="referred", evaluated_on=on, evaluation_reason=cmd.reason, referred_to=cmd.to_org,
        referred_kind=cmd.to_kind).returning(clues))).first()
    river = await views.river_name(ctx.session, clue.river_code)
    await ctx.emit(ev.ClueReferred(
        procuratorate_code=ctx.org, clue_id=str(clue.id), to_org=cmd.to_org, to_kind=cmd.to_kind, referred_on=on,
        summary=clue.summary, river=river, county_code=clue.county_code, location=clue.location, reason=cmd.reason),
        subject=f"clues/{clue.id}", orgcode=ctx.org)
    if cmd.to_kind == "procuratorate":
        # the transfer itself, on the partner topic: the addressee's instance takes it in (consumers.py)
        await ctx.emit(ev.ClueTransferred(
            transfer_id=str(clue.id), from_org=ctx.org, from_name=domain.org_name(ctx.org),
            from_kind="procuratorate", to_org=cmd.to_org, summary=clue.summary, observed_on=clue.received_on,
            river=river, county_code=clue.county_code,
            location=clue.location[:500] if clue.location else None),  # a partner's river name may lengthen it
            subject=f"transfers/{clue.id}", orgcode=ctx.org)
    await ctx.audit("clue.referred", "clue", clue.id, {"to_org": cmd.to_org, "to_kind": cmd.to_kind, "on": on,
                                                        "transfer_id": str(clue.id)})
    return views.clue_view(row)


# ------------------------------------------------------------------ cases: access
async def load_case(ctx: Ctx, case_id: uuid.UUID, *, if_match: int | None = None) -> Any:
    """The case, locked for a change by its handling procuratorate (a shared case is read-only: 403)."""
    row = await views.case_row(ctx, case_id, lock=True)
    if row.org_code != ctx.org:
        raise Forbidden("not_case_owner", "只有办案检察院可以办理 (shared cases are read-only)",
                        f"the case is handled by {row.org_code}")
    check_version(row, if_match, "案件", "case")
    return row


def _open(case: Any) -> None:
    if CaseState(case.state) in domain.FINAL_STATES:
        raise Conflict("case_final", "案件已结案或已起诉 (the case is final)",
                       f"state {case.state} ({domain.CASE_STATE_LABELS[CaseState(case.state)]})")


async def _bump(ctx: Ctx, case: Any, **values: Any) -> Any:
    return await bump(ctx.session, cases, case.id, **values)


def _case_subject(case: Any) -> dict[str, Any]:
    return {"subject": f"cases/{case.id}", "caseid": str(case.id), "orgcode": case.org_code}


# ------------------------------------------------------------------ cases: filing
async def file_case(ctx: Ctx, cmd: NewCase, *, clue: Any | None = None) -> Any:
    _not_future(cmd.filed_on, "filed_on")
    place = await check_place(ctx.session, cmd)
    case_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(cases).values(
        id=case_id, org_code=ctx.org, case_number=cmd.case_number, title=cmd.title, domain=cmd.domain,
        kind=cmd.kind, filed_on=cmd.filed_on, clue_id=clue.id if clue is not None else None,
        state=CaseState.filed.value, created_by=ctx.actor, **place)
        .on_conflict_do_nothing(constraint="uq_cases_org_number").returning(cases))).first()
    if row is None:
        raise Conflict("case_number_taken", "案号已存在 (case number already used)", cmd.case_number)
    await ctx.emit(ev.CaseFiled(
        procuratorate_code=ctx.org, case_id=str(case_id), case_number=cmd.case_number, title=cmd.title,
        domain=cmd.domain, kind=cmd.kind, filed_on=cmd.filed_on,
        clue_id=str(clue.id) if clue is not None else None, county_code=row.county_code), **_case_subject(row))
    await ctx.audit("case.filed", "case", case_id, {"filed_on": cmd.filed_on, "domain": cmd.domain,
                                                     "kind": cmd.kind, "clue_id": clue.id if clue else None})
    return row


# ------------------------------------------------------------------ investigation, meetings, objects
async def add_record(ctx: Ctx, case_id: uuid.UUID, cmd: NewRecord) -> dict:
    case = await load_case(ctx, case_id)
    _open(case)
    _not_future(cmd.recorded_on, "recorded_on")
    _not_before(cmd.recorded_on, case.filed_on, "recorded_on")
    rid = uuid.uuid4()
    row = (await ctx.session.execute(insert(investigation_records).values(
        id=rid, case_id=case.id, kind=cmd.kind, recorded_on=cmd.recorded_on, participants=cmd.participants,
        agencies=cmd.agencies, findings=cmd.findings, evidence=to_jsonable_python(cmd.evidence),
        recorded_by=ctx.actor).returning(investigation_records))).first()
    state = CaseState(case.state)
    target = state
    if state is CaseState.filed:
        target = CaseState.investigating
    if cmd.kind == "consultation" and target is CaseState.investigating:
        target = CaseState.consulting  # 磋商
    await _bump(ctx, case, state=target.value)
    await ctx.audit("case.record_added", "case", case.id, {"record_id": str(rid), "kind": cmd.kind,
                                                            "evidence": len(cmd.evidence), "state": target.value})
    return {k: getattr(row, k) for k in ("id", "case_id", "kind", "recorded_on", "participants", "agencies",
                                         "findings", "evidence")} | {"case_state": target}


async def add_meeting(ctx: Ctx, case_id: uuid.UUID, cmd: NewMeeting) -> dict:
    case = await load_case(ctx, case_id)
    _open(case)
    _not_future(cmd.held_on, "held_on")
    _not_before(cmd.held_on, case.filed_on, "held_on")
    mid = uuid.uuid4()
    duties = to_jsonable_python(cmd.duties)
    await ctx.session.execute(meetings.insert().values(
        id=mid, case_id=case.id, held_on=cmd.held_on, participants=cmd.participants, duties=duties,
        summary=cmd.summary, recorded_by=ctx.actor))
    responsible = list(dict.fromkeys(d["agency"] for d in cmd.duties))
    if CaseState(case.state) is CaseState.filed:
        case = await _bump(ctx, case, state=CaseState.investigating.value)
    else:
        case = await _bump(ctx, case)
    await ctx.emit(ev.MeetingHeld(procuratorate_code=case.org_code, case_id=str(case.id), meeting_id=str(mid),
                                  held_on=cmd.held_on, participants=cmd.participants,
                                  responsible_agencies=responsible), **_case_subject(case))
    await ctx.audit("case.meeting_held", "case", case.id, {"meeting_id": str(mid), "held_on": cmd.held_on,
                                                            "responsible": responsible})
    return {"id": mid, "case_id": case.id, "held_on": cmd.held_on, "participants": cmd.participants,
            "duties": duties, "responsible_agencies": responsible, "summary": cmd.summary}


async def add_objects(ctx: Ctx, case_id: uuid.UUID, cmd: NewObjects) -> dict:
    case = await load_case(ctx, case_id)
    _open(case)
    out = []
    for o in cmd.objects:
        oid = uuid.uuid4()
        await ctx.session.execute(objects.insert().values(
            id=oid, case_id=case.id, kind=o["kind"], name=o["name"], location=o.get("location"),
            county_code=o.get("county_code") or case.county_code, operator=o.get("operator")))
        items = []
        for d in o["defects"]:
            iid = uuid.uuid4()
            await ctx.session.execute(rectification_items.insert().values(
                id=iid, case_id=case.id, object_id=oid, defect=d["defect"], description=d.get("description"),
                responsible_agency=d.get("responsible_agency"), status="open", quantity=d.get("quantity"),
                unit=d.get("unit")))
            items.append({"id": iid, "defect": d["defect"], "defect_label": domain.DEFECT_LABELS[d["defect"]],
                          "status": "open"})
        out.append({"id": oid, "kind": o["kind"], "name": o["name"], "items": items})
    await _bump(ctx, case)
    await ctx.audit("case.objects_added", "case", case.id, {"objects": len(out),
                                                             "items": sum(len(o["items"]) for o in out)})
    return {"case_id": case.id, "objects": out}


# ------------------------------------------------------------------ recommendations, replies, reviews
async def issue_recommendation(ctx: Ctx, case_id: uuid.UUID, cmd: NewRecommendation) -> dict:
    case = await load_case(ctx, case_id)
    domain.check_transition(case.state, CaseState.recommended, kind=case.kind)
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
            raise Refused("unknown_item", "整改事项不属于本案或已整改", ", ".join(unknown))
        chosen = list(dict.fromkeys(cmd.item_ids))
    else:
        chosen = [i.id for i in open_items]
    reply_due = domain.reply_due(received, cmd.urgent)  # 两高公益诉讼解释 21 + 民诉法 85 ¶3
    due = reply_due.on
    rid = uuid.uuid4()
    row = (await ctx.session.execute(insert(recommendations).values(
        id=rid, case_id=case.id, number=cmd.number, addressee=cmd.addressee, content=cmd.content,
        issued_on=cmd.issued_on, received_on=received, urgent=cmd.urgent, reply_due_on=due)
        .returning(recommendations))).first()
    if chosen:
        await ctx.session.execute(update(rectification_items).where(rectification_items.c.id.in_(chosen)).values(
            recommendation_id=rid, updated_at=func.now()))
    case = await _bump(ctx, case, state=CaseState.recommended.value)
    await ctx.emit(ev.RecommendationIssued(
        procuratorate_code=case.org_code, case_id=str(case.id), recommendation_id=str(rid), addressee=cmd.addressee,
        issued_on=cmd.issued_on, received_on=received, urgent=cmd.urgent, reply_due_on=due,
        moved_for_holiday_from=reply_due.moved_for_holiday_from, item_count=len(chosen)), **_case_subject(case))
    await ctx.audit("recommendation.issued", "recommendation", rid, {
        "case_id": str(case.id), "issued_on": cmd.issued_on, "reply_due_on": due, "items": len(chosen)})
    return views.rec_view(row, today_cn()) | {"case_id": case.id, "item_ids": chosen}


async def flag_overdue(ctx: Ctx, rec: Any, case: Any) -> bool:
    """Mark the reply overdue (the day after the deadline) and publish it — once per recommendation."""
    since = domain.overdue_since(rec.reply_due_on)
    done = (await ctx.session.execute(update(recommendations).where(
        recommendations.c.id == rec.id, recommendations.c.overdue_since.is_(None)).values(
        overdue_since=since).returning(recommendations.c.id))).first()
    if done is None:
        return False
    await ctx.emit(ev.ReplyOverdue(procuratorate_code=case.org_code, case_id=str(case.id),
                                   recommendation_id=str(rec.id), addressee=rec.addressee,
                                   reply_due_on=rec.reply_due_on, overdue_since=since,
                                   moved_for_holiday_from=views.reply_moved_from(rec)), **_case_subject(case))
    await ctx.audit("recommendation.reply_overdue", "recommendation", rec.id, {"overdue_since": since})
    return True


async def record_reply(ctx: Ctx, rec_id: uuid.UUID, cmd: NewReply) -> dict:
    rec = (await ctx.session.execute(select(recommendations).where(recommendations.c.id == rec_id))).first()
    if rec is None:
        raise NotFound("recommendation_not_found", "检察建议不存在", str(rec_id))
    case = await load_case(ctx, rec.case_id)
    rec = (await ctx.session.execute(select(recommendations).where(recommendations.c.id == rec_id)
                                     .with_for_update())).first()
    if rec.replied_on is not None:
        raise Conflict("already_replied", "该检察建议已回复", f"replied on {rec.replied_on}")
    _open(case)
    _not_future(cmd.received_on, "received_on")
    _not_before(cmd.received_on, rec.received_on, "reply received_on")
    items = {i.id: i for i in (await ctx.session.execute(select(rectification_items).where(
        rectification_items.c.recommendation_id == rec.id))).all()}
    unknown = [str(m["item_id"]) for m in cmd.measures if m["item_id"] not in items]
    if unknown:
        raise Refused("unknown_item", "整改事项不属于该检察建议", ", ".join(unknown))
    late = cmd.received_on > rec.reply_due_on
    if late:  # the overdue fact is published once, by the sweep or here, whichever comes first
        await flag_overdue(ctx, rec, case)
    await ctx.session.execute(replies.insert().values(
        id=uuid.uuid4(), recommendation_id=rec.id, case_id=case.id, received_on=cmd.received_on,
        summary=cmd.summary, measures=to_jsonable_python(cmd.measures), recorded_by=ctx.actor))
    for m in cmd.measures:
        status = domain.next_item_status(items[m["item_id"]].status, reply_done=m["done"])
        await ctx.session.execute(update(rectification_items).where(rectification_items.c.id == m["item_id"])
                                  .values(status=status, measures=m["measures"], updated_at=func.now()))
    rec = (await ctx.session.execute(update(recommendations).where(recommendations.c.id == rec.id).values(
        replied_on=cmd.received_on).returning(recommendations))).first()
    if CaseState(case.state) is CaseState.recommended:
        case = await _bump(ctx, case, state=CaseState.replied.value)
    else:
        case = await _bump(ctx, case)
    done = sum(1 for m in cmd.measures if m["done"])
    await ctx.emit(ev.ReplyReceived(procuratorate_code=case.org_code, case_id=str(case.id),
                                    recommendation_id=str(rec.id), received_on=cmd.received_on,
                                    reply_due_on=rec.reply_due_on, late=late, items_reported_done=done),
                   **_case_subject(case))
    await ctx.audit("recommendation.replied", "recommendation", rec.id, {"received_on": cmd.received_on,
                                                                          "late": late, "items_done": done})
    return views.rec_view(rec, today_cn()) | {"case_id": case.id, "case_state": case.state, "late": late}


async def record_review(ctx: Ctx, case_id: uuid.UUID, cmd: NewReview) -> dict:
    case = await load_case(ctx, case_id)
    domain.check_transition(case.state, CaseState.following_up, kind=case.kind)
    _not_future(cmd.reviewed_on, "reviewed_on")
    last_rec = (await ctx.session.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                                          .order_by(recommendations.c.seq.desc()).limit(1))).first()
    _not_before(cmd.reviewed_on, last_rec.issued_on, "reviewed_on")
    items = {i.id: i for i in (await ctx.session.execute(select(rectification_items).where(
        rectification_items.c.case_id == case.id).with_for_update())).all()}
    unknown = [str(f["item_id"]) for f in cmd.findings if f["item_id"] not in items]
    if unknown:
        raise Refused("unknown_item", "整改事项不属于本案", ", ".join(unknown))
    review_id = uuid.uuid4()
    await ctx.session.execute(reviews.insert().values(
        id=review_id, case_id=case.id, reviewed_on=cmd.reviewed_on, led_by=cmd.led_by,
        participants=cmd.participants, findings=to_jsonable_python(cmd.findings),
        summary=cmd.summary, recorded_by=ctx.actor))
    newly_verified = []
    for f in cmd.findings:
        item = items[f["item_id"]]
        status = domain.next_item_status(item.status, review_rectified=f["rectified"])
        values: dict[str, Any] = {"status": status, "review_finding": f.get("finding"), "updated_at": func.now()}
        if status == "verified" and item.status != "verified":
            values["verified_on"] = cmd.reviewed_on
            newly_verified.append(item)
        await ctx.session.execute(update(rectification_items).where(rectification_items.c.id == item.id)
                                  .values(**values))
    statuses = [s for s in (await ctx.session.execute(select(rectification_items.c.status).where(
        rectification_items.c.case_id == case.id))).scalars()]
    case = await _bump(ctx, case, state=CaseState.following_up.value)
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
    case = await _bump(ctx, case, state=CaseState.closed.value, closed_on=on, outcome=outcome, outcome_reason=reason)
    await ctx.emit(ev.CaseClosed(procuratorate_code=case.org_code, case_id=str(case.id), closed_on=on,
                                 outcome=outcome, reason=reason), **_case_subject(case))
    await ctx.audit("case.closed", "case", case.id, {"on": on, "outcome": outcome, "reason": reason})
    return case


MANUAL_TARGETS = {CaseState.investigating, CaseState.consulting, CaseState.closed, CaseState.litigation}


async def transition(ctx: Ctx, case_id: uuid.UUID, cmd: Transition, if_match: int | None) -> Any:
    case = await load_case(ctx, case_id, if_match=if_match)
    target = cmd.to_state
    if target not in MANUAL_TARGETS:
        raise Refused("use_specific_endpoint", "该状态由相应的业务操作产生",
                      f"{target.value} follows from a recommendation, a reply or a review; use that endpoint")
    recs = (await ctx.session.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                                      .order_by(recommendations.c.seq))).all()
    domain.check_transition(case.state, target, kind=case.kind, recommendation_issued=bool(recs))
    on = cmd.on or today_cn()
    _not_future(on, "on")
    _not_before(on, case.filed_on, "on")
    if target is CaseState.litigation and case.kind == "administrative" and recs:
        last = recs[-1]  # the agency has until the latest recommendation's reply deadline to act
        reply = (await ctx.session.execute(select(replies).where(replies.c.recommendation_id == last.id))).first()
        domain.check_litigation_timing(
            on, last.reply_due_on, replied_on=reply.received_on if reply is not None else None,
            measures_done=[bool(m.get("done")) for m in reply.measures] if reply is not None else ())
    if target is CaseState.closed:
        statuses = [s for s in (await ctx.session.execute(select(rectification_items.c.status).where(
            rectification_items.c.case_id == case.id))).scalars()]
        outcome = domain.close_outcome(CaseState(case.state), statuses)
        return await _close(ctx, case, on, outcome, cmd.reason)
    if target is CaseState.litigation:
        if not cmd.court:
            raise Refused("court_required", "需要写明受诉法院", "court is required for litigation")
        defendant = cmd.defendant or (recs[-1].addressee if recs else None)
        if not defendant:
            raise Refused("defendant_required", "需要写明被告", "defendant is required")
        lit = {"court": cmd.court, "defendant": defendant, "filed_on": on.isoformat()}
        case = await _bump(ctx, case, state=target.value, closed_on=on, outcome="litigation",
                           outcome_reason=cmd.reason, litigation=lit)
        await ctx.emit(ev.LitigationFiled(procuratorate_code=case.org_code, case_id=str(case.id), filed_on=on,
                                          court=cmd.court, defendant=defendant, reason=cmd.reason),
                       **_case_subject(case))
        await ctx.audit("case.litigation_filed", "case", case.id, lit | {"reason": cmd.reason})
        return case
    prev = case.state
    case = await _bump(ctx, case, state=target.value)
    await ctx.audit("case.state_changed", "case", case.id, {"from": prev, "to": target.value, "reason": cmd.reason})
    return case


async def share_case(ctx: Ctx, case_id: uuid.UUID, cmd: Share) -> dict:
    case = await load_case(ctx, case_id)
    if cmd.grantee_org == case.org_code:
        raise Refused("share_with_self", "不能共享给本院", "grantee_org is the owner")
    await ctx.session.execute(insert(case_shares).values(
        case_id=case.id, grantee_org=cmd.grantee_org, granted_by=ctx.actor, note=cmd.note).on_conflict_do_nothing())
    await ctx.audit("case.shared", "case", case.id, {"grantee_org": cmd.grantee_org})
    return {"case_id": case.id, "shared_with": await views.shared_with(ctx.session, case.id)}


# ------------------------------------------------------------------ campaign, projects
async def record_metrics(ctx: Ctx, cmd: Metrics) -> dict:
    domain.check_period(cmd.period_start, cmd.period_end)
    values = dataclasses.asdict(cmd)
    stmt = insert(campaign_metrics).values(org_code=ctx.org, recorded_by=ctx.actor, **values)
    keys = list(domain.METRIC_LABELS) + ["period_end", "recorded_by"]
    row = (await ctx.session.execute(stmt.on_conflict_do_update(
        index_elements=["org_code", "campaign", "period_start"],
        set_={k: stmt.excluded[k] for k in keys} | {"updated_at": func.now()}).returning(campaign_metrics))).first()
    await ctx.audit("campaign.metrics_recorded", "campaign_metrics",
                    f"{ctx.org}|{cmd.campaign}|{cmd.period_start}", values)
    return views.metrics_view(row)


async def record_map_spot(ctx: Ctx, cmd: NewMapSpot) -> dict:
    """碍洪图斑: a flood-obstruction map spot with its place and found date (pending rectification)."""
    _not_future(cmd.found_on, "found_on")
    place = await check_place(ctx.session, cmd)
    if cmd.case_id is not None:
        await load_case(ctx, cmd.case_id)
    sid = uuid.uuid4()
    row = (await ctx.session.execute(insert(map_spots).values(
        id=sid, org_code=ctx.org, number=cmd.number, kind=cmd.kind, found_on=cmd.found_on, status="pending",
        case_id=cmd.case_id, recorded_by=ctx.actor, **place)
        .on_conflict_do_nothing(constraint="uq_map_spots_org_number").returning(map_spots))).first()
    if row is None:
        raise Conflict("map_spot_number_taken", "图斑编号已存在 (map spot number already used)", cmd.number)
    await ctx.emit(ev.MapSpotRecorded(
        procuratorate_code=ctx.org, map_spot_id=str(sid), number=cmd.number, kind=cmd.kind, found_on=cmd.found_on,
        river=await views.river_name(ctx.session, row.river_code), county_code=row.county_code,
        location=row.location, case_id=str(cmd.case_id) if cmd.case_id else None),
        subject=f"map-spots/{sid}", orgcode=ctx.org)
    await ctx.audit("map_spot.recorded", "map_spot", sid, {"kind": cmd.kind, "found_on": cmd.found_on,
                                                            "number": cmd.number})
    return views.map_spot_view(row)


async def set_map_spot_status(ctx: Ctx, spot_id: uuid.UUID, cmd: MapSpotStatus, if_match: int | None) -> dict:
    """整改中 / 已整改 (with its date, not before the spot was found); 已整改 is published once."""
    spot = await views.map_spot_row(ctx, spot_id, lock=True)
    check_version(spot, if_match, "图斑", "map spot")
    domain.check_map_spot_transition(spot.status, cmd.status)
    on = cmd.on or today_cn()
    _not_future(on, "on")
    _not_before(on, spot.found_on, "on")
    history = list(spot.history) + [{"from": spot.status, "to": cmd.status, "on": on.isoformat(), "note": cmd.note}]
    values: dict[str, Any] = {"status": cmd.status, "history": history}
    if cmd.status == "rectified":
        values |= {"rectified_on": on, "rectification_note": cmd.note}
    row = await bump(ctx.session, map_spots, spot.id, **values)
    if cmd.status == "rectified":
        await ctx.emit(ev.MapSpotRectified(procuratorate_code=ctx.org, map_spot_id=str(spot.id), kind=spot.kind,
                                           rectified_on=on, county_code=spot.county_code),
                       subject=f"map-spots/{spot.id}", orgcode=ctx.org)
    await ctx.audit("map_spot.status_changed", "map_spot", spot.id, {"from": spot.status, "to": cmd.status, "on": on})
    return views.map_spot_view(row)


async def create_project(ctx: Ctx, cmd: NewProject) -> dict:
    if cmd.case_id is not None:
        await load_case(ctx, cmd.case_id)
    pid = uuid.uuid4()
    row = (await ctx.session.execute(insert(projects).values(
        id=pid, org_code=ctx.org, name=cmd.name, kind=cmd.kind, county_code=cmd.county_code,
        planned_year=cmd.planned_year, status="planned", case_id=cmd.case_id).returning(projects))).first()
    await ctx.audit("project.planned", "project", pid, dataclasses.asdict(cmd))
    return views.project_view(row)


async def set_project_status(ctx: Ctx, project_id: uuid.UUID, cmd: ProjectStatus) -> dict:
    p = (await ctx.session.execute(select(projects).where(projects.c.id == project_id,
                                                          projects.c.org_code == ctx.org).with_for_update())).first()
    if p is None:
        raise NotFound("project_not_found", "项目不存在", str(project_id))
    domain.check_project_transition(p.status, cmd.status)
    on = cmd.on or today_cn()
    _not_future(on, "on")
    history = list(p.history) + [{"from": p.status, "to": cmd.status, "on": on.isoformat(), "note": cmd.note}]
    row = await bump(ctx.session, projects, p.id, status=cmd.status, history=history)
    await ctx.audit("project.status_changed", "project", p.id, {"from": p.status, "to": cmd.status, "on": on})
    return views.project_view(row)
