"""Events asset_core consumes from the linkages, applied to the ledger through the use cases in service.py
(and the overview's counters in projections.py). Each handler runs in the consumer runner's transaction
with the inbox row, so a redelivered event has no second effect; a use case's refusal (no such case, an
asset type the ledger does not know, …) dead-letters the event at once."""
from __future__ import annotations

from services.asset_core import projections, service
from services.asset_core.service import Ctx, NewAsset, Settlement, event_day
from shared.consumer import Delivery, Subscription
from shared.contracts import dispatch, mediation, police, reward
from shared.legal import day_cn

linkages = Subscription(group="asset-core.linkages",
                        topics=[dispatch.TOPIC, reward.TOPIC, mediation.TOPIC, police.TOPIC])


# ------------------------------------------------------------------ 执行110 (dispatch)
@linkages.on(dispatch.AssetFoundOnSite)
async def asset_found_on_site(p: dispatch.AssetFoundOnSite, d: Delivery) -> None:
    await service.record_find(Ctx.for_event(d), p.case_id, NewAsset(
        asset_type=p.asset_type, description=p.description, estimated_value_fen=p.estimated_value_fen,
        location=p.location, discovery_source="on_site"), seized=p.seized)


@linkages.on(dispatch.DebtorLocated)
async def debtor_located(p: dispatch.DebtorLocated, d: Delivery) -> None:
    ctx = Ctx.for_event(d)
    await service.debtor_located(ctx, p.case_id, on=event_day(ctx),
                                 summary=f"执行110 查找到被执行人 {p.respondent_name}: {p.located_at}",
                                 audit={"alarm_id": p.alarm_id})


# ------------------------------------------------------------------ 公安联动 (police)
@linkages.on(police.AssetLocated)
async def asset_located_by_police(p: police.AssetLocated, d: Delivery) -> None:
    await service.record_find(Ctx.for_event(d), p.case_id, NewAsset(
        asset_type=p.asset_type, description=p.description, location=p.location, discovery_source="police"))


@linkages.on(police.PersonLocated)
async def person_located_by_police(p: police.PersonLocated, d: Delivery) -> None:
    await service.debtor_located(Ctx.for_event(d), p.case_id, on=day_cn(p.found_at),
                                 summary=f"公安联动 查找到被执行人 {p.person_name}: {p.location}",
                                 audit={"search_id": p.search_id})


# ------------------------------------------------------------------ 法信悬赏 (reward)
@linkages.on(reward.TipVerified)
async def tip_verified(p: reward.TipVerified, d: Delivery) -> None:
    ctx = Ctx.for_event(d)
    if p.first_success and p.court_code:  # 悬赏成功: counted once per notice, by its first useful tip
        await projections.count(d.session, p.court_code, p.verified_on or day_cn(d.event.time), "successes")
    if p.clue_kind == "asset" and p.asset_type:
        await service.record_find(ctx, p.case_id, NewAsset(
            asset_type=p.asset_type, description=p.description, estimated_value_fen=p.estimated_value_fen,
            location=p.location, discovery_source="tip"))
    else:
        await service.note(ctx, p.case_id, f"悬赏线索核实 (下落): {p.description}")


# ------------------------------------------------------------------ 和解中心 (mediation)
@linkages.on(mediation.SettlementReached)
async def settlement_reached(p: mediation.SettlementReached, d: Delivery) -> None:
    await service.apply_settlement(Ctx.for_event(d), p.case_id, Settlement(
        settlement_id=p.settlement_id, reached_on=p.reached_on, total_fen=p.total_fen,
        installments=len(p.installments), first_due_on=min((i.due_on for i in p.installments), default=None),
        performance_end_on=max((i.due_on for i in p.installments), default=None),
        release_measure_ids=list(p.release_measure_ids),
        release_quantities=dict(p.release_quantities), remortgage_asset_ids=list(p.remortgage_asset_ids)))


@linkages.on(mediation.SettlementDefaulted)
async def settlement_defaulted(p: mediation.SettlementDefaulted, d: Delivery) -> None:
    await service.settlement_defaulted(Ctx.for_event(d), p.case_id, settlement_id=p.settlement_id,
                                       paid_fen=p.paid_fen, resume_deadline=p.resume_deadline,
                                       defaulted_on=p.defaulted_on)


