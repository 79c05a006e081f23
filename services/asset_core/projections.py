"""What asset_core keeps of the linkages' own data, built from their events: the 四联一核 overview's counters
per court and day. Called from consumers (once per event, through the inbox) and from the use cases that
apply a linkage's event to a case."""
from __future__ import annotations

from datetime import date

from sqlalchemy import text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core.tables import figures, figures_pending, overview_dispatches
from shared.orgs import parse_org

_stmt = insert(figures)
_COUNT = _stmt.on_conflict_do_update(index_elements=["court_code", "day", "metric"],
                                     set_={"value": figures.c.value + _stmt.excluded.value})
_PENDING = insert(figures_pending)

# The counts appended since the last fold, moved into the roll-up (by the sweep, one replica at a time).
FOLD = text("""
with moved as (delete from figures_pending returning org_code, day, metric, value)
insert into figures_rollup (org_code, day, metric, value)
select org_code, day, metric, sum(value) from moved group by org_code, day, metric
on conflict (org_code, day, metric) do update set value = figures_rollup.value + excluded.value""")


def counted_for(court: str) -> list[str]:
    """The court and every court above it (内0621 → 内0621, 内06, 内): whose overview an event of `court` counts in
    (as `shared.orgs.visible_to` reads it: a court sees itself and the courts below; the migration's
    `overview_orgs` is the same in SQL)."""
    org = parse_org(court)
    if org is None:
        return [court]
    suffix = court[len(org.province) + len(org.digits):]
    return [court] + [org.province + org.digits[:n] + suffix for n in range(len(org.digits) - 2, -1, -2)]


async def count(session: AsyncSession, court: str, day: date, metric: str, n: int = 1) -> None:
    """Add `n` to a counter of the overview (court, Asia/Shanghai day, metric), and append it for the roll-up of
    the court and the courts above it (what `views.overview` reads; appended, so no counter row stays locked)."""
    await session.execute(_COUNT, {"court_code": court, "day": day, "metric": metric, "value": n})
    await session.execute(_PENDING, [{"org_code": org, "day": day, "metric": metric, "value": n}
                                     for org in counted_for(court)])


async def fold(session: AsyncSession) -> int:
    """Move the appended counts into figures_rollup; how many were moved."""
    return (await session.execute(FOLD)).rowcount or 0


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
