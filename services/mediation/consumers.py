"""Events mediation consumes: asset_core's stream. It keeps the center's projection of the enforcement cases,
their assets and control measures (projections.py), takes in every 终本 case automatically, follows the case's
legal status and executing court, and credits money recovered in asset_core to a settlement being performed
(service.py). Each handler runs in the consumer runner's transaction with the inbox row, so a redelivered event
has no second effect; a payload that breaks its contract, or an id that is not a UUID, is dead-lettered."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.mediation import projections, service
from shared.consumer import Delivery, Subscription
from shared.contracts import asset_core as ac
from shared.legal import as_uuid

asset_core = Subscription(group="mediation.asset-core", topics=[ac.TOPIC])
SUBSCRIPTIONS = [asset_core]


def _ctx(d: Delivery) -> service.Ctx:
    return service.Ctx(d.session, d.settings, None, d.event.id, actor=f"event:{d.event.source}")


@asset_core.on_batch(ac.CaseRegistered)
async def cases_registered(items: list[tuple[ac.CaseRegistered, Delivery]], session: AsyncSession) -> None:
    """Set-based (the hot path of catch-up): one upsert for the run; a pure projection, nothing waits for it (a
    终本 case is taken in on its CaseConcluded)."""
    await projections.cases_registered(session, [p for p, _ in items])


@asset_core.on(ac.CaseDesignated)
async def case_designated(p: ac.CaseDesignated, d: Delivery) -> None:
    """交叉执行: the executing court changes; a case at the center moves to that court's center."""
    await projections.case_designated(d.session, p)
    await service.follow_designation(_ctx(d), as_uuid(p.case_id, "case_id"), p.executing_court_code)


@asset_core.on(ac.CaseStateChanged)
async def case_state_changed(p: ac.CaseStateChanged, d: Delivery) -> None:
    await projections.case_state_changed(d.session, p)
    await service.follow_legal_status(_ctx(d), as_uuid(p.case_id, "case_id"), p.to_state)


@asset_core.on(ac.CaseConcluded)
async def case_concluded(p: ac.CaseConcluded, d: Delivery) -> None:
    """终本: every concluded case is pushed to the center automatically (green channel first in its queue)."""
    case = await projections.case_concluded(d.session, p)
    await service.conclude(_ctx(d), case, p.concluded_on)


@asset_core.on(ac.AssetDiscovered)
async def asset_discovered(p: ac.AssetDiscovered, d: Delivery) -> None:
    await projections.asset_discovered(d.session, p)


@asset_core.on(ac.MeasureApplied)
async def measure_applied(p: ac.MeasureApplied, d: Delivery) -> None:
    await projections.measure_applied(d.session, p)


@asset_core.on(ac.MeasureRenewed)
async def measure_renewed(p: ac.MeasureRenewed, d: Delivery) -> None:
    await projections.measure_renewed(d.session, p)


@asset_core.on(ac.MeasureReleased)
async def measure_released(p: ac.MeasureReleased, d: Delivery) -> None:
    await projections.measure_released(d.session, p)


@asset_core.on(ac.MeasureLapsed)
async def measure_lapsed(p: ac.MeasureLapsed, d: Delivery) -> None:
    await projections.measure_lapsed(d.session, p)


@asset_core.on(ac.RecoveryRecorded)
async def recovery_recorded(p: ac.RecoveryRecorded, d: Delivery) -> None:
    """The picture's recovered / outstanding amounts; a debtor's payment is credited to a performing settlement."""
    await projections.recovery_recorded(d.session, p)
    await service.credit_recovery(_ctx(d), as_uuid(p.case_id, "case_id"), p.source, p.amount_fen, p.received_on,
                                  d.event.id)
