"""mediation use cases (commands): load, apply a domain rule, save state + outbox events + audit in one
transaction. Commands are plain arguments or the small dataclasses below; refusals are `shared.legal` domain
errors (NotFound 404, Forbidden 403, Conflict 409, Stale 412, Refused 422)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert

from services.mediation import domain, projections, views
from services.mediation.domain import CenterState, DomainError, Due
from services.mediation.tables import (assignments, case_assets, case_measures, center_cases, installments,
                                       mediators, payments, platform, settlements, steps, supervision_actions)
from shared.contracts import mediation as ev
from shared.legal import Conflict, Forbidden, NotFound, Refused, today_cn
from shared.usecase import UseCaseContext, bump, check_version

HANDLERS = {"judge", "president"}  # act on any case of their court; a mediator only on the cases assigned to them
FINAL_ENFORCEMENT_STATES = {"fully_executed", "terminated"}
# RecoveryRecorded sources that are the debtor paying while a settlement is performed. "settlement_payment"
# is excluded: asset_core records those from our own PaymentReceived, counting them again would double them.
CREDITED_SOURCES = {"debtor_payment", "deduction", "third_party"}


class Ctx(UseCaseContext):
    """mediation's use-case context: events are about a center case, keyed by the enforcement case."""

    platform = platform


def subject(cc: Any) -> str:
    return f"center-cases/{cc.id}"


# ------------------------------------------------------------------ commands
@dataclass(frozen=True)
class NewMediator:
    user_sub: str
    name: str
    team: str
    skills: list[str] = field(default_factory=list)
    capacity: int = 30
    active: bool = True


@dataclass(frozen=True)
class Step:
    kind: str  # contact / session / note
    channel: str | None = None
    parties: list[str] = field(default_factory=list)
    held_on: date | None = None
    outcome: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class NewSettlement:
    total_fen: int
    installments: list[Due]
    reached_on: date | None = None
    guarantor: ev.Guarantor | None = None
    release_measure_ids: list[uuid.UUID] = field(default_factory=list)
    remortgage_asset_ids: list[uuid.UUID] = field(default_factory=list)
    release_quantities: dict[uuid.UUID, int] = field(default_factory=dict)
    terms: str | None = None


@dataclass(frozen=True)
class SupervisionAction:
    kind: str  # reminder / instruction / escalation / review
    note: str
    center_case_id: uuid.UUID | None = None
    mediator_id: uuid.UUID | None = None
    team: str | None = None
    respond_by: date | None = None


# ------------------------------------------------------------------ access
async def load_center_case(ctx: Ctx, cc_id: uuid.UUID, *, write: bool = False, if_match: int | None = None) -> Any:
    """The center case, locked for a write; only the executing court's center acts on it."""
    row = await views.center_case(ctx, cc_id, lock=write)
    if write and ctx.principal and row.court_code != ctx.org:
        raise Forbidden("not_center_court", "只有执行法院的和解中心可以办理 (only the executing court's center acts)",
                        f"the case is handled by {row.court_code}")
    check_version(row, if_match, "案件", "case")
    return row


async def load_settlement(ctx: Ctx, s_id: uuid.UUID, *, write: bool = False) -> tuple[Any, Any]:
    s = await views.settlement_row(ctx, s_id, lock=write)
    cc = await load_center_case(ctx, s.center_case_id, write=write)
    return s, cc


async def check_handler(ctx: Ctx, cc: Any) -> None:
    """A mediator acts only on the cases assigned to them; judges and presidents on every case of their court."""
    if ctx.principal is None or ctx.principal.has_any(HANDLERS):
        return
    m = await views.mediator(ctx.session, cc.mediator_id)
    if m is None or m.user_sub != ctx.principal.sub:
        raise Forbidden("not_assigned_mediator", "该案件未分给您 (not assigned to you)",
                        "a mediator acts only on the cases assigned to them")


