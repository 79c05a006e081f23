"""mediation use cases: load, apply a domain rule, save state + outbox events + audit in one transaction."""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.mediation import domain
from services.mediation.domain import CenterState, DomainError, Due
from services.mediation.schemas import (AssignmentRunIn, CloseIn, MediatorIn, PaymentIn, ReassignIn, ReferralIn,
                                        ResumptionIn, SettlementIn, StepIn, SupervisionActionIn)
from services.mediation.tables import (assignments, case_assets, case_measures, center_cases, court_cases,
                                       installments, mediators, notices, payments, platform, settlements, steps,
                                       supervision_actions)
from shared.contracts import mediation as ev
from shared.errors import Problem
from shared.events import EventPayload
from shared.legal import today_cn
from shared.pagination import keyset_page
from shared.settings import Settings
from shared.usecase import UseCaseContext

HANDLERS = {"judge", "president"}  # act on any case of their court; a mediator only on the cases assigned to them
OPEN_STATES = (CenterState.assigned.value, CenterState.settled.value)  # count towards a mediator's load
FINAL_ENFORCEMENT_STATES = {"fully_executed", "terminated"}
CHANNEL_LABELS = {"phone": "电话", "visit": "走访", "in_person": "约谈", "online": "在线"}
STEP_LABELS = {"contact": "联系", "session": "调解", "note": "备注"}
ACTION_LABELS = {"reminder": "催办", "instruction": "督办", "escalation": "提级督办", "review": "检查"}


class MediationSettings(Settings):
    sweep_interval_seconds: float = 60.0
    handling_step_days: int = 15  # 监督: a handling step is overdue after this many days without one (configurable)


def refuse(exc: DomainError, status: int = 422) -> Problem:
    return Problem(status, exc.code, str(exc))


class Ctx(UseCaseContext):
    """mediation's use-case context: events are about a center case, keyed by the enforcement case."""

    platform = platform

    async def emit(self, cc: Any, payload: EventPayload) -> None:
        await self.publish(payload, subject=f"center-cases/{cc.id}", caseid=str(cc.case_id), orgcode=cc.court_code)


# ------------------------------------------------------------------ access
def within(org: str, court: str) -> bool:
    """A court sees its own cases and those of the courts below it (court codes nest: 内06 is above 内0621)."""
    return court == org or (court.startswith(org) and len(court) > len(org))


def visible_filter(col, org: str):
    return or_(col == org, col.like(org + "_%"))


async def load_center_case(ctx: Ctx, cc_id: uuid.UUID, *, write: bool = False, if_match: int | None = None) -> Any:
    q = select(center_cases).where(center_cases.c.id == cc_id)
    row = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    if row is None or (ctx.principal and not within(ctx.org, row.court_code)):
        raise Problem(404, "center_case_not_found", "和解中心案件不存在", f"no center case {cc_id} visible to {ctx.org}")
    if write and ctx.principal and row.court_code != ctx.org:
        raise Problem(403, "not_center_court", "只有执行法院的和解中心可以办理 (only the executing court's center acts)",
                      f"the case is handled by {row.court_code}")
    if if_match is not None and row.version != if_match:
        raise Problem(412, "version_mismatch", "案件已被他人修改 (stale version)",
                      f"If-Match {if_match} but the case is at version {row.version}", current_version=row.version)
    return row


async def check_handler(ctx: Ctx, cc: Any) -> None:
    """A mediator acts only on the cases assigned to them; judges and presidents on every case of their court."""
    if ctx.principal is None or ctx.principal.has_any(HANDLERS):
        return
    m = None
    if cc.mediator_id is not None:
        m = (await ctx.session.execute(select(mediators).where(mediators.c.id == cc.mediator_id))).first()
    if m is None or m.user_sub != ctx.principal.sub:
        raise Problem(403, "not_assigned_mediator", "该案件未分给您 (not assigned to you)",
                      "a mediator acts only on the cases assigned to them")


async def bump(ctx: Ctx, cc: Any, **values: Any) -> Any:
    return (await ctx.session.execute(update(center_cases).where(center_cases.c.id == cc.id).values(
        **values, version=center_cases.c.version + 1, updated_at=func.now()).returning(center_cases))).first()


def _transition(cc: Any, target: CenterState) -> None:
    try:
        domain.check_transition(cc.state, target)
    except DomainError as exc:
        raise Problem(409, exc.code, str(exc), state=cc.state,
                      allowed=sorted(s.value for s in domain.TRANSITIONS[CenterState(cc.state)]))


def _on(value: date | None, floor: date | None, what: str) -> date:
    on = value or today_cn()
    if floor is not None and on < floor:
        raise Problem(422, "date_too_early", f"{what}早于案件节点日期", f"{on} is before {floor}")
    if on > today_cn():
        raise Problem(422, "date_in_future", f"{what}不能晚于今天", f"{on} is in the future")
    return on


# ------------------------------------------------------------------ projection of asset_core
async def upsert_court_case(session: AsyncSession, case_id: uuid.UUID, **values: Any) -> None:
    values = {k: v for k, v in values.items() if v is not None}
    stmt = insert(court_cases).values(id=case_id, **values)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["id"], set_={**{k: stmt.excluded[k] for k in values if k != "id"}, "updated_at": func.now()}))


