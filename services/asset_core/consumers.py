"""Events asset_core consumes from the four linkages, applied to the ledger. Each handler runs in the
consumer runner's transaction with the inbox row, so a redelivered event has no second effect."""
from __future__ import annotations

import uuid


from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core import service
from services.asset_core.domain import CaseState
from services.asset_core.schemas import AssetIn, MeasureIn, ReleaseIn, TransitionIn
from services.asset_core.tables import assets, case_events, cases, measures
from shared.consumer import PoisonMessage, Subscription
from shared.contracts import dispatch, mediation, reward
from shared.events import CloudEvent
from shared.legal import day_cn
from shared.settings import Settings

ON_SITE_TYPES = {"movable", "vehicle", "ship"}


def subscriptions(settings: Settings) -> list[Subscription]:
    h = Handlers(settings)
    return [Subscription(group="asset-core.linkages", topics=[dispatch.TOPIC, reward.TOPIC, mediation.TOPIC],
                         handlers={
                             dispatch.AssetFoundOnSite.EVENT_TYPE: h.asset_found_on_site,
                             dispatch.DebtorLocated.EVENT_TYPE: h.debtor_located,
                             reward.TipVerified.EVENT_TYPE: h.tip_verified,
                             mediation.SettlementReached.EVENT_TYPE: h.settlement_reached,
                             mediation.SettlementDefaulted.EVENT_TYPE: h.settlement_defaulted,
                             mediation.PaymentReceived.EVENT_TYPE: h.payment_received,
                             mediation.CaseFullyExecuted.EVENT_TYPE: h.settlement_performed,
                             # the 四联一核 overview's counters
                             dispatch.AlarmReceived.EVENT_TYPE: h.alarm_received,
                             dispatch.DispatchAssigned.EVENT_TYPE: h.dispatch_assigned,
                             dispatch.DetentionDecided.EVENT_TYPE: h.detention_decided,
                             mediation.CaseReceived.EVENT_TYPE: h.case_pushed,
                         })]


