"""reward use cases (法信悬赏): load, apply a domain rule, save state + outbox event + audit in one transaction.
Commands are the small dataclasses below; refusals are DomainError subclasses (shared.errors maps them)."""
from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert

from services.reward import domain, projections, views
from services.reward.domain import (ApplicationState, NoticeState, Outcome, RewardKind, RewardTerms, TipStatus)
from services.reward.tables import files as tip_files
from services.reward.tables import (applications, attributions, notice_counters, notices, platform, rewards,
                                    tips)
from shared import files
from shared.contracts import asset_core
from shared.contracts import reward as ev
from shared.identity import party_key, validate_id_number, validate_phone, validate_resident_id
from shared.legal import Conflict, Forbidden, NotFound, Refused, as_uuid, day_cn, today_cn
from shared.orgs import is_above
from shared.usecase import UseCaseContext, bump, check_version

APPLICANT_SIDE = ("clerk", "judge")  # the applicant applies in writing; the clerk records it on its behalf
DECIDERS = ("judge", "president")
PUBLISHERS = ("judge", "clerk", "president")
VERIFIERS = ("officer", "judge")
FINANCE = ("clerk",)  # the finance clerk (财务) records the payout
IDENTITY_READERS = ("judge", "officer")  # 23: the tipster's identity, for the judge/officer of the case only


class Ctx(UseCaseContext):
    platform = platform


def hash_receipt(receipt: str) -> str:
    return hashlib.sha256(receipt.encode()).hexdigest()


# ------------------------------------------------------------------ access
def can_read(org: str, court_code: str) -> bool:
    return org == court_code or is_above(org, court_code)


def _executing(ctx: Ctx, court_code: str, what: str) -> None:
    """A write on a case's bounty is the executing court's; a higher court reads only."""
    if ctx.org != court_code:
        raise Forbidden("not_executing_court", f"只有执行法院可以{what} / only the executing court ({court_code}) may "
                                               f"do this", executing_court_code=court_code)


def _roles(ctx: Ctx, roles: tuple[str, ...]) -> None:
    if not ctx.roles & set(roles):
        raise Forbidden("forbidden_role", "无权执行此操作 (role not allowed)", f"needs one of: {', '.join(roles)}")


async def _case_for_write(ctx: Ctx, case_id: uuid.UUID) -> Any:
    case = await projections.case(ctx.session, case_id, lock=True)
    if case is None or not can_read(ctx.org, case.court_code):
        raise NotFound("case_not_found", "案件不存在或不在本院执行 / no such case executed by this court",
                       "reward knows a case from asset_core's events (CaseRegistered)")
    _executing(ctx, case.court_code, "申请悬赏")
    if case.state in domain.CASE_ENDED_STATES:
        raise Conflict("case_ended", f"案件已结束 ({case.state})，不能悬赏 / the case has ended", state=case.state)
    return case


