"""Events mediation consumes: asset_core's stream. It keeps the center's projection of the enforcement cases,
their assets and control measures (the asset picture), takes in every 终本 case automatically, and credits
money recovered in asset_core to a settlement being performed. Each handler runs in the consumer runner's
transaction with the inbox row, so a redelivered event has no second effect."""
from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.mediation import service
from services.mediation.schemas import PaymentIn
from services.mediation.tables import case_assets, case_measures, center_cases, court_cases, settlements
from shared.consumer import PoisonMessage, Subscription
from shared.contracts import asset_core
from shared.events import CloudEvent
from shared.settings import Settings

# RecoveryRecorded sources that are the debtor paying while a settlement is performed. "settlement_payment"
# is excluded: asset_core records those from our own PaymentReceived, counting them again would double them.
CREDITED_SOURCES = {"debtor_payment", "deduction", "third_party"}


def subscriptions(settings: Settings) -> list[Subscription]:
    h = Handlers(settings)
    a = asset_core
    return [Subscription(group="mediation.asset-core", topics=[a.TOPIC], handlers={
        a.CaseRegistered.EVENT_TYPE: h.case_registered,
        a.CaseDesignated.EVENT_TYPE: h.case_designated,
        a.CaseStateChanged.EVENT_TYPE: h.case_state_changed,
        a.CaseConcluded.EVENT_TYPE: h.case_concluded,
        a.AssetDiscovered.EVENT_TYPE: h.asset_discovered,
        a.MeasureApplied.EVENT_TYPE: h.measure_applied,
        a.MeasureRenewed.EVENT_TYPE: h.measure_renewed,
        a.MeasureReleased.EVENT_TYPE: h.measure_ended,
        a.MeasureLapsed.EVENT_TYPE: h.measure_ended,
        a.RecoveryRecorded.EVENT_TYPE: h.recovery_recorded,
    })]


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise PoisonMessage(f"{value!r} is not a UUID")


def _valid(model, event: CloudEvent):
    try:
        return model.model_validate(event.data)
    except Exception as exc:
        raise PoisonMessage(f"{event.type} breaks its contract: {exc}")


