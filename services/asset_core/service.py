"""asset_core use cases: load, apply a domain rule, save state + outbox events + audit, one transaction."""
from __future__ import annotations

import hashlib
import uuid
from datetime import date, timedelta
from typing import Any, Iterable

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core import domain
from services.asset_core.domain import CaseState, DomainError
from services.asset_core.schemas import (AssetIn, AuctionResultIn, AuctionRoundIn, CaseCreate, DesignationIn,
                                         InvestigationIn, MeasureIn, MilestoneIn, PartyIn, RecoveryIn, ReleaseIn,
                                         RenewalIn, ResumptionIn, TransitionIn)
from services.asset_core.tables import (assets, auction_rounds, case_events, cases, designations, figures,
                                        investigation_results, measures, notices, parties, platform, recoveries,
                                        requeries)
from shared.contracts import asset_core as ev
from shared.errors import Problem
from shared.events import EventPayload
from shared.legal import today_cn
from shared.pagination import keyset_page
from shared.settings import Settings
from shared.usecase import UseCaseContext


class AssetCoreSettings(Settings):
    expiry_warning_days: int = 30  # DOMAIN.md "Control measures": warn 30 days before expiry (configurable)
    finishing_warning_days: int = 30  # the 6-month limit is "due" this many days before it ends
    deadline_warning_days: int = 2  # the 7- and 10-day limits are "due" this many days before they end
    sweep_interval_seconds: float = 60.0
FINAL_STATES = {CaseState.concluded_no_assets, CaseState.fully_executed, CaseState.terminated}
PII_ROLES = {"judge", "president"}  # roles that see full id numbers and phones
FORM_LABELS = {"instruct": "指令执行", "elevate": "提级执行", "concentrate": "集中执行", "cooperate": "协同执行",
               "supervise": "督促执行"}
DEADLINE_LABELS = {"finishing": "执行期限", "officer_assignment": "指定承办人", "execution_notice": "发出执行通知"}


def refuse(exc: DomainError, status: int = 422) -> Problem:
    return Problem(status, exc.code, str(exc))


def party_key(kind: str, id_number: str | None) -> str | None:
    return hashlib.sha256(f"{kind}:{id_number}".encode()).hexdigest()[:32] if id_number else None


class Ctx(UseCaseContext):
    """asset_core's use-case context: every event also lands in the case's recent-events list."""

    platform = platform

    async def emit(self, case: Any, payload: EventPayload, summary: str) -> None:
        event = await self.publish(payload, subject=f"cases/{case.id}", caseid=str(case.id),
                                   orgcode=case.executing_court_code)
        await self.session.execute(case_events.insert().values(
            case_id=case.id, event_id=event.id, event_type=payload.EVENT_TYPE, summary=summary))


# ------------------------------------------------------------------ reading and access
async def load_case(ctx: Ctx, case_id: uuid.UUID, *, write: bool = False, if_match: int | None = None) -> Any:
    q = select(cases).where(cases.c.id == case_id)
    row = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    if row is None or (ctx.principal and not await can_read(ctx.session, row, ctx.principal.org)):
        # Another court's case is reported as absent: its existence is not disclosed.
        raise Problem(404, "case_not_found", "案件不存在", f"no case {case_id} visible to {ctx.org}")
    if write and ctx.principal and row.executing_court_code != ctx.principal.org:
        raise Problem(403, "not_executing_court", "只有执行法院可以办理 (only the executing court may change it)",
                      f"the case is executed by {row.executing_court_code}")
    if if_match is not None and row.version != if_match:
        raise Problem(412, "version_mismatch", "案件已被他人修改 (stale version)",
                      f"If-Match {if_match} but the case is at version {row.version}", current_version=row.version)
    return row


async def can_read(session: AsyncSession, case: Any, org: str) -> bool:
    """The executing and filing courts, the courts above them (supervision, 交叉执行), and every court
    named in a designation read the case; other courts do not learn that it exists."""
    if case.executing_court_code == org or case.court_code == org:
        return True
    if domain.is_higher_court(org, case.executing_court_code) or domain.is_higher_court(org, case.court_code):
        return True
    hit = await session.execute(select(designations.c.id).where(
        designations.c.case_id == case.id,
        or_(designations.c.designating_court == org, designations.c.from_court == org,
            designations.c.to_court == org)).limit(1))
    return hit.first() is not None


def visible_filter(org: str):
    below = org + "_%"  # court codes nest: 内06 is above 内0621
    return or_(cases.c.executing_court_code == org, cases.c.court_code == org,
               cases.c.executing_court_code.like(below), cases.c.court_code.like(below),
               cases.c.id.in_(select(designations.c.case_id).where(or_(
                   designations.c.designating_court == org, designations.c.from_court == org))))


async def bump(ctx: Ctx, case: Any, **values: Any) -> Any:
    row = (await ctx.session.execute(update(cases).where(cases.c.id == case.id).values(
        **values, version=cases.c.version + 1, updated_at=func.now()).returning(cases))).first()
    return row


def _mask_party(p: Any, roles: frozenset[str]) -> dict[str, Any]:
    full = bool(roles & PII_ROLES)
    id_number, phone = p.id_number, p.phone
    if id_number and not full:
        id_number = domain.mask_resident_id(id_number) if p.kind == "person" else id_number
    if phone and not full:
        phone = domain.mask_phone(phone)
    return {"name": p.name, "kind": p.kind, "id_number": id_number, "phone": phone, "party_key": p.party_key}


def deadlines_of(case: Any, today: date, finishing_warn: int = 30, short_warn: int = 2) -> list[dict[str, Any]]:
    out = []
    items = [("officer_assignment", domain.officer_assignment_deadline(case.filed_on), case.officer_assigned_on),
             ("execution_notice", domain.execution_notice_deadline(case.filed_on), case.execution_notice_on)]
    suspended = case.suspended_days + ((today - case.suspended_since).days if case.suspended_since else 0)
    finishing = domain.finishing_deadline(case.filed_on, non_litigation=case.non_litigation,
                                          extension_approved=case.extension_approved_on is not None,
                                          suspended_days=suspended)
    items.append(("finishing", finishing, case.concluded_on or case.closed_on))
    for kind, deadline, done in items:
        warn = finishing_warn if kind == "finishing" else short_warn
        status = domain.deadline_status(deadline, today, done_on=done, warn_days=warn)
        if case.suspended_since and kind == "finishing" and not done:
            status = "suspended"
        out.append({"kind": kind, "label": DEADLINE_LABELS[kind], "deadline": deadline, "status": status})
    return out


