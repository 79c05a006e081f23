"""reward's local copies of asset_core's data, built from its events (no HTTP call): which court executes a
case, its parties (names and party keys), its state and recovered total; the assets the court holds and which
event produced each (`source_event_id`: for an asset found through one of our tips, our TipVerified's id).
Registrations, the hot path of catch-up, come as runs (shared/consumer.py `on_batch`), one statement a run."""
from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Sequence

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.reward.tables import case_assets, case_recoveries, cases
from shared.contracts import asset_core
from shared.legal import as_uuid


# A run of CaseRegistered events in one statement, built once; one row per case (folded in `cases_registered`).
# A replayed registration never moves a designated case back: only the parties and the amount are refreshed.
_REFRESHED = ("case_number", "amount_owed_fen", "applicants", "respondents", "respondent_keys")
_REGISTER_MANY = text(f"""
insert into {cases.name} (id, court_code, state, {", ".join(_REFRESHED)})
select * from unnest(cast(:id as uuid[]), cast(:court_code as text[]), cast(:state as text[]),
                     cast(:case_number as text[]), cast(:amount_owed_fen as bigint[]), cast(:applicants as jsonb[]),
                     cast(:respondents as jsonb[]), cast(:respondent_keys as jsonb[]))
on conflict (id) do update set {", ".join(f"{k} = excluded.{k}" for k in _REFRESHED)}""")


async def cases_registered(session: AsyncSession, items: Sequence[asset_core.CaseRegistered]) -> None:
    """A run of CaseRegistered events in one statement, equal to applying them one after another: a case's first
    event of the run gives the court and the state of a new row (a known case keeps its own), its last event the
    parties and the amount."""
    rows: dict[uuid.UUID, dict[str, Any]] = {}
    for p in items:
        case_id = as_uuid(p.case_id, "case_id")
        first = rows.get(case_id)
        rows[case_id] = dict(
            id=case_id, court_code=first["court_code"] if first else p.court_code,
            state=first["state"] if first else p.state, case_number=p.case_number,
            amount_owed_fen=p.amount_owed_fen, applicants=_json(p.applicants), respondents=_json(p.respondents),
            respondent_keys=_json(p.respondent_keys))
    await session.execute(_REGISTER_MANY, {k: [r[k] for r in rows.values()] for k in (
        "id", "court_code", "state", *_REFRESHED)})


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


async def case_designated(session: AsyncSession, p: asset_core.CaseDesignated) -> None:
    await session.execute(update(cases).where(cases.c.id == as_uuid(p.case_id, "case_id")).values(
        court_code=p.executing_court_code))


async def case_state_changed(session: AsyncSession, p: asset_core.CaseStateChanged) -> None:
    await session.execute(update(cases).where(cases.c.id == as_uuid(p.case_id, "case_id")).values(
        state=p.to_state, court_code=p.court_code))


async def asset_discovered(session: AsyncSession, p: asset_core.AssetDiscovered, at: datetime) -> None:
    await session.execute(insert(case_assets).values(
        asset_id=as_uuid(p.asset_id, "asset_id"), case_id=as_uuid(p.case_id, "case_id"), asset_type=p.asset_type,
        description=p.description, discovery_source=p.discovery_source, source_event_id=p.source_event_id,
        discovered_at=at).on_conflict_do_nothing(index_elements=["asset_id"]))


async def recovery_recorded(session: AsyncSession, p: asset_core.RecoveryRecorded) -> None:
    await session.execute(update(cases).where(cases.c.id == as_uuid(p.case_id, "case_id")).values(
        recovered_total_fen=p.recovered_total_fen))
    await session.execute(insert(case_recoveries).values(
        recovery_id=as_uuid(p.recovery_id, "recovery_id"), case_id=as_uuid(p.case_id, "case_id"),
        amount_fen=p.amount_fen, source=p.source, received_on=p.received_on,
        asset_id=as_uuid(p.asset_id, "asset_id") if p.asset_id else None).on_conflict_do_nothing())


async def recovery(session: AsyncSession, recovery_id: uuid.UUID) -> Any | None:
    return (await session.execute(select(case_recoveries).where(case_recoveries.c.recovery_id == recovery_id))).first()


async def case(session: AsyncSession, case_id: uuid.UUID, *, lock: bool = False) -> Any | None:
    q = select(cases).where(cases.c.id == case_id)
    return (await session.execute(q.with_for_update() if lock else q)).first()


async def asset(session: AsyncSession, asset_id: uuid.UUID) -> Any | None:
    return (await session.execute(select(case_assets).where(case_assets.c.asset_id == asset_id))).first()


async def assets_of(session: AsyncSession, case_id: uuid.UUID) -> list[Any]:
    return list((await session.execute(select(case_assets).where(case_assets.c.case_id == case_id)
                                        .order_by(case_assets.c.discovered_at))).all())
