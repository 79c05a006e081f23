"""asset_core read models: who sees a case, the case as the API shows it (id numbers and phones masked by
role), lists, the 一核 checklist, the 终本 check, the aggregate asset-control state of a case and of a debtor,
the re-query list and the 四联一核 overview. Reads only: no writes, no events."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from zoneinfo import ZoneInfo
from typing import Any

from sqlalchemy import JSON, BigInteger, func, or_, select, text, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core import domain
from services.asset_core.domain import CaseState
from services.asset_core.tables import (asset_clues, assets, auction_rounds, case_events, cases, change_reports,
                                        designations, investigation_results, measures, parties, recoveries,
                                        requeries)
from services.asset_core.tables import open_day_cases, payout_deferrals, payouts
from services.asset_core.tables import files as files_table
from services.asset_core.tables import figures_pending, figures_rollup
from shared import files
from shared.identity import mask_id_number, mask_optional_phone, party_key, validate_id_number
from shared.legal import DomainError, Forbidden, NotFound, Refused, today_cn
from shared.orgs import is_above, parse_org, visible_to
from shared.pagination import decode_cursor, decode_keyset, encode_cursor, encode_keyset, keyset_page, keyset_page_by

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
    """The case's time limits, each a period for an act (民诉法 85 ¶3): its last day, moved off a rest day
    (`moved_for_holiday_from` says from which day), and its status."""
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
        status = domain.deadline_status(deadline.on, today, done_on=done, warn_days=warn)
        if case.suspended_since and kind == "finishing" and not done:
            status = "suspended"
        out.append({"kind": kind, "label": DEADLINE_LABELS[kind], "deadline": deadline.on,
                    "moved_for_holiday_from": deadline.moved_for_holiday_from, "status": status})
    return out


async def disposal_exhausted(session: AsyncSession, asset_id: uuid.UUID) -> bool:
    """查扣冻规定 28(3): the asset's auctions / sale failed and only 以物抵债 or release is left."""
    asset = (await session.execute(select(assets).where(assets.c.id == asset_id))).first()
    rounds = (await session.execute(select(auction_rounds).where(auction_rounds.c.asset_id == asset_id)
                                    .order_by(auction_rounds.c.round_no))).all()
    online = any(r.method == "online_auction" for r in rounds)
    return domain.disposal_exhausted([(r.method, r.outcome) for r in rounds], online, asset.asset_type)


@dataclass(frozen=True)
class PartyRow:
    """A party as written (service.register_case), in the shape of a `parties` row."""
    id: uuid.UUID
    case_id: uuid.UUID
    role: str
    kind: str
    name: str
    id_number: str | None
    party_key: str | None
    phone: str | None
    position: int


async def case_view(ctx: Any, case: Any, today: date | None = None) -> dict:
    """The case as the API shows it. A use case that has just written the case's parties and designations
    (`ctx.written`, e.g. registration) is answered from them, without reading them back."""
    today = today or today_cn()
    session = ctx.session
    written = getattr(ctx, "written", {}).get(case.id)
    if written is not None:
        ps, ds = written
    else:
        ps = (await session.execute(select(parties).where(parties.c.case_id == case.id)
                                    .order_by(parties.c.position))).all()
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
            "dishonest_listing", "missing_debtor_searched", "extension_requested", "extension_approved",
            "investigation_completed", "applicant_heard", "obstruction_sanctioned", "concluded", "closed")},
        "obstructed": case.obstructed,
        "deadlines": deadlines_of(case, today),
        "designations": [{**{k: getattr(d, k) for k in ("id", "designating_court", "from_court", "to_court", "form",
                                                        "reason", "designated_on")},
                          "form_label": FORM_LABELS[d.form]} for d in ds],
    }


async def get_case(ctx: Any, case_id: uuid.UUID) -> dict:
    return await case_view(ctx, await find_case(ctx, case_id))


async def list_cases(ctx: Any, *, limit: int, cursor: str | None = None, sort: str = "priority",
                     state: CaseState | None = None, filed_from: date | None = None, filed_to: date | None = None,
                     case_number: str | None = None, party_name: str | None = None,
                     party_keys: list[str] | None = None, court: str | None = None,
                     green_channel: bool | None = None) -> tuple[list[dict], str | None]:
    """The case search (`GET /api/v1/cases`, `POST /api/v1/cases/search`): the cases the caller sees
    (`visible_filter`), narrowed by every filter given; `sort` "priority" = 绿色通道 first, then by filing date
    (keyset over (priority, filed_on, seq)), "registered" = in the order registered (seq). Returns the page and
    the cursor of the next one."""
    q = select(cases).where(visible_filter(ctx.org), *search_filters(case_number, party_name, party_keys=party_keys,
                                                                     court=court, green_channel=green_channel))
    if state is not None:
        q = q.where(cases.c.state == state.value)
    if filed_from is not None:
        q = q.where(cases.c.filed_on >= filed_from)
    if filed_to is not None:
        q = q.where(cases.c.filed_on <= filed_to)
    if sort == "registered":
        rows, last = await keyset_page(ctx.session, q, cases.c.seq, limit, decode_cursor(cursor))
        next_cursor = encode_cursor(last)
    else:
        rows, after = await keyset_page_by(ctx.session, q, SEARCH_ORDER, limit,
                                           decode_keyset(cursor, "p", (int, date, int)))
        next_cursor = encode_keyset("p", after)
    return [await case_view(ctx, r) for r in rows], next_cursor


