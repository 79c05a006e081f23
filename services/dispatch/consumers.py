"""Events dispatch consumes: asset_core's case events build the local case projection; a verified bounty tip
(reward) and a police find (police) each raise an alarm linked to its case, once per event."""
from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch import service
from services.dispatch.domain import AlarmSource, Urgency
from shared.consumer import PoisonMessage, Subscription
from shared.contracts import asset_core, police, reward
from shared.events import CloudEvent
from shared.settings import Settings


def subscriptions(settings: Settings) -> list[Subscription]:
    h = AlarmHandlers(settings)
    return [Subscription(group="dispatch.case-projection", topics=[asset_core.TOPIC],
                         handlers={asset_core.CaseRegistered.EVENT_TYPE: service.project_case_registered,
                                   asset_core.CaseDesignated.EVENT_TYPE: service.project_case_designated,
                                   asset_core.CaseStateChanged.EVENT_TYPE: service.project_case_state_changed}),
            Subscription(group="dispatch.alarms", topics=[reward.TOPIC, police.TOPIC],
                         handlers={reward.TipVerified.EVENT_TYPE: h.tip_verified,
                                   police.PersonLocated.EVENT_TYPE: h.person_located,
                                   police.AssetLocated.EVENT_TYPE: h.asset_located})]


class CaseNotYetProjected(Exception):
    """Retried with backoff (asset_core's event may still be on its way), then dead-lettered."""


class AlarmHandlers:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def _raise(self, session: AsyncSession, event: CloudEvent, *, case_id: str, court: str | None,
                     source: AlarmSource, urgency: Urgency, address: str, description: str, ref: str,
                     latitude: float | None = None, longitude: float | None = None) -> None:
        try:
            uuid.UUID(case_id)
        except ValueError:
            raise PoisonMessage(f"case_id {case_id!r} is not a UUID")
        case = await service.projected_case(session, case_id)
        # The executing court (after 交叉执行) answers the alarm; before the projection has the case, the
        # court named by the event does, and the alarm is triaged again when the case arrives.
        court = case.court_code if case is not None else (court or event.orgcode)
        if not court:
            raise CaseNotYetProjected(f"case {case_id} is not in dispatch's projection and the event names no court")
        ctx = service.Ctx(session, self.settings, None, event.id, actor=f"event:{event.source}", org=court)
        await service.insert_alarm(ctx, court=court, source=source, urgency=urgency, case=case, case_id=case_id,
                                   address=address, description=description, received_at=event.time,
                                   latitude=latitude, longitude=longitude, source_event_id=event.id, source_ref=ref)

    async def tip_verified(self, session: AsyncSession, event: CloudEvent) -> None:
        p = reward.TipVerified.model_validate(event.data)
        what = "被执行人下落" if p.clue_kind == "whereabouts" else "财产线索"
        await self._raise(session, event, case_id=p.case_id, court=None, source=AlarmSource.tip,
                          urgency=Urgency.urgent if p.clue_kind == "whereabouts" else Urgency.normal,
                          address=p.location or "（线索未注明地点）", description=f"悬赏线索核实（{what}）：{p.description}",
                          ref=f"tip:{p.tip_id}")

    async def person_located(self, session: AsyncSession, event: CloudEvent) -> None:
        p = police.PersonLocated.model_validate(event.data)
        await self._raise(session, event, case_id=p.case_id, court=p.court_code, source=AlarmSource.police,
                          urgency=Urgency.flight if p.leaving else Urgency.urgent, address=p.location,
                          description=f"公安查找到被执行人 {p.person_name}", ref=f"police-search:{p.search_id}",
                          latitude=p.latitude, longitude=p.longitude)

    async def asset_located(self, session: AsyncSession, event: CloudEvent) -> None:
        p = police.AssetLocated.model_validate(event.data)
        await self._raise(session, event, case_id=p.case_id, court=p.court_code, source=AlarmSource.police,
                          urgency=Urgency.urgent if p.leaving else Urgency.normal, address=p.location,
                          description=f"公安查找到财产（{p.asset_type}）：{p.description}",
                          ref=f"police-search:{p.search_id}", latitude=p.latitude, longitude=p.longitude)