async def case_view(session: AsyncSession, case: Any, roles: frozenset[str], today: date | None = None) -> dict:
    today = today or today_cn()
    ps = (await session.execute(select(parties).where(parties.c.case_id == case.id).order_by(parties.c.position))).all()
    ds = (await session.execute(select(designations).where(designations.c.case_id == case.id)
                                .order_by(designations.c.created_at))).all()
    state = CaseState(case.state)
    return {
        **{k: getattr(case, k) for k in ("id", "case_number", "case_type", "court_code", "executing_court_code",
                                         "filed_on", "amount_owed_fen", "livelihood_category", "version",
                                         "parent_case_id", "created_at", "updated_at")},
        "state": state, "state_label": domain.CASE_STATE_LABELS[state],
        "priority": domain.priority(domain.LivelihoodCategory(case.livelihood_category)),
        "applicants": [_mask_party(p, roles) for p in ps if p.role == "applicant"],
        "respondents": [_mask_party(p, roles) for p in ps if p.role == "respondent"],
        "milestones": {k: getattr(case, f"{k}_on") for k in (
            "officer_assigned", "execution_notice", "asset_report_order", "consumption_restriction",
            "dishonest_listing", "missing_debtor_searched", "extension_approved", "investigation_completed",
            "concluded", "closed")},
        "deadlines": deadlines_of(case, today),
        "designations": [{**{k: getattr(d, k) for k in ("id", "designating_court", "from_court", "to_court", "form",
                                                        "reason", "designated_on")},
                          "form_label": FORM_LABELS[d.form]} for d in ds],
    }


# ------------------------------------------------------------------ cases
async def register_case(ctx: Ctx, cmd: CaseCreate, *, parent: Any | None = None, reason: str | None = None) -> Any:
    today = today_cn()
    number = domain.parse_case_number(cmd.case_number, today)
    if number.court_code != ctx.org:
        raise Problem(403, "court_mismatch", "只能登记本院案件 (not this court's case number)",
                      f"the case number belongs to court {number.court_code}, your organisation is {ctx.org}")
    if cmd.filed_on.year != number.year:
        raise Problem(422, "filing_year_mismatch", "立案日期与案号年份不符",
                      f"filed_on {cmd.filed_on} is not in the case number's year {number.year}")
    if cmd.filed_on > today:
        raise Problem(422, "filed_in_future", "立案日期不能晚于今天", f"filed_on {cmd.filed_on} is in the future")
    case_id = uuid.uuid4()
    required = cmd.required_categories or list(domain.DEFAULT_REQUIRED_CATEGORIES)
    case = (await ctx.session.execute(
        insert(cases).values(
            id=case_id, case_number=str(number), year=number.year, court_code=number.court_code,
            case_type=number.case_type, sequence=number.sequence, executing_court_code=number.court_code,
            filed_on=cmd.filed_on, amount_owed_fen=cmd.amount_owed_fen,
            livelihood_category=cmd.livelihood_category.value, non_litigation=cmd.non_litigation,
            applicants=[p.name for p in cmd.applicants], respondents=[p.name for p in cmd.respondents],
            state=CaseState.filed.value, created_by=ctx.actor, required_categories=required,
            parent_case_id=parent.id if parent is not None else None)
        .on_conflict_do_nothing(index_elements=["case_number"])
        .returning(cases))).first()
    if case is None:
        raise Problem(409, "case_number_taken", "案号已存在 (case number already registered)", str(number))
    keys = await _insert_parties(ctx, case_id, "applicant", cmd.applicants, 0)
    keys = await _insert_parties(ctx, case_id, "respondent", cmd.respondents, len(cmd.applicants))
    await ctx.emit(case, ev.CaseRegistered(
        case_id=str(case_id), case_number=str(number), case_type=number.case_type, court_code=number.court_code,
        filed_on=cmd.filed_on, amount_owed_fen=cmd.amount_owed_fen,
        livelihood_category=cmd.livelihood_category.value, applicants=[p.name for p in cmd.applicants],
        respondents=[p.name for p in cmd.respondents], state=CaseState.filed.value,
        respondent_keys=[k for k in keys if k], parent_case_id=str(parent.id) if parent is not None else None),
        f"立案 {number}")
    await ctx.audit("case.registered", "case", case_id, {"case_number": str(number),
                                                          "amount_owed_fen": cmd.amount_owed_fen})
    return case


async def _insert_parties(ctx: Ctx, case_id: uuid.UUID, role: str, items: Iterable[PartyIn], start: int
                          ) -> list[str | None]:
    keys = []
    for i, p in enumerate(items):
        key = party_key(p.kind, p.id_number)
        keys.append(key)
        await ctx.session.execute(parties.insert().values(
            id=uuid.uuid4(), case_id=case_id, role=role, kind=p.kind, name=p.name, id_number=p.id_number,
            party_key=key, phone=p.phone, position=start + i))
    return keys


async def list_cases(ctx: Ctx, *, limit: int, after_seq: int | None, state: CaseState | None,
                     filed_from: date | None, filed_to: date | None) -> tuple[list[Any], int | None]:
    q = select(cases).where(visible_filter(ctx.org))
    if state is not None:
        q = q.where(cases.c.state == state.value)
    if filed_from is not None:
        q = q.where(cases.c.filed_on >= filed_from)
    if filed_to is not None:
        q = q.where(cases.c.filed_on <= filed_to)
    return await keyset_page(ctx.session, q, cases.c.seq, limit, after_seq)


async def transition(ctx: Ctx, case_id: uuid.UUID, cmd: TransitionIn, if_match: int | None) -> Any:
    case = await load_case(ctx, case_id, write=True, if_match=if_match)
    on = cmd.on or today_cn()
    current, target = CaseState(case.state), cmd.to_state
    try:
        domain.check_transition(current, target)
    except DomainError as exc:
        raise Problem(409, exc.code, str(exc), allowed=[s.value for s in domain.TRANSITIONS[current]])
    if on < case.filed_on:
        raise Problem(422, "before_filing", "日期早于立案日期", f"{on} is before the filing date {case.filed_on}")
    values: dict[str, Any] = {"state": target.value}
    if target == CaseState.concluded_no_assets:
        refusals = await conclusion_refusals(ctx, case, on)
        if refusals:
            raise Problem(422, "conclusion_refused", "不符合终结本次执行程序的条件 (终本 refused)",
                          "; ".join(r["reason"] for r in refusals), failing_conditions=refusals)
        values["concluded_on"] = on
    if current == CaseState.suspended_settlement:
        values.update(suspended_since=None, suspended_days=case.suspended_days + (on - case.suspended_since).days)
    if target == CaseState.suspended_settlement:
        values["suspended_since"] = on
    if target == CaseState.executing and case.executing_since is None:
        values["executing_since"] = on
    if target in (CaseState.fully_executed, CaseState.terminated):
        values["closed_on"] = on
    case = await bump(ctx, case, **values)
    await ctx.emit(case, ev.CaseStateChanged(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        from_state=current.value, to_state=target.value, reason=cmd.reason, changed_on=on),
        f"{domain.CASE_STATE_LABELS[current]} → {domain.CASE_STATE_LABELS[target]}: {cmd.reason}")
    if target == CaseState.concluded_no_assets:
        dates = domain.requery_schedule(on)
        for i, d in enumerate(dates, start=1):
            await ctx.session.execute(requeries.insert().values(case_id=case.id, sequence=i, due_on=d))
        await ctx.emit(case, ev.CaseConcluded(
            case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
            concluded_on=on, outstanding_fen=await outstanding(ctx.session, case),
            livelihood_category=case.livelihood_category, requery_dates=dates, respondents=case.respondents),
            f"终本, {len(dates)} 次定期复查")
    await ctx.audit("case.state_changed", "case", case.id, {"from": current.value, "to": target.value,
                                                             "reason": cmd.reason, "on": on})
    return case