SEARCH_ORDER = [cases.c.priority, cases.c.filed_on, cases.c.seq]  # index ix_cases_priority_filed_on_seq


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
    return checklist_of(case, (await session.execute(select(investigation_results).where(
        investigation_results.c.case_id == case.id))).all())


def checklist_of(case: Any, rows: list[Any]) -> dict:
    """The 财产调查 checklist of `case` from its investigation results."""
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
        assets.c.case_id == case.id, assets.c.status.in_(["discovered", "controlled", "in_disposal"]),
        assets.c.undisposable_reason.is_(None)))).scalar()  # found but undisposable does not block (1(3))
    facts = domain.ConclusionFacts(
        filed_on=case.filed_on, execution_notice_issued=case.execution_notice_on is not None,
        asset_report_order_issued=case.asset_report_order_on is not None,
        consumption_restriction_issued=case.consumption_restriction_on is not None,
        dishonest_listing_eligible=case.dishonest_listing_eligible,
        dishonest_listing_issued=case.dishonest_listing_on is not None,
        investigation_gaps=tuple(g for g in gaps if g != "asset_report_order"),
        disposable_property_found=disposable > 0, debtor_missing=case.debtor_missing,
        missing_debtor_searched=case.missing_debtor_searched_on is not None, obstructed=case.obstructed,
        obstruction_sanctioned=case.obstruction_sanctioned_on is not None,
        applicant_heard=case.applicant_heard_on is not None)
    return domain.conclusion_refusals(facts, on)


async def conclusion_check(ctx: Any, case_id: uuid.UUID, on: date) -> dict:
    refusals = await conclusion_refusals(ctx.session, await find_case(ctx, case_id), on)
    return {"allowed": not refusals, "failing_conditions": refusals}


# ------------------------------------------------------------------ the aggregate asset-control state
# Everything the asset state shows besides the case, in one round trip: each part a JSON array (or the sum).
_STATE = text("""select
  (select coalesce(json_agg(a order by a.seq), '[]') from assets a where a.case_id = :c) as assets,
  (select coalesce(json_agg(m order by m.seq), '[]') from measures m where m.case_id = :c) as measures,
  (select coalesce(json_agg(r order by r.round_no), '[]') from auction_rounds r where r.case_id = :c) as rounds,
  (select coalesce(sum(amount_fen), 0) from recoveries where case_id = :c) as recovered,
  (select coalesce(json_agg(e order by e.seq desc), '[]') from (select seq, event_type, summary, at from case_events
     where case_id = :c order by seq desc limit 10) e) as events,
  (select coalesce(json_agg(i), '[]') from investigation_results i where i.case_id = :c) as results""").columns(
    assets=JSON, measures=JSON, rounds=JSON, recovered=BigInteger, events=JSON, results=JSON)
_DAYS = ("start_on", "expiry_on", "queued_on", "released_on")  # a measure's days the status is computed from


def _rows(items: list[dict], days: tuple[str, ...] = ()) -> list[SimpleNamespace]:
    return [SimpleNamespace(**{**i, **{k: date.fromisoformat(i[k]) if i.get(k) else None for k in days}})
            for i in items]


async def asset_state(session: AsyncSession, case: Any, today: date, warn_days: int) -> dict:
    got = (await session.execute(_STATE, {"c": case.id})).one()
    a_rows, m_rows, r_rows = _rows(got.assets), _rows(got.measures, _DAYS), _rows(got.rounds)
    recovered, events = int(got.recovered), _rows(got.events)
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
                                        "ended_on": r.ended_on, "announced_on": r.announced_on,
                                        "deposit_fen": r.deposit_fen, "bidding_hours": r.bidding_hours,
                                        "sale_ends_on": r.sale_ends_on} for r in r_rows if r.asset_id == a.id],
                    "undisposable_reason": a.undisposable_reason}
                   for a in a_rows],
        "measures": measures_out,
        "measures_expiring_soon": [m for m in measures_out if m["status"] == "expiring"],
        "checklist": checklist_of(case, _rows(got.results)),
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


# ------------------------------------------------------------------ the applicant's clues, the debtor's reports
def clue_view(c: Any, today: date) -> dict:
    return {**{k: getattr(c, k) for k in ("id", "case_id", "description", "asset_type", "urgent", "received_on",
                                          "due_on", "moved_for_holiday_from", "verified_on", "result", "asset_id")},
            "status": domain.deadline_status(c.due_on, today, done_on=c.verified_on)}


