"""reward read models: what the API shows — the court's lists (this court and the courts below it), the public
notices (masked, active only), a tip's public status by receipt (status only), the tips register (the tipster's
identity only for the judge/officer of the executing court, masked for everyone else) and the figures."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.reward import domain
from services.reward.domain import ApplicationState, TipStatus
from services.reward.tables import applications, attributions, notices, rewards, tips
from shared.identity import mask_phone, mask_resident_id
from shared.legal import NotFound, today_cn
from shared.orgs import visible_to
from shared.pagination import keyset_page

IDENTITY_READERS = frozenset({"judge", "officer"})


def reads_identity(org: str, roles: frozenset[str], court_code: str) -> bool:
    """财产调查规定 23: the tipster's identity and the clue are for the judge/officer of the case (its executing
    court) only; a higher court reading the register sees them masked."""
    return org == court_code and bool(roles & IDENTITY_READERS)


def application_out(row: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    d = dict(row._mapping)
    d.pop("debtor_id_number", None)
    d["debtor_id_masked"] = domain.mask_debtor_id(row.debtor_kind, row.debtor_id_number)
    d["agents"] = [{"name": a["name"]} for a in row.agents]
    d["overdue"] = domain.is_decision_overdue(row.decision_due, today, ApplicationState(row.state))
    d["decided_late"] = row.decided_on is not None and row.decided_on > row.decision_due
    return d


def notice_public(row: Any) -> dict:
    """What anyone may read: the notice as published (22), the debtor's identity masked; no case-internal data."""
    return {k: getattr(row, k) for k in (
        "number", "court_code", "case_number", "sought", "reward_text", "conditions", "debtor_name", "debtor_kind",
        "debtor_id_masked", "amount_owed_fen", "court_contact", "channels", "published_on", "valid_until")} | {
        "channel_labels": [domain.CHANNEL_LABELS[domain.Channel(c)] for c in row.channels]}


def tip_out(row: Any, full: bool) -> dict:
    d = {k: getattr(row, k) for k in (
        "id", "notice_id", "case_id", "court_code", "received_at", "clue_kind", "group_key", "rank", "status",
        "outcome", "finding", "verified_asset_type", "verified_description", "verified_value_fen", "verified_on",
        "known_asset_id", "version")}
    d["status_label"] = domain.TIP_STATUS_LABELS[TipStatus(row.status)]
    if full:
        d.update(clue_text=row.clue_text, asset_identifier=row.asset_identifier, place=row.place,
                 attachments=row.attachments, tipster_name=row.tipster_name, tipster_phone=row.tipster_phone,
                 tipster_id_number=row.tipster_id_number, declares_no_exclusion=row.declares_no_exclusion,
                 identity_masked=False)
    else:
        d.update(clue_text=None, asset_identifier=None, place=None, attachments=[],
                 tipster_name=domain.mask_name(row.tipster_name),
                 tipster_phone=mask_phone(row.tipster_phone) if row.tipster_phone else None,
                 tipster_id_number=mask_resident_id(row.tipster_id_number) if row.tipster_id_number else None,
                 declares_no_exclusion=row.declares_no_exclusion, identity_masked=True)
    return d


def _visible(org: str, column) -> ColumnElement[bool]:
    return visible_to(org, column)


async def list_applications(session: AsyncSession, org: str, *, limit: int, after: int | None,
                            state: str | None, overdue: bool | None, today: date) -> tuple[list[Any], int | None]:
    q = select(applications).where(_visible(org, applications.c.court_code))
    if state:
        q = q.where(applications.c.state == state)
    if overdue is not None:
        late = (applications.c.state == ApplicationState.received.value) & (applications.c.decision_due < today)
        q = q.where(late if overdue else ~late)
    return await keyset_page(session, q, applications.c.seq, limit, after)


async def list_notices(session: AsyncSession, org: str | None, *, limit: int, after: int | None,
                       state: str | None, court: str | None, region: str | None,
                       case_id: Any = None) -> tuple[list[Any], int | None]:
    q = select(notices)
    if org is not None:
        q = q.where(_visible(org, notices.c.court_code))
    else:  # the public: active notices only, not past their validity
        q = q.where(notices.c.state == domain.NoticeState.active.value,
                    (notices.c.valid_until.is_(None)) | (notices.c.valid_until >= today_cn()))
    if state:
        q = q.where(notices.c.state == state)
    if court:
        q = q.where(notices.c.court_code == court)
    if region:
        q = q.where(visible_to(region, notices.c.court_code))
    if case_id is not None:
        q = q.where(notices.c.case_id == case_id)
    return await keyset_page(session, q, notices.c.seq, limit, after)


async def public_notice(session: AsyncSession, number: str) -> Any:
    row = (await session.execute(select(notices).where(
        notices.c.number == number, notices.c.state == domain.NoticeState.active.value))).first()
    if row is None or (row.valid_until is not None and row.valid_until < today_cn()):
        raise NotFound("notice_not_found", "悬赏公告不存在或已撤回 / no such active notice", number)
    return row


async def tip_status(session: AsyncSession, receipt_hash: str) -> dict:
    """The receipt holder's view: the status only — never the clue, the identity, the rank or other tips."""
    row = (await session.execute(select(tips.c.status, tips.c.received_at, tips.c.updated_at, notices.c.number)
                                 .join(notices, notices.c.id == tips.c.notice_id)
                                 .where(tips.c.receipt_hash == receipt_hash))).first()
    if row is None:
        raise NotFound("receipt_not_found", "回执码无效 / no tip with this receipt")
    status = TipStatus(row.status)
    return {"notice_no": row.number, "status": status, "status_label": domain.TIP_STATUS_LABELS[status],
            "received_at": row.received_at, "updated_at": row.updated_at}


async def list_rewards(session: AsyncSession, org: str, *, limit: int, after: int | None,
                       state: str | None) -> tuple[list[Any], int | None]:
    q = select(rewards).where(_visible(org, rewards.c.court_code))
    if state:
        q = q.where(rewards.c.state == state)
    return await keyset_page(session, q, rewards.c.seq, limit, after)


async def figures(session: AsyncSession, court: str, start: date, end: date) -> dict:
    """The linkage's three figures for the court and the courts below it: notices published, successes (a notice's
    first useful tip), money recovered through the notices."""
    published = (await session.execute(select(func.count()).select_from(notices).where(
        visible_to(court, notices.c.court_code), notices.c.published_on >= start,
        notices.c.published_on <= end))).scalar()
    first_success = (select(tips.c.notice_id, func.min(tips.c.verified_on).label("on"))
                     .where(tips.c.verified_event_id.is_not(None)).group_by(tips.c.notice_id).subquery())
    successes = (await session.execute(select(func.count()).select_from(first_success.join(
        notices, notices.c.id == first_success.c.notice_id)).where(
        visible_to(court, notices.c.court_code), first_success.c.on >= start, first_success.c.on <= end))).scalar()
    recovered = (await session.execute(select(func.coalesce(func.sum(attributions.c.amount_fen), 0)).where(
        visible_to(court, attributions.c.court_code), attributions.c.recovered_on >= start,
        attributions.c.recovered_on <= end))).scalar()
    return {"court": court, "from": start, "to": end, "notices_published": int(published),
            "successes": int(successes), "recovered_fen": int(recovered)}