def _transition(cc: Any, target: CenterState) -> None:
    try:
        domain.check_transition(cc.state, target)
    except DomainError as exc:
        raise Conflict(exc.code, exc.message, state=cc.state,
                       allowed=sorted(s.value for s in domain.TRANSITIONS[CenterState(cc.state)])) from None


def _on(value: date | None, floor: date | None, what: str) -> date:
    on = value or today_cn()
    if floor is not None and on < floor:
        raise Refused("date_too_early", f"{what}早于案件节点日期", f"{on} is before {floor}")
    if on > today_cn():
        raise Refused("date_in_future", f"{what}不能晚于今天", f"{on} is in the future")
    return on


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
    await ctx.emit(ev.CaseReceived(
        case_id=str(row.case_id), center_case_id=str(row.id), case_number=row.case_number, court_code=row.court_code,
        source=source, legal_status=row.legal_status, livelihood_category=row.livelihood_category,
        priority=row.priority, received_on=on), subject=subject(row), caseid=str(row.case_id), orgcode=row.court_code)
    await ctx.audit("case.received", "center_case", row.id, {"case_id": str(row.case_id), "source": source,
                                                               "reason": reason})
    return row


async def refer(ctx: Ctx, case_id: uuid.UUID, reason: str, referred_on: date | None = None) -> Any:
    cc = await projections.court_case(ctx.session, case_id)
    if cc is None or not views.within(ctx.org, cc.court_code):
        raise NotFound("case_not_found", "执行案件不存在或尚未同步到和解中心",
                       f"no enforcement case {case_id} known to the center for {ctx.org}")
    if cc.court_code != ctx.org:
        raise Forbidden("not_executing_court", "只有执行法院可以移送", f"the case is executed by {cc.court_code}")
    if cc.state in FINAL_ENFORCEMENT_STATES:
        raise Conflict("case_closed", "执行案件已结", f"the enforcement case is {cc.state}")
    row = await intake(ctx, cc, "referral", _on(referred_on, None, "移送日期"), reason)
    if row is None:
        raise Conflict("already_at_center", "该案件已在和解中心", f"case {case_id} is already at the center")
    return row


async def conclude(ctx: Ctx, case: Any, concluded_on: date) -> Any | None:
    """终本: every concluded case is pushed to the center automatically (green channel first in its queue)."""
    await follow_legal_status(ctx, case.id, "concluded_no_assets")
    return await intake(ctx, case, "concluded", concluded_on)


async def follow_legal_status(ctx: Ctx, case_id: uuid.UUID, legal_status: str) -> None:
    """The center keeps the case's legal status as asset_core reports it; it never changes it itself."""
    await ctx.session.execute(update(center_cases).where(center_cases.c.case_id == case_id).values(
        legal_status=legal_status))


async def follow_designation(ctx: Ctx, case_id: uuid.UUID, court_code: str) -> None:
    """交叉执行: a case at the center, and its settlements, move to the executing court's center."""
    await ctx.session.execute(update(center_cases).where(center_cases.c.case_id == case_id).values(
        court_code=court_code))
    await ctx.session.execute(update(settlements).where(settlements.c.case_id == case_id).values(
        court_code=court_code))


# ------------------------------------------------------------------ mediators and 分案
async def add_mediator(ctx: Ctx, cmd: NewMediator) -> Any:
    row = (await ctx.session.execute(insert(mediators).values(
        id=uuid.uuid4(), court_code=ctx.org, user_sub=cmd.user_sub, name=cmd.name, team=cmd.team,
        skills=list(dict.fromkeys(cmd.skills)), capacity=cmd.capacity, active=cmd.active)
        .on_conflict_do_nothing(index_elements=["court_code", "user_sub"]).returning(mediators))).first()
    if row is None:
        raise Conflict("mediator_exists", "该调解员已登记", f"{cmd.user_sub} is already a mediator of {ctx.org}")
    await ctx.audit("mediator.added", "mediator", row.id, {
        "user_sub": cmd.user_sub, "name": cmd.name, "team": cmd.team, "skills": list(cmd.skills),
        "capacity": cmd.capacity, "active": cmd.active})
    return views.mediator_view(row, 0)


