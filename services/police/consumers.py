"""Events police consumes: asset_core's case events build the local case projection (a 协查 person or a transfer
references a real case; 绿色通道 first); dispatch's detention decisions and penalty status changes open, and end,
custody records. Each handler runs with the inbox row in the runner's transaction: a redelivery has no effect."""
from __future__ import annotations

from services.police import projections, service
from shared.consumer import Delivery, Subscription
from shared.contracts import asset_core, dispatch

cases = Subscription(group="police.case-projection", topics=[asset_core.TOPIC])
detentions = Subscription(group="police.custody", topics=[dispatch.TOPIC])
SUBSCRIPTIONS = [cases, detentions]


@cases.on(asset_core.CaseRegistered)
async def case_registered(p: asset_core.CaseRegistered, d: Delivery) -> None:
    await projections.case_registered(d.session, p, d.event.time)


@cases.on(asset_core.CaseDesignated)
async def case_designated(p: asset_core.CaseDesignated, d: Delivery) -> None:
    await projections.case_designated(d.session, p, d.event.time)


@cases.on(asset_core.CaseStateChanged)
async def case_state_changed(p: asset_core.CaseStateChanged, d: Delivery) -> None:
    await projections.case_state_changed(d.session, p, d.event.time)


def _ctx(d: Delivery, court: str) -> service.Ctx:
    return service.Ctx(d.session, d.settings, None, d.event.id, actor=f"event:{d.event.source}", org=court)


@detentions.on(dispatch.DetentionDecided)
async def detention_decided(p: dispatch.DetentionDecided, d: Delivery) -> None:
    await service.detention_decided(_ctx(d, p.court_code), p, d.event.time)


@detentions.on(dispatch.PenaltyStatusChanged)
async def penalty_status_changed(p: dispatch.PenaltyStatusChanged, d: Delivery) -> None:
    await service.penalty_status_changed(_ctx(d, p.court_code), p, d.event.time)