async def load_application(ctx: Ctx, app_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(applications).where(applications.c.id == app_id)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or not can_read(ctx.org, row.court_code):
        raise NotFound("application_not_found", "悬赏申请不存在 / no such application", str(app_id))
    return row


async def load_notice(ctx: Ctx, notice_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(notices).where(notices.c.id == notice_id)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or not can_read(ctx.org, row.court_code):
        raise NotFound("notice_not_found", "悬赏公告不存在 / no such notice", str(notice_id))
    return row


async def load_tip(ctx: Ctx, tip_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(tips).where(tips.c.id == tip_id)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or not can_read(ctx.org, row.court_code):
        raise NotFound("tip_not_found", "线索不存在 / no such tip", str(tip_id))
    return row


async def load_reward(ctx: Ctx, reward_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(rewards).where(rewards.c.id == reward_id)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or not can_read(ctx.org, row.court_code):
        raise NotFound("reward_not_found", "悬赏金记录不存在 / no such reward", str(reward_id))
    return row


# ------------------------------------------------------------------ 21: application and decision
@dataclass(frozen=True)
class Agent:
    name: str
    kind: str = "person"
    id_number: str | None = None


@dataclass(frozen=True)
class Apply:
    case_id: uuid.UUID
    applicant_name: str
    sought: domain.Sought
    terms: RewardTerms
    promise: str
    channels: list[domain.Channel]
    debtor_name: str
    debtor_kind: str
    debtor_id_number: str | None = None
    other_media: str | None = None
    agents: list[Agent] = field(default_factory=list)
    received_on: date | None = None


async def apply(ctx: Ctx, cmd: Apply) -> Any:
    """财产调查规定 21: the written application; the decision is due 10 days after receipt (moved off rest days)."""
    case = await _case_for_write(ctx, cmd.case_id)
    today = today_cn()
    received_on = cmd.received_on or today
    if received_on > today:
        raise Refused("received_in_future", f"收到日期不能晚于今天 / received_on {received_on} is after today {today}")
    if cmd.applicant_name.strip() not in [a.strip() for a in case.applicants]:
        raise Refused("not_an_applicant", "申请人不是本案申请执行人 / the applicant is not an applicant of the case",
                      applicants=case.applicants)
    if cmd.debtor_name.strip() not in [r.strip() for r in case.respondents]:
        raise Refused("debtor_not_respondent", "被悬赏人不是本案被执行人 / the debtor is not a respondent of the case",
                      respondents=case.respondents)
    id_number = None
    if cmd.debtor_id_number:
        id_number = validate_id_number(cmd.debtor_kind, cmd.debtor_id_number)  # type: ignore[arg-type]
        if case.respondent_keys and party_key(cmd.debtor_kind, id_number, ctx.settings.party_key_secret) not in case.respondent_keys:
            raise Refused("debtor_id_mismatch", "证件号码与本案被执行人不符 / the id number is not a respondent's")
    if not cmd.channels:
        raise Refused("channels_required", "须载明发布方式 / where to publish is required (21)")
    if domain.Channel.other_media in cmd.channels and not (cmd.other_media or "").strip():
        raise Refused("other_media_required", "其他媒体须写明名称（费用由申请执行人承担）/ name the other media "
                                              "(at the applicant's cost, 22)")
    terms = domain.check_terms(cmd.terms, ctx.settings.max_percent_bp)
    due = domain.decision_due(received_on, ctx.settings.decision_days)
    agents = []
    for a in cmd.agents:
        number = validate_id_number(a.kind, a.id_number) if a.id_number else None  # type: ignore[arg-type]
        key = party_key(a.kind, number, ctx.settings.party_key_secret)
        agents.append({"name": a.name.strip(), "key": key})
    a_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(applications).values(
        id=a_id, case_id=case.id, case_number=case.case_number, court_code=case.court_code,
        applicant_name=cmd.applicant_name.strip(), sought=cmd.sought.value, reward_kind=terms.kind.value,
        fixed_fen=terms.fixed_fen, percent_bp=terms.percent_bp, cap_fen=terms.cap_fen, floor_fen=terms.floor_fen,
        applicant_pays_separately=terms.applicant_pays_separately, promise=cmd.promise.strip(),
        channels=[c.value for c in cmd.channels], other_media=cmd.other_media, debtor_name=cmd.debtor_name.strip(),
        debtor_kind=cmd.debtor_kind, debtor_id_number=id_number, agents=agents, received_on=received_on,
        decision_due=due.on, moved_for_holiday_from=due.moved_for_holiday_from,
        state=ApplicationState.received.value, created_by=ctx.actor).returning(applications))).first()
    await ctx.emit(ev.ApplicationReceived(
        application_id=str(a_id), case_id=str(case.id), case_number=case.case_number, court_code=case.court_code,
        received_on=received_on, decision_due=due.on, moved_for_holiday_from=due.moved_for_holiday_from,
        sought=cmd.sought.value, reward_kind=terms.kind.value),
        subject=f"applications/{a_id}", caseid=str(case.id), orgcode=case.court_code)
    await ctx.audit("application.received", "application", a_id, {
        "case_id": str(case.id), "received_on": received_on, "decision_due": due.on, "reward_kind": terms.kind.value})
    return row


async def decide(ctx: Ctx, app_id: uuid.UUID, *, grant: bool, reasons: str | None, decided_on: date | None,
                 if_match: int | None) -> Any:
    """21: grant or refuse, with reasons for a refusal; a decision after decision_due is recorded as late."""
    row = await load_application(ctx, app_id, lock=True)
    _executing(ctx, row.court_code, "决定悬赏申请")
    check_version(row, if_match, "悬赏申请", "application")
    domain.check_decision(ApplicationState(row.state), grant, reasons)
    on = decided_on or today_cn()
    if on < row.received_on or on > today_cn():
        raise Refused("invalid_decision_date", f"决定日期须在收到申请 ({row.received_on}) 与今天之间 / decided_on "
                                               f"must be between the receipt and today")
    state = ApplicationState.granted if grant else ApplicationState.refused
    row = await bump(ctx.session, applications, row.id, state=state.value, decided_on=on, decided_by=ctx.actor,
                     reasons=(reasons or "").strip() or None)
    await ctx.emit(ev.ApplicationDecided(
        application_id=str(row.id), case_id=str(row.case_id), court_code=row.court_code, decision=state.value,
        decided_on=on, decision_due=row.decision_due, within_time=on <= row.decision_due, reasons=row.reasons),
        subject=f"applications/{row.id}", caseid=str(row.case_id), orgcode=row.court_code)
    await ctx.audit(f"application.{state.value}", "application", row.id, {"decided_on": on, "reasons": row.reasons})
    return row


# ------------------------------------------------------------------ 22: the notice
def terms_of(row: Any) -> RewardTerms:
    return RewardTerms(RewardKind(row.reward_kind), row.fixed_fen, row.percent_bp, row.cap_fen, row.floor_fen,
                       row.applicant_pays_separately)


async def _next_number(ctx: Ctx, court: str, year: int) -> str:
    stmt = insert(notice_counters).values(court_code=court, year=year, last=1)
    n = (await ctx.session.execute(stmt.on_conflict_do_update(
        index_elements=["court_code", "year"], set_={"last": notice_counters.c.last + 1})
        .returning(notice_counters.c.last))).scalar_one()
    return domain.notice_number(court, year, n)


async def publish(ctx: Ctx, app_id: uuid.UUID, *, court_contact: str, published_on: date | None,
                  valid_until: date | None) -> Any:
    """22: a granted application becomes a notice with its own number; a refused one cannot be published."""
    app = await load_application(ctx, app_id, lock=True)
    _executing(ctx, app.court_code, "发布悬赏公告")
    domain.check_publishable(ApplicationState(app.state))
    if (await ctx.session.execute(select(notices.c.id).where(notices.c.application_id == app.id))).first():
        raise Conflict("already_published", "该申请已发布悬赏公告 / this application was already published")
    case = await projections.case(ctx.session, app.case_id)
    if case is None or case.state in domain.CASE_ENDED_STATES:
        raise Conflict("case_ended", "案件已结束，不能发布 / the case has ended", state=case.state if case else None)
    on = published_on or today_cn()
    if on < (app.decided_on or app.received_on) or on > today_cn():
        raise Refused("invalid_publication_date", "发布日期须在准许之后、不晚于今天 / published_on must be between the "
                                                  "decision and today")
    if valid_until is not None and valid_until < on:
        raise Refused("invalid_valid_until", "有效期早于发布日期 / valid_until is before published_on")
    terms = terms_of(app)
    number = await _next_number(ctx, app.court_code, on.year)
    n_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(notices).values(
        id=n_id, number=number, application_id=app.id, case_id=app.case_id, case_number=app.case_number,
        court_code=app.court_code, sought=app.sought, reward_text=domain.reward_text(terms),
        conditions=domain.CONDITIONS, debtor_name=app.debtor_name, debtor_kind=app.debtor_kind,
        debtor_id_masked=domain.mask_debtor_id(app.debtor_kind, app.debtor_id_number),
        amount_owed_fen=max(case.amount_owed_fen - case.recovered_total_fen, 0), court_contact=court_contact.strip(),
        channels=app.channels, published_on=on, valid_until=valid_until, state=NoticeState.active.value)
        .returning(notices))).first()
    await ctx.emit(ev.NoticePublished(
        notice_id=str(n_id), notice_no=number, application_id=str(app.id), case_id=str(app.case_id),
        case_number=app.case_number, court_code=app.court_code, published_on=on, channels=app.channels,
        sought=app.sought, reward_kind=app.reward_kind, fixed_fen=app.fixed_fen, percent_bp=app.percent_bp,
        cap_fen=app.cap_fen, floor_fen=app.floor_fen),
        subject=f"notices/{n_id}", caseid=str(app.case_id), orgcode=app.court_code)
    await ctx.audit("notice.published", "notice", n_id, {"number": number, "published_on": on})
    return row