class Handlers:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def ctx(self, session: AsyncSession, event: CloudEvent) -> service.Ctx:
        return service.Ctx(session, self.settings, None, event.id, actor=f"event:{event.source}")

    async def case(self, ctx: service.Ctx, case_id: str):
        try:
            cid = uuid.UUID(case_id)
        except ValueError:
            raise PoisonMessage(f"case_id {case_id!r} is not a UUID")
        row = (await ctx.session.execute(select(cases).where(cases.c.id == cid).with_for_update())).first()
        if row is None:
            raise PoisonMessage(f"no case {case_id} in asset_core")
        return row

    async def note(self, ctx: service.Ctx, case, event: CloudEvent, summary: str) -> None:
        await ctx.session.execute(case_events.insert().values(case_id=case.id, event_id=event.id,
                                                              event_type=event.type, summary=summary))

    async def asset_found_on_site(self, session: AsyncSession, event: CloudEvent) -> None:
        p = dispatch.AssetFoundOnSite.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        asset = await service.add_asset(ctx, case, AssetIn(
            asset_type=p.asset_type, description=p.description, estimated_value_fen=p.estimated_value_fen,
            location=p.location, discovery_source="on_site"), source_event_id=event.id)
        if p.seized and p.asset_type in ON_SITE_TYPES:  # 扣押 on site
            await service.apply_measure(ctx, asset.id, MeasureIn(kind="seize", start_on=event.time.date()))

    async def debtor_located(self, session: AsyncSession, event: CloudEvent) -> None:
        p = dispatch.DebtorLocated.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        if case.debtor_missing:
            await session.execute(update(cases).where(cases.c.id == case.id).values(
                debtor_missing=False, missing_debtor_searched_on=event.time.date(), version=cases.c.version + 1))
        await self.note(ctx, case, event, f"执行110 查找到被执行人 {p.respondent_name}: {p.located_at}")
        await ctx.audit("case.debtor_located", "case", case.id, {"alarm_id": p.alarm_id})

    async def tip_verified(self, session: AsyncSession, event: CloudEvent) -> None:
        p = reward.TipVerified.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        if p.clue_kind == "asset" and p.asset_type:
            await service.add_asset(ctx, case, AssetIn(
                asset_type=p.asset_type, description=p.description, estimated_value_fen=p.estimated_value_fen,
                location=p.location, discovery_source="tip"), source_event_id=event.id)
        else:
            await self.note(ctx, case, event, f"悬赏线索核实 (下落): {p.description}")

    async def settlement_reached(self, session: AsyncSession, event: CloudEvent) -> None:
        """执行和解 (和解规定 2-3): execution suspended; named seizures released; named assets marked for
        re-mortgage (转债化解)."""
        p = mediation.SettlementReached.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        if case.state == CaseState.executing.value:
            await service.transition(ctx, case.id, TransitionIn(
                to_state=CaseState.suspended_settlement, reason=f"执行和解 {p.settlement_id}", on=p.reached_on), None)
        for mid in p.release_measure_ids:
            m = (await session.execute(select(measures).where(measures.c.id == _uuid(mid),
                                                              measures.c.case_id == case.id))).first()
            if m is None:
                raise PoisonMessage(f"measure {mid} is not a measure of case {case.id}")
            if m.status in ("active", "queued"):
                await service.release_measure(ctx, m.id, ReleaseIn(
                    reason="settlement", on=p.reached_on, quantity=p.release_quantities.get(mid)))
        for aid in p.remortgage_asset_ids:
            done = await session.execute(update(assets).where(assets.c.id == _uuid(aid), assets.c.case_id == case.id)
                                         .values(remortgage_requested_on=p.reached_on).returning(assets.c.id))
            if done.first() is None:
                raise PoisonMessage(f"asset {aid} is not an asset of case {case.id}")
        case = await self.case(ctx, p.case_id)
        await service.count(session, case.executing_court_code, p.reached_on, "settled")
        await self.note(ctx, case, event, f"达成执行和解: {p.total_fen} 分, {len(p.installments)} 期; 解除 "
                        f"{len(p.release_measure_ids)} 项措施, 协助 {len(p.remortgage_asset_ids)} 项财产再抵押")

    async def alarm_received(self, session: AsyncSession, event: CloudEvent) -> None:
        p = dispatch.AlarmReceived.model_validate(event.data)
        await service.count(session, p.court_code, day_cn(p.received_at), "alarms_received")

    async def dispatch_assigned(self, session: AsyncSession, event: CloudEvent) -> None:
        p = dispatch.DispatchAssigned.model_validate(event.data)
        await service.count(session, p.court_code, day_cn(p.dispatched_at), "officer_dispatches",
                            p.officer_count)

    async def detention_decided(self, session: AsyncSession, event: CloudEvent) -> None:
        p = dispatch.DetentionDecided.model_validate(event.data)
        await service.count(session, p.court_code, day_cn(p.decided_at), "detentions")

    async def case_pushed(self, session: AsyncSession, event: CloudEvent) -> None:
        p = mediation.CaseReceived.model_validate(event.data)
        await service.count(session, p.court_code, p.received_on, "cases_pushed")

    async def settlement_defaulted(self, session: AsyncSession, event: CloudEvent) -> None:
        p = mediation.SettlementDefaulted.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        await self.note(ctx, case, event, f"和解协议未履行: 建议恢复执行 (已付 {p.paid_fen} 分, "
                        f"申请期限至 {p.resume_deadline})")
        await ctx.audit("case.resumption_proposed", "case", case.id, {"settlement_id": p.settlement_id})

    async def settlement_performed(self, session: AsyncSession, event: CloudEvent) -> None:
        """和解规定 8: a settlement performed in full closes the case as fully executed."""
        p = mediation.CaseFullyExecuted.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        await service.count(session, case.executing_court_code, p.fully_executed_on, "fully_executed")
        if case.state == CaseState.suspended_settlement.value:
            await service.transition(ctx, case.id, TransitionIn(
                to_state=CaseState.fully_executed, reason=f"执行和解履行完毕 {p.settlement_id}",
                on=p.fully_executed_on), None)
        else:
            await self.note(ctx, case, event, f"和解中心: 和解协议履行完毕 (案件状态 {case.state} 未变)")

    async def payment_received(self, session: AsyncSession, event: CloudEvent) -> None:
        p = mediation.PaymentReceived.model_validate(event.data)
        ctx = self.ctx(session, event)
        case = await self.case(ctx, p.case_id)
        await service._record_recovery(ctx, case, p.amount_fen, "settlement_payment", p.received_on, event.id)


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise PoisonMessage(f"{value!r} is not a UUID")