def _loads(rows: list[tuple[Any, int]]) -> dict[str, domain.MediatorLoad]:
    return {str(m.id): domain.MediatorLoad(id=str(m.id), name=m.name, team=m.team, skills=frozenset(m.skills),
                                           load=n, capacity=m.capacity, active=m.active) for m, n in rows}


async def _assign(ctx: Ctx, cc: Any, m: Any, mode: str, on: date, reason: str | None) -> Any:
    previous = cc.mediator_id
    new = await bump(ctx.session, center_cases, cc.id, mediator_id=m.id,
                     state=CenterState.assigned.value if cc.state == "received" else cc.state,
                     assigned_on=on, last_step_on=cc.last_step_on or on)
    await ctx.session.execute(assignments.insert().values(
        center_case_id=cc.id, mediator_id=m.id, previous_mediator_id=previous, mode=mode, reason=reason,
        assigned_on=on, assigned_by=ctx.actor))
    await ctx.emit(ev.CaseAssigned(
        case_id=str(cc.case_id), center_case_id=str(cc.id), court_code=cc.court_code, mediator_id=str(m.id),
        mediator_name=m.name, team=m.team, mode=mode, previous_mediator_id=str(previous) if previous else None,
        assigned_on=on), subject=subject(new), caseid=str(new.case_id), orgcode=new.court_code)
    await ctx.audit("case.assigned", "center_case", cc.id, {"mediator_id": str(m.id), "mode": mode,
                                                             "previous": str(previous) if previous else None})
    return new


ASSIGN_LOCK = 0x6173736967  # 'assig': one 分案 run per database at a time


async def run_assignment(ctx: Ctx, on: date | None = None, limit: int = 200) -> dict:
    """分案: the received cases of this court, green channel first then first received first, each to the
    mediator the balancing rule picks (skill, then load relative to capacity)."""
    await ctx.session.execute(text("select pg_advisory_xact_lock(:k)"), {"k": ASSIGN_LOCK})
    on = _on(on, None, "分案日期")
    rows = await views.mediator_loads(ctx.session, ctx.org)
    by_id = {str(m.id): m for m, _ in rows}
    loads = _loads(rows)
    queue = (await ctx.session.execute(select(center_cases).where(
        center_cases.c.court_code == ctx.org, center_cases.c.state == CenterState.received.value)
        .order_by(center_cases.c.priority, center_cases.c.seq).limit(limit).with_for_update())).all()
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


async def reassign(ctx: Ctx, cc_id: uuid.UUID, reason: str, mediator_id: uuid.UUID | None = None,
                   on: date | None = None, if_match: int | None = None) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True, if_match=if_match)
    if cc.state not in (CenterState.received.value, CenterState.assigned.value, CenterState.settled.value):
        raise Conflict("case_not_open", "案件已结束，不能改派", f"the center case is {cc.state}")
    on = _on(on, cc.received_on, "改派日期")
    rows = await views.mediator_loads(ctx.session, ctx.org)
    by_id = {str(m.id): m for m, _ in rows}
    if mediator_id is not None:
        m = by_id.get(str(mediator_id))
        if m is None or not m.active:
            raise Refused("unknown_mediator", "调解员不存在或未在岗", f"no active mediator {mediator_id} at {ctx.org}")
        if cc.mediator_id == m.id:
            raise Conflict("same_mediator", "案件已由该调解员办理", str(m.id))
    else:
        pick = domain.pick_mediator(_loads(rows).values(), skill=domain.required_skill(cc.livelihood_category),
                                    exclude=str(cc.mediator_id) if cc.mediator_id else None)
        if pick is None:
            raise Conflict("no_mediator_available", "没有可分配的调解员", "every active mediator is at capacity")
        m = by_id[pick.id]
    return await _assign(ctx, cc, m, "manual", on, reason)