async def _withdraw(ctx: Ctx, n: Any, on: date, reason: str, detail: str | None) -> Any:
    row = await bump(ctx.session, notices, n.id, state=NoticeState.withdrawn.value, withdrawn_on=on,
                     withdraw_reason=detail or reason)
    await ctx.emit(ev.NoticeWithdrawn(notice_id=str(n.id), notice_no=n.number, case_id=str(n.case_id),
                                      court_code=n.court_code, withdrawn_on=on, reason=reason, detail=detail),
                   subject=f"notices/{n.id}", caseid=str(n.case_id), orgcode=n.court_code)
    await ctx.audit("notice.withdrawn", "notice", n.id, {"reason": reason, "detail": detail, "on": on})
    return row


async def withdraw(ctx: Ctx, notice_id: uuid.UUID, *, reason: str, on: date | None, if_match: int | None) -> Any:
    n = await load_notice(ctx, notice_id, lock=True)
    _executing(ctx, n.court_code, "撤回悬赏公告")
    check_version(n, if_match, "悬赏公告", "notice")
    if n.state != NoticeState.active.value:
        raise Conflict("notice_not_active", "公告已撤回 / the notice was already withdrawn")
    day = on or today_cn()
    if day < n.published_on or day > today_cn():
        raise Refused("invalid_withdrawal_date", "撤回日期须在发布之后、不晚于今天 / on must be between publication and today")
    return await _withdraw(ctx, n, day, "by_court", reason.strip())