async def court_case(session: AsyncSession, case_id: uuid.UUID) -> Any:
    return (await session.execute(select(court_cases).where(court_cases.c.id == case_id))).first()


async def asset_picture(session: AsyncSession, case_id: uuid.UUID) -> dict:
    """The case's asset picture as the center knows it from asset_core's events (a projection)."""
    cc = await court_case(session, case_id)
    a_rows = (await session.execute(select(case_assets).where(case_assets.c.case_id == case_id)
                                    .order_by(case_assets.c.discovered_at))).all()
    m_rows = (await session.execute(select(case_measures).where(case_measures.c.case_id == case_id)
                                    .order_by(case_measures.c.updated_at))).all()
    by_status: dict[str, int] = {}
    for m in m_rows:
        by_status[m.status] = by_status.get(m.status, 0) + 1
    return {
        "case_id": case_id, "case_number": cc.case_number if cc else None,
        "enforcement_state": cc.state if cc else None,
        "amount_owed_fen": cc.amount_owed_fen if cc else None,
        "recovered_fen": cc.recovered_fen if cc else 0,
        "outstanding_fen": cc.outstanding_fen if cc else None,
        "measures_by_status": by_status,
        "assets": [{"id": a.id, "asset_type": a.asset_type, "description": a.description,
                    "estimated_value_fen": a.estimated_value_fen, "discovery_source": a.discovery_source,
                    "measures": [{"id": m.id, "kind": m.kind, "flexible": m.flexible, "status": m.status,
                                  "amount_fen": m.amount_fen, "expiry_on": m.expiry_on, "released_on": m.released_on,
                                  "release_reason": m.release_reason} for m in m_rows if m.asset_id == a.id]}
                   for a in a_rows],
    }


# ------------------------------------------------------------------ intake (终本推送 / 移送)
async def intake(ctx: Ctx, cc_row: Any, source: str, on: date, reason: str | None = None) -> Any | None:
    """Put an enforcement case in the center's queue. None when it is there already (an event redelivered or
    a case referred and later concluded). The enforcement case's legal status is kept as it is."""
    row = (await ctx.session.execute(insert(center_cases).values(
        id=uuid.uuid4(), case_id=cc_row.id, case_number=cc_row.case_number, court_code=cc_row.court_code,
        livelihood_category=cc_row.livelihood_category,
        priority=domain.intake_priority(cc_row.livelihood_category), source=source,
        legal_status=domain.intake_legal_status(cc_row.state), received_on=on, referral_reason=reason,
        state=CenterState.received.value).on_conflict_do_nothing(index_elements=["case_id"])
        .returning(center_cases))).first()
    if row is None:
        return None
    await ctx.emit(row, ev.CaseReceived(
        case_id=str(row.case_id), center_case_id=str(row.id), case_number=row.case_number, court_code=row.court_code,
        source=source, legal_status=row.legal_status, livelihood_category=row.livelihood_category,
        priority=row.priority, received_on=on))
    await ctx.audit("case.received", "center_case", row.id, {"case_id": str(row.case_id), "source": source,
                                                               "reason": reason})
    return row


async def refer(ctx: Ctx, cmd: ReferralIn) -> Any:
    cc = await court_case(ctx.session, cmd.case_id)
    if cc is None or not within(ctx.org, cc.court_code):
        raise Problem(404, "case_not_found", "执行案件不存在或尚未同步到和解中心",
                      f"no enforcement case {cmd.case_id} known to the center for {ctx.org}")
    if cc.court_code != ctx.org:
        raise Problem(403, "not_executing_court", "只有执行法院可以移送", f"the case is executed by {cc.court_code}")
    if cc.state in FINAL_ENFORCEMENT_STATES:
        raise Problem(409, "case_closed", "执行案件已结", f"the enforcement case is {cc.state}")
    row = await intake(ctx, cc, "referral", _on(cmd.referred_on, None, "移送日期"), cmd.reason)
    if row is None:
        raise Problem(409, "already_at_center", "该案件已在和解中心", f"case {cmd.case_id} is already at the center")
    return row


# ------------------------------------------------------------------ mediators and 分案
async def add_mediator(ctx: Ctx, cmd: MediatorIn) -> Any:
    row = (await ctx.session.execute(insert(mediators).values(
        id=uuid.uuid4(), court_code=ctx.org, user_sub=cmd.user_sub, name=cmd.name, team=cmd.team,
        skills=list(dict.fromkeys(cmd.skills)), capacity=cmd.capacity, active=cmd.active)
        .on_conflict_do_nothing(index_elements=["court_code", "user_sub"]).returning(mediators))).first()
    if row is None:
        raise Problem(409, "mediator_exists", "该调解员已登记", f"{cmd.user_sub} is already a mediator of {ctx.org}")
    await ctx.audit("mediator.added", "mediator", row.id, cmd.model_dump(mode="json"))
    return row


