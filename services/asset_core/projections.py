"""What asset_core keeps of the linkages' own data, built from their events: the 四联一核 overview's counters
per court and day. Called from consumers (once per event, through the inbox) and from the use cases that
apply a linkage's event to a case."""
from __future__ import annotations

from datetime import date

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core.tables import figures

_stmt = insert(figures)
_COUNT = _stmt.on_conflict_do_update(index_elements=["court_code", "day", "metric"],
                                     set_={"value": figures.c.value + _stmt.excluded.value})


async def count(session: AsyncSession, court: str, day: date, metric: str, n: int = 1) -> None:
    """Add `n` to a counter of the overview (court, Asia/Shanghai day, metric)."""
    await session.execute(_COUNT, {"court_code": court, "day": day, "metric": metric, "value": n})