async def case_ended(ctx: Ctx, case_id: uuid.UUID, state: str, on: date) -> int:
    """asset_core reports the case ended (执行完毕 / 终结执行 / 终本): its active notices are withdrawn."""
    if state not in domain.CASE_ENDED_STATES:
        return 0
    rows = (await ctx.session.execute(select(notices).where(
        notices.c.case_id == case_id, notices.c.state == NoticeState.active.value).with_for_update())).all()
    for n in rows:
        await _withdraw(ctx, n, max(on, n.published_on), "case_ended", f"案件状态: {state}")
    return len(rows)


async def case_moved(ctx: Ctx, case_id: uuid.UUID, court: str) -> None:
    """交叉执行: the designated court executes the case now, and keeps its bounty."""
    for t in (applications, notices, tips, rewards):
        await ctx.session.execute(update(t).where(t.c.case_id == case_id).values(court_code=court))
    await ctx.session.execute(update(attributions).where(attributions.c.case_id == case_id).values(court_code=court))


# ------------------------------------------------------------------ 23: tips (public)
@dataclass(frozen=True)
class Tipster:
    name: str | None = None
    phone: str | None = None
    id_number: str | None = None
    declares_no_exclusion: bool = False


@dataclass(frozen=True)
class SendTip:
    clue_kind: str  # whereabouts / asset
    clue_text: str
    asset_identifier: str | None = None
    place: str | None = None
    attachments: list[dict] = field(default_factory=list)
    tipster: Tipster = field(default_factory=Tipster)


async def active_notice_by_number(ctx: Ctx, number: str, *, lock: bool = False) -> Any:
    q = select(notices).where(notices.c.number == number, notices.c.state == NoticeState.active.value)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or (row.valid_until is not None and row.valid_until < today_cn()):
        raise NotFound("notice_not_found", "悬赏公告不存在或已撤回 / no such active notice", number)
    return row


async def send_tip(ctx: Ctx, number: str, cmd: SendTip) -> dict:
    """23: register the tip with its time of receipt; a clue naming the same asset or place as an earlier one joins
    its group and ranks after it. Answers the receipt code once (only its hash is kept)."""
    n = await active_notice_by_number(ctx, number, lock=True)  # the lock orders concurrent tips on the notice
    t = cmd.tipster
    phone = validate_phone(t.phone) if t.phone else None
    id_number = validate_resident_id(t.id_number) if t.id_number else None
    if not cmd.clue_text.strip():
        raise Refused("clue_required", "线索内容不能为空 / the clue is empty")
    asset_key, place_key = domain.normalise_clue_key(cmd.asset_identifier), domain.normalise_clue_key(cmd.place)
    existing = [domain.RegisteredTip(str(r.id), r.seq, r.received_at, r.asset_key, r.place_key, r.group_key)
                for r in (await ctx.session.execute(select(tips).where(tips.c.notice_id == n.id))).all()]
    t_id = uuid.uuid4()
    group = domain.group_for(asset_key, place_key, existing, str(t_id))
    received_at = datetime.now(timezone.utc)
    receipt = secrets.token_urlsafe(ctx.settings.receipt_bytes)
    row = (await ctx.session.execute(insert(tips).values(
        id=t_id, receipt_hash=hash_receipt(receipt), notice_id=n.id, case_id=n.case_id, court_code=n.court_code,
        received_at=received_at, clue_kind=cmd.clue_kind, clue_text=cmd.clue_text.strip(),
        asset_identifier=cmd.asset_identifier, place=cmd.place, asset_key=asset_key, place_key=place_key,
        group_key=group, rank=0, attachments=cmd.attachments, tipster_name=(t.name or "").strip() or None,
        tipster_phone=phone, tipster_id_number=id_number,
        tipster_key=party_key("person", id_number, ctx.settings.party_key_secret) if id_number else None,
        declares_no_exclusion=t.declares_no_exclusion, status=TipStatus.received.value).returning(tips))).first()
    in_group = [e for e in existing if e.group_key == group] + [
        domain.RegisteredTip(str(t_id), row.seq, received_at, asset_key, place_key, group)]
    rank = domain.rank_in_group(in_group)[str(t_id)]
    await ctx.session.execute(update(tips).where(tips.c.id == t_id).values(rank=rank))
    await ctx.emit(ev.TipReceived(tip_id=str(t_id), notice_id=str(n.id), case_id=str(n.case_id),
                                  court_code=n.court_code, received_at=received_at, received_on=day_cn(received_at),
                                  clue_kind=cmd.clue_kind, rank=rank),
                   subject=f"tips/{t_id}", caseid=str(n.case_id), orgcode=n.court_code)
    await ctx.audit("tip.received", "tip", t_id, {"notice_id": str(n.id), "rank": rank})  # never the tipster
    return {"receipt": receipt, "notice_no": n.number, "received_at": received_at, "status": TipStatus.received}