async def mediator_loads(session: AsyncSession, court: str) -> list[tuple[Any, int]]:
    load = (select(center_cases.c.mediator_id, func.count().label("n")).where(center_cases.c.state.in_(OPEN_STATES))
            .group_by(center_cases.c.mediator_id).subquery())
    rows = (await session.execute(select(mediators, func.coalesce(load.c.n, 0).label("load"))
                                  .outerjoin(load, load.c.mediator_id == mediators.c.id)
                                  .where(mediators.c.court_code == court).order_by(mediators.c.name))).all()
    return [(r, int(r.load)) for r in rows]


def _loads(rows: list[tuple[Any, int]]) -> dict[str, domain.MediatorLoad]:
    return {str(m.id): domain.MediatorLoad(id=str(m.id), name=m.name, team=m.team, skills=frozenset(m.skills),
                                           load=n, capacity=m.capacity, active=m.active) for m, n in rows}


async def _assign(ctx: Ctx, cc: Any, m: Any, mode: str, on: date, reason: str | None) -> Any:
    previous = cc.mediator_id
    new = await bump(ctx, cc, mediator_id=m.id, state=CenterState.assigned.value if cc.state == "received" else cc.state,
                     assigned_on=on, last_step_on=cc.last_step_on or on)
    await ctx.session.execute(assignments.insert().values(
        center_case_id=cc.id, mediator_id=m.id, previous_mediator_id=previous, mode=mode, reason=reason,
        assigned_on=on, assigned_by=ctx.actor))
    await ctx.emit(new, ev.CaseAssigned(
        case_id=str(cc.case_id), center_case_id=str(cc.id), court_code=cc.court_code, mediator_id=str(m.id),
        mediator_name=m.name, team=m.team, mode=mode, previous_mediator_id=str(previous) if previous else None,
        assigned_on=on))
    await ctx.audit("case.assigned", "center_case", cc.id, {"mediator_id": str(m.id), "mode": mode,
                                                             "previous": str(previous) if previous else None})
    return new


ASSIGN_LOCK = 0x6173736967  # 'assig': one 分案 run per database at a time


async def run_assignment(ctx: Ctx, cmd: AssignmentRunIn) -> dict:
    """分案: the received cases of this court, green channel first then first received first, each to the
    mediator the balancing rule picks (skill, then load relative to capacity)."""
    await ctx.session.execute(text("select pg_advisory_xact_lock(:k)"), {"k": ASSIGN_LOCK})
    on = _on(cmd.on, None, "分案日期")
    rows = await mediator_loads(ctx.session, ctx.org)
    by_id = {str(m.id): m for m, _ in rows}
    loads = _loads(rows)
    queue = (await ctx.session.execute(select(center_cases).where(
        center_cases.c.court_code == ctx.org, center_cases.c.state == CenterState.received.value)
        .order_by(center_cases.c.priority, center_cases.c.seq).limit(cmd.limit).with_for_update())).all()
    done, waiting = [], 0
    for cc in queue:
        pick = domain.pick_mediator(loads.values(), skill=domain.required_skill(cc.livelihood_category))
        if pick is None:
            waiting += 1
            continue
        await _assign(ctx, cc, by_id[pick.id], "auto", on, "分案规则")
        loads[pick.id] = replace(pick, load=pick.load + 1)
        done.append({"center_case_id": cc.id, "case_number": cc.case_number, "priority": cc.priority,
                     "mediator_id": pick.id, "mediator_name": pick.name, "team": pick.team})
    return {"assigned": done, "waiting": waiting}


async def reassign(ctx: Ctx, cc_id: uuid.UUID, cmd: ReassignIn, if_match: int | None) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True, if_match=if_match)
    if cc.state not in (CenterState.received.value, CenterState.assigned.value, CenterState.settled.value):
        raise Problem(409, "case_not_open", "案件已结束，不能改派", f"the center case is {cc.state}")
    on = _on(cmd.on, cc.received_on, "改派日期")
    rows = await mediator_loads(ctx.session, ctx.org)
    by_id = {str(m.id): m for m, _ in rows}
    if cmd.mediator_id is not None:
        m = by_id.get(str(cmd.mediator_id))
        if m is None or not m.active:
            raise Problem(422, "unknown_mediator", "调解员不存在或未在岗", f"no active mediator {cmd.mediator_id} at {ctx.org}")
        if cc.mediator_id == m.id:
            raise Problem(409, "same_mediator", "案件已由该调解员办理", str(m.id))
    else:
        pick = domain.pick_mediator(_loads(rows).values(), skill=domain.required_skill(cc.livelihood_category),
                                    exclude=str(cc.mediator_id) if cc.mediator_id else None)
        if pick is None:
            raise Problem(409, "no_mediator_available", "没有可分配的调解员", "every active mediator is at capacity")
        m = by_id[pick.id]
    return await _assign(ctx, cc, m, "manual", on, cmd.reason)