async def clue_list(ctx: Any, case_id: uuid.UUID, today: date) -> dict:
    case = await find_case(ctx, case_id)
    rows = (await ctx.session.execute(select(asset_clues).where(asset_clues.c.case_id == case.id)
                                      .order_by(asset_clues.c.seq))).all()
    reports = (await ctx.session.execute(select(change_reports).where(change_reports.c.case_id == case.id)
                                         .order_by(change_reports.c.seq))).all()
    return {"items": [clue_view(c, today) for c in rows],
            "change_reports": [dict(r._mapping) for r in reports]}


# ------------------------------------------------------------------ the 四联一核 overview
LINKAGE_FIGURES = {
    "dispatch": ("执行110", {"alarms_received": "接警", "officer_dispatches": "出警人次", "detentions": "拘留"}),
    "reward": ("法信悬赏", {"notices_published": "发布悬赏公告", "successes": "悬赏成功", "recovered_fen": "悬赏执行到位 (分)"}),
    "mediation": ("和解中心", {"cases_pushed": "推送终本案件", "fully_executed": "执行完毕", "settled": "执行和解"}),
    "police": ("公安联动", {"joint_search_batches": "协查批次", "people_searched": "协查人员",
                         "refusal_transfers": "移送拒执 (案件)", "refusal_transfer_persons": "移送拒执 (人)"}),
}
REPORTING = {"dispatch", "reward", "mediation", "police"}  # linkages whose events feed the overview
CORE_FIGURES = {"cases_registered": "立案", "concluded_no_assets": "终结本次执行", "recovered_fen": "执行到位 (分)",
                "green_channel_cases": "绿色通道案件"}


async def overview(ctx: Any, court: str, start: date, end: date) -> dict:
    """The article's figures for any period: each linkage's counters from its events, and the core's own —
    for `court` and the courts below it (`shared.orgs.visible_to`)."""
    if court != ctx.org and not is_above(ctx.org, court):
        raise Forbidden("court_not_supervised", "只能查看本院及下级法院的统计", f"{ctx.org} does not supervise {court}")
    # the roll-up (`court`'s own rows count the courts below it too) and what was appended since its last fold
    counted = union_all(*(select(t.c.metric, t.c.value).where(t.c.org_code == court, t.c.day >= start,
                                                               t.c.day <= end)
                          for t in (figures_rollup, figures_pending))).subquery()
    rows = (await ctx.session.execute(select(counted.c.metric, func.sum(counted.c.value))
                                      .group_by(counted.c.metric))).all()
    got = {m: int(v) for m, v in rows}
    linkages = {}
    for name, (label, metrics) in LINKAGE_FIGURES.items():
        reporting = name in REPORTING
        linkages[name] = {"label": label, "reporting": reporting,
                          "figures": {m: {"label": l, "value": got.get(m, 0) if reporting else None}
                                      for m, l in metrics.items()}}
    # the core's own, counted from cases and recoveries as they are written (migration 0150's triggers): cases filed
    # (立案) and green-channel ones by filed_on, 终本 by concluded_on, recoveries by received_on, each where the case
    # is executed now
    core = {k: (label, got.get(f"core.{k}", 0)) for k, label in CORE_FIGURES.items()}
    return {"court": court, "from": start, "to": end, "linkages": linkages,
            "core": {"label": "一核", "figures": {k: {"label": l, "value": v} for k, (l, v) in core.items()}}}


# ------------------------------------------------------------------ screens (issue 14): search, timeline, targets
def case_number_pattern(raw: str) -> str:
    """A 案号 as typed (either bracket style, spaces anywhere) → an ILIKE pattern on the stored form (full-width
    brackets): an exact number matches itself, a part of one matches every number containing it."""
    text = "".join(raw.replace("\x00", "").split()).replace("(", "（").replace(")", "）")
    text = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{text}%"


def party_keys_of(id_number: str, secret: str) -> list[str]:
    """The keyed hashes (shared.identity.party_key) a party with this id number is stored under: a valid 身份证号 as a
    person's, a valid 统一社会信用代码 as an organisation's. Neither is a 422: nothing could match it."""
    keys = []
    for kind in ("person", "organisation"):
        try:
            number = validate_id_number(kind, id_number)
        except DomainError:
            continue
        keys.append(party_key(kind, number, secret))
    if not keys:
        raise Refused("invalid_id_number", "身份证号或统一社会信用代码无效",
                      "id_number: an 18-character 居民身份证号 (GB 11643-1999) or 统一社会信用代码 (GB 32100-2015)")
    return keys


def search_filters(case_number: str | None, party_name: str | None, *, party_keys: list[str] | None = None,
                   court: str | None = None, green_channel: bool | None = None) -> list:
    """The search's filters: a 案号 (exact or partial), a party's name (prefix), a party by the keyed hash of its id
    number, the executing court (that court and those below it) and 绿色通道."""
    out = []
    if party_keys:
        out.append(cases.c.id.in_(select(parties.c.case_id).where(parties.c.party_key.in_(party_keys))))
    if court:
        out.append(visible_to(court, cases.c.executing_court_code))
    if green_channel is not None:
        out.append(cases.c.priority == (0 if green_channel else 1))
    if case_number:
        out.append(cases.c.case_number.ilike(case_number_pattern(case_number), escape="\\"))
    if party_name:
        prefix = "".join(party_name.replace("\x00", "").split())
        prefix = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        out.append(cases.c.id.in_(select(parties.c.case_id).where(parties.c.name.like(prefix + "%", escape="\\"))))
    return out