async def conclusion_refusals(ctx: Ctx, case: Any, on: date) -> list[dict]:
    results = await _investigation(ctx.session, case.id)
    gaps = domain.investigation_gaps(case.required_categories, results, case.asset_report_order_on is not None)
    disposable = (await ctx.session.execute(select(func.count()).select_from(assets).where(
        assets.c.case_id == case.id, assets.c.status.in_(["discovered", "controlled", "in_disposal"])))).scalar()
    facts = domain.ConclusionFacts(
        filed_on=case.filed_on, execution_notice_issued=case.execution_notice_on is not None,
        asset_report_order_issued=case.asset_report_order_on is not None,
        consumption_restriction_issued=case.consumption_restriction_on is not None,
        dishonest_listing_eligible=case.dishonest_listing_eligible,
        dishonest_listing_issued=case.dishonest_listing_on is not None,
        investigation_gaps=tuple(g for g in gaps if g != "asset_report_order"),
        disposable_property_found=disposable > 0, debtor_missing=case.debtor_missing,
        missing_debtor_searched=case.missing_debtor_searched_on is not None)
    return domain.conclusion_refusals(facts, on)


async def set_milestone(ctx: Ctx, case_id: uuid.UUID, cmd: MilestoneIn, if_match: int | None) -> Any:
    case = await load_case(ctx, case_id, write=True, if_match=if_match)
    if CaseState(case.state) in FINAL_STATES:
        raise Problem(409, "case_closed", "案件已结 (the case is closed)", f"state {case.state}")
    on = cmd.on or today_cn()
    if on < case.filed_on:
        raise Problem(422, "before_filing", "日期早于立案日期", f"{on} is before the filing date {case.filed_on}")
    values: dict[str, Any] = {}
    if cmd.kind == "officer_assigned":
        if not cmd.officer_id:
            raise Problem(422, "officer_required", "需要指定承办人", "officer_id is required")
        values.update(officer_id=cmd.officer_id, officer_assigned_on=on)
    elif cmd.kind == "execution_notice":  # the asset-report order goes out with the notice (财产调查规定 3)
        values.update(execution_notice_on=on, asset_report_order_on=case.asset_report_order_on or on)
    elif cmd.kind == "dishonest_listing":
        values.update(dishonest_listing_on=on, dishonest_listing_eligible=True)
    elif cmd.kind == "debtor_missing":
        values.update(debtor_missing=True)
    elif cmd.kind == "extension_approved":
        if "president" not in ctx.principal.roles:
            raise Problem(403, "president_required", "延长执行期限需院长批准", "only the court president approves")
        deadline = domain.finishing_deadline(case.filed_on, non_litigation=case.non_litigation,
                                             suspended_days=case.suspended_days)
        if case.extension_approved_on is not None:
            raise Problem(409, "already_extended", "已批准延长", f"approved on {case.extension_approved_on}")
        if on > domain.extension_request_latest(deadline):
            raise Problem(422, "extension_too_late", "延长申请应在期限届满 5 日前提出",
                          f"the deadline {deadline} needs the request by {domain.extension_request_latest(deadline)}")
        values.update(extension_approved_on=on)
    else:
        values[f"{cmd.kind}_on"] = on
    if cmd.dishonest_listing_eligible is not None:
        values["dishonest_listing_eligible"] = cmd.dishonest_listing_eligible
    if cmd.kind in ("officer_assigned", "execution_notice") and case.state == CaseState.filed.value:
        values.update(state=CaseState.executing.value, executing_since=on)
    new = await bump(ctx, case, **values)
    if new.state != case.state:
        await ctx.emit(new, ev.CaseStateChanged(
            case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
            from_state=case.state, to_state=new.state, reason=cmd.kind, changed_on=on), f"开始执行 ({cmd.kind})")
    await ctx.audit(f"case.milestone.{cmd.kind}", "case", case.id, {"on": on, "officer_id": cmd.officer_id})
    if cmd.kind in ("execution_notice", "asset_report_order"):
        await _maybe_investigation_completed(ctx, new, on)
    return new


async def designate(ctx: Ctx, case_id: uuid.UUID, cmd: DesignationIn) -> Any:
    case = await load_case(ctx, case_id, write=False)
    case = (await ctx.session.execute(select(cases).where(cases.c.id == case_id).with_for_update())).first()
    on = cmd.designated_on or today_cn()
    from_court = case.executing_court_code
    try:
        domain.check_designation(ctx.org, from_court, cmd.to_court, case.filed_on, on, cmd.form)
    except DomainError as exc:
        raise Problem(403 if exc.code == "not_higher_court" else 422, exc.code, str(exc))
    if CaseState(case.state) in FINAL_STATES:
        raise Problem(409, "case_closed", "案件已结 (the case is closed)", f"state {case.state}")
    d_id = uuid.uuid4()
    await ctx.session.execute(designations.insert().values(
        id=d_id, case_id=case.id, designating_court=ctx.org, from_court=from_court, to_court=cmd.to_court,
        form=cmd.form, reason=cmd.reason, designated_on=on, designated_by=ctx.actor))
    new_court = domain.executing_court_after(cmd.form, from_court, cmd.to_court)
    case = await bump(ctx, case, executing_court_code=new_court)
    await ctx.emit(case, ev.CaseDesignated(
        case_id=str(case.id), case_number=case.case_number, designating_court=ctx.org, from_court=from_court,
        to_court=cmd.to_court, executing_court_code=new_court, form=cmd.form, designated_on=on, reason=cmd.reason),
        f"{FORM_LABELS[cmd.form]}: {from_court} → {cmd.to_court}")
    await ctx.audit("case.designated", "case", case.id, {"from": from_court, "to": cmd.to_court, "form": cmd.form})
    return case