async def read_register(ctx: Ctx, notice_id: uuid.UUID) -> dict:
    """23: the notice's tips, ranked; the tipster's identity only for the judge/officer of the executing court,
    and every such read is audited."""
    n = await load_notice(ctx, notice_id)
    rows = (await ctx.session.execute(select(tips).where(tips.c.notice_id == n.id)
                                      .order_by(tips.c.group_key, tips.c.rank, tips.c.seq))).all()
    full = views.reads_identity(ctx.org, ctx.roles, n.court_code)
    if full and rows:
        await ctx.audit("tip.identity_read", "notice", n.id, {"tip_ids": [str(r.id) for r in rows]})
    return {"notice_id": n.id, "notice_no": n.number, "items": [views.tip_out(r, full) for r in rows]}


async def read_tip(ctx: Ctx, tip_id: uuid.UUID) -> dict:
    t = await load_tip(ctx, tip_id)
    full = views.reads_identity(ctx.org, ctx.roles, t.court_code)
    if full:
        await ctx.audit("tip.identity_read", "tip", t.id, {})
    return views.tip_out(t, full)


# ------------------------------------------------------------------ verification (24: 尚未掌握)
@dataclass(frozen=True)
class Verify:
    outcome: Outcome
    finding: domain.Finding | None = None
    asset_type: str | None = None
    description: str | None = None
    estimated_value_fen: int | None = None
    location: str | None = None
    known_asset_id: uuid.UUID | None = None
    on: date | None = None


async def start_verification(ctx: Ctx, tip_id: uuid.UUID, if_match: int | None) -> Any:
    t = await load_tip(ctx, tip_id, lock=True)
    _executing(ctx, t.court_code, "核实线索")
    check_version(t, if_match, "线索", "tip")
    if t.status != TipStatus.received.value:
        raise Conflict("tip_not_received", f"线索状态为 {t.status}，不能开始核实 / the tip is {t.status}")
    row = await bump(ctx.session, tips, t.id, status=TipStatus.under_verification.value)
    await ctx.audit("tip.under_verification", "tip", t.id, {})
    return row


async def verify(ctx: Ctx, tip_id: uuid.UUID, cmd: Verify, if_match: int | None) -> Any:
    """The officer's result. A useful clue the court did not hold publishes TipVerified (asset_core adds the asset,
    dispatch raises an alarm); one it already held is recorded `already_known` and earns nothing (24); a second tip
    on a clue already verified adds nothing to the ledger (the reward goes to the first-ranked, 23)."""
    t = await load_tip(ctx, tip_id, lock=True)
    _executing(ctx, t.court_code, "核实线索")
    check_version(t, if_match, "线索", "tip")
    if t.status not in (TipStatus.received.value, TipStatus.under_verification.value):
        raise Conflict("tip_already_verified", f"线索已核实 ({t.status}) / the tip was already verified")
    n = (await ctx.session.execute(select(notices).where(notices.c.id == t.notice_id).with_for_update())).first()
    on = cmd.on or today_cn()
    if on < day_cn(t.received_at) or on > today_cn():
        raise Refused("invalid_verification_date", "核实日期须在收到线索之后、不晚于今天 / on must be between receipt and today")
    outcome, known = cmd.outcome, cmd.known_asset_id
    values: dict[str, Any] = {"verified_on": on, "verified_by": ctx.actor}
    if outcome == Outcome.useful:
        if cmd.finding is None or not (cmd.description or "").strip():
            raise Refused("finding_required", "属实的线索须写明查明的情况 / a useful tip needs the finding and a description")
        if cmd.finding == domain.Finding.asset_found and cmd.asset_type not in domain.ASSET_TYPES:
            raise Refused("invalid_asset_type", f"财产类型无效 / asset_type must be one of {list(domain.ASSET_TYPES)}")
        own = {r.verified_event_id for r in (await ctx.session.execute(select(tips.c.verified_event_id).where(
            tips.c.notice_id == t.notice_id, tips.c.verified_event_id.is_not(None)))).all()}
        if cmd.finding == domain.Finding.asset_found:
            ledger = await projections.assets_of(ctx.session, t.case_id)
            held = domain.already_held(t.asset_key, t.received_at, ledger, own)
            if held is not None:
                outcome, known = Outcome.already_known, held.asset_id
    if known is not None:
        a = await projections.asset(ctx.session, known)
        if a is None or a.case_id != t.case_id:
            raise Refused("unknown_asset", "该财产不是本案已掌握的财产 / known_asset_id is no asset of the case")
        outcome = Outcome.already_known
    values["outcome"] = outcome.value
    values["known_asset_id"] = known
    if outcome != Outcome.useful:
        row = await bump(ctx.session, tips, t.id, status=TipStatus.not_useful.value, **values)
        await ctx.audit(f"tip.{outcome.value}", "tip", t.id, {"on": on, "known_asset_id": known})
        return row
    values.update(status=TipStatus.verified.value, finding=cmd.finding.value, verified_asset_type=cmd.asset_type,
                  verified_description=cmd.description.strip(), verified_value_fen=cmd.estimated_value_fen,
                  verified_location=cmd.location)
    same_clue = (await ctx.session.execute(select(tips.c.id).where(
        tips.c.notice_id == t.notice_id, tips.c.group_key == t.group_key, tips.c.id != t.id,
        tips.c.outcome == Outcome.useful.value))).first()
    if same_clue is not None:  # the court holds this clue already through the group's other tip: no new asset
        row = await bump(ctx.session, tips, t.id, **values)
        await ctx.audit("tip.verified_same_clue", "tip", t.id, {"on": on, "same_clue_as": str(same_clue.id)})
        return row
    first = n.successes == 0
    clue_kind = "asset" if cmd.finding == domain.Finding.asset_found else "whereabouts"
    event = await ctx.emit(ev.TipVerified(
        case_id=str(t.case_id), notice_id=str(t.notice_id), tip_id=str(t.id), clue_kind=clue_kind,
        asset_type=cmd.asset_type if clue_kind == "asset" else None, description=cmd.description.strip(),
        estimated_value_fen=cmd.estimated_value_fen, location=cmd.location, court_code=t.court_code,
        verified_on=on, first_success=first),
        subject=f"tips/{t.id}", caseid=str(t.case_id), orgcode=t.court_code)
    row = await bump(ctx.session, tips, t.id, verified_event_id=event.id, **values)
    await bump(ctx.session, notices, n.id, successes=n.successes + 1)
    await ctx.audit("tip.verified", "tip", t.id, {"on": on, "finding": cmd.finding.value, "event_id": event.id})
    return row


