"""procuratorate's scheduled work: replies overdue as of a day are flagged and published once, by one replica at
a time (`shared.sweep.try_lock`); wired in app.py with `shared.sweep.scheduled`, and run by hand through
`POST /api/v1/ops/sweep`."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from services.procuratorate import domain, service
from services.procuratorate.domain import CaseState
from services.procuratorate.tables import cases, recommendations
from shared.sweep import try_lock

SWEEP_LOCK = 0x70726F63  # 'proc': one sweeper at a time across replicas


def make_ctx(session: Any, settings: Any) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper")


async def sweep(ctx: service.Ctx, today: date, org: str | None = None) -> dict[str, Any]:
    """Flag every reply that is overdue as of `today` (no reply by the deadline — stored already moved off a
    holiday or rest day, 民诉法 85 ¶3 — overdue from the day after)
    and publish it once: `recommendations.overdue_since` is set in the same transaction as the event. `org`: only
    that procuratorate's cases (an operator re-running one procuratorate's sweep)."""
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {"skipped": True, "overdue_flagged": 0, "recommendation_ids": [], "as_of": today}
    due = (await ctx.session.execute(select(recommendations).where(
        recommendations.c.replied_on.is_(None), recommendations.c.overdue_since.is_(None),
        recommendations.c.reply_due_on < today,
        *([recommendations.c.case_id.in_(select(cases.c.id).where(cases.c.org_code == org))] if org else []),
    ).order_by(recommendations.c.seq).with_for_update())).all()
    flagged = []
    for rec in due:
        if not domain.is_overdue(rec.reply_due_on, today):
            continue
        case = (await ctx.session.execute(select(cases).where(cases.c.id == rec.case_id))).first()
        if CaseState(case.state) in domain.FINAL_STATES:
            continue
        if await service.flag_overdue(ctx, rec, case):
            flagged.append(str(rec.id))
    return {"skipped": False, "overdue_flagged": len(flagged), "recommendation_ids": flagged, "as_of": today}