# ------------------------------------------------------------------ 办案: contacts, sessions, notes
async def record_step(ctx: Ctx, cc_id: uuid.UUID, cmd: Step) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True)
    await check_handler(ctx, cc)
    if cc.state not in (CenterState.assigned.value, CenterState.settled.value, CenterState.defaulted.value):
        raise Conflict("case_not_in_handling", "案件未在办理中", f"the center case is {cc.state}")
    on = _on(cmd.held_on, cc.received_on, "办理日期")
    s_id = uuid.uuid4()
    row = (await ctx.session.execute(steps.insert().values(
        id=s_id, center_case_id=cc.id, kind=cmd.kind, channel=cmd.channel, parties=cmd.parties, held_on=on,
        outcome=cmd.outcome, note=cmd.note, recorded_by=ctx.actor).returning(steps))).first()
    if cmd.kind in ("contact", "session"):
        await bump(ctx.session, center_cases, cc.id, last_step_on=max(on, cc.last_step_on or on))
    if cmd.kind == "session":
        await ctx.emit(ev.SessionHeld(case_id=str(cc.case_id), center_case_id=str(cc.id), session_id=str(s_id),
                                      held_on=on, outcome=cmd.outcome),
                       subject=subject(cc), caseid=str(cc.case_id), orgcode=cc.court_code)
    await ctx.audit(f"case.{cmd.kind}", "center_case", cc.id, {"step_id": str(s_id), "outcome": cmd.outcome})
    return row


# ------------------------------------------------------------------ settlements (执行和解)
async def reach_settlement(ctx: Ctx, cc_id: uuid.UUID, cmd: NewSettlement) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True)
    await check_handler(ctx, cc)
    _transition(cc, CenterState.settled)
    on = _on(cmd.reached_on, cc.received_on, "和解日期")
    schedule = list(cmd.installments)
    measures_q = select(case_measures.c.id).where(case_measures.c.case_id == cc.case_id,
                                                  case_measures.c.status.in_(["active", "queued"]))
    active = {str(r.id) for r in (await ctx.session.execute(measures_q)).all()}
    owned = {str(r.id) for r in (await ctx.session.execute(select(case_assets.c.id).where(
        case_assets.c.case_id == cc.case_id))).all()}
    release = list(dict.fromkeys(str(m) for m in cmd.release_measure_ids))
    remortgage = list(dict.fromkeys(str(a) for a in cmd.remortgage_asset_ids))
    quantities = {str(m): q for m, q in cmd.release_quantities.items()}
    if set(quantities) - set(release):
        raise Refused("quantity_for_unreleased_measure", "部分解除的措施必须列在解除措施中",
                      f"release_quantities names measures not in release_measure_ids: "
                      f"{sorted(set(quantities) - set(release))}")
    domain.check_schedule(cmd.total_fen, schedule, on)
    domain.check_asset_terms(release, active, remortgage, owned)
    proj = await projections.court_case(ctx.session, cc.case_id)
    outstanding = proj.outstanding_fen if proj and proj.outstanding_fen is not None else (
        proj.amount_owed_fen if proj and proj.amount_owed_fen is not None else cmd.total_fen)
    s_id = uuid.uuid4()
    row = (await ctx.session.execute(settlements.insert().values(
        id=s_id, center_case_id=cc.id, case_id=cc.case_id, court_code=cc.court_code, reached_on=on,
        total_fen=cmd.total_fen, outstanding_at_settlement_fen=outstanding,
        guarantor=cmd.guarantor.model_dump(mode="json") if cmd.guarantor else None, terms=cmd.terms,
        release_measure_ids=release, remortgage_asset_ids=remortgage, release_quantities=quantities,
        state="performing",
        last_due_on=domain.performance_period_end(schedule), resume_deadline=domain.resume_due(schedule).on,
        created_by=ctx.actor).returning(settlements))).first()
    for n, i in enumerate(schedule, start=1):
        await ctx.session.execute(installments.insert().values(settlement_id=s_id, no=n, due_on=i.due_on,
                                                               amount_fen=i.amount_fen))
    new = await bump(ctx.session, center_cases, cc.id, state=CenterState.settled.value, settled_on=on,
                     last_step_on=max(on, cc.last_step_on or on))
    await ctx.emit(ev.SettlementReached(
        case_id=str(cc.case_id), settlement_id=str(s_id), reached_on=on, total_fen=cmd.total_fen,
        installments=[ev.Installment(due_on=i.due_on, amount_fen=i.amount_fen) for i in schedule],
        release_measure_ids=release, release_quantities=quantities, remortgage_asset_ids=remortgage,
        guarantor=cmd.guarantor, court_code=cc.court_code),
        subject=subject(new), caseid=str(new.case_id), orgcode=new.court_code)
    await ctx.audit("settlement.reached", "settlement", s_id, {"center_case_id": str(cc.id),
                                                               "total_fen": cmd.total_fen,
                                                               "installments": len(schedule),
                                                               "release": release, "remortgage": remortgage})
    return row