# ------------------------------------------------------------------ 24: recovery through a tip → the reward
async def recovery_recorded(ctx: Ctx, p: asset_core.RecoveryRecorded, asset_id: str | None) -> dict | None:
    """Money came from an asset: when a verified tip of ours produced it, the recovery is attributed to the notice,
    and the first time for the notice and clue the reward is computed for the clue's first-ranked useful tip
    (exclusions of 24 applied). Exactly once per recovery (the attribution's key) and per notice and clue."""
    if asset_id is None:
        return None
    a = await projections.asset(ctx.session, as_uuid(asset_id, "asset_id"))
    if a is None or not a.source_event_id:
        return None
    producer = (await ctx.session.execute(select(tips).where(tips.c.verified_event_id == a.source_event_id))).first()
    if producer is None:
        return None
    return await _attribute(ctx, producer, as_uuid(p.recovery_id, "recovery_id"), a.asset_id, p.amount_fen,
                            p.received_on, p.source)


async def attribute_to_whereabouts(ctx: Ctx, tip_id: uuid.UUID, recovery_id: uuid.UUID) -> Any:
    """24 for a whereabouts tip: the judge states that a recovery of the case was realised through the debtor the
    tip located (no asset names it); the reward follows as for an asset."""
    t = await load_tip(ctx, tip_id, lock=True)
    _executing(ctx, t.court_code, "认定悬赏线索使债权实现")
    if t.outcome != Outcome.useful.value or t.finding != domain.Finding.person_located.value \
            or not t.verified_event_id:
        raise Conflict("not_a_located_debtor", "只有核实属实的下落线索可以这样认定 / only a verified whereabouts tip")
    r = await projections.recovery(ctx.session, recovery_id)
    if r is None or r.case_id != t.case_id:
        raise NotFound("recovery_not_found", "本案没有该笔执行到位款 / no such recovery of the case", str(recovery_id))
    if r.received_on < t.verified_on:
        raise Refused("recovery_before_tip", "该款项在线索核实前已到位 / the money came before the tip was verified")
    if (await ctx.session.execute(select(attributions.c.recovery_id).where(
            attributions.c.recovery_id == r.recovery_id))).first():
        raise Conflict("recovery_attributed", "该笔款项已认定 / the recovery is already attributed to a tip")
    await _attribute(ctx, t, r.recovery_id, None, r.amount_fen, r.received_on, r.source)
    return await load_tip(ctx, tip_id)