async def resume(ctx: Ctx, case_id: uuid.UUID, cmd: ResumptionIn) -> Any:
    parent = await load_case(ctx, case_id, write=True)
    if parent.state not in (CaseState.concluded_no_assets.value, CaseState.suspended_settlement.value):
        raise Problem(409, "not_resumable", "只有终本或和解中止的案件可以恢复执行",
                      f"the case is {domain.CASE_STATE_LABELS[CaseState(parent.state)]}")
    ps = (await ctx.session.execute(select(parties).where(parties.c.case_id == parent.id)
                                    .order_by(parties.c.position))).all()
    to_party = lambda p: PartyIn(name=p.name, kind=p.kind, id_number=p.id_number, phone=p.phone)  # noqa: E731
    remaining = await outstanding(ctx.session, parent)
    if remaining <= 0:
        raise Problem(409, "nothing_outstanding", "申请执行标的已全部到位", "nothing is outstanding")
    child = await register_case(ctx, CaseCreate(
        case_number=cmd.case_number, filed_on=cmd.filed_on, amount_owed_fen=remaining,
        livelihood_category=parent.livelihood_category, non_litigation=parent.non_litigation,
        applicants=[to_party(p) for p in ps if p.role == "applicant"],
        respondents=[to_party(p) for p in ps if p.role == "respondent"],
        required_categories=parent.required_categories), parent=parent)
    # The assets and measures of the original case carry over to the resumed one.
    await ctx.session.execute(update(assets).where(assets.c.case_id == parent.id).values(case_id=child.id))
    await ctx.session.execute(update(measures).where(measures.c.case_id == parent.id).values(case_id=child.id))
    await ctx.emit(parent, ev.CaseResumed(
        case_id=str(parent.id), case_number=parent.case_number, resumed_case_id=str(child.id),
        resumed_case_number=child.case_number, reason=cmd.reason, resumed_on=cmd.filed_on),
        f"恢复执行 {child.case_number}")
    await ctx.audit("case.resumed", "case", parent.id, {"resumed_case_id": str(child.id), "reason": cmd.reason})
    return child


# ------------------------------------------------------------------ investigation
async def _investigation(session: AsyncSession, case_id: uuid.UUID) -> dict[str, str]:
    rows = (await session.execute(select(investigation_results).where(
        investigation_results.c.case_id == case_id))).all()
    return {r.category: r.status for r in rows}


async def record_investigation(ctx: Ctx, case_id: uuid.UUID, cmd: InvestigationIn) -> dict:
    case = await load_case(ctx, case_id, write=True)
    on = cmd.queried_on or today_cn()
    stmt = insert(investigation_results).values(case_id=case.id, category=cmd.category, status=cmd.status,
                                                source=cmd.source, note=cmd.note, queried_on=on,
                                                recorded_by=ctx.actor)
    await ctx.session.execute(stmt.on_conflict_do_update(
        index_elements=["case_id", "category"],
        set_={k: stmt.excluded[k] for k in ("status", "source", "note", "queried_on", "recorded_by")}
        | {"recorded_at": func.now()}))
    await ctx.audit("investigation.recorded", "case", case.id, cmd.model_dump(mode="json"))
    await _maybe_investigation_completed(ctx, case, on)
    return await checklist(ctx.session, (await ctx.session.execute(select(cases).where(cases.c.id == case.id))).first())


async def _maybe_investigation_completed(ctx: Ctx, case: Any, on: date) -> None:
    case = (await ctx.session.execute(select(cases).where(cases.c.id == case.id))).first()
    if case.investigation_completed_on is not None:
        return
    results = await _investigation(ctx.session, case.id)
    if domain.investigation_gaps(case.required_categories, results, case.asset_report_order_on is not None):
        return
    await ctx.session.execute(update(cases).where(cases.c.id == case.id).values(investigation_completed_on=on))
    await ctx.emit(case, ev.InvestigationCompleted(
        case_id=str(case.id), case_number=case.case_number,
        categories={c: results[c] for c in case.required_categories}, completed_on=on), "财产调查完成")


async def checklist(session: AsyncSession, case: Any) -> dict:
    rows = (await session.execute(select(investigation_results).where(
        investigation_results.c.case_id == case.id))).all()
    results = {r.category: r.status for r in rows}
    required = list(case.required_categories)
    return {
        "required": [{"category": c, "label": domain.CATEGORY_LABELS[c], "status": results.get(c)} for c in required],
        "results": [{"category": r.category, "label": domain.CATEGORY_LABELS.get(r.category, r.category),
                     "status": r.status, "source": r.source, "note": r.note, "queried_on": r.queried_on}
                    for r in rows],
        "coverage": domain.investigation_coverage(required, results),
        "gaps": domain.investigation_gaps(required, results, case.asset_report_order_on is not None),
        "asset_report_order_on": case.asset_report_order_on,
        "consumption_restriction_on": case.consumption_restriction_on,
        "complete": case.investigation_completed_on is not None,
    }


# ------------------------------------------------------------------ assets and measures
async def add_asset(ctx: Ctx, case: Any, cmd: AssetIn, *, source_event_id: str | None = None) -> Any:
    debtor = None
    if cmd.debtor_party_key:
        debtor = (await ctx.session.execute(select(parties).where(
            parties.c.case_id == case.id, parties.c.role == "respondent",
            parties.c.party_key == cmd.debtor_party_key))).first()
        if debtor is None:
            raise Problem(422, "unknown_debtor", "该被执行人不属于本案", "debtor_party_key names no respondent of this case")
    else:
        debtor = (await ctx.session.execute(select(parties).where(
            parties.c.case_id == case.id, parties.c.role == "respondent").order_by(parties.c.position))).first()
    asset_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(assets).values(
        id=asset_id, case_id=case.id, debtor_key=debtor.party_key if debtor else None,
        debtor_name=debtor.name if debtor else None, asset_type=cmd.asset_type, description=cmd.description,
        quantity=cmd.quantity, estimated_value_fen=cmd.estimated_value_fen, location=cmd.location,
        discovery_source=cmd.discovery_source, mortgaged=cmd.mortgaged, source_event_id=source_event_id,
        status="discovered").returning(assets))).first()
    await ctx.emit(case, ev.AssetDiscovered(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(asset_id), asset_type=cmd.asset_type,
        description=cmd.description, estimated_value_fen=cmd.estimated_value_fen,
        discovery_source=cmd.discovery_source, source_event_id=source_event_id),
        f"发现财产: {cmd.description}")
    await ctx.audit("asset.discovered", "asset", asset_id, cmd.model_dump(mode="json"))
    return row


async def load_asset(ctx: Ctx, asset_id: uuid.UUID, *, write: bool = True) -> tuple[Any, Any]:
    row = (await ctx.session.execute(select(assets).where(assets.c.id == asset_id).with_for_update())).first()
    if row is None:
        raise Problem(404, "asset_not_found", "财产不存在", str(asset_id))
    case = await load_case(ctx, row.case_id, write=write)
    return row, case


