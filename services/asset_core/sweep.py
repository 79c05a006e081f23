"""Scheduled work: due dates become events, once (the `notices` table remembers), by one replica at a time
(`shared.sweep.try_lock`). Wired in app.py with `shared.sweep.scheduled`; `POST /api/v1/ops/sweep` runs it by
hand "as of" a date."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.asset_core import domain, service, views
from services.asset_core.domain import CaseState
from services.asset_core.tables import asset_clues, cases, measures, notices, requeries
from shared.sweep import notice_once, try_lock

SWEEP_LOCK = 0x7377656570  # one sweeper at a time across replicas


def make_ctx(session, settings) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper")


async def sweep(ctx: service.Ctx, today: date) -> dict[str, int]:
    """Emit each due/overdue deadline, expiry warning, lapse and re-query once."""
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {"skipped": 1}
    session, s = ctx.session, ctx.settings
    counts = {"deadlines": 0, "expiring": 0, "lapsed": 0, "requeries": 0, "clues": 0}
    once = lambda subject_id, kind, level, for_date: notice_once(  # noqa: E731
        session, notices, subject_id=subject_id, kind=kind, level=level, for_date=for_date)
    open_cases = (await session.execute(select(cases).where(
        cases.c.state.in_([CaseState.filed.value, CaseState.executing.value])))).all()
    for case in open_cases:
        for d in views.deadlines_of(case, today, s.finishing_warning_days, s.deadline_warning_days):
            if d["status"] in ("due", "overdue") and await once(case.id, d["kind"], d["status"], d["deadline"]):
                await service.notify_deadline(ctx, case, d)
                counts["deadlines"] += 1
    closed = [CaseState.fully_executed.value, CaseState.terminated.value]  # their measures were released
    active = (await session.execute(select(measures).where(
        measures.c.status == "active", measures.c.case_id.notin_(select(cases.c.id).where(cases.c.state.in_(closed))))
        .order_by(measures.c.expiry_on).with_for_update(of=measures))).all()
    for m in active:
        status = domain.measure_status(m.expiry_on, today, s.expiry_warning_days)
        case = (await session.execute(select(cases).where(cases.c.id == m.case_id))).first()
        if status == "expiring" and await once(m.id, "expiry", "warning", m.expiry_on):
            await service.warn_expiry(ctx, case, m, today)
            counts["expiring"] += 1
        elif status == "lapsed":
            await service.lapse_measure(ctx, case, m)
            counts["lapsed"] += 1
    due = (await session.execute(select(requeries).where(requeries.c.due_on <= today,
                                                         requeries.c.done_on.is_(None)))).all()
    for r in due:
        if await once(r.case_id, "requery", str(r.sequence), r.due_on):
            case = (await session.execute(select(cases).where(cases.c.id == r.case_id))).first()
            await service.notify_requery(ctx, case, r)
            counts["requeries"] += 1
    late = (await session.execute(select(asset_clues).where(asset_clues.c.verified_on.is_(None),
                                                            asset_clues.c.due_on < today))).all()
    for clue in late:  # 财产调查规定 2: overdue the day after its (holiday-adjusted) last day
        if await once(clue.id, "clue", "overdue", clue.due_on):
            case = (await session.execute(select(cases).where(cases.c.id == clue.case_id))).first()
            await service.notify_clue_overdue(ctx, case, clue)
            counts["clues"] += 1
    return counts
