"""reward's scheduled work: an application the court has not decided by its last day (财产调查规定 21: ten days
from receipt, moved off rest days) becomes a DecisionOverdue event — once, by one replica at a time."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.reward import service
from services.reward.domain import ApplicationState
from services.reward.tables import applications, decision_notices
from shared.sweep import notice_once, try_lock

SWEEP_LOCK = 0x7265776172  # 'rewar'


async def sweep(ctx: service.Ctx, today: date) -> dict[str, int]:
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {"skipped": 1, "decisions_overdue": 0}
    rows = (await ctx.session.execute(select(applications).where(
        applications.c.state == ApplicationState.received.value, applications.c.decision_due < today)
        .order_by(applications.c.seq))).all()
    flagged = 0
    for app in rows:
        if await notice_once(ctx.session, decision_notices, application_id=app.id, kind="overdue"):
            await service.flag_overdue(ctx, app, today)
            flagged += 1
    return {"skipped": 0, "decisions_overdue": flagged}


def make_ctx(session, settings) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper", org="system")