async def record_payment(ctx: Ctx, s_id: uuid.UUID, amount_fen: int, received_on: date | None = None, *,
                         source: str = "recorded", source_event_id: str | None = None, publish: bool = True) -> Any:
    s, cc = await load_settlement(ctx, s_id, write=True)
    if ctx.principal is not None:
        await check_handler(ctx, cc)
    if s.state != "performing":
        raise Conflict("settlement_not_performing", "和解协议不在履行中", f"the settlement is {s.state}")
    on = received_on or today_cn()
    if on < s.reached_on:
        raise Refused("date_too_early", "付款日期早于和解日期", f"{on} is before {s.reached_on}")
    if ctx.principal is not None and on > today_cn():
        raise Refused("date_in_future", "付款日期不能晚于今天", f"{on} is in the future")
    domain.check_payment(amount_fen, s.paid_fen, s.total_fen)
    p_id = uuid.uuid4()
    row = (await ctx.session.execute(payments.insert().values(
        id=p_id, settlement_id=s.id, amount_fen=amount_fen, received_on=on, source=source,
        source_event_id=source_event_id, recorded_by=ctx.actor).returning(payments))).first()
    paid = s.paid_fen + amount_fen
    schedule = views.schedule(await views.installments_of(ctx.session, s.id))
    full = domain.is_fully_performed(schedule, paid)
    await ctx.session.execute(update(settlements).where(settlements.c.id == s.id).values(
        paid_fen=paid, **({"state": "fully_performed", "fully_performed_on": on} if full else {})))
    if publish:  # asset_core turns it into a recovery (source settlement_payment)
        await ctx.emit(ev.PaymentReceived(
            case_id=str(cc.case_id), settlement_id=str(s.id), payment_id=str(p_id), amount_fen=amount_fen,
            received_on=on, paid_total_fen=paid, remaining_fen=s.total_fen - paid),
            subject=subject(cc), caseid=str(cc.case_id), orgcode=cc.court_code)
    await ctx.audit("settlement.payment", "settlement", s.id, {"payment_id": str(p_id), "amount_fen": amount_fen,
                                                               "source": source})
    if full:  # 和解规定 8
        _transition(cc, CenterState.fully_executed)
        new = await bump(ctx.session, center_cases, cc.id, state=CenterState.fully_executed.value,
                         fully_executed_on=on, closed_on=on)
        await ctx.emit(ev.CaseFullyExecuted(case_id=str(cc.case_id), settlement_id=str(s.id),
                                            center_case_id=str(cc.id), paid_fen=paid, fully_executed_on=on),
                       subject=subject(new), caseid=str(new.case_id), orgcode=new.court_code)
        await ctx.audit("case.fully_executed", "center_case", cc.id, {"settlement_id": str(s.id), "paid_fen": paid})
    return row


