"""Events reward consumes: asset_core's stream — which court executes a case, its parties and state (a case
that ends withdraws its notices), the assets the court holds (24: 尚未掌握; and which asset a verified tip
produced) and the money recovered from an asset (24: the reward). Each handler runs in the consumer runner's
transaction with the inbox row, so a redelivered event has no second effect."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.reward import projections, service
from shared.consumer import Delivery, Subscription
from shared.contracts import asset_core
from shared.legal import as_uuid

cases = Subscription(group="reward.asset-core", topics=[asset_core.TOPIC])


def _ctx(d: Delivery) -> service.Ctx:
    return service.Ctx(d.session, d.settings, None, d.event.id, actor=f"event:{d.event.source}", org="system")


@cases.on_batch(asset_core.CaseRegistered)
async def cases_registered(items: list[tuple[asset_core.CaseRegistered, Delivery]], session: AsyncSession) -> None:
    """Set-based (the hot path of catch-up): one upsert for the run; a pure projection, nothing waits for it."""
    await projections.cases_registered(session, [p for p, _ in items])


@cases.on(asset_core.CaseDesignated)
async def case_designated(p: asset_core.CaseDesignated, d: Delivery) -> None:
    await projections.case_designated(d.session, p)
    await service.case_moved(_ctx(d), as_uuid(p.case_id, "case_id"), p.executing_court_code)


@cases.on(asset_core.CaseStateChanged)
async def case_state_changed(p: asset_core.CaseStateChanged, d: Delivery) -> None:
    await projections.case_state_changed(d.session, p)
    await service.case_ended(_ctx(d), as_uuid(p.case_id, "case_id"), p.to_state, p.changed_on)


@cases.on(asset_core.AssetDiscovered)
async def asset_discovered(p: asset_core.AssetDiscovered, d: Delivery) -> None:
    await projections.asset_discovered(d.session, p, d.event.time)


@cases.on(asset_core.RecoveryRecorded)
async def recovery_recorded(p: asset_core.RecoveryRecorded, d: Delivery) -> None:
    await projections.recovery_recorded(d.session, p)
    await service.recovery_recorded(_ctx(d), p, p.asset_id)  # the asset the money came from, when it did


SUBSCRIPTIONS = [cases]