# ------------------------------------------------------------------ 办案: contacts, sessions, notes
async def record_step(ctx: Ctx, cc_id: uuid.UUID, cmd: StepIn) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True)
    await check_handler(ctx, cc)
    if cc.state not in (CenterState.assigned.value, CenterState.settled.value, CenterState.defaulted.value):
        raise Problem(409, "case_not_in_handling", "案件未在办理中", f"the center case is {cc.state}")
    on = _on(cmd.held_on, cc.received_on, "办理日期")
    s_id = uuid.uuid4()
    row = (await ctx.session.execute(steps.insert().values(
        id=s_id, center_case_id=cc.id, kind=cmd.kind, channel=cmd.channel, parties=cmd.parties, held_on=on,
        outcome=cmd.outcome, note=cmd.note, recorded_by=ctx.actor).returning(steps))).first()
    if cmd.kind in ("contact", "session"):
        await bump(ctx, cc, last_step_on=max(on, cc.last_step_on or on))
    if cmd.kind == "session":
        await ctx.emit(cc, ev.SessionHeld(case_id=str(cc.case_id), center_case_id=str(cc.id), session_id=str(s_id),
                                          held_on=on, outcome=cmd.outcome))
    await ctx.audit(f"case.{cmd.kind}", "center_case", cc.id, {"step_id": str(s_id), "outcome": cmd.outcome})
    return row


# ------------------------------------------------------------------ settlements (执行和解)
def _schedule(rows: list[Any]) -> list[Due]:
    return [Due(r.due_on, r.amount_fen) for r in rows]


async def load_settlement(ctx: Ctx, s_id: uuid.UUID, *, write: bool = False) -> tuple[Any, Any]:
    q = select(settlements).where(settlements.c.id == s_id)
    s = (await ctx.session.execute(q.with_for_update() if write else q)).first()
    if s is None or (ctx.principal and not within(ctx.org, s.court_code)):
        raise Problem(404, "settlement_not_found", "和解协议不存在", str(s_id))
    cc = await load_center_case(ctx, s.center_case_id, write=write)
    return s, cc


async def installments_of(session: AsyncSession, s_id: uuid.UUID) -> list[Any]:
    return (await session.execute(select(installments).where(installments.c.settlement_id == s_id)
                                  .order_by(installments.c.no))).all()


async def reach_settlement(ctx: Ctx, cc_id: uuid.UUID, cmd: SettlementIn) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True)
    await check_handler(ctx, cc)
    _transition(cc, CenterState.settled)
    on = _on(cmd.reached_on, cc.received_on, "和解日期")
    schedule = [Due(i.due_on, i.amount_fen) for i in cmd.installments]
    measures_q = select(case_measures.c.id).where(case_measures.c.case_id == cc.case_id,
                                                  case_measures.c.status.in_(["active", "queued"]))
    active = {str(r.id) for r in (await ctx.session.execute(measures_q)).all()}
    owned = {str(r.id) for r in (await ctx.session.execute(select(case_assets.c.id).where(
        case_assets.c.case_id == cc.case_id))).all()}
    release = list(dict.fromkeys(str(m) for m in cmd.release_measure_ids))
    remortgage = list(dict.fromkeys(str(a) for a in cmd.remortgage_asset_ids))
    quantities = {str(m): q for m, q in cmd.release_quantities.items()}
    if set(quantities) - set(release):
        raise Problem(422, "quantity_for_unreleased_measure", "部分解除的措施必须列在解除措施中",
                      f"release_quantities names measures not in release_measure_ids: {sorted(set(quantities) - set(release))}")
    try:
        domain.check_schedule(cmd.total_fen, schedule, on)
        domain.check_asset_terms(release, active, remortgage, owned)
    except DomainError as exc:
        raise refuse(exc)
    proj = await court_case(ctx.session, cc.case_id)
    outstanding = proj.outstanding_fen if proj and proj.outstanding_fen is not None else (
        proj.amount_owed_fen if proj and proj.amount_owed_fen is not None else cmd.total_fen)
    s_id = uuid.uuid4()
    row = (await ctx.session.execute(settlements.insert().values(
        id=s_id, center_case_id=cc.id, case_id=cc.case_id, court_code=cc.court_code, reached_on=on,
        total_fen=cmd.total_fen, outstanding_at_settlement_fen=outstanding,
        guarantor=cmd.guarantor.model_dump(mode="json") if cmd.guarantor else None, terms=cmd.terms,
        release_measure_ids=release, remortgage_asset_ids=remortgage, release_quantities=quantities,
        state="performing",
        last_due_on=domain.performance_period_end(schedule), resume_deadline=domain.resume_deadline(schedule),
        created_by=ctx.actor).returning(settlements))).first()
    for n, i in enumerate(cmd.installments, start=1):
        await ctx.session.execute(installments.insert().values(settlement_id=s_id, no=n, due_on=i.due_on,
                                                               amount_fen=i.amount_fen))
    new = await bump(ctx, cc, state=CenterState.settled.value, settled_on=on, last_step_on=max(on, cc.last_step_on or on))
    await ctx.emit(new, ev.SettlementReached(
        case_id=str(cc.case_id), settlement_id=str(s_id), reached_on=on, total_fen=cmd.total_fen,
        installments=[ev.Installment(due_on=i.due_on, amount_fen=i.amount_fen) for i in cmd.installments],
        release_measure_ids=release, release_quantities=quantities, remortgage_asset_ids=remortgage,
        guarantor=cmd.guarantor,
        court_code=cc.court_code))
    await ctx.audit("settlement.reached", "settlement", s_id, {"center_case_id": str(cc.id),
                                                               "total_fen": cmd.total_fen,
                                                               "installments": len(cmd.installments),
                                                               "release": release, "remortgage": remortgage})
    return row