LINKAGE_OF_SOURCE = {"asset-core": ("core", "一核"), "dispatch": ("dispatch", "执行110"),
                     "reward": ("reward", "法信悬赏"), "mediation": ("mediation", "和解中心"),
                     "police": ("police", "公安联动")}


def linkage_of(event_type: str) -> tuple[str, str]:
    """cn.court.dispatch.… → ("dispatch", "执行110"); cn.procuratorate.… → ("procuratorate", "检察监督")."""
    parts = event_type.split(".")
    if len(parts) > 2 and parts[1] == "procuratorate":
        return "procuratorate", "检察监督"
    return LINKAGE_OF_SOURCE.get(parts[2] if len(parts) > 2 else "", ("other", "其他"))


async def case_timeline(ctx: Any, case_id: uuid.UUID, limit: int = 500) -> dict:
    """What each linkage did in the case, oldest first: every event recorded about it (the core's own and the
    linkages' events the core applied)."""
    case = await find_case(ctx, case_id)
    rows = (await ctx.session.execute(select(case_events).where(case_events.c.case_id == case.id)
                                      .order_by(case_events.c.seq).limit(limit))).all()
    items = []
    for e in rows:
        key, label = linkage_of(e.event_type)
        items.append({"at": e.at, "type": e.event_type, "linkage": key, "linkage_label": label,
                      "summary": e.summary})
    return {"case_id": case.id, "case_number": case.case_number, "items": items}


async def case_recoveries(ctx: Any, case_id: uuid.UUID) -> dict:
    """The money recovered in the case (执行到位), oldest first, and its total."""
    case = await find_case(ctx, case_id)
    rows = (await ctx.session.execute(select(recoveries).where(recoveries.c.case_id == case.id)
                                      .order_by(recoveries.c.received_on, recoveries.c.id))).all()
    return {"case_id": case.id, "total_fen": sum(r.amount_fen for r in rows),
            "items": [{"id": r.id, "amount_fen": r.amount_fen, "source": r.source, "received_on": r.received_on,
                       "asset_id": r.asset_id} for r in rows]}


def _permille(part: int, whole: int) -> int | None:
    return None if not whole else (part * 2000 + whole) // (2 * whole)


TARGET_LABELS = {"within_period": "法定期限内结案率", "compliant_conclusion": "终本合规率", "completion": "结案率"}
RESOLVED_STATES = (CaseState.concluded_no_assets.value, CaseState.fully_executed.value, CaseState.terminated.value)


def _resolved_on(case: Any) -> date | None:
    return case.concluded_on or case.closed_on


def compliant_conclusion(case: Any) -> bool:
    """A 终本 whose conditions (终本规定 1, 5) were all on record on the day: investigation completed, report order
    and consumption restriction issued, dishonest listing when eligible, a missing debtor searched for, obstruction
    sanctioned, the applicant heard — each on or before the day of 终本."""
    on = case.concluded_on

    def by(d: date | None) -> bool:
        return d is not None and d <= on
    return all([by(case.investigation_completed_on), by(case.asset_report_order_on),
                by(case.consumption_restriction_on), by(case.applicant_heard_on),
                not case.dishonest_listing_eligible or by(case.dishonest_listing_on),
                not case.debtor_missing or by(case.missing_debtor_searched_on),
                not case.obstructed or by(case.obstruction_sanctioned_on)])


async def campaign_targets(ctx: Any, court: str, start: date, end: date) -> dict:
    """The campaign targets (DOMAIN.md § Statistics, thresholds configurable) for `court` and the courts below it:
    - 法定期限内结案率: of the cases resolved (终本, 执行完毕, 终结) in the period, those resolved on or before their
      finishing deadline (6 months, extensions and suspensions counted);
    - 终本合规率: of the 终本 in the period, those whose conditions were all on record by the day (compliant_conclusion);
    - 结案率: cases resolved in the period over the cases to handle (pending at its start + filed in it)."""
    if court != ctx.org and not is_above(ctx.org, court):
        raise Forbidden("court_not_supervised", "只能查看本院及下级法院的统计", f"{ctx.org} does not supervise {court}")
    in_court = visible_to(court, cases.c.executing_court_code)
    resolved_on = func.coalesce(cases.c.concluded_on, cases.c.closed_on)
    rows = (await ctx.session.execute(select(cases).where(
        in_court, cases.c.filed_on <= end, or_(resolved_on.is_(None), resolved_on >= start)))).all()
    handled = resolved = on_time = concluded = compliant = 0
    for c in rows:
        handled += 1
        done = _resolved_on(c)
        if done is None or done > end:
            continue
        resolved += 1
        finishing = next(d for d in deadlines_of(c, done) if d["kind"] == "finishing")
        on_time += finishing["status"] == "done"
        if c.concluded_on is not None and start <= c.concluded_on <= end:
            concluded += 1
            compliant += compliant_conclusion(c)
    settings = ctx.settings
    counts = {"within_period": (on_time, resolved), "compliant_conclusion": (compliant, concluded),
              "completion": (resolved, handled)}
    items = []
    for key, (part, whole) in counts.items():
        threshold = int(getattr(settings, f"target_{key}_percent"))  # AssetCoreSettings
        items.append({"key": key, "label": TARGET_LABELS[key], "numerator": part, "denominator": whole,
                      "rate_permille": _permille(part, whole), "threshold_percent": threshold,
                      "met": None if not whole else part * 100 >= threshold * whole})
    return {"court": court, "from": start, "to": end, "targets": items}


