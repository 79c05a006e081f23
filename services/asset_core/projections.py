"""What asset_core keeps of the linkages' own data, built from their events: the 四联一核 overview's counters
per court and day. Called from consumers (once per event, through the inbox) and from the use cases that
apply a linkage's event to a case."""
from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core.tables import figures, overview_dispatches

_stmt = insert(figures)
_COUNT = _stmt.on_conflict_do_update(index_elements=["court_code", "day", "metric"],
                                     set_={"value": figures.c.value + _stmt.excluded.value})


async def count(session: AsyncSession, court: str, day: date, metric: str, n: int = 1) -> None:
    """Add `n` to a counter of the overview (court, Asia/Shanghai day, metric)."""
    await session.execute(_COUNT, {"court_code": court, "day": day, "metric": metric, "value": n})


# 拘留 counts detentions that stand: approved, or carried out first in an emergency (解释 181) — not those pending
# approval, refused, released as improper (解释 181) or revoked on review (解释 185).
DETENTION_COUNTED = {"detained_pending_approval", "approved"}


def detention_delta(from_status: str | None, to_status: str) -> int:
    """How a detention's change of status moves the 拘留 counter: +1 when it comes to stand, -1 when it stops."""
    return int(to_status in DETENTION_COUNTED) - int(from_status in DETENTION_COUNTED)


async def dispatch_assigned(session: AsyncSession, dispatch_id: str, court: str, day: date, officers: int) -> None:
    """出警人次: counted on the dispatch's day; remembered so a cancellation is taken back from that day."""
    done = await session.execute(insert(overview_dispatches).values(
        dispatch_id=dispatch_id, court_code=court, day=day, officer_count=officers)
        .on_conflict_do_nothing().returning(overview_dispatches.c.dispatch_id))
    if done.first() is not None:
        await count(session, court, day, "officer_dispatches", officers)


async def dispatch_cancelled(session: AsyncSession, dispatch_id: str) -> None:
    """A cancelled dispatch is not an 出警: its 人次 leave the counter of the day they were counted."""
    row = (await session.execute(update(overview_dispatches).where(
        overview_dispatches.c.dispatch_id == dispatch_id, overview_dispatches.c.cancelled.is_(False))
        .values(cancelled=True).returning(overview_dispatches))).first()
    if row is not None:
        await count(session, row.court_code, row.day, "officer_dispatches", -row.officer_count)