async def apply_measure(ctx: Ctx, asset_id: uuid.UUID, cmd: MeasureIn) -> Any:
    asset, case = await load_asset(ctx, asset_id)
    if cmd.kind not in domain.allowed_measure_kinds(asset.asset_type):
        raise Problem(422, "measure_not_allowed", "该类财产不适用此控制措施",
                      f"{cmd.kind} does not apply to {asset.asset_type}; use "
                      f"{', '.join(sorted(domain.allowed_measure_kinds(asset.asset_type)))}")
    if asset.status in ("sold", "delivered_in_kind"):
        raise Problem(409, "asset_disposed", "财产已处置", f"asset is {asset.status}")
    start = cmd.start_on or today_cn()
    months = cmd.months or domain.measure_max_months(asset.asset_type)
    try:
        expiry = domain.measure_expiry(asset.asset_type, start, months)
    except DomainError as exc:
        raise refuse(exc)
    active = (await ctx.session.execute(select(func.count()).select_from(measures).where(
        measures.c.asset_id == asset.id, measures.c.status == "active"))).scalar()
    queued = active > 0  # 轮候: waits for the earlier measure (查扣冻规定 26)
    m_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(measures).values(
        id=m_id, asset_id=asset.id, case_id=case.id, kind=cmd.kind, flexible=cmd.flexible, amount_fen=cmd.amount_fen,
        months=months, status="queued" if queued else "active", queued_on=start if queued else None,
        start_on=None if queued else start, expiry_on=None if queued else expiry).returning(measures))).first()
    if not queued:
        await ctx.session.execute(update(assets).where(assets.c.id == asset.id, assets.c.status == "discovered")
                                  .values(status="controlled", updated_at=func.now()))
    await ctx.emit(case, _measure_applied(case, row), f"{'轮候' if queued else ''}{_KIND_LABEL[cmd.kind]}: "
                   f"{asset.description}" + (f" 至 {expiry}" if not queued else ""))
    await ctx.audit("measure.applied", "measure", m_id, {**cmd.model_dump(mode="json"), "queued": queued})
    return row


_KIND_LABEL = {"freeze": "冻结", "seal": "查封", "seize": "扣押"}


def _measure_applied(case: Any, m: Any) -> ev.MeasureApplied:
    return ev.MeasureApplied(case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id),
                             measure_id=str(m.id), kind=m.kind, flexible=m.flexible, amount_fen=m.amount_fen,
                             start_on=m.start_on, expiry_on=m.expiry_on, queued=m.status == "queued")


async def load_measure(ctx: Ctx, measure_id: uuid.UUID) -> tuple[Any, Any]:
    m = (await ctx.session.execute(select(measures).where(measures.c.id == measure_id).with_for_update())).first()
    if m is None:
        raise Problem(404, "measure_not_found", "控制措施不存在", str(measure_id))
    case = await load_case(ctx, m.case_id, write=True)
    return m, case


async def renew_measure(ctx: Ctx, measure_id: uuid.UUID, cmd: RenewalIn) -> Any:
    m, case = await load_measure(ctx, measure_id)
    if m.status != "active":
        raise Problem(409, "measure_not_active", "只有生效中的措施可以续封/续冻", f"the measure is {m.status}")
    asset = (await ctx.session.execute(select(assets).where(assets.c.id == m.asset_id))).first()
    on = cmd.on or today_cn()
    try:
        expiry = domain.renewal_expiry(asset.asset_type, m.expiry_on, on, cmd.months)
    except DomainError as exc:
        raise refuse(exc, 409 if exc.code == "measure_lapsed" else 422)
    renewals = list(m.renewals) + [{"on": on.isoformat(), "from": m.expiry_on.isoformat(), "to": expiry.isoformat()}]
    row = (await ctx.session.execute(update(measures).where(measures.c.id == m.id).values(
        expiry_on=expiry, renewals=renewals, updated_at=func.now()).returning(measures))).first()
    await ctx.emit(case, ev.MeasureRenewed(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
        kind=m.kind, previous_expiry_on=m.expiry_on, expiry_on=expiry), f"续{_KIND_LABEL[m.kind]}至 {expiry}")
    await ctx.audit("measure.renewed", "measure", m.id, {"from": m.expiry_on, "to": expiry})
    return row


async def release_measure(ctx: Ctx, measure_id: uuid.UUID, cmd: ReleaseIn) -> Any:
    m, case = await load_measure(ctx, measure_id)
    on = cmd.on or today_cn()
    if cmd.quantity is not None:
        asset = (await ctx.session.execute(select(assets).where(assets.c.id == m.asset_id).with_for_update())).first()
        if cmd.quantity < asset.quantity:
            return await _release_part(ctx, m, case, asset, cmd.quantity, on, cmd.reason)
        if cmd.quantity > asset.quantity:
            raise Problem(422, "quantity_exceeds_lot", "解除数量超过查封数量",
                          f"the lot holds {asset.quantity}, not {cmd.quantity}")
    return await _end_measure(ctx, m, case, "released", on, cmd.reason)


async def _release_part(ctx: Ctx, m: Any, case: Any, asset: Any, quantity: int, on: date, reason: str) -> Any:
    """Partial release (e.g. 转债化解: part of the sealed flats freed for refinancing): the released units are
    split off as an asset of their own, released; the measure stays on the rest of the lot."""
    if m.status != "active":
        raise Problem(409, "measure_not_active", "措施已解除或失效", f"the measure is {m.status}")
    value = asset.estimated_value_fen
    part_value = value * quantity // asset.quantity if value is not None else None
    part_id = uuid.uuid4()
    await ctx.session.execute(assets.insert().values(
        id=part_id, case_id=asset.case_id, debtor_key=asset.debtor_key, debtor_name=asset.debtor_name,
        asset_type=asset.asset_type, description=f"{asset.description}（解除{_KIND_LABEL[m.kind]} {quantity}）",
        quantity=quantity, estimated_value_fen=part_value, location=asset.location,
        discovery_source=asset.discovery_source, mortgaged=asset.mortgaged, status="released"))
    await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(
        quantity=asset.quantity - quantity, updated_at=func.now(),
        estimated_value_fen=value - part_value if value is not None else None))
    await ctx.emit(case, ev.MeasureReleased(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(asset.id), measure_id=str(m.id),
        kind=m.kind, reason=reason, released_on=on, released_quantity=quantity, released_asset_id=str(part_id)),
        f"部分解除{_KIND_LABEL[m.kind]}: {quantity}/{asset.quantity} ({domain.RELEASE_REASONS[reason]})")
    await ctx.audit("measure.partially_released", "measure", m.id,
                    {"on": on, "reason": reason, "quantity": quantity, "released_asset_id": str(part_id)})
    return m


async def _end_measure(ctx: Ctx, m: Any, case: Any, status: str, on: date, reason: str | None) -> Any:
    if m.status not in ("active", "queued"):
        raise Problem(409, "measure_not_active", "措施已解除或失效", f"the measure is {m.status}")
    row = (await ctx.session.execute(update(measures).where(measures.c.id == m.id).values(
        status=status, released_on=on, release_reason=reason, updated_at=func.now()).returning(measures))).first()
    activated = None
    if m.status == "active":
        activated = await _activate_queued(ctx, m.asset_id, case, on)
    if status == "released":
        await ctx.emit(case, ev.MeasureReleased(
            case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
            kind=m.kind, reason=reason, released_on=on,
            activated_measure_id=str(activated.id) if activated is not None else None),
            f"解除{_KIND_LABEL[m.kind]} ({domain.RELEASE_REASONS[reason]})")
    else:
        await ctx.emit(case, ev.MeasureLapsed(
            case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
            kind=m.kind, expiry_on=m.expiry_on), f"{_KIND_LABEL[m.kind]}到期失效")
    if activated is not None:
        await ctx.emit(case, _measure_applied(case, activated), f"轮候{_KIND_LABEL[activated.kind]}生效")
    remaining = (await ctx.session.execute(select(func.count()).select_from(measures).where(
        measures.c.asset_id == m.asset_id, measures.c.status == "active"))).scalar()
    if not remaining:
        await ctx.session.execute(update(assets).where(assets.c.id == m.asset_id,
                                                       assets.c.status.in_(["controlled", "in_disposal"]))
                                  .values(status="released", updated_at=func.now()))
    await ctx.audit(f"measure.{status}", "measure", m.id, {"on": on, "reason": reason})
    return row


