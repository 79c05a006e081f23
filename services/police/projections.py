"""police's local copy of asset_core's cases (from `court.asset-core.events.v1`): a 协查 person or a transfer
references a real case, and 绿色通道 cases come first in the police queue. A later event wins; an older one
(out of order) changes nothing (`last_event_time`).

The consumer hands over runs of one event type (shared/consumer.py, `on_batch`): each run lands in one statement
that equals applying its events one after another. Several events of one case in a run: the latest by event time,
then by position in the run, is the one that lands (with the `<=` guard, an equal time applied later wins too), and
the guard keeps an event older than the row from overwriting it."""
from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Sequence

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.police.tables import cases
from shared.contracts import asset_core

COLUMNS = ("case_id", "case_number", "court_code", "livelihood_category", "state", "respondents", "last_event_time")

# A run of CaseRegistered events in one statement, built once.
_REGISTER_MANY = text(f"""
insert into {cases.name} ({", ".join(COLUMNS)})
select distinct on (case_id) {", ".join(COLUMNS)}
from unnest(cast(:case_id as uuid[]), cast(:case_number as text[]), cast(:court_code as text[]),
            cast(:livelihood_category as text[]), cast(:state as text[]), cast(:respondents as jsonb[]),
            cast(:last_event_time as timestamptz[]))
     with ordinality as t({", ".join(COLUMNS)}, position)
order by case_id, last_event_time desc, position desc
on conflict (case_id) do update set {", ".join(f"{k} = excluded.{k}" for k in COLUMNS if k != "case_id")},
    updated_at = now()
where {cases.name}.last_event_time <= excluded.last_event_time""")


def _later_many(column: str) -> Any:
    """A run of later events that each set `column` of a known case (an unknown case: nothing), built once."""
    return text(f"""
update {cases.name} c set {column} = v.value, last_event_time = v.at, updated_at = now()
from (select distinct on (case_id) case_id, value, at
      from unnest(cast(:case_id as uuid[]), cast(:value as text[]), cast(:at as timestamptz[]))
           with ordinality as t(case_id, value, at, position)
      order by case_id, at desc, position desc) v
where c.case_id = v.case_id and c.last_event_time <= v.at""")


_DESIGNATE_MANY = _later_many("court_code")
_STATE_MANY = _later_many("state")


async def cases_registered(session: AsyncSession, items: Sequence[tuple[asset_core.CaseRegistered, datetime]]
                           ) -> None:
    """A run of CaseRegistered events (payload, event time) in one statement (the contract has checked that each
    case id is a UUID)."""
    await session.execute(_REGISTER_MANY, {
        "case_id": [p.case_id for p, _ in items], "case_number": [p.case_number for p, _ in items],
        "court_code": [p.court_code for p, _ in items],
        "livelihood_category": [p.livelihood_category for p, _ in items], "state": [p.state for p, _ in items],
        "respondents": [json.dumps(p.respondents, ensure_ascii=False) for p, _ in items],
        "last_event_time": [at for _, at in items]})


async def cases_designated(session: AsyncSession, items: Sequence[tuple[asset_core.CaseDesignated, datetime]]
                           ) -> None:
    """交叉执行: the executing court of each case (a run, one statement)."""
    await session.execute(_DESIGNATE_MANY, {"case_id": [p.case_id for p, _ in items],
                                            "value": [p.executing_court_code for p, _ in items],
                                            "at": [at for _, at in items]})


async def case_states_changed(session: AsyncSession, items: Sequence[tuple[asset_core.CaseStateChanged, datetime]]
                              ) -> None:
    """The state of each case (a run, one statement)."""
    await session.execute(_STATE_MANY, {"case_id": [p.case_id for p, _ in items],
                                        "value": [p.to_state for p, _ in items], "at": [at for _, at in items]})


async def get_case(session: AsyncSession, case_id: uuid.UUID | str) -> Any | None:
    return (await session.execute(select(cases).where(cases.c.case_id == uuid.UUID(str(case_id))))).first()
