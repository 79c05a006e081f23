"""Events police consumes: asset_core's case events build the local case projection (a 协查 person or a transfer
references a real case; 绿色通道 first), set-based: a run of one type in one statement; dispatch's detention
decisions and penalty status changes open, and end, custody records. Each handler runs with the inbox row in the
runner's transaction: a redelivery has no effect."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.police import projections, service
from shared.consumer import Delivery, Subscription
from shared.contracts import asset_core, dispatch

cases = Subscription(group="police.case-projection", topics=[asset_core.TOPIC])
detentions = Subscription(group="police.custody", topics=[dispatch.TOPIC])
SUBSCRIPTIONS = [cases, detentions]


@cases.on_batch(asset_core.CaseRegistered)
async def cases_registered(items: list[tuple[asset_core.CaseRegistered, Delivery]], session: AsyncSession) -> None:
    """Set-based (the hot path of catch-up): one upsert for the run; the latest event of a case wins."""
    await projections.cases_registered(session, [(p, d.event.time) for p, d in items])


@cases.on_batch(asset_core.CaseDesignated)
async def cases_designated(items: list[tuple[asset_core.CaseDesignated, Delivery]], session: AsyncSession) -> None:
    await projections.cases_designated(session, [(p, d.event.time) for p, d in items])


@cases.on_batch(asset_core.CaseStateChanged)
async def case_states_changed(items: list[tuple[asset_core.CaseStateChanged, Delivery]], session: AsyncSession
                              ) -> None:
    await projections.case_states_changed(session, [(p, d.event.time) for p, d in items])


def _ctx(d: Delivery, court: str) -> service.Ctx:
    return service.Ctx(d.session, d.settings, None, d.event.id, actor=f"event:{d.event.source}", org=court)


@detentions.on(dispatch.DetentionDecided)
async def detention_decided(p: dispatch.DetentionDecided, d: Delivery) -> None:
    await service.detention_decided(_ctx(d, p.court_code), p, d.event.time)


@detentions.on(dispatch.PenaltyStatusChanged)
async def penalty_status_changed(p: dispatch.PenaltyStatusChanged, d: Delivery) -> None:
    await service.penalty_status_changed(_ctx(d, p.court_code), p, d.event.time)