def months_of(start: date, end: date) -> list[tuple[str, date, date]]:
    """The calendar months the period touches, each clipped to the period: [("2024-01", first, last), …]."""
    import calendar
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        first = max(date(y, m, 1), start)
        last = min(date(y, m, calendar.monthrange(y, m)[1]), end)
        out.append((f"{y:04d}-{m:02d}", first, last))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


async def overview_monthly(ctx: Any, court: str, start: date, end: date) -> dict:
    """The overview's figures month by month (at most 36 months): {metric: value} per month, metric names as in
    `overview` (a linkage that does not report yet has None; reward's recovered_fen is `reward_recovered_fen`)."""
    count = (end.year - start.year) * 12 + end.month - start.month + 1
    if count > 36:
        raise Refused("period_too_long", "按月统计最多 36 个月", f"{count} months asked")
    months = months_of(start, end)
    out = []
    for label, first, last in months:
        o = await overview(ctx, court, first, last)
        values = {m: f["value"] for m, f in o["core"]["figures"].items()}
        for name, link in o["linkages"].items():  # a linkage's metric named like a core one: "reward_recovered_fen"
            values.update({(f"{name}_{m}" if m in values else m): f["value"] for m, f in link["figures"].items()})
        out.append({"month": label, "from": first, "to": last, "values": values})
    return {"court": court, "from": start, "to": end, "months": out}


# ------------------------------------------------------------------ 执行开放日 (public, masked)
CN = ZoneInfo("Asia/Shanghai")
ORG_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "合作社", "银行", "分行", "支行",
                "厂", "店", "中心", "协会", "学校", "医院")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
                     "夏侯", "端木", "独孤", "南宫", "西门", "呼延")


def public_party_name(name: str, kind: str) -> str:
    """A party as the open day shows it: 王某 for a person (the surname only), 某某公司 for an organisation (its
    kind only) — never the full name, an identifier or an address."""
    name = (name or "").strip()
    if kind == "organisation":
        suffix = next((s for s in ORG_SUFFIXES if name.endswith(s)), "单位")
        return "某某" + ("公司" if suffix in ("股份有限公司", "有限责任公司", "有限公司", "集团公司") else suffix)
    if not name:
        return "某某"
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
    return surname + "某"


# Fixed public wording per event type: the event's own summary (descriptions, places, amounts) is never shown.
OPEN_DAY_EVENTS = {
    "cn.court.asset-core.case.designated.v1": "上级法院指定执行（交叉执行）",
    "cn.court.asset-core.case.investigation-completed.v1": "完成网络查控和财产调查",
    "cn.court.asset-core.asset.discovered.v1": "发现被执行人财产",
    "cn.court.asset-core.measure.applied.v1": "对财产采取控制措施（查封、冻结或扣押）",
    "cn.court.asset-core.measure.renewed.v1": "续行控制措施",
    "cn.court.asset-core.auction.round-scheduled.v1": "启动司法拍卖或变卖",
    "cn.court.asset-core.auction.round-sold.v1": "拍卖或变卖成交",
    "cn.court.asset-core.recovery.recorded.v1": "执行款到位",
    "cn.court.asset-core.case.resumed.v1": "恢复执行",
    "cn.court.dispatch.alarm.received.v1": "执行110 接到报警",
    "cn.court.dispatch.dispatch.assigned.v1": "执行110 指派干警出警",
    "cn.court.dispatch.debtor.located.v1": "执行110 找到被执行人",
    "cn.court.dispatch.asset.found-on-site.v1": "执行110 现场发现财产",
    "cn.court.dispatch.detention.decided.v1": "依法决定司法拘留",
    "cn.court.dispatch.fine.decided.v1": "依法决定罚款",
    "cn.court.reward.notice.published.v1": "发布执行悬赏公告",
    "cn.court.reward.tip.verified.v1": "群众提供的悬赏线索经核实",
    "cn.court.mediation.case.received.v1": "案件推送和解中心",
    "cn.court.mediation.settlement.reached.v1": "达成执行和解",
    "cn.court.mediation.case.fully-executed.v1": "和解协议履行完毕",
    "cn.court.police.person.located.v1": "公安机关协查找到被执行人",
    "cn.court.police.asset.located.v1": "公安机关协查发现财产",
    "cn.court.police.transfer.sent.v1": "涉嫌拒执罪移送公安机关",
}
OPEN_DAY_MILESTONES = (("filed_on", "立案"), ("officer_assigned_on", "指定承办人"),
                       ("execution_notice_on", "发出执行通知书"), ("asset_report_order_on", "发出报告财产令"),
                       ("consumption_restriction_on", "限制消费"), ("dishonest_listing_on", "纳入失信被执行人名单"),
                       ("concluded_on", "终结本次执行程序"), ("closed_on", "结案"))