async def _attribute(ctx: Ctx, producer: Any, recovery_id: uuid.UUID, asset_id: uuid.UUID | None, amount_fen: int,
                     on: date, source: str) -> dict | None:
    done = await ctx.session.execute(insert(attributions).values(
        recovery_id=recovery_id, notice_id=producer.notice_id, tip_id=producer.id, asset_id=asset_id,
        case_id=producer.case_id, court_code=producer.court_code, amount_fen=amount_fen, recovered_on=on,
        source=source).on_conflict_do_nothing().returning(attributions.c.recovery_id))
    if done.first() is None:
        return None  # this recovery was attributed before
    await ctx.emit(ev.RecoveryAttributed(
        notice_id=str(producer.notice_id), tip_id=str(producer.id), recovery_id=str(recovery_id),
        case_id=str(producer.case_id), asset_id=str(asset_id) if asset_id else None, amount_fen=amount_fen,
        recovered_on=on, court_code=producer.court_code), subject=f"notices/{producer.notice_id}",
        caseid=str(producer.case_id), orgcode=producer.court_code)
    await ctx.audit("recovery.attributed", "notice", producer.notice_id, {
        "tip_id": str(producer.id), "recovery_id": str(recovery_id), "amount_fen": amount_fen})
    return await _award(ctx, producer, recovery_id, amount_fen, on, nothing_to_deduct=source == "in_kind")


async def _award(ctx: Ctx, producer: Any, recovery_id: uuid.UUID, amount_fen: int, on: date, *,
                 nothing_to_deduct: bool) -> dict | None:
    """24: once per notice and clue — the reward of the clue's first-ranked useful tip, or its exclusion."""
    n = (await ctx.session.execute(select(notices).where(notices.c.id == producer.notice_id))).first()
    app = (await ctx.session.execute(select(applications).where(applications.c.id == n.application_id))).first()
    group = [domain.RegisteredTip(str(r.id), r.seq, r.received_at, r.asset_key, r.place_key, r.group_key)
             for r in (await ctx.session.execute(select(tips).where(
                 tips.c.notice_id == producer.notice_id, tips.c.group_key == producer.group_key,
                 tips.c.outcome == Outcome.useful.value))).all()]
    ranks = domain.rank_in_group(group)
    winner_id = uuid.UUID(min(ranks, key=ranks.get))
    winner = (await ctx.session.execute(select(tips).where(tips.c.id == winner_id).with_for_update())).first()
    case = await projections.case(ctx.session, producer.case_id)
    reason = domain.exclusion(
        domain.Person(winner.tipster_name, winner.tipster_key), declares_no_exclusion=winner.declares_no_exclusion,
        has_contact=bool(winner.tipster_phone or winner.tipster_id_number),
        debtors=[domain.Person(r, None) for r in case.respondents] + [domain.Person(None, k)
                                                                      for k in case.respondent_keys],
        agents=[domain.Person(x["name"], x.get("key")) for x in app.agents],
        applicants=[domain.Person(x, None) for x in case.applicants])
    computed = domain.compute_reward(terms_of(app), amount_fen, nothing_to_deduct=nothing_to_deduct)
    r_id = uuid.uuid4()
    created = (await ctx.session.execute(insert(rewards).values(
        id=r_id, notice_id=n.id, group_key=producer.group_key, tip_id=winner.id, case_id=n.case_id,
        court_code=n.court_code, recovery_id=recovery_id, recovered_fen=amount_fen,
        amount_fen=0 if reason else computed.amount_fen, basis=computed.basis, payment_mode=computed.payment_mode,
        state="excluded" if reason else "payable", excluded_reason=reason, payable_on=on)
        .on_conflict_do_nothing(constraint="uq_rewards_notice_clue").returning(rewards))).first()
    if created is None:
        return None  # one payout per notice and clue: computed at the first recovery through it
    if reason:
        await ctx.audit("reward.excluded", "reward", r_id, {"tip_id": str(winner.id), "reason": reason})
        return dict(created._mapping)
    await bump(ctx.session, tips, winner.id, status=TipStatus.reward_payable.value)
    await ctx.emit(ev.RewardPayable(
        reward_id=str(r_id), notice_id=str(n.id), tip_id=str(winner.id), case_id=str(n.case_id),
        court_code=n.court_code, recovery_id=str(recovery_id), recovered_fen=amount_fen,
        amount_fen=computed.amount_fen, payment_mode=computed.payment_mode, payable_on=on),
        subject=f"rewards/{r_id}", caseid=str(n.case_id), orgcode=n.court_code)
    await ctx.audit("reward.payable", "reward", r_id, {"tip_id": str(winner.id), "amount_fen": computed.amount_fen,
                                                       "basis": computed.basis})
    return dict(created._mapping)


