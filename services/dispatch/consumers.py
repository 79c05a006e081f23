"""Events dispatch consumes: asset_core's case events build the local case projection; a verified bounty tip
(reward) and a police find (police) each raise an alarm linked to its case, once per event; police's custody
events (opened, handed over to the 拘留所, released) land on the detention they carry out. Handlers translate the
event into a projection call or a use case; they write no table themselves."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch import projections, service
from services.dispatch.domain import AlarmSource, Urgency
from shared.consumer import Delivery, Subscription
from shared.contracts import asset_core, police, reward
from shared.legal import as_uuid

cases = Subscription(group="dispatch.case-projection", topics=[asset_core.TOPIC])
alarms = Subscription(group="dispatch.alarms", topics=[reward.TOPIC, police.TOPIC])
custody = Subscription(group="dispatch.custody", topics=[police.TOPIC])
SUBSCRIPTIONS = [cases, alarms, custody]


# ------------------------------------------------------------------ the case projection (asset_core)
@cases.on_batch(asset_core.CaseRegistered)
async def cases_registered(items: list[tuple[asset_core.CaseRegistered, Delivery]], session: AsyncSession) -> None:
    """Set-based (the hot path of catch-up): one upsert for the run, which also names the cases with alarms that
    were waiting for them."""
    waiting = await projections.cases_registered(session, [(p, d.event) for p, d in items])
    for p, d in items if waiting else ():  # rare: alarms came before their case; its first event triages them
        case_id = as_uuid(p.case_id, "case_id")
        if case_id in waiting:
            waiting.discard(case_id)
            await service.triage_waiting_alarms(session, case_id, p.case_number, p.livelihood_category, d.settings)


@cases.on(asset_core.CaseDesignated)
async def case_designated(p: asset_core.CaseDesignated, d: Delivery) -> None:
    await projections.case_designated(d.session, p, d.event)


@cases.on(asset_core.CaseStateChanged)
async def case_state_changed(p: asset_core.CaseStateChanged, d: Delivery) -> None:
    await projections.case_state_changed(d.session, p, d.event)


# ------------------------------------------------------------------ alarms from tips and police finds
@alarms.on(reward.TipVerified)
async def tip_verified(p: reward.TipVerified, d: Delivery) -> None:
    what = "被执行人下落" if p.clue_kind == "whereabouts" else "财产线索"
    await service.alarm_from_event(d.session, d.settings, d.event, service.EventAlarm(
        case_id=p.case_id, court=None, source=AlarmSource.tip,
        urgency=Urgency.urgent if p.clue_kind == "whereabouts" else Urgency.normal,
        address=p.location or "（线索未注明地点）", description=f"悬赏线索核实（{what}）：{p.description}",
        ref=f"tip:{p.tip_id}"))


@alarms.on(police.PersonLocated)
async def person_located(p: police.PersonLocated, d: Delivery) -> None:
    await service.alarm_from_event(d.session, d.settings, d.event, service.EventAlarm(
        case_id=p.case_id, court=p.court_code, source=AlarmSource.police,
        urgency=Urgency.flight if p.leaving else Urgency.urgent, address=p.location,
        description=f"公安查找到被执行人 {p.person_name}", ref=f"police-search:{p.search_id}",
        latitude=p.latitude, longitude=p.longitude))


@alarms.on(police.AssetLocated)
async def asset_located(p: police.AssetLocated, d: Delivery) -> None:
    await service.alarm_from_event(d.session, d.settings, d.event, service.EventAlarm(
        case_id=p.case_id, court=p.court_code, source=AlarmSource.police,
        urgency=Urgency.urgent if p.leaving else Urgency.normal, address=p.location,
        description=f"公安查找到财产（{p.asset_type}）：{p.description}", ref=f"police-search:{p.search_id}",
        latitude=p.latitude, longitude=p.longitude))


# ------------------------------------------------------------------ custody of a detention (police, 民诉法 118)
@custody.on(police.CustodyOpened)
async def custody_opened(p: police.CustodyOpened, d: Delivery) -> None:
    await service.custody_reported(d.session, d.event, "opened", p)


@custody.on(police.CustodyHandedOver)
async def custody_handed_over(p: police.CustodyHandedOver, d: Delivery) -> None:
    await service.custody_reported(d.session, d.event, "handed_over", p)


@custody.on(police.CustodyReleased)
async def custody_released(p: police.CustodyReleased, d: Delivery) -> None:
    await service.custody_reported(d.session, d.event, "released", p)