async def _activate_queued(ctx: Ctx, asset_id: uuid.UUID, case: Any, on: date) -> Any | None:
    queue = (await ctx.session.execute(select(measures).where(
        measures.c.asset_id == asset_id, measures.c.status == "queued"))).all()
    pick = domain.next_queued_effective([(q.seq, q.queued_on) for q in queue])
    if pick is None:
        return None
    q = next(q for q in queue if q.seq == pick)
    asset = (await ctx.session.execute(select(assets).where(assets.c.id == asset_id))).first()
    expiry = domain.measure_expiry(asset.asset_type, on, q.months)
    return (await ctx.session.execute(update(measures).where(measures.c.id == q.id).values(
        status="active", start_on=on, expiry_on=expiry, updated_at=func.now()).returning(measures))).first()


# ------------------------------------------------------------------ disposal and recoveries
async def schedule_round(ctx: Ctx, asset_id: uuid.UUID, cmd: AuctionRoundIn) -> Any:
    asset, case = await load_asset(ctx, asset_id)
    if asset.status not in ("controlled", "in_disposal"):
        raise Problem(409, "asset_not_controlled", "财产未被控制，不能处置", f"asset is {asset.status}")
    rounds = (await ctx.session.execute(select(auction_rounds).where(auction_rounds.c.asset_id == asset.id)
                                        .order_by(auction_rounds.c.round_no))).all()
    if rounds and rounds[-1].outcome != "failed":
        raise Problem(409, "round_pending", "上一轮尚未结束或已成交", f"round {rounds[-1].round_no} is {rounds[-1].outcome}")
    failed = sum(r.outcome == "failed" for r in rounds)
    step = domain.next_disposal_step(failed, cmd.method == "online_auction" or
                                     any(r.method == "online_auction" for r in rounds), asset.asset_type)
    if (step == "sale") != (cmd.method == "sale"):
        raise Problem(422, "wrong_disposal_step", "处置方式不符合程序",
                      f"after {failed} failed round(s) the next step is {step}, not {cmd.method}")
    auction_count = sum(r.method != "sale" for r in rounds)
    try:
        if cmd.method == "sale":
            if cmd.opening_fen < domain.min_sale_price(cmd.valuation_fen):
                raise DomainError("sale_price_too_low", f"变卖价不得低于评估价的一半: ≥ {domain.min_sale_price(cmd.valuation_fen)} fen")
        else:
            domain.check_opening_price(cmd.valuation_fen, auction_count + 1, cmd.opening_fen,
                                       rounds[-1].opening_fen if rounds else None)
    except DomainError as exc:
        raise refuse(exc)
    r_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(auction_rounds).values(
        id=r_id, asset_id=asset.id, case_id=case.id, round_no=len(rounds) + 1, method=cmd.method,
        valuation_fen=cmd.valuation_fen, opening_fen=cmd.opening_fen, starts_on=cmd.starts_on,
        outcome="scheduled").returning(auction_rounds))).first()
    await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(status="in_disposal",
                                                                                   updated_at=func.now()))
    await ctx.emit(case, ev.AuctionRoundScheduled(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(asset.id), round_id=str(r_id),
        round_no=row.round_no, valuation_fen=cmd.valuation_fen, opening_fen=cmd.opening_fen, method=cmd.method,
        starts_on=cmd.starts_on), f"第{row.round_no}轮{'变卖' if cmd.method == 'sale' else '拍卖'}: 起拍价 {cmd.opening_fen} 分")
    await ctx.audit("auction.scheduled", "auction_round", r_id, cmd.model_dump(mode="json"))
    return row


async def round_result(ctx: Ctx, round_id: uuid.UUID, cmd: AuctionResultIn) -> Any:
    r = (await ctx.session.execute(select(auction_rounds).where(auction_rounds.c.id == round_id)
                                   .with_for_update())).first()
    if r is None:
        raise Problem(404, "round_not_found", "拍卖轮次不存在", str(round_id))
    asset, case = await load_asset(ctx, r.asset_id)
    if r.outcome != "scheduled":
        raise Problem(409, "round_ended", "该轮已结束", f"round {r.round_no} is {r.outcome}")
    on = cmd.on or today_cn()
    if on < r.starts_on:
        raise Problem(422, "before_round_start", "结果日期早于开拍日期", f"{on} is before {r.starts_on}")
    base = dict(case_id=str(case.id), case_number=case.case_number, asset_id=str(asset.id), round_id=str(r.id),
                round_no=r.round_no, valuation_fen=r.valuation_fen, opening_fen=r.opening_fen)
    if cmd.outcome == "failed":
        row = (await ctx.session.execute(update(auction_rounds).where(auction_rounds.c.id == r.id).values(
            outcome="failed", ended_on=on).returning(auction_rounds))).first()
        failed = (await ctx.session.execute(select(func.count()).select_from(auction_rounds).where(
            auction_rounds.c.asset_id == asset.id, auction_rounds.c.outcome == "failed"))).scalar()
        step = domain.next_disposal_step(failed, r.method == "online_auction", asset.asset_type)
        nxt = domain.min_next_round_price(r.opening_fen) if step != "sale" else domain.min_sale_price(r.valuation_fen)
        await ctx.emit(case, ev.AuctionRoundFailed(**base, failed_on=on, next_step=step, next_min_opening_fen=nxt),
                       f"第{r.round_no}轮流拍; 下一步 {step}, 最低 {nxt} 分")
        await ctx.audit("auction.failed", "auction_round", r.id, {"on": on})
        return row
    price = domain.in_kind_price(r.opening_fen) if cmd.in_kind else cmd.price_fen
    if not cmd.in_kind and price < r.opening_fen:
        raise Problem(422, "price_below_opening", "成交价低于起拍价", f"{price} < opening price {r.opening_fen}")
    row = (await ctx.session.execute(update(auction_rounds).where(auction_rounds.c.id == r.id).values(
        outcome="sold", ended_on=on, price_fen=price, in_kind=cmd.in_kind).returning(auction_rounds))).first()
    await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(
        status="delivered_in_kind" if cmd.in_kind else "sold", updated_at=func.now()))
    await ctx.emit(case, ev.AuctionRoundSold(**base, price_fen=price, sold_on=on, in_kind=cmd.in_kind),
                   f"第{r.round_no}轮{'以物抵债' if cmd.in_kind else '成交'}: {price} 分")
    await _record_recovery(ctx, case, price, "in_kind" if cmd.in_kind else "auction", on, None)
    await ctx.audit("auction.sold", "auction_round", r.id, {"on": on, "price_fen": price, "in_kind": cmd.in_kind})
    return row


