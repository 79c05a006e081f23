"""mediation's copy of asset_core's data, built from asset_core's events: the enforcement cases (court_cases),
their assets (case_assets) and control measures (case_measures) — the center's asset picture. Each function
applies one event in the consumer's transaction; applying it twice changes nothing more. Registrations, the hot
path of catch-up, come as runs (shared/consumer.py `on_batch`) and land in one statement a run."""
from __future__ import annotations

import json
import uuid
from typing import Any, Sequence

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.mediation.tables import case_assets, case_measures, court_cases
from shared.contracts import asset_core as ac
from shared.legal import as_uuid


async def upsert_court_case(session: AsyncSession, case_id: uuid.UUID, **values: Any) -> None:
    values = {k: v for k, v in values.items() if v is not None}
    stmt = insert(court_cases).values(id=case_id, **values)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["id"], set_={**{k: stmt.excluded[k] for k in values if k != "id"}, "updated_at": func.now()}))


async def court_case(session: AsyncSession, case_id: uuid.UUID) -> Any:
    return (await session.execute(select(court_cases).where(court_cases.c.id == case_id))).first()


# A run of CaseRegistered events in one statement, built once. A registration sets every column it carries (the
# contract has none that may be null, so `upsert_court_case` would drop none): of several events of one case in the
# run, the last one is the one that lands, as when they are applied one after another.
_REGISTERED = ("id", "case_number", "court_code", "filing_court_code", "amount_owed_fen", "livelihood_category",
               "applicants", "respondents", "state", "outstanding_fen")
_REGISTER_MANY = text(f"""
insert into {court_cases.name} ({", ".join(_REGISTERED)})
select distinct on (id) {", ".join(_REGISTERED)}
from unnest(cast(:id as uuid[]), cast(:case_number as text[]), cast(:court_code as text[]),
            cast(:filing_court_code as text[]), cast(:amount_owed_fen as bigint[]),
            cast(:livelihood_category as text[]), cast(:applicants as jsonb[]), cast(:respondents as jsonb[]),
            cast(:state as text[]), cast(:outstanding_fen as bigint[]))
     with ordinality as t({", ".join(_REGISTERED)}, position)
order by id, position desc
on conflict (id) do update set {", ".join(f"{k} = excluded.{k}" for k in _REGISTERED if k != "id")},
    updated_at = now()""")


async def cases_registered(session: AsyncSession, items: Sequence[ac.CaseRegistered]) -> None:
    """A run of CaseRegistered events in one statement (the contract has checked that each case id is a UUID)."""
    await session.execute(_REGISTER_MANY, {
        "id": [p.case_id for p in items], "case_number": [p.case_number for p in items],
        "court_code": [p.court_code for p in items], "filing_court_code": [p.court_code for p in items],
        "amount_owed_fen": [p.amount_owed_fen for p in items],
        "livelihood_category": [p.livelihood_category for p in items],
        "applicants": [json.dumps(p.applicants, ensure_ascii=False) for p in items],
        "respondents": [json.dumps(p.respondents, ensure_ascii=False) for p in items],
        "state": [p.state for p in items], "outstanding_fen": [p.amount_owed_fen for p in items]})


async def case_designated(session: AsyncSession, p: ac.CaseDesignated) -> None:
    """交叉执行: the executing court changes."""
    await session.execute(update(court_cases).where(court_cases.c.id == as_uuid(p.case_id, "case_id")).values(
        court_code=p.executing_court_code))


async def case_state_changed(session: AsyncSession, p: ac.CaseStateChanged) -> None:
    await upsert_court_case(session, as_uuid(p.case_id, "case_id"), case_number=p.case_number,
                            court_code=p.court_code, state=p.to_state)


async def case_concluded(session: AsyncSession, p: ac.CaseConcluded) -> Any:
    """终本: the projected case as it stands after the conclusion."""
    cid = as_uuid(p.case_id, "case_id")
    await upsert_court_case(session, cid, case_number=p.case_number, court_code=p.court_code,
                            state="concluded_no_assets", livelihood_category=p.livelihood_category,
                            respondents=p.respondents, outstanding_fen=p.outstanding_fen)
    return await court_case(session, cid)


async def asset_discovered(session: AsyncSession, p: ac.AssetDiscovered) -> None:
    await session.execute(insert(case_assets).values(
        id=as_uuid(p.asset_id, "asset_id"), case_id=as_uuid(p.case_id, "case_id"), asset_type=p.asset_type,
        description=p.description, estimated_value_fen=p.estimated_value_fen, discovery_source=p.discovery_source)
        .on_conflict_do_nothing(index_elements=["id"]))


async def measure_applied(session: AsyncSession, p: ac.MeasureApplied) -> None:
    """A new measure, or a 轮候 measure taking effect (the same id, now active)."""
    stmt = insert(case_measures).values(
        id=as_uuid(p.measure_id, "measure_id"), case_id=as_uuid(p.case_id, "case_id"),
        asset_id=as_uuid(p.asset_id, "asset_id"), kind=p.kind, flexible=p.flexible, amount_fen=p.amount_fen,
        status="queued" if p.queued else "active", expiry_on=p.expiry_on)
    await session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={
        "status": stmt.excluded.status, "expiry_on": stmt.excluded.expiry_on}))


async def measure_renewed(session: AsyncSession, p: ac.MeasureRenewed) -> None:
    await session.execute(update(case_measures).where(case_measures.c.id == as_uuid(p.measure_id, "measure_id"))
                          .values(expiry_on=p.expiry_on))


async def measure_released(session: AsyncSession, p: ac.MeasureReleased) -> None:
    if p.released_quantity is not None:
        return  # part of the lot released: the measure stays on the rest
    await session.execute(update(case_measures).where(case_measures.c.id == as_uuid(p.measure_id, "measure_id"))
                          .values(status="released", released_on=p.released_on, release_reason=p.reason))


async def measure_lapsed(session: AsyncSession, p: ac.MeasureLapsed) -> None:
    await session.execute(update(case_measures).where(case_measures.c.id == as_uuid(p.measure_id, "measure_id"))
                          .values(status="lapsed", released_on=p.expiry_on))


async def recovery_recorded(session: AsyncSession, p: ac.RecoveryRecorded) -> None:
    await session.execute(update(court_cases).where(court_cases.c.id == as_uuid(p.case_id, "case_id")).values(
        recovered_fen=p.recovered_total_fen, outstanding_fen=p.outstanding_fen))
