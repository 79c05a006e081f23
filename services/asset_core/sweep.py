"""Scheduled work: due dates become events, once (the `notices` table remembers), by one replica at a time
(`shared.sweep.try_lock`). Wired in app.py with `shared.sweep.scheduled`; `POST /api/v1/ops/sweep` runs it by
hand "as of" a date."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import bindparam, exists, func, literal_column, or_, select, text, update

from services.asset_core import domain, projections, service, views
from services.asset_core.domain import CaseState
from services.asset_core.tables import asset_clues, cases, measures, notices, requeries
from services.asset_core.tables import payout_deferrals, payouts, recoveries
from shared.sweep import notice_once, try_lock

SWEEP_LOCK = 0x7377656570  # one sweeper at a time across replicas
NOTHING_DUE = date(9999, 12, 31)  # stored when none of an open case's time limits can come due without a change
OPEN = [CaseState.filed.value, CaseState.executing.value]


def make_ctx(session, settings) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper")


def next_look(deadlines: list[dict[str, Any]], today: date, finishing_warn: int, short_warn: int) -> date:
    """The first day after `today` on which one of the case's time limits (`views.deadlines_of` as of `today`)
    changes to a status the sweep reports: a pending one becomes "due" on its last day minus the warning window, a
    due one "overdue" the day after its last day. Done, overdue and suspended limits change only when the case
    does (a write clears the stored day, migration 0150). Always later than `today`."""
    days = []
    for d in deadlines:
        warn = finishing_warn if d["kind"] == "finishing" else short_warn
        if d["status"] == "pending":
            days.append(d["deadline"] - timedelta(days=warn))
        elif d["status"] == "due":
            days.append(d["deadline"] + timedelta(days=1))
    return max(min(days, default=NOTHING_DUE), today + timedelta(days=1))


def to_look_at(today: date):
    """The open cases the sweep looks at on `today`, by the stored day (indexed): never looked at or changed since
    (NULL), due by today, or looked at "as of" a later day than today (a sweep run by hand for an earlier day)."""
    return select(cases, literal_column("xmin::text").label("row_version")).where(cases.c.state.in_(OPEN), or_(
        cases.c.sweep_due_on.is_(None), cases.c.sweep_due_on <= today, cases.c.swept_on > today))


def payouts_to_look_at(today: date):
    """The cases whose oldest money not yet paid out may be overdue on `today` (执行款物管理规定 13), with no
    deferral standing: the money received by today - 31 exceeds what was paid out (a deadline is never earlier than
    30 days after receipt, so only older money can be late). Read by the receipt day (ix_recoveries_received_on_
    case_id) and the partial index of standing deferrals; the exact deadline is computed for these cases only."""
    cutoff = today - timedelta(days=domain.PAYOUT_DAYS + 1)
    old = (select(recoveries.c.case_id, func.sum(recoveries.c.amount_fen).label("old_fen"))
           .where(recoveries.c.received_on <= cutoff, recoveries.c.source.in_(domain.PAYABLE_SOURCES))
           .group_by(recoveries.c.case_id).subquery("old"))
    paid = (select(func.coalesce(func.sum(payouts.c.amount_fen), 0)).where(payouts.c.case_id == old.c.case_id)
            .scalar_subquery())
    standing = exists().where(payout_deferrals.c.case_id == old.c.case_id, payout_deferrals.c.ended_on.is_(None))
    return (select(cases).select_from(cases.join(old, old.c.case_id == cases.c.id))
            .where(old.c.old_fen > paid, ~standing).order_by(cases.c.seq))


# Stored only if the row is still the version read (xmin): a write in between (which the trigger made clear the
# day) wins, and the next sweep looks at the case again. No lock is held on the cases meanwhile.
_STORE = (update(cases).where(cases.c.id == bindparam("b_id"), text("xmin::text = :b_version"))
          .values(sweep_due_on=bindparam("b_due"), swept_on=bindparam("b_on")))


async def sweep(ctx: service.Ctx, today: date) -> dict[str, int]:
    """Emit each due/overdue deadline, expiry warning, lapse and re-query once; fold the overview's new counts."""
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {"skipped": 1}
    session, s = ctx.session, ctx.settings
    counts = {"deadlines": 0, "expiring": 0, "lapsed": 0, "requeries": 0, "clues": 0, "cases_looked_at": 0}
    once = lambda subject_id, kind, level, for_date: notice_once(  # noqa: E731
        session, notices, subject_id=subject_id, kind=kind, level=level, for_date=for_date)
    looked_at = (await session.execute(to_look_at(today).order_by(cases.c.seq))).all()
    stored = []
    for case in looked_at:
        deadlines = views.deadlines_of(case, today, s.finishing_warning_days, s.deadline_warning_days)
        for d in deadlines:
            if d["status"] in ("due", "overdue") and await once(case.id, d["kind"], d["status"], d["deadline"]):
                await service.notify_deadline(ctx, case, d)
                counts["deadlines"] += 1
        stored.append({"b_id": case.id, "b_on": today, "b_version": case.row_version,
                       "b_due": next_look(deadlines, today, s.finishing_warning_days, s.deadline_warning_days)})
    counts["cases_looked_at"] = len(stored)
    closed = [CaseState.fully_executed.value, CaseState.terminated.value]  # their measures were released
    active = (await session.execute(select(measures).where(  # expiring or lapsed by today: by the stored expiry
        measures.c.status == "active", measures.c.expiry_on <= today + timedelta(days=s.expiry_warning_days),
        measures.c.case_id.notin_(select(cases.c.id).where(cases.c.state.in_(closed))))
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
    counts["payouts"] = 0
    for case in (await session.execute(payouts_to_look_at(today))).all():  # 执行款物管理规定 13: once per batch
        since, awaiting = await views.waiting_of(session, case.id)
        deferrals = (await views.deferrals_by_case(session, [case.id]))[case.id]
        d = domain.deadline_with_deferrals(since, [(r.decided_on, r.ended_on) for r in deferrals]) if since else None
        if d is not None and today > d.on and await once(case.id, "payout", "overdue", since):
            await service.notify_payout_overdue(ctx, case, since, d.on, views.deferral_ended_on(since, deferrals),
                                                awaiting)
            counts["payouts"] += 1
    await projections.fold(session)
    if stored:  # last: the cases' rows stay locked only from here to the COMMIT, not through the sweep's other work
        await session.execute(_STORE, stored)
    return counts
