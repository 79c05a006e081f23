"""asset_core read models: who sees a case, the case as the API shows it (id numbers and phones masked by
role), lists, the 一核 checklist, the 终本 check, the aggregate asset-control state of a case and of a debtor,
the re-query list and the 四联一核 overview. Reads only: no writes, no events."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core import domain
from services.asset_core.domain import CaseState
from services.asset_core.tables import (assets, auction_rounds, case_events, cases, designations, figures,
                                        investigation_results, measures, parties, recoveries, requeries)
from shared.identity import mask_id_number, mask_optional_phone
from shared.legal import Forbidden, NotFound, today_cn
from shared.orgs import is_above, visible_to
from shared.pagination import keyset_page

PII_ROLES = {"judge", "president"}  # roles that see full id numbers and phones
FORM_LABELS = {"instruct": "指令执行", "elevate": "提级执行", "concentrate": "集中执行", "cooperate": "协同执行",
               "supervise": "督促执行"}
DEADLINE_LABELS = {"finishing": "执行期限", "officer_assignment": "指定承办人", "execution_notice": "发出执行通知"}
KIND_LABEL = domain.MEASURE_KIND_LABELS


# ------------------------------------------------------------------ who sees a case
async def can_read(session: AsyncSession, case: Any, org: str) -> bool:
    """The executing and filing courts, the courts above them (supervision, 交叉执行), and every court
    named in a designation read the case; other courts do not learn that it exists."""
    if case.executing_court_code == org or case.court_code == org:
        return True
    if is_above(org, case.executing_court_code) or is_above(org, case.court_code):
        return True
    hit = await session.execute(select(designations.c.id).where(
        designations.c.case_id == case.id,
        or_(designations.c.designating_court == org, designations.c.from_court == org,
            designations.c.to_court == org)).limit(1))
    return hit.first() is not None


def visible_filter(org: str):
    """SQL: the cases `org` sees in lists — its own (executing or filing), those of the courts below it
    (`shared.orgs.visible_to`), and those it designated or handed over."""
    return or_(visible_to(org, cases.c.executing_court_code, cases.c.court_code),
               cases.c.id.in_(select(designations.c.case_id).where(or_(
                   designations.c.designating_court == org, designations.c.from_court == org))))


async def find_case(ctx: Any, case_id: uuid.UUID, *, lock: bool = False) -> Any:
    """The case if the one asking may see it (locked FOR UPDATE with `lock`); otherwise NotFound — another
    court's case is reported as absent, its existence is not disclosed."""
    q = select(cases).where(cases.c.id == case_id)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None or (ctx.principal and not await can_read(ctx.session, row, ctx.principal.org)):
        raise NotFound("case_not_found", "案件不存在", f"no case {case_id} visible to {ctx.org}")
    return row


# ------------------------------------------------------------------ the case
def mask_party(p: Any, roles: frozenset[str]) -> dict[str, Any]:
    full = bool(roles & PII_ROLES)
    return {"name": p.name, "kind": p.kind,
            "id_number": p.id_number if full else mask_id_number(p.kind, p.id_number),
            "phone": p.phone if full else mask_optional_phone(p.phone), "party_key": p.party_key}


def deadlines_of(case: Any, today: date, finishing_warn: int = 30, short_warn: int = 2) -> list[dict[str, Any]]:
    out = []
    items = [("officer_assignment", domain.officer_assignment_deadline(case.filed_on), case.officer_assigned_on),
             ("execution_notice", domain.execution_notice_deadline(case.filed_on), case.execution_notice_on)]
    suspended = case.suspended_days + ((today - case.suspended_since).days if case.suspended_since else 0)
    finishing = domain.finishing_deadline(case.filed_on, non_litigation=case.non_litigation,
                                          extension_approved=case.extension_approved_on is not None,
                                          suspended_days=suspended)
    items.append(("finishing", finishing, case.concluded_on or case.closed_on))
    for kind, deadline, done in items:
        warn = finishing_warn if kind == "finishing" else short_warn
        status = domain.deadline_status(deadline, today, done_on=done, warn_days=warn)
        if case.suspended_since and kind == "finishing" and not done:
            status = "suspended"
        out.append({"kind": kind, "label": DEADLINE_LABELS[kind], "deadline": deadline, "status": status})
    return out