async def credit_recovery(ctx: Ctx, case_id: uuid.UUID, source: str, amount_fen: int, received_on: date,
                          source_event_id: str) -> Any | None:
    """Money asset_core recovered from the debtor while a settlement is performed is credited to it (never
    more than it still requires); not published back (asset_core has it already). None when nothing applies."""
    if source not in CREDITED_SOURCES:
        return None  # settlement_payment came from our own PaymentReceived; auctions are not the debtor performing
    s = (await ctx.session.execute(select(settlements).where(settlements.c.case_id == case_id,
                                                             settlements.c.state == "performing"))).first()
    if s is None or received_on < s.reached_on:
        return None
    amount = min(amount_fen, s.total_fen - s.paid_fen)
    if amount <= 0:
        return None
    return await record_payment(ctx, s.id, amount, received_on, source="recovery", source_event_id=source_event_id,
                                publish=False)


@dataclass(frozen=True)
class AnticipatoryBreach:
    """和解规定 11(2), 民法典 578: the debtor made clear, expressly or by its conduct, that it will not perform."""
    declared_on: date
    basis: str


async def propose_resumption(ctx: Ctx, s_id: uuid.UUID, on: date | None = None, note: str | None = None,
                             anticipatory_breach: AnticipatoryBreach | None = None) -> Any:
    s, cc = await load_settlement(ctx, s_id, write=True)
    await check_handler(ctx, cc)
    if s.state != "performing":
        raise Conflict("settlement_not_performing", "和解协议不在履行中", f"the settlement is {s.state}")
    on = _on(on, s.reached_on, "提出日期")
    breach_on = None
    if anticipatory_breach is not None:
        breach_on = _on(anticipatory_breach.declared_on, s.reached_on, "预期违约日期")
        if breach_on > on:
            raise Refused("date_out_of_order", "预期违约日期晚于提出日期", f"{breach_on} is after {on}")
    schedule = views.schedule(await views.installments_of(ctx.session, s.id))
    ground = domain.check_resumption(schedule, s.paid_fen, on, breach_on)
    amount = domain.resumption_amount(s.outstanding_at_settlement_fen, s.paid_fen)
    breach_values = ({"anticipatory_breach_on": breach_on, "anticipatory_breach_basis": anticipatory_breach.basis}
                     if ground == "anticipatory_breach" and anticipatory_breach is not None else {})
    row = (await ctx.session.execute(update(settlements).where(settlements.c.id == s.id).values(
        state="defaulted", defaulted_on=on, resume_amount_fen=amount, resumption_ground=ground, **breach_values)
        .returning(settlements))).first()
    _transition(cc, CenterState.defaulted)
    new = await bump(ctx.session, center_cases, cc.id, state=CenterState.defaulted.value)
    await ctx.emit(ev.SettlementDefaulted(
        case_id=str(cc.case_id), settlement_id=str(s.id), defaulted_on=on, paid_fen=s.paid_fen,
        resume_deadline=s.resume_deadline, resume_amount_fen=amount, ground=ground,
        anticipatory_breach_on=breach_values.get("anticipatory_breach_on"), performance_period_end=s.last_due_on,
        resume_deadline_moved_for_holiday_from=domain.resume_deadline_moved_from(s.last_due_on, s.resume_deadline)),
        subject=subject(new), caseid=str(new.case_id), orgcode=new.court_code)
    await ctx.audit("settlement.defaulted", "settlement", s.id, {"paid_fen": s.paid_fen, "resume_amount_fen": amount,
                                                                 "resume_deadline": s.resume_deadline,
                                                                 "ground": ground,
                                                                 "anticipatory_breach": breach_values or None,
                                                                 "note": note})
    return row