async def recovered_total(session: AsyncSession, case_id: uuid.UUID) -> int:
    return int((await session.execute(select(func.coalesce(func.sum(recoveries.c.amount_fen), 0)).where(
        recoveries.c.case_id == case_id))).scalar())


async def outstanding(session: AsyncSession, case: Any) -> int:
    return max(case.amount_owed_fen - await recovered_total(session, case.id), 0)


async def record_recovery(ctx: Ctx, case_id: uuid.UUID, cmd: RecoveryIn) -> Any:
    case = await load_case(ctx, case_id, write=True)
    return await _record_recovery(ctx, case, cmd.amount_fen, cmd.source, cmd.received_on or today_cn(), None)


async def _record_recovery(ctx: Ctx, case: Any, amount: int, source: str, on: date, source_event_id: str | None
                           ) -> Any:
    r_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(recoveries).values(
        id=r_id, case_id=case.id, amount_fen=amount, source=source, received_on=on,
        source_event_id=source_event_id).returning(recoveries))).first()
    total = await recovered_total(ctx.session, case.id)
    await ctx.emit(case, ev.RecoveryRecorded(
        case_id=str(case.id), case_number=case.case_number, recovery_id=str(r_id), amount_fen=amount, source=source,
        received_on=on, recovered_total_fen=total, outstanding_fen=max(case.amount_owed_fen - total, 0)),
        f"执行到位 {amount} 分 ({source})")
    await ctx.audit("recovery.recorded", "recovery", r_id, {"amount_fen": amount, "source": source})
    return row


# ------------------------------------------------------------------ the aggregate asset-control state
async def asset_state(session: AsyncSession, case: Any, today: date, warn_days: int) -> dict:
    a_rows = (await session.execute(select(assets).where(assets.c.case_id == case.id).order_by(assets.c.seq))).all()
    m_rows = (await session.execute(select(measures).where(measures.c.case_id == case.id)
                                    .order_by(measures.c.seq))).all()
    r_rows = (await session.execute(select(auction_rounds).where(auction_rounds.c.case_id == case.id)
                                    .order_by(auction_rounds.c.round_no))).all()
    recovered = await recovered_total(session, case.id)
    events = (await session.execute(select(case_events).where(case_events.c.case_id == case.id)
                                    .order_by(case_events.c.seq.desc()).limit(10))).all()
    by_status: dict[str, int] = {}
    for a in a_rows:
        by_status[a.status] = by_status.get(a.status, 0) + 1
    measures_out = []
    for m in m_rows:
        status = m.status
        if status == "active":
            status = domain.measure_status(m.expiry_on, today, warn_days)
        measures_out.append({"id": m.id, "asset_id": m.asset_id, "kind": m.kind, "kind_label": _KIND_LABEL[m.kind],
                             "flexible": m.flexible, "amount_fen": m.amount_fen, "status": status,
                             "start_on": m.start_on, "expiry_on": m.expiry_on, "queued_on": m.queued_on,
                             "renewals": m.renewals, "released_on": m.released_on,
                             "release_reason": m.release_reason})
    frozen = sum(m["amount_fen"] or 0 for m in measures_out
                 if m["status"] in ("active", "expiring") and m["kind"] == "freeze")
    return {
        "case_id": case.id, "case_number": case.case_number, "state": case.state,
        "state_label": domain.CASE_STATE_LABELS[CaseState(case.state)],
        "executing_court_code": case.executing_court_code,
        "amount_owed_fen": case.amount_owed_fen, "recovered_fen": recovered,
        "outstanding_fen": max(case.amount_owed_fen - recovered, 0), "frozen_fen": frozen,
        "assets_by_status": by_status,
        "assets": [{"id": a.id, "asset_type": a.asset_type, "description": a.description, "quantity": a.quantity,
                    "estimated_value_fen": a.estimated_value_fen, "location": a.location, "status": a.status,
                    "mortgaged": a.mortgaged, "discovery_source": a.discovery_source,
                    "source_event_id": a.source_event_id, "remortgage_requested_on": a.remortgage_requested_on,
                    "auction_rounds": [{"id": r.id, "round_no": r.round_no, "method": r.method,
                                        "valuation_fen": r.valuation_fen, "opening_fen": r.opening_fen,
                                        "starts_on": r.starts_on, "outcome": r.outcome, "price_fen": r.price_fen,
                                        "ended_on": r.ended_on} for r in r_rows if r.asset_id == a.id]}
                   for a in a_rows],
        "measures": measures_out,
        "measures_expiring_soon": [m for m in measures_out if m["status"] == "expiring"],
        "checklist": await checklist(session, case),
        "last_events": [{"type": e.event_type, "summary": e.summary, "at": e.at} for e in events],
    }


async def debtor_state(ctx: Ctx, key: str, today: date, warn_days: int) -> dict:
    case_ids = select(parties.c.case_id).where(parties.c.party_key == key, parties.c.role == "respondent")
    rows = (await ctx.session.execute(select(cases).where(cases.c.id.in_(case_ids), visible_filter(ctx.org))
                                      .order_by(cases.c.seq))).all()
    if not rows:
        raise Problem(404, "debtor_not_found", "未找到该被执行人的案件", "no visible case names this debtor")
    states = [await asset_state(ctx.session, c, today, warn_days) for c in rows]
    keys = ("amount_owed_fen", "recovered_fen", "outstanding_fen", "frozen_fen")
    by_status: dict[str, int] = {}
    for s in states:
        for k, v in s["assets_by_status"].items():
            by_status[k] = by_status.get(k, 0) + v
    return {"party_key": key, "cases": states, **{k: sum(s[k] for s in states) for k in keys},
            "assets_by_status": by_status,
            "measures_expiring_soon": [m for s in states for m in s["measures_expiring_soon"]]}


# ------------------------------------------------------------------ the sweep: due dates become events, once
SWEEP_LOCK = 0x7377656570  # one sweeper at a time across replicas