async def pay(ctx: Ctx, reward_id: uuid.UUID, *, paid_on: date | None, payment_ref: str, if_match: int | None) -> Any:
    r = await load_reward(ctx, reward_id, lock=True)
    _executing(ctx, r.court_code, "发放悬赏金")
    check_version(r, if_match, "悬赏金", "reward")
    if r.state != "payable":
        raise Conflict("reward_not_payable", f"悬赏金状态为 {r.state} / the reward is {r.state}")
    on = paid_on or today_cn()
    if on < r.payable_on or on > today_cn():
        raise Refused("invalid_payment_date", "发放日期须在应付之后、不晚于今天 / paid_on must be between payable_on and today")
    row = await bump(ctx.session, rewards, r.id, state="paid", paid_on=on, paid_by=ctx.actor,
                     payment_ref=payment_ref.strip())
    await bump(ctx.session, tips, r.tip_id, status=TipStatus.paid.value)
    await ctx.emit(ev.RewardPaid(reward_id=str(r.id), notice_id=str(r.notice_id), tip_id=str(r.tip_id),
                                 case_id=str(r.case_id), court_code=r.court_code, amount_fen=r.amount_fen, paid_on=on),
                   subject=f"rewards/{r.id}", caseid=str(r.case_id), orgcode=r.court_code)
    await ctx.audit("reward.paid", "reward", r.id, {"paid_on": on, "payment_ref": payment_ref})
    return row


# ------------------------------------------------------------------ the sweep's use case
async def flag_overdue(ctx: Ctx, app: Any, today: date) -> None:
    await ctx.emit(ev.DecisionOverdue(application_id=str(app.id), case_id=str(app.case_id), court_code=app.court_code,
                                      decision_due=app.decision_due, flagged_on=today),
                   subject=f"applications/{app.id}", caseid=str(app.case_id), orgcode=app.court_code)
    await ctx.audit("application.decision_overdue", "application", app.id, {"decision_due": app.decision_due})


# ------------------------------------------------------------------ evidence files (issue 16)
TIP_OPEN_FOR_FILES = (TipStatus.received.value, TipStatus.under_verification.value)


async def attach_tip_file(ctx: Ctx, receipt_hash: str, upload: files.Upload) -> dict:
    """The tipster adds a photo or document to their tip with its receipt (no token) while it is not yet decided:
    the type checked against the bytes, stored with its SHA-256, which the EvidenceFileAttached event and the audit
    chain record too — never the tipster."""
    checked = upload.checked(ctx.settings.file_max_bytes)
    t = (await ctx.session.execute(select(tips).where(tips.c.receipt_hash == receipt_hash).with_for_update())).first()
    if t is None:
        raise NotFound("tip_not_found", "回执码无效 / no tip with this receipt")
    if t.status not in TIP_OPEN_FOR_FILES:
        raise Conflict("tip_decided", "线索已核实完毕，不能再补充材料 / the tip is decided: no more files",
                       tip_status=t.status)
    count = (await ctx.session.execute(select(func.count()).select_from(tip_files).where(
        tip_files.c.owner_kind == "tip", tip_files.c.owner_id == t.id))).scalar_one()
    if count >= ctx.settings.public_files_per_tip:
        raise Conflict("too_many_files", f"每条线索最多 {ctx.settings.public_files_per_tip} 个附件 / too many files",
                       limit=ctx.settings.public_files_per_tip)
    row = await files.insert(ctx.session, tip_files, checked, owner_kind="tip", owner_id=t.id,
                             court_code=t.court_code, case_id=t.case_id, uploaded_by="tipster")
    await ctx.emit(ev.EvidenceFileAttached(
        file_id=str(row.id), owner_kind="tip", owner_id=str(t.id), case_id=str(t.case_id), court_code=t.court_code,
        content_type=row.content_type, size_bytes=row.size_bytes, sha256=row.sha256, attached_at=row.uploaded_at),
        subject=f"tips/{t.id}", caseid=str(t.case_id), orgcode=t.court_code)
    await ctx.audit("file.attached", "file", row.id, {**files.audit_data(row), "tip_id": str(t.id)})
    return {"filename": row.filename, "content_type": row.content_type, "size_bytes": row.size_bytes,
            "sha256": row.sha256, "received_at": row.uploaded_at}


async def _tip_for_files(ctx: Ctx, tip_id: uuid.UUID) -> Any:
    """The tip, if the one asking may see its tipster's material (财产调查规定 23: the judge/officer of the
    executing court); otherwise reported absent."""
    t = (await ctx.session.execute(select(tips).where(tips.c.id == tip_id))).first()
    if t is None or not views.reads_identity(ctx.org, ctx.roles, t.court_code):
        raise NotFound("tip_not_found", "线索不存在 / no such tip", str(tip_id))
    return t


async def tip_files_of(ctx: Ctx, tip_id: uuid.UUID) -> dict:
    t = await _tip_for_files(ctx, tip_id)
    return {"items": [files.view(r) for r in await files.list_of(ctx.session, tip_files, "tip", t.id)]}


async def read_tip_file(ctx: Ctx, file_id: uuid.UUID) -> Any:
    """A tip's file with its bytes, for the judge/officer who may see the tipster's identity; each read audited."""
    row, t = await files.get_visible(ctx.session, tip_files, file_id, "tip", lambda tid: _tip_for_files(ctx, tid),
                                     ctx.org)
    await ctx.audit("tip.file_read", "file", row.id, {"tip_id": str(t.id), "sha256": row.sha256})
    return row
