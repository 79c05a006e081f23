"""police's scheduled work: every transfer deadline missed as of `today` is published once
(`TransferDeadlineMissed`), by one replica at a time."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from services.police import domain, service, views
from services.police.tables import transfers
from shared.sweep import scheduled, try_lock

SWEEP_LOCK = service.SWEEP_LOCK


async def sweep(ctx: service.Ctx, today: date) -> dict[str, Any]:
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {"skipped": True, "as_of": today, "deadlines_missed": 0, "transfer_ids": []}
    final = [s.value for s in domain.FINAL_TRANSFER_STATES]
    rows = (await ctx.session.execute(select(transfers).where(transfers.c.state.not_in(final))
                                      .order_by(transfers.c.seq))).all()
    flagged: list[str] = []
    for t in rows:
        for dl, done in domain.missed_deadlines(views.dates_of(t), today):
            if await service.publish_missed(ctx, t, dl, done, today):
                flagged.append(f"{t.id}:{dl.kind}")
    return {"skipped": False, "as_of": today, "deadlines_missed": len(flagged), "transfer_ids": flagged}


def make_ctx(session, settings) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper", org="police")


BACKGROUND = [scheduled("sweep_interval_seconds", make_ctx, sweep)]
