"""Events procuratorate consumes: clues transferred by partners (河长办, other procuratorates such as 铁岭 /
双辽) on `procuratorate.partner-clues.v1` — including the transfers procuratorate's own procuratorates publish
there when they refer a clue to another one (service.refer_clue). The addressee (`to_org`) decides who takes a
transfer in: an instance serving only some procuratorates (`served_orgs`) acknowledges and skips the others, so
it never re-imports its own outbound transfer as a clue of the sender. Each handler runs in the consumer runner's transaction with the
inbox row, so a redelivered event has no second effect; a refused transfer (a DomainError) is dead-lettered."""
from __future__ import annotations

from services.procuratorate import domain, service
from services.procuratorate.settings import ProcuratorateSettings
from shared.consumer import Delivery, Subscription
from shared.contracts import procuratorate as contract
from shared.legal import day_cn

partner_clues = Subscription(group="procuratorate.partner-clues", topics=[contract.PARTNER_CLUES_TOPIC])


@partner_clues.on(contract.ClueTransferred)
async def clue_transferred(p: contract.ClueTransferred, d: Delivery) -> None:
    """A partner's clue becomes a clue of the receiving procuratorate (source: the partner's kind)."""
    served = d.settings.served() if isinstance(d.settings, ProcuratorateSettings) else frozenset()
    if not domain.takes_in(p.to_org, served):
        return  # addressed to a procuratorate another instance serves
    ctx = service.Ctx(d.session, d.settings, None, d.event.id, actor=f"event:{d.event.source}", org=p.to_org)
    await service.accept_transfer(ctx, p, event_id=d.event.id, received_on=day_cn(d.event.time))


SUBSCRIPTIONS = [partner_clues]
