"""reward's local copies of asset_core's data, built from its events (no HTTP call): which court executes a
case, its parties (names and party keys), its state and recovered total; the assets the court holds and which
event produced each (`source_event_id`: for an asset found through one of our tips, our TipVerified's id)."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.reward.tables import case_assets, case_recoveries, cases
from shared.contracts import asset_core
from shared.legal import as_uuid


async def case_registered(session: AsyncSession, p: asset_core.CaseRegistered) -> None:
    values = dict(case_number=p.case_number, court_code=p.court_code, state=p.state,
                  amount_owed_fen=p.amount_owed_fen, applicants=p.applicants, respondents=p.respondents,
                  respondent_keys=p.respondent_keys)
    stmt = insert(cases).values(id=as_uuid(p.case_id, "case_id"), **values)
    # a replayed registration never moves a designated case back: only the parties and the amount are refreshed
    await session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={
        k: stmt.excluded[k] for k in ("case_number", "amount_owed_fen", "applicants", "respondents",
                                      "respondent_keys")}))


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