async def record_payment(ctx: Ctx, s_id: uuid.UUID, cmd: PaymentIn, *, source: str = "recorded",
                         source_event_id: str | None = None, publish: bool = True) -> Any:
    s, cc = await load_settlement(ctx, s_id, write=True)
    if ctx.principal is not None:
        await check_handler(ctx, cc)
    if s.state != "performing":
        raise Problem(409, "settlement_not_performing", "和解协议不在履行中", f"the settlement is {s.state}")
    on = cmd.received_on or today_cn()
    if on < s.reached_on:
        raise Problem(422, "date_too_early", "付款日期早于和解日期", f"{on} is before {s.reached_on}")
    if ctx.principal is not None and on > today_cn():
        raise Problem(422, "date_in_future", "付款日期不能晚于今天", f"{on} is in the future")
    try:
        domain.check_payment(cmd.amount_fen, s.paid_fen, s.total_fen)
    except DomainError as exc:
        raise refuse(exc)
    p_id = uuid.uuid4()
    row = (await ctx.session.execute(payments.insert().values(
        id=p_id, settlement_id=s.id, amount_fen=cmd.amount_fen, received_on=on, source=source,
        source_event_id=source_event_id, recorded_by=ctx.actor).returning(payments))).first()
    paid = s.paid_fen + cmd.amount_fen
    schedule = _schedule(await installments_of(ctx.session, s.id))
    full = domain.is_fully_performed(schedule, paid)
    await ctx.session.execute(update(settlements).where(settlements.c.id == s.id).values(
        paid_fen=paid, **({"state": "fully_performed", "fully_performed_on": on} if full else {})))
    if publish:  # asset_core turns it into a recovery (source settlement_payment)
        await ctx.emit(cc, ev.PaymentReceived(
            case_id=str(cc.case_id), settlement_id=str(s.id), payment_id=str(p_id), amount_fen=cmd.amount_fen,
            received_on=on, paid_total_fen=paid, remaining_fen=s.total_fen - paid))
    await ctx.audit("settlement.payment", "settlement", s.id, {"payment_id": str(p_id), "amount_fen": cmd.amount_fen,
                                                               "source": source})
    if full:  # 和解规定 8
        _transition(cc, CenterState.fully_executed)
        new = await bump(ctx, cc, state=CenterState.fully_executed.value, fully_executed_on=on, closed_on=on)
        await ctx.emit(new, ev.CaseFullyExecuted(case_id=str(cc.case_id), settlement_id=str(s.id),
                                                 center_case_id=str(cc.id), paid_fen=paid, fully_executed_on=on))
        await ctx.audit("case.fully_executed", "center_case", cc.id, {"settlement_id": str(s.id), "paid_fen": paid})
    return row


async def propose_resumption(ctx: Ctx, s_id: uuid.UUID, cmd: ResumptionIn) -> Any:
    s, cc = await load_settlement(ctx, s_id, write=True)
    await check_handler(ctx, cc)
    if s.state != "performing":
        raise Problem(409, "settlement_not_performing", "和解协议不在履行中", f"the settlement is {s.state}")
    on = _on(cmd.on, s.reached_on, "提出日期")
    schedule = _schedule(await installments_of(ctx.session, s.id))
    try:
        domain.check_resumption(schedule, s.paid_fen, on)
    except DomainError as exc:
        raise refuse(exc)
    amount = domain.resumption_amount(s.outstanding_at_settlement_fen, s.paid_fen)
    row = (await ctx.session.execute(update(settlements).where(settlements.c.id == s.id).values(
        state="defaulted", defaulted_on=on, resume_amount_fen=amount).returning(settlements))).first()
    _transition(cc, CenterState.defaulted)
    new = await bump(ctx, cc, state=CenterState.defaulted.value)
    await ctx.emit(new, ev.SettlementDefaulted(
        case_id=str(cc.case_id), settlement_id=str(s.id), defaulted_on=on, paid_fen=s.paid_fen,
        resume_deadline=s.resume_deadline, resume_amount_fen=amount))
    await ctx.audit("settlement.defaulted", "settlement", s.id, {"paid_fen": s.paid_fen, "resume_amount_fen": amount,
                                                                 "resume_deadline": s.resume_deadline,
                                                                 "note": cmd.note})
    return row