# the court's own acts are dated by their own days (a measure's start, a round's day, the money's arrival), not by
# when they were recorded: these event types are taken from the tables instead
DATED_BY_TABLES = {"cn.court.asset-core.measure.applied.v1", "cn.court.asset-core.auction.round-scheduled.v1",
                   "cn.court.asset-core.auction.round-sold.v1", "cn.court.asset-core.recovery.recorded.v1",
                   "cn.court.asset-core.case.designated.v1", "cn.court.asset-core.case.investigation-completed.v1",
                   "cn.court.asset-core.asset.discovered.v1"}  # a find has no day of its own: its measure has


async def _open_day_acts(session: AsyncSession, case: Any) -> list[dict]:
    def step(on: date, label: str) -> dict:
        return {"on": on, "label": label, "linkage": "core", "linkage_label": "执行法院"}
    out = []
    if case.investigation_completed_on:
        out.append(step(case.investigation_completed_on, "完成网络查控和财产调查"))
    for m in (await session.execute(select(measures.c.kind, measures.c.start_on).where(
            measures.c.case_id == case.id, measures.c.start_on.is_not(None)))).all():
        out.append(step(m.start_on, f"对财产采取{KIND_LABEL[m.kind]}措施"))
    for r in (await session.execute(select(auction_rounds).where(auction_rounds.c.case_id == case.id))).all():
        what = "变卖" if r.method == "sale" else "司法拍卖"
        out.append(step(r.starts_on, f"第{r.round_no}轮{what}开始"))
        if r.ended_on and r.outcome in ("sold", "failed"):
            out.append(step(r.ended_on, f"第{r.round_no}轮{what}{'成交' if r.outcome == 'sold' else '未成交'}"))
    for d in (await session.execute(select(designations.c.designated_on, designations.c.form).where(
            designations.c.case_id == case.id))).all():
        out.append(step(d.designated_on, FORM_LABELS.get(d.form, "指定执行")))
    for r in (await session.execute(select(recoveries.c.received_on).where(recoveries.c.case_id == case.id))).all():
        out.append(step(r.received_on, "执行款到位"))
    return out


async def open_day(session: AsyncSession, court: str | None, limit: int = 50) -> dict:
    """The cases a court opened for 执行开放日, each a masked timeline: milestones by day and the linkages' acts in
    fixed wording; parties as 王某 / 某某公司; amounts only where the court chose to show them."""
    if court and parse_org(court) is None:
        raise Refused("invalid_org", "组织代码无效 (not an organisation code)", f"{court!r}, e.g. 内0621")
    q = select(cases, open_day_cases.c.show_amounts, open_day_cases.c.opened_at).join(
        open_day_cases, open_day_cases.c.case_id == cases.c.id)
    if court:
        q = q.where(visible_to(court, open_day_cases.c.court_code))
    rows = (await session.execute(q.order_by(open_day_cases.c.opened_at.desc()).limit(limit))).all()
    items = []
    for c in rows:
        ps = (await session.execute(select(parties.c.role, parties.c.kind, parties.c.name).where(
            parties.c.case_id == c.id).order_by(parties.c.position))).all()
        evs = (await session.execute(select(case_events.c.event_type, case_events.c.at).where(
            case_events.c.case_id == c.id).order_by(case_events.c.seq))).all()
        steps = [{"on": getattr(c, col), "label": label, "linkage": "core", "linkage_label": "执行法院"}
                 for col, label in OPEN_DAY_MILESTONES if getattr(c, col) is not None]
        steps += await _open_day_acts(session, c)
        for e in evs:
            if e.event_type in OPEN_DAY_EVENTS and e.event_type not in DATED_BY_TABLES:
                key, label = linkage_of(e.event_type)
                steps.append({"on": e.at.astimezone(CN).date(), "label": OPEN_DAY_EVENTS[e.event_type],
                              "linkage": key, "linkage_label": "执行法院" if key == "core" else label})
        steps.sort(key=lambda s: s["on"])
        state = CaseState(c.state)
        items.append({
            "case_number": c.case_number, "court_code": c.executing_court_code, "state_label":
            domain.CASE_STATE_LABELS[state],
            "applicants": [public_party_name(p.name, p.kind) for p in ps if p.role == "applicant"],
            "respondents": [public_party_name(p.name, p.kind) for p in ps if p.role == "respondent"],
            "show_amounts": c.show_amounts,
            "amount_owed_fen": c.amount_owed_fen if c.show_amounts else None,
            "recovered_fen": await recovered_total(session, c.id) if c.show_amounts else None,
            "timeline": steps})
    return {"items": items}


# ------------------------------------------------------------------ evidence files (issue 16)
async def case_files(ctx: Any, case_id: uuid.UUID) -> dict:
    """The case's evidence files (metadata), for whoever sees the case."""
    case = await find_case(ctx, case_id)
    return {"items": [files.view(r) for r in await files.list_of(ctx.session, files_table, "case", case.id)]}


