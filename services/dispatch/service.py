"""dispatch use cases."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch import domain
from services.dispatch.tables import case_projection
from shared.auth import Principal
from shared.contracts.asset_core import CaseDesignated, CaseRegistered, CaseStateChanged
from shared.errors import Problem
from shared.events import CloudEvent

_COLUMNS = ("case_id", "case_number", "case_type", "court_code", "filed_on", "amount_owed_fen",
            "livelihood_category", "priority", "respondents", "state", "last_event_id", "last_event_time")


def _upsert_projection():
    stmt = insert(case_projection)
    return stmt.on_conflict_do_update(
        index_elements=["case_id"],
        set_={**{k: stmt.excluded[k] for k in _COLUMNS if k != "case_id"}, "updated_at": func.now()},
        where=case_projection.c.last_event_time <= stmt.excluded.last_event_time)


_UPSERT_PROJECTION = _upsert_projection()  # built once; executed with each event's values


async def project_case_registered(session: AsyncSession, event: CloudEvent) -> None:
    p = CaseRegistered.model_validate(event.data)
    await session.execute(_UPSERT_PROJECTION, dict(
        case_id=uuid.UUID(p.case_id), case_number=p.case_number, case_type=p.case_type, court_code=p.court_code,
        filed_on=p.filed_on, amount_owed_fen=p.amount_owed_fen, livelihood_category=p.livelihood_category,
        priority=domain.case_priority(p.livelihood_category), respondents=p.respondents, state=p.state,
        last_event_id=event.id, last_event_time=event.time))


async def project_case_designated(session: AsyncSession, event: CloudEvent) -> None:
    p = CaseDesignated.model_validate(event.data)
    await _update(session, event, p.case_id, court_code=p.executing_court_code)


async def project_case_state_changed(session: AsyncSession, event: CloudEvent) -> None:
    p = CaseStateChanged.model_validate(event.data)
    await _update(session, event, p.case_id, state=p.to_state)


async def _update(session: AsyncSession, event: CloudEvent, case_id: str, **values: Any) -> None:
    """Apply a later event to the projection; an older one (out of order) changes nothing."""
    await session.execute(update(case_projection).where(
        case_projection.c.case_id == uuid.UUID(case_id), case_projection.c.last_event_time <= event.time)
        .values(**values, last_event_id=event.id, last_event_time=event.time, updated_at=func.now()))


def _view(row: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in _COLUMNS}


async def get_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> dict[str, Any]:
    row = (await session.execute(select(case_projection).where(case_projection.c.case_id == case_id))).first()
    if row is None or row.court_code != principal.org:
        raise Problem(404, "case_not_found", "案件不存在", f"no case {case_id} visible to {principal.org}")
    return _view(row)


async def list_cases(session: AsyncSession, principal: Principal, limit: int, after_seq: int | None
                     ) -> tuple[list[dict[str, Any]], int | None]:
    q = (select(case_projection).where(case_projection.c.court_code == principal.org)
         .order_by(case_projection.c.seq).limit(limit + 1))
    if after_seq is not None:
        q = q.where(case_projection.c.seq > after_seq)
    rows = (await session.execute(q)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return [_view(r) for r in rows], (rows[-1].seq if more and rows else None)