async def close_case(ctx: Ctx, cc_id: uuid.UUID, cmd: CloseIn, if_match: int | None) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True, if_match=if_match)
    await check_handler(ctx, cc)
    _transition(cc, CenterState.closed)
    on = _on(cmd.on, cc.received_on, "结束日期")
    new = await bump(ctx, cc, state=CenterState.closed.value, closed_on=on, close_reason=cmd.reason)
    await ctx.emit(new, ev.CaseClosed(case_id=str(cc.case_id), center_case_id=str(cc.id), closed_on=on,
                                      reason=cmd.reason))
    await ctx.audit("case.closed", "center_case", cc.id, {"reason": cmd.reason})
    return new


# ------------------------------------------------------------------ views
async def settlement_view(session: AsyncSession, s: Any, today: date) -> dict:
    inst = await installments_of(session, s.id)
    schedule = _schedule(inst)
    credited = domain.paid_per_installment(schedule, s.paid_fen)
    perf = domain.performance(schedule, s.paid_fen, today)
    pays = (await session.execute(select(payments).where(payments.c.settlement_id == s.id)
                                  .order_by(payments.c.seq))).all()
    return {
        **{k: getattr(s, k) for k in ("id", "center_case_id", "case_id", "court_code", "reached_on", "total_fen",
                                      "outstanding_at_settlement_fen", "guarantor", "terms", "release_measure_ids",
                                      "remortgage_asset_ids", "release_quantities", "paid_fen", "state", "last_due_on", "resume_deadline",
                                      "defaulted_on", "resume_amount_fen", "fully_performed_on")},
        "remaining_fen": s.total_fen - s.paid_fen,
        "performance": perf.value, "performance_label": domain.PERFORMANCE_LABELS[perf], "as_of": today,
        "installments": [{"no": r.no, "due_on": r.due_on, "amount_fen": r.amount_fen, "paid_fen": c,
                          "status": domain.installment_status(Due(r.due_on, r.amount_fen), c, today),
                          "overdue_flagged_on": r.overdue_flagged_on} for r, c in zip(inst, credited)],
        "payments": [{"id": p.id, "amount_fen": p.amount_fen, "received_on": p.received_on, "source": p.source}
                     for p in pays],
    }