async def file_for_download(ctx: Any, file_id: uuid.UUID) -> Any:
    """A file with its bytes, for whoever sees its case; another court's file is reported as absent."""
    row, _ = await files.get_visible(ctx.session, files_table, file_id, "case", lambda cid: find_case(ctx, cid),
                                     ctx.org)
    return row


# ------------------------------------------------------------------ 执行款发放 (issue 16)
PAYOUT_WARN_DAYS = 5  # a payout deadline shows "due" this many days before its last day


def _payable():
    """Recoveries that are money the court holds (以物抵债 hands over the asset itself: nothing to pay out)."""
    return recoveries.c.source.in_(domain.PAYABLE_SOURCES)


async def payable_received(session: AsyncSession, case_id: uuid.UUID, by: date | None = None) -> int:
    q = select(func.coalesce(func.sum(recoveries.c.amount_fen), 0)).where(recoveries.c.case_id == case_id, _payable())
    if by is not None:
        q = q.where(recoveries.c.received_on <= by)
    return int((await session.execute(q)).scalar())


async def paid_out_total(session: AsyncSession, case_id: uuid.UUID) -> int:
    return int((await session.execute(select(func.coalesce(func.sum(payouts.c.amount_fen), 0)).where(
        payouts.c.case_id == case_id))).scalar())


def payee_view(p: Any, roles: frozenset[str]) -> dict:
    """An applicant as a payee: masked like every party (`mask_party`), with its id to name it in a payout."""
    masked = mask_party(p, roles)
    return {"party_id": p.id, "name": masked["name"], "kind": masked["kind"], "id_number": masked["id_number"],
            "party_key": masked["party_key"]}


def payout_view(row: Any, payee: Any, roles: frozenset[str]) -> dict:
    return {**{k: getattr(row, k) for k in ("id", "case_id", "amount_fen", "paid_on", "method", "reference", "note",
                                            "created_at")},
            "method_label": domain.PAYOUT_METHODS[row.method], "payee": payee_view(payee, roles)}


def payout_deadline_of(since: date | None, today: date, deferrals: Any = ()) -> dict | None:
    """The payout deadline of the oldest money waiting (执行款物管理规定 13), and its status today; after the case's
    deferrals (rows with decided_on, ended_on) ended, 10 days after the last end if later (¶3). None when nothing
    waits or a deferral stands."""
    if since is None:
        return None
    d = domain.deadline_with_deferrals(since, [(r.decided_on, r.ended_on) for r in deferrals])
    if d is None:
        return None
    return {"deadline": d.on, "moved_for_holiday_from": d.moved_for_holiday_from,
            "status": domain.deadline_status(d.on, today, warn_days=PAYOUT_WARN_DAYS)}


def deferral_ended_on(since: date | None, deferrals: Any) -> date | None:
    """The end of the deferral that moved the deadline of money waiting since `since` (None: none did)."""
    if since is None or any(r.ended_on is None for r in deferrals):
        return None
    ends = [r.ended_on for r in deferrals if r.ended_on >= since]
    if not ends or domain.payout_deadline(since, deferral_ended_on=max(ends)).on == domain.payout_deadline(since).on:
        return None
    return max(ends)


async def waiting_of(session: AsyncSession, case_id: uuid.UUID) -> tuple[date | None, int]:
    """The day the oldest money of the case not yet paid out arrived (None: nothing waits), and how much waits."""
    receipts = [(r.received_on, r.amount_fen) for r in (await session.execute(
        select(recoveries.c.received_on, recoveries.c.amount_fen).where(recoveries.c.case_id == case_id,
                                                                        _payable()))).all()]
    paid = await paid_out_total(session, case_id)
    return domain.waiting_since(receipts, paid), max(sum(a for _, a in receipts) - paid, 0)


def deferral_view(row: Any) -> dict:
    return {**{k: getattr(row, k) for k in ("id", "case_id", "ground", "decided_on", "note", "ended_on",
                                            "created_at")},
            "ground_label": domain.PAYOUT_DEFERRAL_GROUNDS[row.ground], "standing": row.ended_on is None}


