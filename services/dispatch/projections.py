"""dispatch's local copy of asset_core's cases (`case_projection`), built from court.asset-core.events.v1: a case
registered, designated to another executing court (交叉执行), or moved to another state. Events may arrive out of
order: an older one changes nothing (`last_event_time`)."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch.domain import case_priority
from services.dispatch.tables import case_projection
from shared.contracts.asset_core import CaseDesignated, CaseRegistered, CaseStateChanged
from shared.events import CloudEvent
from shared.legal import as_uuid

COLUMNS = ("case_id", "case_number", "case_type", "court_code", "filed_on", "amount_owed_fen",
           "livelihood_category", "priority", "respondents", "state", "last_event_id", "last_event_time")


def _upsert():
    stmt = insert(case_projection)
    return stmt.on_conflict_do_update(
        index_elements=["case_id"],
        set_={**{k: stmt.excluded[k] for k in COLUMNS if k != "case_id"}, "updated_at": func.now()},
        where=case_projection.c.last_event_time <= stmt.excluded.last_event_time)


_UPSERT = _upsert()  # built once: statement construction dominates the consumer's CPU


async def case_registered(session: AsyncSession, p: CaseRegistered, event: CloudEvent) -> uuid.UUID:
    case_id = as_uuid(p.case_id, "case_id")
    await session.execute(_UPSERT, dict(
        case_id=case_id, case_number=p.case_number, case_type=p.case_type, court_code=p.court_code,
        filed_on=p.filed_on, amount_owed_fen=p.amount_owed_fen, livelihood_category=p.livelihood_category,
        priority=case_priority(p.livelihood_category), respondents=p.respondents, state=p.state,
        last_event_id=event.id, last_event_time=event.time))
    return case_id


async def case_designated(session: AsyncSession, p: CaseDesignated, event: CloudEvent) -> None:
    await _later(session, event, p.case_id, court_code=p.executing_court_code)


async def case_state_changed(session: AsyncSession, p: CaseStateChanged, event: CloudEvent) -> None:
    await _later(session, event, p.case_id, state=p.to_state)


async def _later(session: AsyncSession, event: CloudEvent, case_id: str, **values: Any) -> None:
    """Apply a later event to the projection; an older one (out of order) changes nothing."""
    await session.execute(update(case_projection).where(
        case_projection.c.case_id == as_uuid(case_id, "case_id"), case_projection.c.last_event_time <= event.time)
        .values(**values, last_event_id=event.id, last_event_time=event.time, updated_at=func.now()))


async def projected_case(session: AsyncSession, case_id: uuid.UUID | str | None) -> Any | None:
    """The projected case, or None (unknown, or asset_core's event has not arrived yet)."""
    if case_id is None:
        return None
    return (await session.execute(select(case_projection).where(
        case_projection.c.case_id == as_uuid(case_id, "case_id")))).first()
