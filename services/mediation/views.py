"""mediation read models: what the API shows of the center's cases, settlements, mediators, supervision and
figures, and the loaders that decide what a court may see (its own cases and those of the courts below it)."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.mediation import domain
from services.mediation.domain import STATE_LABELS, CenterState, Due
from services.mediation.tables import (assignments, case_assets, case_measures, center_cases, court_cases,
                                       installments, mediators, payments, settlements, steps, supervision_actions)
from shared.legal import Forbidden, NotFound, today_cn
from shared.orgs import is_above, visible_to
from shared.pagination import encode_cursor, keyset_page
from shared.usecase import UseCaseContext

OPEN_STATES = (CenterState.assigned.value, CenterState.settled.value)  # count towards a mediator's load
CHANNEL_LABELS = {"phone": "电话", "visit": "走访", "in_person": "约谈", "online": "在线"}
STEP_LABELS = {"contact": "联系", "session": "调解", "note": "备注"}
ACTION_LABELS = {"reminder": "催办", "instruction": "督办", "escalation": "提级督办", "review": "检查"}


# ------------------------------------------------------------------ access
def within(org: str, court: str) -> bool:
    """A court sees its own cases and those of the courts below it (内06 is above 内0621: `shared.orgs`)."""
    return court == org or is_above(org, court)


async def center_case(ctx: UseCaseContext, cc_id: uuid.UUID, *, lock: bool = False) -> Any:
    """The center case if the one asking may see it (404 otherwise: its existence is not disclosed)."""
    q = select(center_cases).where(center_cases.c.id == cc_id)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or (ctx.principal and not within(ctx.org, row.court_code)):
        raise NotFound("center_case_not_found", "和解中心案件不存在", f"no center case {cc_id} visible to {ctx.org}")
    return row


async def settlement_row(ctx: UseCaseContext, s_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(settlements).where(settlements.c.id == s_id)
    s = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if s is None or (ctx.principal and not within(ctx.org, s.court_code)):
        raise NotFound("settlement_not_found", "和解协议不存在", str(s_id))
    return s


async def mediator(session: AsyncSession, mediator_id: uuid.UUID | None) -> Any | None:
    if mediator_id is None:
        return None
    return (await session.execute(select(mediators).where(mediators.c.id == mediator_id))).first()


# ------------------------------------------------------------------ the projection of asset_core, as shown
async def asset_picture(session: AsyncSession, case_id: uuid.UUID) -> dict:
    """The case's asset picture as the center knows it from asset_core's events (projections.py)."""
    cc = (await session.execute(select(court_cases).where(court_cases.c.id == case_id))).first()
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


async def case_asset_picture(ctx: UseCaseContext, cc_id: uuid.UUID) -> dict:
    cc = await center_case(ctx, cc_id)
    return await asset_picture(ctx.session, cc.case_id)


# ------------------------------------------------------------------ settlements
async def installments_of(session: AsyncSession, s_id: uuid.UUID) -> list[Any]:
    return (await session.execute(select(installments).where(installments.c.settlement_id == s_id)
                                  .order_by(installments.c.no))).all()


def schedule(rows: list[Any]) -> list[Due]:
    return [Due(r.due_on, r.amount_fen) for r in rows]


async def settlement_view(session: AsyncSession, s: Any, today: date) -> dict:
    inst = await installments_of(session, s.id)
    due = schedule(inst)
    credited = domain.paid_per_installment(due, s.paid_fen)
    perf = domain.performance(due, s.paid_fen, today)
    pays = (await session.execute(select(payments).where(payments.c.settlement_id == s.id)
                                  .order_by(payments.c.seq))).all()
    return {
        **{k: getattr(s, k) for k in ("id", "center_case_id", "case_id", "court_code", "reached_on", "total_fen",
                                      "outstanding_at_settlement_fen", "guarantor", "terms", "release_measure_ids",
                                      "remortgage_asset_ids", "release_quantities", "paid_fen", "state",
                                      "last_due_on", "resume_deadline", "defaulted_on", "resume_amount_fen",
                                      "resumption_ground", "anticipatory_breach_on", "anticipatory_breach_basis",
                                      "fully_performed_on")},
        "resume_deadline_moved_for_holiday_from": domain.resume_deadline_moved_from(s.last_due_on, s.resume_deadline),
        "remaining_fen": s.total_fen - s.paid_fen,
        "performance": perf.value, "performance_label": domain.PERFORMANCE_LABELS[perf], "as_of": today,
        "installments": [{"no": r.no, "due_on": r.due_on, "amount_fen": r.amount_fen, "paid_fen": c,
                          "status": domain.installment_status(Due(r.due_on, r.amount_fen), c, today),
                          "overdue_flagged_on": r.overdue_flagged_on} for r, c in zip(inst, credited)],
        "payments": [{"id": p.id, "amount_fen": p.amount_fen, "received_on": p.received_on, "source": p.source}
                     for p in pays],
    }


async def settlement_by_id(session: AsyncSession, s_id: uuid.UUID, on: date | None = None) -> dict:
    """A settlement as it stands now in this transaction (the reply of a write that just changed it)."""
    s = (await session.execute(select(settlements).where(settlements.c.id == s_id))).first()
    return await settlement_view(session, s, on or today_cn())


async def settlement(ctx: UseCaseContext, s_id: uuid.UUID, on: date | None = None) -> dict:
    """A settlement and its performance as of `on` (default today), if the one asking may see its case."""
    s = await settlement_row(ctx, s_id)
    await center_case(ctx, s.center_case_id)
    return await settlement_view(ctx.session, s, on or today_cn())


# ------------------------------------------------------------------ the center's cases
def case_summary(row: Any) -> dict:
    state = CenterState(row.state)
    return {k: getattr(row, k) for k in ("id", "case_id", "case_number", "court_code", "livelihood_category",
                                         "priority", "source", "legal_status", "received_on", "mediator_id",
                                         "assigned_on", "last_step_on", "version")} | {
        "state": state.value, "state_label": STATE_LABELS[state], "green_channel": row.priority == 0}


async def case_view(session: AsyncSession, cc: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    m = await mediator(session, cc.mediator_id)
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
        "state": state.value, "state_label": STATE_LABELS[state],
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


async def case(ctx: UseCaseContext, cc_id: uuid.UUID) -> dict:
    return await case_view(ctx.session, await center_case(ctx, cc_id))


async def list_cases(ctx: UseCaseContext, *, limit: int, after_seq: int | None, state: str | None,
                     mediator_id: uuid.UUID | None, green: bool | None, received_from: date | None,
                     received_to: date | None) -> dict:
    """This court's and lower courts' cases at the center, in the order received (a keyset page)."""
    q = select(center_cases).where(visible_to(ctx.org, center_cases.c.court_code))
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
    rows, last = await keyset_page(ctx.session, q, center_cases.c.seq, limit, after_seq)
    return {"items": [case_summary(r) for r in rows], "next_cursor": encode_cursor(last)}


async def queue(ctx: UseCaseContext, limit: int) -> dict:
    """待分案 queue: green channel first, then first received first."""
    rows = (await ctx.session.execute(select(center_cases).where(
        center_cases.c.court_code == ctx.org, center_cases.c.state == CenterState.received.value)
        .order_by(center_cases.c.priority, center_cases.c.seq).limit(limit))).all()
    return {"items": [case_summary(r) for r in rows]}


# ------------------------------------------------------------------ mediators
async def mediator_loads(session: AsyncSession, court: str) -> list[tuple[Any, int]]:
    """The court's mediators with their open cases (assigned, or settled and being performed)."""
    load = (select(center_cases.c.mediator_id, func.count().label("n")).where(center_cases.c.state.in_(OPEN_STATES))
            .group_by(center_cases.c.mediator_id).subquery())
    rows = (await session.execute(select(mediators, func.coalesce(load.c.n, 0).label("load"))
                                  .outerjoin(load, load.c.mediator_id == mediators.c.id)
                                  .where(mediators.c.court_code == court).order_by(mediators.c.name))).all()
    return [(r, int(r.load)) for r in rows]