async def sweep(ctx: Ctx, today: date) -> dict[str, int]:
    """Emit each due/overdue deadline, expiry warning, lapse and re-query once (the `notices` table remembers)."""
    got = (await ctx.session.execute(text("select pg_try_advisory_xact_lock(:k)"), {"k": SWEEP_LOCK})).scalar()
    if not got:
        return {"skipped": 1}
    counts = {"deadlines": 0, "expiring": 0, "lapsed": 0, "requeries": 0}
    s = ctx.settings
    open_cases = (await ctx.session.execute(select(cases).where(
        cases.c.state.in_([CaseState.filed.value, CaseState.executing.value])))).all()
    for case in open_cases:
        for d in deadlines_of(case, today, s.finishing_warning_days, s.deadline_warning_days):
            if d["status"] in ("due", "overdue") and await _notice_once(ctx, case.id, d["kind"], d["status"],
                                                                        d["deadline"]):
                await ctx.emit(case, ev.DeadlineDue(
                    case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
                    kind=d["kind"], deadline=d["deadline"], level=d["status"]),
                    f"{d['label']} {'即将到期' if d['status'] == 'due' else '已逾期'}: {d['deadline']}")
                counts["deadlines"] += 1
    active = (await ctx.session.execute(select(measures).where(measures.c.status == "active")
                                        .order_by(measures.c.expiry_on).with_for_update())).all()
    for m in active:
        status = domain.measure_status(m.expiry_on, today, s.expiry_warning_days)
        case = (await ctx.session.execute(select(cases).where(cases.c.id == m.case_id))).first()
        if status == "expiring" and await _notice_once(ctx, m.id, "expiry", "warning", m.expiry_on):
            await ctx.emit(case, ev.MeasureExpiring(
                case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
                kind=m.kind, expiry_on=m.expiry_on, days_left=(m.expiry_on - today).days),
                f"{_KIND_LABEL[m.kind]}将于 {m.expiry_on} 到期")
            counts["expiring"] += 1
        elif status == "lapsed":  # 查扣冻规定 27: an unrenewed measure lapses at expiry
            await _end_measure(ctx, m, case, "lapsed", m.expiry_on + timedelta(days=1), None)
            counts["lapsed"] += 1
    due = (await ctx.session.execute(select(requeries, cases).join(cases, cases.c.id == requeries.c.case_id).where(
        requeries.c.due_on <= today, requeries.c.done_on.is_(None)))).all()
    for r in due:
        if await _notice_once(ctx, r.case_id, "requery", str(r.sequence), r.due_on):
            case = (await ctx.session.execute(select(cases).where(cases.c.id == r.case_id))).first()
            await ctx.emit(case, ev.RequeryDue(case_id=str(case.id), case_number=case.case_number,
                                               court_code=case.executing_court_code, due_on=r.due_on,
                                               sequence=r.sequence), f"终本后第{r.sequence}次复查到期: {r.due_on}")
            counts["requeries"] += 1
    return counts


async def _notice_once(ctx: Ctx, subject_id: uuid.UUID, kind: str, level: str, for_date: date) -> bool:
    row = await ctx.session.execute(insert(notices).values(subject_id=subject_id, kind=kind, level=level,
                                                           for_date=for_date)
                                    .on_conflict_do_nothing().returning(notices.c.subject_id))
    return row.first() is not None


async def requery_list(ctx: Ctx, case_id: uuid.UUID, today: date) -> list[dict]:
    case = await load_case(ctx, case_id)
    rows = (await ctx.session.execute(select(requeries).where(requeries.c.case_id == case.id)
                                      .order_by(requeries.c.sequence))).all()
    return [{"sequence": r.sequence, "due_on": r.due_on, "done_on": r.done_on, "result": r.result,
             "status": "done" if r.done_on else ("due" if r.due_on <= today else "scheduled")} for r in rows]


async def record_requery(ctx: Ctx, case_id: uuid.UUID, sequence: int, result: str, on: date) -> Any:
    """A post-终本 re-query was run; a find re-opens execution through a resumption (恢复执行)."""
    case = await load_case(ctx, case_id, write=True)
    row = (await ctx.session.execute(update(requeries).where(
        requeries.c.case_id == case.id, requeries.c.sequence == sequence, requeries.c.done_on.is_(None))
        .values(done_on=on, result=result).returning(requeries))).first()
    if row is None:
        raise Problem(404, "requery_not_found", "没有待办的该次复查", f"no open re-query #{sequence}")
    await ctx.audit("case.requery_recorded", "case", case.id, {"sequence": sequence, "result": result})
    return row


# ------------------------------------------------------------------ the 四联一核 overview
_COUNT = None


async def count(session: AsyncSession, court: str, day: date, metric: str, n: int = 1) -> None:
    """Add to a counter of the overview (called from consumers, so once per event through the inbox)."""
    global _COUNT
    if _COUNT is None:
        stmt = insert(figures)
        _COUNT = stmt.on_conflict_do_update(index_elements=["court_code", "day", "metric"],
                                            set_={"value": figures.c.value + stmt.excluded.value})
    await session.execute(_COUNT, {"court_code": court, "day": day, "metric": metric, "value": n})


LINKAGE_FIGURES = {
    "dispatch": ("执行110", {"alarms_received": "接警", "officer_dispatches": "出警人次", "detentions": "拘留"}),
    "reward": ("法信悬赏", {"notices_published": "发布悬赏公告", "successes": "悬赏成功", "recovered_fen": "悬赏执行到位 (分)"}),
    "mediation": ("和解中心", {"cases_pushed": "推送终本案件", "fully_executed": "执行完毕", "settled": "执行和解"}),
    "police": ("公安联动", {"joint_search_batches": "协查批次", "people_searched": "协查人员",
                         "refusal_transfers": "移送拒执"}),
}
REPORTING = {"dispatch", "mediation"}  # linkages whose events feed the overview today


async def overview(ctx: Ctx, court: str, start: date, end: date) -> dict:
    """The article's figures for any period: each linkage's counters from its events, and the core's own."""
    if court != ctx.org and not domain.is_higher_court(ctx.org, court):
        raise Problem(403, "court_not_supervised", "只能查看本院及下级法院的统计",
                      f"{ctx.org} does not supervise {court}")
    if start > end:
        raise Problem(400, "invalid_date_range", "日期范围无效", "from is after to")
    below = court + "%"
    rows = (await ctx.session.execute(
        select(figures.c.metric, func.sum(figures.c.value)).where(
            figures.c.court_code.like(below), figures.c.day >= start, figures.c.day <= end)
        .group_by(figures.c.metric))).all()
    got = {m: int(v) for m, v in rows}
    linkages = {}
    for name, (label, metrics) in LINKAGE_FIGURES.items():
        reporting = name in REPORTING
        linkages[name] = {"label": label, "reporting": reporting,
                          "figures": {m: {"label": l, "value": got.get(m, 0) if reporting else None}
                                      for m, l in metrics.items()}}
    in_court = cases.c.executing_court_code.like(below)
    scalar = lambda q: ctx.session.execute(q)  # noqa: E731
    core = {
        "cases_registered": ("立案", (await scalar(select(func.count()).where(
            in_court, cases.c.filed_on >= start, cases.c.filed_on <= end))).scalar()),
        "concluded_no_assets": ("终结本次执行", (await scalar(select(func.count()).where(
            in_court, cases.c.concluded_on >= start, cases.c.concluded_on <= end))).scalar()),
        "recovered_fen": ("执行到位 (分)", int((await scalar(
            select(func.coalesce(func.sum(recoveries.c.amount_fen), 0)).select_from(recoveries.join(cases)).where(
                in_court, recoveries.c.received_on >= start, recoveries.c.received_on <= end))).scalar())),
        "green_channel_cases": ("绿色通道案件", (await scalar(select(func.count()).where(
            in_court, cases.c.filed_on >= start, cases.c.filed_on <= end,
            cases.c.livelihood_category != "none"))).scalar()),
    }
    return {"court": court, "from": start, "to": end, "linkages": linkages,
            "core": {"label": "一核", "figures": {k: {"label": l, "value": v} for k, (l, v) in core.items()}}}