async def case_view(ctx: Any, case: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    session = ctx.session
    ps = (await session.execute(select(parties).where(parties.c.case_id == case.id).order_by(parties.c.position))).all()
    ds = (await session.execute(select(designations).where(designations.c.case_id == case.id)
                                .order_by(designations.c.created_at))).all()
    state = CaseState(case.state)
    return {
        **{k: getattr(case, k) for k in ("id", "case_number", "case_type", "court_code", "executing_court_code",
                                         "filed_on", "amount_owed_fen", "livelihood_category", "version",
                                         "parent_case_id", "created_at", "updated_at")},
        "state": state, "state_label": domain.CASE_STATE_LABELS[state],
        "priority": domain.priority(domain.LivelihoodCategory(case.livelihood_category)),
        "applicants": [mask_party(p, ctx.roles) for p in ps if p.role == "applicant"],
        "respondents": [mask_party(p, ctx.roles) for p in ps if p.role == "respondent"],
        "milestones": {k: getattr(case, f"{k}_on") for k in (
            "officer_assigned", "execution_notice", "asset_report_order", "consumption_restriction",
            "dishonest_listing", "missing_debtor_searched", "extension_approved", "investigation_completed",
            "concluded", "closed")},
        "deadlines": deadlines_of(case, today),
        "designations": [{**{k: getattr(d, k) for k in ("id", "designating_court", "from_court", "to_court", "form",
                                                        "reason", "designated_on")},
                          "form_label": FORM_LABELS[d.form]} for d in ds],
    }


async def get_case(ctx: Any, case_id: uuid.UUID) -> dict:
    return await case_view(ctx, await find_case(ctx, case_id))


async def list_cases(ctx: Any, *, limit: int, after_seq: int | None, state: CaseState | None,
                     filed_from: date | None, filed_to: date | None) -> tuple[list[dict], int | None]:
    q = select(cases).where(visible_filter(ctx.org))
    if state is not None:
        q = q.where(cases.c.state == state.value)
    if filed_from is not None:
        q = q.where(cases.c.filed_on >= filed_from)
    if filed_to is not None:
        q = q.where(cases.c.filed_on <= filed_to)
    rows, last = await keyset_page(ctx.session, q, cases.c.seq, limit, after_seq)
    return [await case_view(ctx, r) for r in rows], last


# ------------------------------------------------------------------ money
async def recovered_total(session: AsyncSession, case_id: uuid.UUID) -> int:
    return int((await session.execute(select(func.coalesce(func.sum(recoveries.c.amount_fen), 0)).where(
        recoveries.c.case_id == case_id))).scalar())


async def outstanding(session: AsyncSession, case: Any) -> int:
    return max(case.amount_owed_fen - await recovered_total(session, case.id), 0)


# ------------------------------------------------------------------ investigation and the 终本 gate
async def investigation_statuses(session: AsyncSession, case_id: uuid.UUID) -> dict[str, str]:
    rows = (await session.execute(select(investigation_results).where(
        investigation_results.c.case_id == case_id))).all()
    return {r.category: r.status for r in rows}


async def checklist(session: AsyncSession, case: Any) -> dict:
    rows = (await session.execute(select(investigation_results).where(
        investigation_results.c.case_id == case.id))).all()
    results = {r.category: r.status for r in rows}
    required = list(case.required_categories)
    return {
        "required": [{"category": c, "label": domain.CATEGORY_LABELS[c], "status": results.get(c)} for c in required],
        "results": [{"category": r.category, "label": domain.CATEGORY_LABELS.get(r.category, r.category),
                     "status": r.status, "source": r.source, "note": r.note, "queried_on": r.queried_on}
                    for r in rows],
        "coverage": domain.investigation_coverage(required, results),
        "gaps": domain.investigation_gaps(required, results, case.asset_report_order_on is not None),
        "asset_report_order_on": case.asset_report_order_on,
        "consumption_restriction_on": case.consumption_restriction_on,
        "complete": case.investigation_completed_on is not None,
    }


async def case_checklist(ctx: Any, case_id: uuid.UUID) -> dict:
    return await checklist(ctx.session, await find_case(ctx, case_id))


async def conclusion_refusals(session: AsyncSession, case: Any, on: date) -> list[dict]:
    results = await investigation_statuses(session, case.id)
    gaps = domain.investigation_gaps(case.required_categories, results, case.asset_report_order_on is not None)
    disposable = (await session.execute(select(func.count()).select_from(assets).where(
        assets.c.case_id == case.id, assets.c.status.in_(["discovered", "controlled", "in_disposal"])))).scalar()
    facts = domain.ConclusionFacts(
        filed_on=case.filed_on, execution_notice_issued=case.execution_notice_on is not None,
        asset_report_order_issued=case.asset_report_order_on is not None,
        consumption_restriction_issued=case.consumption_restriction_on is not None,
        dishonest_listing_eligible=case.dishonest_listing_eligible,
        dishonest_listing_issued=case.dishonest_listing_on is not None,
        investigation_gaps=tuple(g for g in gaps if g != "asset_report_order"),
        disposable_property_found=disposable > 0, debtor_missing=case.debtor_missing,
        missing_debtor_searched=case.missing_debtor_searched_on is not None)
    return domain.conclusion_refusals(facts, on)


async def conclusion_check(ctx: Any, case_id: uuid.UUID, on: date) -> dict:
    refusals = await conclusion_refusals(ctx.session, await find_case(ctx, case_id), on)
    return {"allowed": not refusals, "failing_conditions": refusals}


# ------------------------------------------------------------------ the aggregate asset-control state
async def asset_state(session: AsyncSession, case: Any, today: date, warn_days: int) -> dict:
    a_rows = (await session.execute(select(assets).where(assets.c.case_id == case.id).order_by(assets.c.seq))).all()
    m_rows = (await session.execute(select(measures).where(measures.c.case_id == case.id)
                                    .order_by(measures.c.seq))).all()
    r_rows = (await session.execute(select(auction_rounds).where(auction_rounds.c.case_id == case.id)
                                    .order_by(auction_rounds.c.round_no))).all()
    recovered = await recovered_total(session, case.id)
    events = (await session.execute(select(case_events).where(case_events.c.case_id == case.id)
                                    .order_by(case_events.c.seq.desc()).limit(10))).all()
    by_status: dict[str, int] = {}
    for a in a_rows:
        by_status[a.status] = by_status.get(a.status, 0) + 1
    measures_out = []
    for m in m_rows:
        status = m.status
        if status == "active":
            status = domain.measure_status(m.expiry_on, today, warn_days)
        measures_out.append({"id": m.id, "asset_id": m.asset_id, "kind": m.kind, "kind_label": KIND_LABEL[m.kind],
                             "flexible": m.flexible, "amount_fen": m.amount_fen, "status": status,
                             "start_on": m.start_on, "expiry_on": m.expiry_on, "queued_on": m.queued_on,
                             "renewals": m.renewals, "released_on": m.released_on,
                             "release_reason": m.release_reason})
    frozen = sum(m["amount_fen"] or 0 for m in measures_out
                 if m["status"] in ("active", "expiring") and m["kind"] == "freeze")
    return {
        "case_id": case.id, "case_number": case.case_number, "state": case.state,
        "state_label": domain.CASE_STATE_LABELS[CaseState(case.state)],
        "executing_court_code": case.executing_court_code,
        "amount_owed_fen": case.amount_owed_fen, "recovered_fen": recovered,
        "outstanding_fen": max(case.amount_owed_fen - recovered, 0), "frozen_fen": frozen,
        "assets_by_status": by_status,
        "assets": [{"id": a.id, "asset_type": a.asset_type, "description": a.description, "quantity": a.quantity,
                    "estimated_value_fen": a.estimated_value_fen, "location": a.location, "status": a.status,
                    "mortgaged": a.mortgaged, "discovery_source": a.discovery_source,
                    "source_event_id": a.source_event_id, "remortgage_requested_on": a.remortgage_requested_on,
                    "auction_rounds": [{"id": r.id, "round_no": r.round_no, "method": r.method,
                                        "valuation_fen": r.valuation_fen, "opening_fen": r.opening_fen,
                                        "starts_on": r.starts_on, "outcome": r.outcome, "price_fen": r.price_fen,
                                        "ended_on": r.ended_on} for r in r_rows if r.asset_id == a.id]}
                   for a in a_rows],
        "measures": measures_out,
        "measures_expiring_soon": [m for m in measures_out if m["status"] == "expiring"],
        "checklist": await checklist(session, case),
        "last_events": [{"type": e.event_type, "summary": e.summary, "at": e.at} for e in events],
    }


async def case_asset_state(ctx: Any, case_id: uuid.UUID, today: date) -> dict:
    return await asset_state(ctx.session, await find_case(ctx, case_id), today, ctx.settings.expiry_warning_days)


async def debtor_state(ctx: Any, key: str, today: date) -> dict:
    case_ids = select(parties.c.case_id).where(parties.c.party_key == key, parties.c.role == "respondent")
    rows = (await ctx.session.execute(select(cases).where(cases.c.id.in_(case_ids), visible_filter(ctx.org))
                                      .order_by(cases.c.seq))).all()
    if not rows:
        raise NotFound("debtor_not_found", "未找到该被执行人的案件", "no visible case names this debtor")
    warn_days = ctx.settings.expiry_warning_days
    states = [await asset_state(ctx.session, c, today, warn_days) for c in rows]
    keys = ("amount_owed_fen", "recovered_fen", "outstanding_fen", "frozen_fen")
    by_status: dict[str, int] = {}
    for s in states:
        for k, v in s["assets_by_status"].items():
            by_status[k] = by_status.get(k, 0) + v
    return {"party_key": key, "cases": states, **{k: sum(s[k] for s in states) for k in keys},
            "assets_by_status": by_status,
            "measures_expiring_soon": [m for s in states for m in s["measures_expiring_soon"]]}


# ------------------------------------------------------------------ re-queries after 终本
async def requery_list(ctx: Any, case_id: uuid.UUID, today: date) -> dict:
    case = await find_case(ctx, case_id)
    rows = (await ctx.session.execute(select(requeries).where(requeries.c.case_id == case.id)
                                      .order_by(requeries.c.sequence))).all()
    return {"items": [{"sequence": r.sequence, "due_on": r.due_on, "done_on": r.done_on, "result": r.result,
                       "status": "done" if r.done_on else ("due" if r.due_on <= today else "scheduled")}
                      for r in rows]}


# ------------------------------------------------------------------ the 四联一核 overview
LINKAGE_FIGURES = {
    "dispatch": ("执行110", {"alarms_received": "接警", "officer_dispatches": "出警人次", "detentions": "拘留"}),
    "reward": ("法信悬赏", {"notices_published": "发布悬赏公告", "successes": "悬赏成功", "recovered_fen": "悬赏执行到位 (分)"}),
    "mediation": ("和解中心", {"cases_pushed": "推送终本案件", "fully_executed": "执行完毕", "settled": "执行和解"}),
    "police": ("公安联动", {"joint_search_batches": "协查批次", "people_searched": "协查人员",
                         "refusal_transfers": "移送拒执"}),
}
REPORTING = {"dispatch", "mediation"}  # linkages whose events feed the overview today


async def overview(ctx: Any, court: str, start: date, end: date) -> dict:
    """The article's figures for any period: each linkage's counters from its events, and the core's own —
    for `court` and the courts below it (`shared.orgs.visible_to`)."""
    if court != ctx.org and not is_above(ctx.org, court):
        raise Forbidden("court_not_supervised", "只能查看本院及下级法院的统计", f"{ctx.org} does not supervise {court}")
    rows = (await ctx.session.execute(
        select(figures.c.metric, func.sum(figures.c.value)).where(
            visible_to(court, figures.c.court_code), figures.c.day >= start, figures.c.day <= end)
        .group_by(figures.c.metric))).all()
    got = {m: int(v) for m, v in rows}
    linkages = {}
    for name, (label, metrics) in LINKAGE_FIGURES.items():
        reporting = name in REPORTING
        linkages[name] = {"label": label, "reporting": reporting,
                          "figures": {m: {"label": l, "value": got.get(m, 0) if reporting else None}
                                      for m, l in metrics.items()}}
    in_court = visible_to(court, cases.c.executing_court_code)
    scalar = lambda q: ctx.session.execute(q)  # noqa: E731
    core = {
        "cases_registered": ("立案", (await scalar(select(func.count()).where(
            in_court, cases.c.filed_on >= start, cases.c.filed_on <= end))).scalar()),
        "concluded_no_assets": ("终结本次执行", (await scalar(select(func.count()).where(
            in_court, cases.c.concluded_on >= start, cases.c.concluded_on <= end))).scalar()),
        "recovered_fen": ("执行到位 (分)", int((await scalar(
            select(func.coalesce(func.sum(recoveries.c.amount_fen), 0)).select_from(recoveries.join(cases)).where(
                in_court, recoveries.c.received_on >= start, recoveries.c.received_on <= end))).scalar())),
        "green_channel_cases": ("绿色通道案件", (await scalar(select(func.count()).where(
            in_court, cases.c.filed_on >= start, cases.c.filed_on <= end,
            cases.c.livelihood_category != "none"))).scalar()),
    }
    return {"court": court, "from": start, "to": end, "linkages": linkages,
            "core": {"label": "一核", "figures": {k: {"label": l, "value": v} for k, (l, v) in core.items()}}}