def mediator_view(m: Any, load: int) -> dict:
    return {k: getattr(m, k) for k in mediators.c.keys()} | {"load": load}


async def mediator_list(ctx: UseCaseContext) -> dict:
    return {"items": [mediator_view(m, n) for m, n in await mediator_loads(ctx.session, ctx.org)]}


# ------------------------------------------------------------------ 监督 (supervision)
def action_view(a: Any) -> dict:
    return {"id": a.id, "kind": a.kind, "kind_label": ACTION_LABELS[a.kind], "court_code": a.court_code,
            "center_case_id": a.center_case_id, "mediator_id": a.mediator_id, "team": a.team, "note": a.note,
            "respond_by": a.respond_by, "acted_by": a.acted_by, "at": a.at}


async def supervision_queue(ctx: UseCaseContext, today: date, limit_days: int) -> dict:
    """Overdue handling steps and installments, per mediator and per team, and the latest supervision acts."""
    court = visible_to(ctx.org, center_cases.c.court_code)
    ms = (await ctx.session.execute(select(mediators).where(visible_to(ctx.org, mediators.c.court_code)))).all()
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
        due = schedule(inst)
        credited = domain.paid_per_installment(due, s.paid_fen)
        for no in domain.overdue_installments(due, s.paid_fen, today):
            m = by_id.get(s.mediator_id)
            overdue_inst.append({"settlement_id": s.id, "center_case_id": s.center_case_id,
                                 "case_number": s.case_number, "installment_no": no, "due_on": inst[no - 1].due_on,
                                 "unpaid_fen": inst[no - 1].amount_fen - credited[no - 1],
                                 "mediator_id": s.mediator_id, "mediator_name": m.name if m else None,
                                 "team": m.team if m else None})
            if s.mediator_id in per:
                per[s.mediator_id]["overdue_installments"] += 1
    actions = (await ctx.session.execute(select(supervision_actions).where(
        visible_to(ctx.org, supervision_actions.c.court_code)).order_by(supervision_actions.c.seq.desc())
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


# ------------------------------------------------------------------ figures
async def figures(ctx: UseCaseContext, start: date | None, end: date | None, court: str | None) -> dict:
    """The article's counters for any period and court: cases pushed to the center, fully executed, settled."""
    court = court or ctx.org
    if not within(ctx.org, court):
        raise Forbidden("court_not_visible", "无权查看该法院的数据", f"{ctx.org} does not supervise {court}")

    def period(col):
        conds = []
        if start is not None:
            conds.append(col >= start)
        if end is not None:
            conds.append(col <= end)
        return and_(*conds) if conds else text("true")

    cc_court = visible_to(court, center_cases.c.court_code)
    pushed = (await ctx.session.execute(select(center_cases.c.source, func.count()).where(
        cc_court, period(center_cases.c.received_on)).group_by(center_cases.c.source))).all()
    green = (await ctx.session.execute(select(func.count()).select_from(center_cases).where(
        cc_court, period(center_cases.c.received_on), center_cases.c.priority == 0))).scalar()
    full = (await ctx.session.execute(select(func.count()).select_from(center_cases).where(
        cc_court, period(center_cases.c.fully_executed_on)))).scalar()
    s_court = visible_to(court, settlements.c.court_code)
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
