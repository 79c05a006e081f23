"""Scheduled work (a service's `sweep.py`): due dates become events, once, by one replica at a time.

- `scheduled(...)`: the background loop for `ServiceSpec.background`: every `settings.<interval_setting>` seconds,
  one transaction; the job runs only in the replica that takes the transaction-scoped advisory lock.
- `try_lock(session, key)`: that lock, for a sweep started by hand (`POST /api/v1/ops/sweep`).
- `notice_once(session, table, **key)`: remembers that a notice (deadline due, expiry warning, …) went out;
  True the first time only, so a sweep run twice emits nothing twice."""
from __future__ import annotations

from datetime import date
from typing import Any, Awaitable, Callable

from fastapi import FastAPI
from sqlalchemy import Table, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.app import every
from shared.legal import today_cn

_TRY_LOCK = text("select pg_try_advisory_xact_lock(:k)")


async def try_lock(session: AsyncSession, key: int) -> bool:
    """The sweep's advisory lock, held until the transaction ends; False when another replica holds it."""
    return bool((await session.execute(_TRY_LOCK, {"k": key})).scalar())


async def notice_once(session: AsyncSession, table: Table, **key: Any) -> bool:
    row = await session.execute(insert(table).values(**key).on_conflict_do_nothing()
                                .returning(*table.primary_key.columns))
    return row.first() is not None


def scheduled(interval_setting: str, make_ctx: Callable[[AsyncSession, Any], Any],
              job: Callable[[Any, date], Awaitable[Any]]) -> Callable[[FastAPI], Awaitable[None]]:
    """`job(ctx, today)` every `settings.<interval_setting>` seconds in one transaction, with the court's day."""
    async def tick(app: FastAPI) -> None:
        async with app.state.sessions() as session, session.begin():
            await job(make_ctx(session, app.state.settings), today_cn())
    tick.__name__ = getattr(job, "__name__", "sweep")
    return every(interval_setting, tick)