class Handlers:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def ctx(self, session: AsyncSession, event: CloudEvent) -> service.Ctx:
        return service.Ctx(session, self.settings, None, event.id, actor=f"event:{event.source}")

    async def case_registered(self, session: AsyncSession, event: CloudEvent) -> None:
        p = _valid(asset_core.CaseRegistered, event)
        await service.upsert_court_case(
            session, _uuid(p.case_id), case_number=p.case_number, court_code=p.court_code,
            filing_court_code=p.court_code, amount_owed_fen=p.amount_owed_fen,
            livelihood_category=p.livelihood_category, applicants=p.applicants, respondents=p.respondents,
            state=p.state, outstanding_fen=p.amount_owed_fen)

    async def case_designated(self, session: AsyncSession, event: CloudEvent) -> None:
        """交叉执行: the executing court changes; a case at the center moves to that court's center."""
        p = _valid(asset_core.CaseDesignated, event)
        cid = _uuid(p.case_id)
        await session.execute(update(court_cases).where(court_cases.c.id == cid).values(
            court_code=p.executing_court_code))
        await session.execute(update(center_cases).where(center_cases.c.case_id == cid).values(
            court_code=p.executing_court_code))
        await session.execute(update(settlements).where(settlements.c.case_id == cid).values(
            court_code=p.executing_court_code))

    async def case_state_changed(self, session: AsyncSession, event: CloudEvent) -> None:
        p = _valid(asset_core.CaseStateChanged, event)
        cid = _uuid(p.case_id)
        await service.upsert_court_case(session, cid, case_number=p.case_number, court_code=p.court_code,
                                        state=p.to_state)
        # the center keeps the case's legal status as asset_core reports it; it never changes it itself
        await session.execute(update(center_cases).where(center_cases.c.case_id == cid).values(
            legal_status=p.to_state))

    async def case_concluded(self, session: AsyncSession, event: CloudEvent) -> None:
        """终本: every concluded case is pushed to the center automatically (green channel first in its queue)."""
        p = _valid(asset_core.CaseConcluded, event)
        cid = _uuid(p.case_id)
        await service.upsert_court_case(session, cid, case_number=p.case_number, court_code=p.court_code,
                                        state="concluded_no_assets", livelihood_category=p.livelihood_category,
                                        respondents=p.respondents, outstanding_fen=p.outstanding_fen)
        await session.execute(update(center_cases).where(center_cases.c.case_id == cid).values(
            legal_status="concluded_no_assets"))
        row = await service.court_case(session, cid)
        await service.intake(self.ctx(session, event), row, "concluded", p.concluded_on)

    async def asset_discovered(self, session: AsyncSession, event: CloudEvent) -> None:
        p = _valid(asset_core.AssetDiscovered, event)
        await session.execute(insert(case_assets).values(
            id=_uuid(p.asset_id), case_id=_uuid(p.case_id), asset_type=p.asset_type, description=p.description,
            estimated_value_fen=p.estimated_value_fen, discovery_source=p.discovery_source)
            .on_conflict_do_nothing(index_elements=["id"]))

    async def measure_applied(self, session: AsyncSession, event: CloudEvent) -> None:
        """A new measure, or a 轮候 measure taking effect (the same id, now active)."""
        p = _valid(asset_core.MeasureApplied, event)
        stmt = insert(case_measures).values(
            id=_uuid(p.measure_id), case_id=_uuid(p.case_id), asset_id=_uuid(p.asset_id), kind=p.kind,
            flexible=p.flexible, amount_fen=p.amount_fen, status="queued" if p.queued else "active",
            expiry_on=p.expiry_on)
        await session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={
            "status": stmt.excluded.status, "expiry_on": stmt.excluded.expiry_on}))

    async def measure_renewed(self, session: AsyncSession, event: CloudEvent) -> None:
        p = _valid(asset_core.MeasureRenewed, event)
        await session.execute(update(case_measures).where(case_measures.c.id == _uuid(p.measure_id)).values(
            expiry_on=p.expiry_on))

    async def measure_ended(self, session: AsyncSession, event: CloudEvent) -> None:
        if event.type == asset_core.MeasureReleased.EVENT_TYPE:
            p = _valid(asset_core.MeasureReleased, event)
            if p.released_quantity is not None:
                return  # part of the lot released: the measure stays on the rest
            values = {"status": "released", "released_on": p.released_on, "release_reason": p.reason}
        else:
            p = _valid(asset_core.MeasureLapsed, event)
            values = {"status": "lapsed", "released_on": p.expiry_on}
        await session.execute(update(case_measures).where(case_measures.c.id == _uuid(p.measure_id)).values(**values))

    async def recovery_recorded(self, session: AsyncSession, event: CloudEvent) -> None:
        p = _valid(asset_core.RecoveryRecorded, event)
        cid = _uuid(p.case_id)
        await session.execute(update(court_cases).where(court_cases.c.id == cid).values(
            recovered_fen=p.recovered_total_fen, outstanding_fen=p.outstanding_fen))
        if p.source not in CREDITED_SOURCES:
            return  # settlement_payment came from our own PaymentReceived; auctions are not the debtor performing
        s = (await session.execute(select(settlements).where(settlements.c.case_id == cid,
                                                             settlements.c.state == "performing"))).first()
        if s is None or p.received_on < s.reached_on:
            return
        amount = min(p.amount_fen, s.total_fen - s.paid_fen)
        if amount > 0:
            await service.record_payment(self.ctx(session, event), s.id, PaymentIn(
                amount_fen=amount, received_on=p.received_on), source="recovery", source_event_id=event.id,
                publish=False)
