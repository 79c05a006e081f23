"""dispatch's local copies of other services' data.

- asset_core's cases (`case_projection`), from court.asset-core.events.v1: a case registered, designated to another
  executing court (交叉执行), or moved to another state. Events may arrive out of order: an older one changes
  nothing (`last_event_time`).
- police's custody of a detention (`custody_projection`, keyed by the penalty), from court.police.events.v1:
  opened, handed over to the 拘留所, released. Each event fills its own fields; the status only moves forward
  (`domain.custody_status_after`), so a late event never takes it back."""
from __future__ import annotations

import json
import uuid
from typing import Any, Sequence

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch.domain import CustodyStatus, case_priority, custody_status_after
from services.dispatch.tables import alarms, case_projection, custody_projection
from shared.contracts.asset_core import CaseDesignated, CaseRegistered, CaseStateChanged
from shared.contracts.police import CustodyHandedOver, CustodyOpened, CustodyReleased
from shared.events import CloudEvent
from shared.legal import as_uuid

COLUMNS = ("case_id", "case_number", "case_type", "court_code", "filed_on", "amount_owed_fen",
           "livelihood_category", "priority", "respondents", "state", "last_event_id", "last_event_time")


# A run of CaseRegistered events (the consumer's batch) in one statement, built once. Several events of one case in
# the run: the latest (by event time, then by position) is the one that lands; the last-event-time guard keeps an
# event older than the row from overwriting it (out of order). It answers with one row: the cases it wrote that have
# alarms raised before the projection knew them (to be triaged again), so that costs no statement of its own.
_UPSERT_MANY = text(f"""
with written as (
insert into {case_projection.name} ({", ".join(COLUMNS)})
select distinct on (case_id) {", ".join(COLUMNS)}
from unnest(cast(:case_id as uuid[]), cast(:case_number as text[]), cast(:case_type as text[]),
            cast(:court_code as text[]), cast(:filed_on as date[]), cast(:amount_owed_fen as bigint[]),
            cast(:livelihood_category as text[]), cast(:priority as integer[]), cast(:respondents as jsonb[]),
            cast(:state as text[]), cast(:last_event_id as text[]), cast(:last_event_time as timestamptz[]))
     with ordinality as t({", ".join(COLUMNS)}, position)
order by case_id, last_event_time desc, position desc
on conflict (case_id) do update set {", ".join(f"{k} = excluded.{k}" for k in COLUMNS if k != "case_id")},
    updated_at = now()
where {case_projection.name}.last_event_time <= excluded.last_event_time
returning case_id)
select array(select distinct a.case_id from written join {alarms.name} a on a.case_id = written.case_id
             where a.case_number is null)""")


async def cases_registered(session: AsyncSession, items: Sequence[tuple[CaseRegistered, CloudEvent]]
                           ) -> set[uuid.UUID]:
    """A run of CaseRegistered events into the case projection in one statement (the contract has checked that
    each case id is a UUID; the driver parses the text). Returns the cases written that have alarms waiting for
    them (raised before the projection knew the case; usually none)."""
    return set((await session.execute(_UPSERT_MANY, {
        "case_id": [p.case_id for p, _ in items], "case_number": [p.case_number for p, _ in items],
        "case_type": [p.case_type for p, _ in items], "court_code": [p.court_code for p, _ in items],
        "filed_on": [p.filed_on for p, _ in items], "amount_owed_fen": [p.amount_owed_fen for p, _ in items],
        "livelihood_category": [p.livelihood_category for p, _ in items],
        "priority": [case_priority(p.livelihood_category) for p, _ in items],
        "respondents": [json.dumps(p.respondents, ensure_ascii=False) for p, _ in items],
        "state": [p.state for p, _ in items], "last_event_id": [e.id for _, e in items],
        "last_event_time": [e.time for _, e in items]})).scalar_one())


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
