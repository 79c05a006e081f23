"""Events procuratorate consumes: clues transferred by partners (河长办, other procuratorates such as 铁岭 /
双辽) on `procuratorate.partner-clues.v1`. Each handler runs in the consumer runner's transaction with the
inbox row, so a redelivered event has no second effect."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.procuratorate import service
from services.procuratorate.schemas import ClueIn
from services.procuratorate.tables import rivers
from shared.consumer import PoisonMessage, Subscription
from shared.contracts import procuratorate as contract
from shared.events import CloudEvent
from shared.legal import day_cn
from shared.settings import Settings


def subscriptions(settings: Settings) -> list[Subscription]:
    h = Handlers(settings)
    return [Subscription(group="procuratorate.partner-clues", topics=[contract.PARTNER_CLUES_TOPIC],
                         handlers={contract.ClueTransferred.EVENT_TYPE: h.clue_transferred})]


class Handlers:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def clue_transferred(self, session: AsyncSession, event: CloudEvent) -> None:
        """A partner's clue becomes a clue of the receiving procuratorate (source: the partner's kind)."""
        p = contract.ClueTransferred.model_validate(event.data)
        if p.from_org == p.to_org:
            raise PoisonMessage("a clue cannot be transferred to its sender")
        ctx = service.Ctx(session, self.settings, None, event.id, actor=f"event:{event.source}", org=p.to_org)
        river_code = None
        if p.river:
            river_code = (await session.execute(select(rivers.c.code).where(
                or_(rivers.c.code == p.river, rivers.c.name == p.river)))).scalar()
        county = p.county_code if p.county_code and p.county_code.isdigit() and len(p.county_code) == 6 else None
        location = p.location if river_code or not p.river else " ".join(x for x in (p.river, p.location) if x)
        await service.create_clue(ctx, ClueIn(
            source="procuratorate" if p.from_kind == "procuratorate" else "river_chief_office",
            source_name=p.from_name, received_on=day_cn(event.time), summary=p.summary,
            river_code=river_code, county_code=county, location=location),
            source_event_id=event.id, transfer_id=p.transfer_id, from_org=p.from_org)