async def case_view(session: AsyncSession, cc: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    m = None
    if cc.mediator_id:
        m = (await session.execute(select(mediators).where(mediators.c.id == cc.mediator_id))).first()
    hist = (await session.execute(select(assignments, mediators.c.name).join(
        mediators, mediators.c.id == assignments.c.mediator_id).where(assignments.c.center_case_id == cc.id)
        .order_by(assignments.c.seq))).all()
    st = (await session.execute(select(steps).where(steps.c.center_case_id == cc.id).order_by(steps.c.seq))).all()
    ss = (await session.execute(select(settlements).where(settlements.c.center_case_id == cc.id)
                                .order_by(settlements.c.seq))).all()
    state = CenterState(cc.state)
    return {
        **{k: getattr(cc, k) for k in ("id", "case_id", "case_number", "court_code", "livelihood_category",
                                       "priority", "source", "legal_status", "received_on", "referral_reason",
                                       "assigned_on", "last_step_on", "settled_on", "fully_executed_on", "closed_on",
                                       "close_reason", "version", "created_at", "updated_at")},
        "green_channel": cc.priority == 0,
        "state": state.value, "state_label": domain.STATE_LABELS[state],
        "mediator": {"id": m.id, "name": m.name, "team": m.team} if m else None,
        "assignments": [{"mediator_id": a.mediator_id, "mediator_name": a.name, "mode": a.mode, "reason": a.reason,
                         "previous_mediator_id": a.previous_mediator_id, "assigned_on": a.assigned_on,
                         "assigned_by": a.assigned_by} for a in hist],
        "steps": [{"id": s.id, "kind": s.kind, "kind_label": STEP_LABELS[s.kind], "channel": s.channel,
                   "parties": s.parties, "held_on": s.held_on, "outcome": s.outcome, "note": s.note,
                   "recorded_by": s.recorded_by} for s in st],
        "settlements": [await settlement_view(session, s, today) for s in ss],
        "asset_picture": await asset_picture(session, cc.case_id),
    }


async def list_cases(ctx: Ctx, *, limit: int, after_seq: int | None, state: str | None, mediator_id: uuid.UUID | None,
                     green: bool | None, received_from: date | None, received_to: date | None
                     ) -> tuple[list[Any], int | None]:
    q = select(center_cases).where(visible_filter(center_cases.c.court_code, ctx.org))
    if state is not None:
        q = q.where(center_cases.c.state == state)
    if mediator_id is not None:
        q = q.where(center_cases.c.mediator_id == mediator_id)
    if green is not None:
        q = q.where(center_cases.c.priority == (0 if green else 1))
    if received_from is not None:
        q = q.where(center_cases.c.received_on >= received_from)
    if received_to is not None:
        q = q.where(center_cases.c.received_on <= received_to)
    return await keyset_page(ctx.session, q, center_cases.c.seq, limit, after_seq)


async def queue(ctx: Ctx, limit: int) -> list[Any]:
    """待分案 queue: green channel first, then first received first."""
    return (await ctx.session.execute(select(center_cases).where(
        center_cases.c.court_code == ctx.org, center_cases.c.state == CenterState.received.value)
        .order_by(center_cases.c.priority, center_cases.c.seq).limit(limit))).all()


# ------------------------------------------------------------------ the sweep: overdue installments, once
SWEEP_LOCK = 0x6d65647377  # one mediation sweeper at a time across replicas


async def sweep(ctx: Ctx, today: date) -> dict[str, int]:
    """Flag every installment overdue on `today` once (InstallmentOverdue; the `notices` table remembers)."""
    got = (await ctx.session.execute(text("select pg_try_advisory_xact_lock(:k)"), {"k": SWEEP_LOCK})).scalar()
    if not got:
        return {"skipped": 1}
    counts = {"overdue_installments": 0}
    open_s = (await ctx.session.execute(select(settlements).where(settlements.c.state == "performing")
                                        .order_by(settlements.c.seq).with_for_update())).all()
    for s in open_s:
        inst = await installments_of(ctx.session, s.id)
        schedule = _schedule(inst)
        credited = domain.paid_per_installment(schedule, s.paid_fen)
        cc = (await ctx.session.execute(select(center_cases).where(center_cases.c.id == s.center_case_id))).first()
        for no in domain.overdue_installments(schedule, s.paid_fen, today):
            r = inst[no - 1]
            once = (await ctx.session.execute(insert(notices).values(
                subject_id=f"{s.id}:{no}", kind="installment_overdue", for_date=r.due_on)
                .on_conflict_do_nothing().returning(notices.c.subject_id))).first()
            if once is None:
                continue
            await ctx.session.execute(update(installments).where(
                installments.c.settlement_id == s.id, installments.c.no == no).values(overdue_flagged_on=today))
            await ctx.emit(cc, ev.InstallmentOverdue(
                case_id=str(s.case_id), settlement_id=str(s.id), installment_no=no, due_on=r.due_on,
                amount_fen=r.amount_fen, unpaid_fen=r.amount_fen - credited[no - 1], flagged_on=today))
            await ctx.audit("installment.overdue", "settlement", s.id, {"no": no, "due_on": r.due_on})
            counts["overdue_installments"] += 1
    return counts


# ------------------------------------------------------------------ 监督 (supervision)
async def supervision_queue(ctx: Ctx, today: date, limit_days: int) -> dict:
    court = visible_filter(center_cases.c.court_code, ctx.org)
    ms = (await ctx.session.execute(select(mediators).where(visible_filter(mediators.c.court_code, ctx.org)))).all()
    by_id = {m.id: m for m in ms}
    per: dict[Any, dict] = {m.id: {"mediator_id": m.id, "name": m.name, "team": m.team, "court_code": m.court_code,
                                   "open_cases": 0, "overdue_steps": 0, "overdue_installments": 0, "reminders": 0}
                            for m in ms}
    handling = (await ctx.session.execute(select(center_cases).where(court, center_cases.c.state.in_(OPEN_STATES))
                                          .order_by(center_cases.c.priority, center_cases.c.seq))).all()
    overdue_steps = []
    for cc in handling:
        if cc.mediator_id in per:
            per[cc.mediator_id]["open_cases"] += 1
        last = cc.last_step_on or cc.assigned_on or cc.received_on
        if cc.state == CenterState.assigned.value and domain.handling_overdue(last, today, limit_days):
            m = by_id.get(cc.mediator_id)
            overdue_steps.append({"center_case_id": cc.id, "case_number": cc.case_number, "priority": cc.priority,
                                  "mediator_id": cc.mediator_id, "mediator_name": m.name if m else None,
                                  "team": m.team if m else None, "last_step_on": last,
                                  "days_without_step": domain.days_between(last, today)})
            if cc.mediator_id in per:
                per[cc.mediator_id]["overdue_steps"] += 1
    overdue_inst = []
    open_s = (await ctx.session.execute(select(settlements, center_cases.c.mediator_id, center_cases.c.case_number)
                                        .join(center_cases, center_cases.c.id == settlements.c.center_case_id)
                                        .where(court, settlements.c.state == "performing"))).all()
    for s in open_s:
        inst = await installments_of(ctx.session, s.id)
        schedule = _schedule(inst)
        credited = domain.paid_per_installment(schedule, s.paid_fen)
        for no in domain.overdue_installments(schedule, s.paid_fen, today):
            m = by_id.get(s.mediator_id)
            overdue_inst.append({"settlement_id": s.id, "center_case_id": s.center_case_id,
                                 "case_number": s.case_number, "installment_no": no, "due_on": inst[no - 1].due_on,
                                 "unpaid_fen": inst[no - 1].amount_fen - credited[no - 1],
                                 "mediator_id": s.mediator_id, "mediator_name": m.name if m else None,
                                 "team": m.team if m else None})
            if s.mediator_id in per:
                per[s.mediator_id]["overdue_installments"] += 1
    actions = (await ctx.session.execute(select(supervision_actions).where(
        visible_filter(supervision_actions.c.court_code, ctx.org)).order_by(supervision_actions.c.seq.desc())
        .limit(100))).all()
    for a in actions:
        if a.kind == "reminder" and a.mediator_id in per:
            per[a.mediator_id]["reminders"] += 1
    teams: dict[str, dict] = {}
    for p in per.values():
        t = teams.setdefault(p["team"], {"team": p["team"], "open_cases": 0, "overdue_steps": 0,
                                         "overdue_installments": 0, "mediators": 0})
        t["mediators"] += 1
        for k in ("open_cases", "overdue_steps", "overdue_installments"):
            t[k] += p[k]
    return {"as_of": today, "handling_step_days": limit_days, "overdue_steps": overdue_steps,
            "overdue_installments": overdue_inst, "per_mediator": list(per.values()), "per_team": list(teams.values()),
            "actions": [action_view(a) for a in actions]}


def action_view(a: Any) -> dict:
    return {"id": a.id, "kind": a.kind, "kind_label": ACTION_LABELS[a.kind], "court_code": a.court_code,
            "center_case_id": a.center_case_id, "mediator_id": a.mediator_id, "team": a.team, "note": a.note,
            "respond_by": a.respond_by, "acted_by": a.acted_by, "at": a.at}


async def record_action(ctx: Ctx, cmd: SupervisionActionIn) -> Any:
    if cmd.center_case_id is None and cmd.mediator_id is None and cmd.team is None:
        raise Problem(422, "action_target_required", "督办须指明案件、调解员或团队",
                      "name a center_case_id, a mediator_id or a team")
    mediator_id = cmd.mediator_id
    if cmd.center_case_id is not None:
        cc = await load_center_case(ctx, cmd.center_case_id, write=True)
        mediator_id = mediator_id or cc.mediator_id
    if mediator_id is not None:
        m = (await ctx.session.execute(select(mediators).where(mediators.c.id == mediator_id))).first()
        if m is None or m.court_code != ctx.org:
            raise Problem(422, "unknown_mediator", "调解员不存在", f"no mediator {mediator_id} at {ctx.org}")
    if cmd.team is not None:
        exists = (await ctx.session.execute(select(mediators.c.id).where(
            mediators.c.court_code == ctx.org, mediators.c.team == cmd.team).limit(1))).first()
        if exists is None:
            raise Problem(422, "unknown_team", "团队不存在", f"no team {cmd.team!r} at {ctx.org}")
    if cmd.respond_by is not None and cmd.respond_by < today_cn():
        raise Problem(422, "date_in_past", "答复期限不能早于今天", str(cmd.respond_by))
    a_id = uuid.uuid4()
    row = (await ctx.session.execute(supervision_actions.insert().values(
        id=a_id, court_code=ctx.org, center_case_id=cmd.center_case_id, mediator_id=mediator_id, team=cmd.team,
        kind=cmd.kind, note=cmd.note, respond_by=cmd.respond_by, acted_by=ctx.actor)
        .returning(supervision_actions))).first()
    await ctx.audit(f"supervision.{cmd.kind}", "supervision_action", a_id, cmd.model_dump(mode="json"))
    return row


# ------------------------------------------------------------------ figures
async def figures(ctx: Ctx, start: date | None, end: date | None, court: str | None) -> dict:
    """The article's counters for any period and court: cases pushed to the center, fully executed, settled."""
    court = court or ctx.org
    if not within(ctx.org, court):
        raise Problem(403, "court_not_visible", "无权查看该法院的数据", f"{ctx.org} does not supervise {court}")

    def period(col):
        conds = []
        if start is not None:
            conds.append(col >= start)
        if end is not None:
            conds.append(col <= end)
        return and_(*conds) if conds else text("true")

    cc_court = visible_filter(center_cases.c.court_code, court)
    pushed = (await ctx.session.execute(select(center_cases.c.source, func.count()).where(
        cc_court, period(center_cases.c.received_on)).group_by(center_cases.c.source))).all()
    green = (await ctx.session.execute(select(func.count()).select_from(center_cases).where(
        cc_court, period(center_cases.c.received_on), center_cases.c.priority == 0))).scalar()
    full = (await ctx.session.execute(select(func.count()).select_from(center_cases).where(
        cc_court, period(center_cases.c.fully_executed_on)))).scalar()
    s_court = visible_filter(settlements.c.court_code, court)
    settled, settled_fen = (await ctx.session.execute(select(func.count(), func.coalesce(func.sum(
        settlements.c.total_fen), 0)).where(s_court, period(settlements.c.reached_on)))).one()
    paid = (await ctx.session.execute(select(func.coalesce(func.sum(payments.c.amount_fen), 0)).select_from(
        payments.join(settlements, settlements.c.id == payments.c.settlement_id)).where(
        s_court, period(payments.c.received_on)))).scalar()
    defaulted = (await ctx.session.execute(select(func.count()).select_from(settlements).where(
        s_court, period(settlements.c.defaulted_on)))).scalar()
    by_source = {k: int(v) for k, v in pushed}
    return {"court_code": court, "from": start, "to": end,
            "pushed": sum(by_source.values()), "pushed_by_source": by_source, "pushed_green_channel": int(green),
            "fully_executed": int(full), "settled": int(settled), "settled_fen": int(settled_fen),
            "paid_fen": int(paid), "defaulted": int(defaulted)}