async def deferrals_by_case(session: AsyncSession, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    """The payout deferrals of these cases, oldest first."""
    out: dict[uuid.UUID, list[Any]] = {c: [] for c in case_ids}
    if case_ids:
        for r in (await session.execute(select(payout_deferrals).where(payout_deferrals.c.case_id.in_(case_ids))
                                        .order_by(payout_deferrals.c.seq))).all():
            out[r.case_id].append(r)
    return out


async def case_payouts(ctx: Any, case_id: uuid.UUID, today: date) -> dict:
    """A case's payouts (oldest first), what was received and paid out, the deadline of the money waiting, and the
    applicants who may be paid (masked by role)."""
    case = await find_case(ctx, case_id)
    session = ctx.session
    applicants = {p.id: p for p in (await session.execute(select(parties).where(
        parties.c.case_id == case.id, parties.c.role == "applicant").order_by(parties.c.position))).all()}
    rows = (await session.execute(select(payouts).where(payouts.c.case_id == case.id)
                                  .order_by(payouts.c.paid_on, payouts.c.seq))).all()
    receipts = [(r.received_on, r.amount_fen) for r in (await session.execute(
        select(recoveries.c.received_on, recoveries.c.amount_fen).where(recoveries.c.case_id == case.id,
                                                                        _payable()))).all()]
    received, paid = sum(a for _, a in receipts), sum(r.amount_fen for r in rows)
    since = domain.waiting_since(receipts, paid)
    deferrals = (await deferrals_by_case(session, [case.id]))[case.id]
    return {"case_id": case.id, "case_number": case.case_number, "received_fen": received, "paid_out_fen": paid,
            "awaiting_payout_fen": max(received - paid, 0), "waiting_since": since,
            "payout_deadline": payout_deadline_of(since, today, deferrals),
            "deferred": any(r.ended_on is None for r in deferrals),
            "deferral_ended_on": deferral_ended_on(since, deferrals),
            "deferrals": [deferral_view(r) for r in deferrals],
            "payees": [payee_view(p, ctx.roles) for p in applicants.values()],
            "items": [payout_view(r, applicants[r.payee_party_id], ctx.roles) for r in rows]}


def _waiting_query():
    """Per case with money waiting: received, paid out, and the day the oldest money not yet paid out arrived
    (receipts paid out first in, first out: the first receipt whose running total exceeds what was paid)."""
    paid = (select(payouts.c.case_id, func.sum(payouts.c.amount_fen).label("paid"))
            .group_by(payouts.c.case_id).subquery("paid"))
    running = (select(recoveries.c.case_id, recoveries.c.received_on,
                      func.sum(recoveries.c.amount_fen).over(
                          partition_by=recoveries.c.case_id,
                          order_by=(recoveries.c.received_on, recoveries.c.id)).label("running"),
                      func.sum(recoveries.c.amount_fen).over(partition_by=recoveries.c.case_id).label("received"))
               .where(_payable()).subquery("running"))
    paid_fen = func.coalesce(paid.c.paid, 0)
    return (select(running.c.case_id, func.min(running.c.received_on).label("waiting_since"),
                   func.max(running.c.received).label("received_fen"), func.max(paid_fen).label("paid_out_fen"))
            .select_from(running.outerjoin(paid, paid.c.case_id == running.c.case_id))
            .where(running.c.running > paid_fen).group_by(running.c.case_id).subquery("waiting"))


async def payout_queue(ctx: Any, *, today: date, limit: int, cursor: str | None, court: str | None = None) -> dict:
    """The payout queue (绿色通道: priority payout for wage and support cases, DOMAIN.md § Statistics): the visible
    cases with money received and not yet paid out, 绿色通道 first, then by how long the money has waited; each with
    its payout deadline (执行款物管理规定 13) and, for a suspended case, the ground on which it may be deferred."""
    w = _waiting_query()
    q = (select(cases.c.id, cases.c.case_number, cases.c.executing_court_code, cases.c.state,
                cases.c.livelihood_category, cases.c.priority, cases.c.seq, w.c.waiting_since, w.c.received_fen,
                w.c.paid_out_fen)
         .select_from(cases.join(w, w.c.case_id == cases.c.id)).where(visible_filter(ctx.org)))
    if court:
        q = q.where(visible_to(court, cases.c.executing_court_code))
    order = [cases.c.priority, w.c.waiting_since, cases.c.seq]
    rows, after = await keyset_page_by(ctx.session, q, order, limit, decode_keyset(cursor, "w", (int, date, int)))
    items = []
    deferrals = await deferrals_by_case(ctx.session, [r.id for r in rows])
    for r in rows:
        standing = any(x.ended_on is None for x in deferrals[r.id])
        d = payout_deadline_of(r.waiting_since, today, deferrals[r.id]) or {
            **payout_deadline_of(r.waiting_since, today), "status": "deferred"}  # the 30 days, for reference
        suspended = CaseState(r.state) in domain.SUSPENDED_STATES and not standing
        items.append({"case_id": r.id, "case_number": r.case_number, "executing_court_code": r.executing_court_code,
                      "state": r.state, "livelihood_category": r.livelihood_category, "priority": r.priority,
                      "received_fen": int(r.received_fen), "paid_out_fen": int(r.paid_out_fen),
                      "awaiting_payout_fen": int(r.received_fen) - int(r.paid_out_fen),
                      "waiting_since": r.waiting_since, "waiting_days": (today - r.waiting_since).days,
                      "deadline": d["deadline"], "moved_for_holiday_from": d["moved_for_holiday_from"],
                      "status": d["status"], "deferrable_ground": "case_suspended" if suspended else None,
                      "deferrable_ground_label": domain.PAYOUT_DEFERRAL_GROUNDS["case_suspended"] if suspended
                      else None, "deferred": standing,
                      "deferral_ended_on": deferral_ended_on(r.waiting_since, deferrals[r.id])})
    return {"as_of": today, "items": items, "next_cursor": encode_keyset("w", after)}