@linkages.on(mediation.PaymentReceived)
async def payment_received(p: mediation.PaymentReceived, d: Delivery) -> None:
    await service.payment_received(Ctx.for_event(d), p.case_id, p.amount_fen, p.received_on)


@linkages.on(mediation.CaseFullyExecuted)
async def settlement_performed(p: mediation.CaseFullyExecuted, d: Delivery) -> None:
    await service.settlement_performed(Ctx.for_event(d), p.case_id, settlement_id=p.settlement_id,
                                       on=p.fully_executed_on)


# ------------------------------------------------------------------ the 四联一核 overview's counters
@linkages.on(dispatch.AlarmReceived)
async def alarm_received(p: dispatch.AlarmReceived, d: Delivery) -> None:
    await projections.count(d.session, p.court_code, day_cn(p.received_at), "alarms_received")


@linkages.on(dispatch.DispatchAssigned)
async def dispatch_assigned(p: dispatch.DispatchAssigned, d: Delivery) -> None:
    await projections.dispatch_assigned(d.session, p.dispatch_id, p.court_code, day_cn(p.dispatched_at),
                                        p.officer_count)


@linkages.on(dispatch.DispatchStatusChanged)
async def dispatch_status_changed(p: dispatch.DispatchStatusChanged, d: Delivery) -> None:
    if p.to_status == "cancelled":
        await projections.dispatch_cancelled(d.session, p.dispatch_id)


@linkages.on(dispatch.DetentionDecided)
async def detention_decided(p: dispatch.DetentionDecided, d: Delivery) -> None:
    delta = projections.detention_delta(None, p.status)
    if delta:
        await projections.count(d.session, p.court_code, day_cn(p.decided_at), "detentions", delta)
    if delta > 0 and p.case_id:
        await service.obstruction_sanctioned(Ctx.for_event(d), p.case_id, day_cn(p.decided_at),
                                             f"执行110 司法拘留 {p.subject_name} ({p.days} 日)")


@linkages.on(dispatch.PenaltyStatusChanged)
async def penalty_status_changed(p: dispatch.PenaltyStatusChanged, d: Delivery) -> None:
    delta = projections.detention_delta(p.from_status, p.status) if p.kind == "detention" else 0
    if delta:  # on the decision's day, where it was counted
        await projections.count(d.session, p.court_code, day_cn(p.decided_at), "detentions", delta)
    if p.case_id and p.status == "approved" and (delta > 0 or p.kind == "fine"):
        label = "司法拘留" if p.kind == "detention" else "罚款"
        await service.obstruction_sanctioned(Ctx.for_event(d), p.case_id, day_cn(p.decided_at),
                                             f"执行110 {label}已批准: {p.subject_name}")


@linkages.on(mediation.CaseReceived)
async def case_pushed(p: mediation.CaseReceived, d: Delivery) -> None:
    if p.source == "concluded":  # 推送: 终本 cases pushed to the center, not cases referred by hand
        await projections.count(d.session, p.court_code, p.received_on, "cases_pushed")


# 法信悬赏: notices published, successes (a notice's first useful tip), money recovered through a tip's find
@linkages.on(reward.NoticePublished)
async def notice_published(p: reward.NoticePublished, d: Delivery) -> None:
    await projections.count(d.session, p.court_code, p.published_on, "notices_published")


@linkages.on(reward.RecoveryAttributed)
async def recovery_attributed(p: reward.RecoveryAttributed, d: Delivery) -> None:
    await projections.count(d.session, p.court_code, p.recovered_on, "recovered_fen", p.amount_fen)


# 公安联动: 协查 batches and the people in them, 拒执罪 transfers and the people transferred
@linkages.on(police.SearchBatchCreated)
async def search_batch_created(p: police.SearchBatchCreated, d: Delivery) -> None:
    await projections.count(d.session, p.court_code, p.sent_on, "joint_search_batches")
    await projections.count(d.session, p.court_code, p.sent_on, "people_searched", p.person_count)


@linkages.on(police.TransferSent)
async def transfer_sent(p: police.TransferSent, d: Delivery) -> None:
    await projections.count(d.session, p.court_code, p.sent_on, "refusal_transfers")
    await projections.count(d.session, p.court_code, p.sent_on, "refusal_transfer_persons", p.person_count)
    await service.obstruction_sanctioned(Ctx.for_event(d), p.case_id, p.sent_on,
                                         f"公安联动 移送拒执罪 {p.letter_number} ({p.person_count} 人)")


SUBSCRIPTIONS = [linkages]
