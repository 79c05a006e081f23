"""dispatch's local copies of other services' data.

- asset_core's cases (`case_projection`), from court.asset-core.events.v1: a case registered, designated to another
  executing court (交叉执行), or moved to another state. Events may arrive out of order: an older one changes
  nothing (`last_event_time`).
- police's custody of a detention (`custody_projection`, keyed by the penalty), from court.police.events.v1:
  opened, handed over to the 拘留所, released. Each event fills its own fields; the status only moves forward
  (`domain.custody_status_after`), so a late event never takes it back."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch.domain import CustodyStatus, case_priority, custody_status_after
from services.dispatch.tables import case_projection, custody_projection
from shared.contracts.asset_core import CaseDesignated, CaseRegistered, CaseStateChanged
from shared.contracts.police import CustodyHandedOver, CustodyOpened, CustodyReleased
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


# ------------------------------------------------------------------ custody (police)
async def _custody(session: AsyncSession, p: CustodyOpened | CustodyHandedOver | CustodyReleased, event: CloudEvent,
                   status: CustodyStatus, **values: Any) -> Any:
    penalty_id = as_uuid(p.penalty_id, "penalty_id")
    current = (await session.execute(select(custody_projection).where(
        custody_projection.c.penalty_id == penalty_id).with_for_update())).first()
    row = dict(custody_id=p.custody_id, court_code=p.court_code, police_code=p.police_code,
               status=custody_status_after(current.status if current else None, status).value,
               last_event_id=event.id, **values)
    stmt = insert(custody_projection).values(penalty_id=penalty_id, **row)
    stmt = stmt.on_conflict_do_update(index_elements=["penalty_id"], set_={**row, "updated_at": func.now()})
    return (await session.execute(stmt.returning(custody_projection))).first()


async def custody_opened(session: AsyncSession, p: CustodyOpened, event: CloudEvent) -> Any:
    return await _custody(session, p, event, CustodyStatus.opened, opened_at=p.opened_at)


async def custody_handed_over(session: AsyncSession, p: CustodyHandedOver, event: CloudEvent) -> Any:
    return await _custody(session, p, event, CustodyStatus.handed_over, facility=p.facility,
                          handed_over_at=p.handed_over_at, started_at=p.started_at, ends_at=p.ends_at,
                          ends_on=p.ends_on)


async def custody_released(session: AsyncSession, p: CustodyReleased, event: CloudEvent) -> Any:
    values: dict[str, Any] = dict(released_at=p.released_at, release_kind=p.kind, release_reason=p.reason)
    if p.ends_on is not None:
        values["ends_on"] = p.ends_on
    return await _custody(session, p, event, CustodyStatus.released, **values)


async def custody_of(session: AsyncSession, penalty_id: uuid.UUID) -> Any | None:
    return (await session.execute(select(custody_projection).where(
        custody_projection.c.penalty_id == penalty_id))).first()
