"""police's local copy of asset_core's cases (from `court.asset-core.events.v1`): a 协查 person or a transfer
references a real case, and 绿色通道 cases come first in the police queue. A later event wins; an older one
(out of order) changes nothing."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.police.tables import cases
from shared.contracts import asset_core


async def case_registered(session: AsyncSession, p: asset_core.CaseRegistered, at: datetime) -> None:
    values = dict(case_id=uuid.UUID(p.case_id), case_number=p.case_number, court_code=p.court_code,
                  livelihood_category=p.livelihood_category, state=p.state, respondents=p.respondents,
                  last_event_time=at)
    stmt = insert(cases).values(**values)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=[cases.c.case_id], set_={**{k: stmt.excluded[k] for k in values if k != "case_id"},
                                                "updated_at": func.now()},
        where=cases.c.last_event_time <= stmt.excluded.last_event_time))


async def _later(session: AsyncSession, case_id: str, at: datetime, **values: Any) -> None:
    await session.execute(update(cases).where(cases.c.case_id == uuid.UUID(case_id), cases.c.last_event_time <= at)
                          .values(**values, last_event_time=at, updated_at=func.now()))


async def case_designated(session: AsyncSession, p: asset_core.CaseDesignated, at: datetime) -> None:
    await _later(session, p.case_id, at, court_code=p.executing_court_code)


async def case_state_changed(session: AsyncSession, p: asset_core.CaseStateChanged, at: datetime) -> None:
    await _later(session, p.case_id, at, state=p.to_state)


async def get_case(session: AsyncSession, case_id: uuid.UUID | str) -> Any | None:
    return (await session.execute(select(cases).where(cases.c.case_id == uuid.UUID(str(case_id))))).first()