async def flag_overdue_installment(ctx: Ctx, s: Any, cc: Any, inst: Any, unpaid_fen: int, today: date) -> None:
    """An installment found overdue (by the sweep, once): flagged on the row and announced."""
    await ctx.session.execute(update(installments).where(
        installments.c.settlement_id == s.id, installments.c.no == inst.no).values(overdue_flagged_on=today))
    await ctx.emit(ev.InstallmentOverdue(
        case_id=str(s.case_id), settlement_id=str(s.id), installment_no=inst.no, due_on=inst.due_on,
        amount_fen=inst.amount_fen, unpaid_fen=unpaid_fen, flagged_on=today),
        subject=subject(cc), caseid=str(cc.case_id), orgcode=cc.court_code)
    await ctx.audit("installment.overdue", "settlement", s.id, {"no": inst.no, "due_on": inst.due_on})


async def close_case(ctx: Ctx, cc_id: uuid.UUID, reason: str, on: date | None = None,
                     if_match: int | None = None) -> Any:
    cc = await load_center_case(ctx, cc_id, write=True, if_match=if_match)
    await check_handler(ctx, cc)
    _transition(cc, CenterState.closed)
    on = _on(on, cc.received_on, "结束日期")
    new = await bump(ctx.session, center_cases, cc.id, state=CenterState.closed.value, closed_on=on,
                     close_reason=reason)
    await ctx.emit(ev.CaseClosed(case_id=str(cc.case_id), center_case_id=str(cc.id), closed_on=on, reason=reason),
                   subject=subject(new), caseid=str(new.case_id), orgcode=new.court_code)
    await ctx.audit("case.closed", "center_case", cc.id, {"reason": reason})
    return new


# ------------------------------------------------------------------ 监督 (supervision)
async def record_action(ctx: Ctx, cmd: SupervisionAction) -> Any:
    if cmd.center_case_id is None and cmd.mediator_id is None and cmd.team is None:
        raise Refused("action_target_required", "督办须指明案件、调解员或团队",
                      "name a center_case_id, a mediator_id or a team")
    mediator_id = cmd.mediator_id
    if cmd.center_case_id is not None:
        cc = await load_center_case(ctx, cmd.center_case_id, write=True)
        mediator_id = mediator_id or cc.mediator_id
    if mediator_id is not None:
        m = await views.mediator(ctx.session, mediator_id)
        if m is None or m.court_code != ctx.org:
            raise Refused("unknown_mediator", "调解员不存在", f"no mediator {mediator_id} at {ctx.org}")
    if cmd.team is not None:
        exists = (await ctx.session.execute(select(mediators.c.id).where(
            mediators.c.court_code == ctx.org, mediators.c.team == cmd.team).limit(1))).first()
        if exists is None:
            raise Refused("unknown_team", "团队不存在", f"no team {cmd.team!r} at {ctx.org}")
    if cmd.respond_by is not None and cmd.respond_by < today_cn():
        raise Refused("date_in_past", "答复期限不能早于今天", str(cmd.respond_by))
    a_id = uuid.uuid4()
    row = (await ctx.session.execute(supervision_actions.insert().values(
        id=a_id, court_code=ctx.org, center_case_id=cmd.center_case_id, mediator_id=mediator_id, team=cmd.team,
        kind=cmd.kind, note=cmd.note, respond_by=cmd.respond_by, acted_by=ctx.actor)
        .returning(supervision_actions))).first()
    await ctx.audit(f"supervision.{cmd.kind}", "supervision_action", a_id, {
        "kind": cmd.kind, "center_case_id": str(cmd.center_case_id) if cmd.center_case_id else None,
        "mediator_id": str(cmd.mediator_id) if cmd.mediator_id else None, "team": cmd.team, "note": cmd.note,
        "respond_by": cmd.respond_by.isoformat() if cmd.respond_by else None})
    return views.action_view(row)
