"""asset_core use cases (commands): load, apply a domain rule, save state + outbox events + audit, one
transaction. They take plain arguments or the command dataclasses below, return rows or plain dicts, and
refuse with `shared.legal` errors (NotFound, Forbidden, Conflict, Stale, Refused); `shared.errors` maps them
to problem+json, a consumer dead-letters them. Reads live in `views.py`, the scheduled work in `sweep.py`."""
from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any, Iterable

from pydantic_core import to_json
from sqlalchemy import bindparam, func, select, true, update
from sqlalchemy.dialects.postgresql import insert

from services.asset_core import domain, projections, views
from services.asset_core.domain import CaseState, DomainError, LivelihoodCategory
from services.asset_core.tables import files as case_files
from services.asset_core.tables import (assets, auction_rounds, cases, designations,
                                        investigation_results, measures, parties, platform, recoveries, requeries,
                                        settlements, asset_clues, change_reports)
from shared import files
from shared.consumer import Delivery
from shared.contracts import asset_core as ev
from shared.audit import at_commit
from shared.events import CloudEvent, EventPayload
from shared.db import utcnow
from shared.legal import Conflict, Forbidden, NotFound, Refused, as_uuid, day_cn, today_cn
from shared.identity import party_key
from shared.usecase import UseCaseContext, bump, check_version

FINAL_STATES = {CaseState.concluded_no_assets, CaseState.fully_executed, CaseState.terminated}
KIND_LABEL = domain.MEASURE_KIND_LABELS


# ------------------------------------------------------------------ commands
@dataclass(frozen=True)
class Party:
    name: str
    kind: str = "organisation"  # person / organisation
    id_number: str | None = None  # validated by the HTTP layer (shared.identity)
    phone: str | None = None


@dataclass(frozen=True)
class NewCase:
    case_number: str
    filed_on: date
    amount_owed_fen: int
    applicants: list[Party]
    respondents: list[Party]
    livelihood_category: str = LivelihoodCategory.none.value
    non_litigation: bool = False
    required_categories: list[str] | None = None


@dataclass(frozen=True)
class Transition:
    to_state: CaseState
    reason: str
    on: date | None = None
    anticipatory_breach: bool = False  # 和解规定 11(2) proviso; 民法典 578 (resuming a settled case)
    suspension_ground: str | None = None  # 中止执行: a ground of 民诉法 267


@dataclass(frozen=True)
class Milestone:
    kind: str
    on: date | None = None
    officer_id: str | None = None
    dishonest_listing_eligible: bool | None = None
    requested_on: date | None = None  # extension_approved: the request's date (执行期限规定 1)


@dataclass(frozen=True)
class Designation:
    to_court: str
    form: str
    reason: str
    designated_on: date | None = None


@dataclass(frozen=True)
class Resumption:
    case_number: str
    filed_on: date
    reason: str
    anticipatory_breach: bool = False  # 和解规定 11(2) proviso; 民法典 578


@dataclass(frozen=True)
class InvestigationResult:
    category: str
    status: str
    source: str
    note: str | None = None
    queried_on: date | None = None


@dataclass(frozen=True)
class NewAsset:
    asset_type: str
    description: str
    discovery_source: str
    quantity: int = 1
    estimated_value_fen: int | None = None
    location: str | None = None
    mortgaged: bool = False
    debtor_party_key: str | None = None


@dataclass(frozen=True)
class NewMeasure:
    kind: str
    flexible: bool = False
    amount_fen: int | None = None
    start_on: date | None = None
    months: int | None = None


@dataclass(frozen=True)
class Renewal:
    on: date | None = None
    months: int | None = None


@dataclass(frozen=True)
class Release:
    reason: str
    on: date | None = None
    quantity: int | None = None
    applicant_consents: bool = False  # 查扣冻规定 28(5): a guarantee releases only with the applicant's consent


@dataclass(frozen=True)
class NewAuctionRound:
    method: str
    valuation_fen: int
    opening_fen: int
    starts_on: date
    announced_on: date | None = None  # 网拍规定 12, 26
    deposit_fen: int | None = None  # 网拍规定 17
    bidding_hours: int | None = None  # 网拍规定 20
    valued: bool = True  # traditional auction: valuation_fen is an appraisal (else the market price)


@dataclass(frozen=True)
class AuctionResult:
    outcome: str  # failed / sold
    on: date | None = None
    price_fen: int | None = None
    in_kind: bool = False


@dataclass(frozen=True)
class NewRecovery:
    amount_fen: int
    source: str
    received_on: date | None = None
    asset_id: uuid.UUID | None = None  # the case's asset it came from (a bounty reward is paid on it)


@dataclass(frozen=True)
class Settlement:
    """执行和解 reached in the mediation center (和解规定 2-3), as applied to the case."""

    settlement_id: str
    reached_on: date
    total_fen: int
    installments: int
    first_due_on: date | None = None
    performance_end_on: date | None = None
    release_measure_ids: list[str] = field(default_factory=list)
    release_quantities: dict[str, int] = field(default_factory=dict)
    remortgage_asset_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class NewClue:
    """The applicant's specific asset clue (财产调查规定 2)."""

    description: str
    received_on: date
    urgent: bool = False
    asset_type: str | None = None


@dataclass(frozen=True)
class ClueVerification:
    result: str  # found / none
    on: date | None = None
    estimated_value_fen: int | None = None
    location: str | None = None


@dataclass(frozen=True)
class ChangeReport:
    """The debtor's report of a change in its assets (财产调查规定 7)."""

    changed_on: date
    reported_on: date
    description: str


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _data(cmd: Any) -> dict[str, Any]:
    """A command as audit data."""
    return dataclasses.asdict(cmd)


# ------------------------------------------------------------------ context
def about(case: Any) -> dict[str, str]:
    """The envelope of an event about `case`: subject, caseid (the partition key), the executing court."""
    return {"subject": f"cases/{case.id}", "caseid": str(case.id), "orgcode": case.executing_court_code}


class Ctx(UseCaseContext):
    """asset_core's use-case context: every event about a case also lands in the case's recent-events list
    (`recorded`). In a consumer, `event` is the event being applied."""

    platform = platform
    event: CloudEvent | None = None

    @property
    def written(self) -> dict[uuid.UUID, tuple[list, list]]:
        """Parties and designations of a case this use case wrote: `views.case_view` answers from them."""
        if "_written" not in self.__dict__:
            self._written: dict = {}
        return self._written

    @classmethod
    def for_event(cls, d: Delivery) -> "Ctx":
        ctx = cls(d.session, d.settings, None, d.event.id, actor=f"event:{d.event.source}")
        ctx.event = d.event
        return ctx

    async def recorded(self, event: CloudEvent, payload: EventPayload, summary: str | None) -> None:
        if event.caseid is not None:
            record_case_event(self, event.caseid, event.id, payload.EVENT_TYPE, summary or payload.EVENT_TYPE)


def record_case_event(ctx: Ctx, case_id: Any, event_id: str, event_type: str, summary: str) -> None:
    """A line of the case's recent events, written by the commit message (shared/audit.py at_commit, docs/adr/0020):
    only the GET views read them, never a use case in its own transaction. In the order staged: seq is the order."""
    at_commit(ctx.session, _INSERT_CASE_EVENTS, json.dumps(
        {"case_id": str(case_id), "event_id": event_id, "event_type": event_type, "summary": summary},
        ensure_ascii=False))


_INSERT_CASE_EVENTS = ("insert into case_events (case_id, event_id, event_type, summary) "
                       "select (s.r->>'case_id')::uuid, s.r->>'event_id', s.r->>'event_type', s.r->>'summary' "
                       "from jsonb_array_elements({rows}::jsonb) with ordinality as s(r, n) order by s.n")


# ------------------------------------------------------------------ loading and access
async def load_case(ctx: Ctx, case_id: uuid.UUID, *, write: bool = False, if_match: int | None = None) -> Any:
    """The case to change: visible (else NotFound), executed by the one asking (else Forbidden), at the
    version of `If-Match` (else Stale); locked FOR UPDATE with `write`."""
    row = await views.find_case(ctx, case_id, lock=write)
    if write and ctx.principal and row.executing_court_code != ctx.principal.org:
        raise Forbidden("not_executing_court", "只有执行法院可以办理 (only the executing court may change it)",
                        f"the case is executed by {row.executing_court_code}")
    check_version(row, if_match, "案件", "case")
    return row


async def case_for_event(ctx: Ctx, case_id: str) -> Any:
    """The case a linkage's event names, locked; an id that is no UUID or names no case is refused (the
    consumer dead-letters the event)."""
    cid = as_uuid(case_id, "case_id")
    row = (await ctx.session.execute(select(cases).where(cases.c.id == cid).with_for_update())).first()
    if row is None:
        raise NotFound("case_not_found", f"案件不存在 / no case {case_id} in asset_core")
    return row


async def _reload(ctx: Ctx, case_id: uuid.UUID) -> Any:
    return (await ctx.session.execute(select(cases).where(cases.c.id == case_id))).first()


# ------------------------------------------------------------------ cases
async def register_case(ctx: Ctx, cmd: NewCase, *, parent: Any | None = None) -> Any:
    today = today_cn()
    number = domain.parse_case_number(cmd.case_number, today)
    if number.court_code != ctx.org:
        raise Forbidden("court_mismatch", "只能登记本院案件 (not this court's case number)",
                        f"the case number belongs to court {number.court_code}, your organisation is {ctx.org}")
    if cmd.filed_on.year != number.year:
        raise Refused("filing_year_mismatch", "立案日期与案号年份不符",
                      f"filed_on {cmd.filed_on} is not in the case number's year {number.year}")
    if cmd.filed_on > today:
        raise Refused("filed_in_future", "立案日期不能晚于今天", f"filed_on {cmd.filed_on} is in the future")
    category = LivelihoodCategory(cmd.livelihood_category).value
    case_id = uuid.uuid4()
    required = domain.required_categories(cmd.required_categories)  # a case may only ADD to the minimum
    written = _party_rows(ctx, case_id, "applicant", cmd.applicants, 0) + _party_rows(
        ctx, case_id, "respondent", cmd.respondents, len(cmd.applicants))
    now = utcnow()
    case = SimpleNamespace(**{**_CASE_DEFAULTS, **dict(
        id=case_id, case_number=str(number), year=number.year, court_code=number.court_code,
        case_type=number.case_type, sequence=number.sequence, executing_court_code=number.court_code,
        filed_on=cmd.filed_on, amount_owed_fen=cmd.amount_owed_fen, livelihood_category=category,
        non_litigation=cmd.non_litigation, applicants=[p.name for p in cmd.applicants],
        respondents=[p.name for p in cmd.respondents], state=CaseState.filed.value, created_by=ctx.actor,
        required_categories=required, parent_case_id=parent.id if parent is not None else None, created_at=now,
        updated_at=now, priority=domain.priority(LivelihoodCategory(category)))})
    # The case and its parties are written by the commit message (docs/adr/0022): a case number already taken fails
    # it on its unique key, and the commit then refuses with 409 (the whole transaction rolled back).
    at_commit(ctx.session, _INSERT_CASES, to_json({k: getattr(case, k) for k in _CASE_COLUMNS}).decode(),
              refused={"uq_cases_case_number": Conflict("case_number_taken", "案号已存在 (case number already registered)",
                                                        str(number))})
    for p in written:
        at_commit(ctx.session, _INSERT_PARTIES, to_json(p).decode())
    ctx.written[case_id] = ([views.PartyRow(**p) for p in written], [])  # case_view answers from these
    keys = [p["party_key"] for p in written if p["role"] == "respondent"]
    await ctx.emit(ev.CaseRegistered(
        case_id=str(case_id), case_number=str(number), case_type=number.case_type, court_code=number.court_code,
        filed_on=cmd.filed_on, amount_owed_fen=cmd.amount_owed_fen, livelihood_category=category,
        applicants=[p.name for p in cmd.applicants], respondents=[p.name for p in cmd.respondents],
        state=CaseState.filed.value, respondent_keys=[k for k in keys if k],
        parent_case_id=str(parent.id) if parent is not None else None),
        **about(case), summary=f"立案 {number}")
    await ctx.audit("case.registered", "case", case_id, {"case_number": str(number),
                                                          "amount_owed_fen": cmd.amount_owed_fen})
    return case


# A new case as the commit message writes it: the columns given, the others their defaults, as a read would show it.
_CASE_COLUMNS = ("id", "case_number", "year", "court_code", "case_type", "sequence", "executing_court_code",
                 "filed_on", "amount_owed_fen", "livelihood_category", "non_litigation", "applicants", "respondents",
                 "state", "created_by", "required_categories", "parent_case_id", "created_at", "updated_at")
_LITERALS = {"true": True, "false": False}


def _column_default(column: Any) -> Any:
    """A column's value when the insert leaves it out, from the table's own server default (a literal: `1`, `false`),
    None without one; the key (`seq`) and the computed `priority` are not read back by the reply."""
    default = getattr(column.server_default, "arg", None)
    if default is None:
        return None
    text = str(getattr(default, "text", default)).strip().lower()
    if text in _LITERALS:
        return _LITERALS[text]
    if text.lstrip("-").isdigit():
        return int(text)
    raise ValueError(f"cases.{column.name}: default {text!r} is not a literal; register_case must write it")


_CASE_DEFAULTS = {c.name: _column_default(c) for c in cases.c if c.name not in _CASE_COLUMNS}
_PARTY_COLUMNS = ("id", "case_id", "role", "kind", "name", "id_number", "party_key", "phone", "position")
_INSERT_CASES = (f"insert into cases ({', '.join(_CASE_COLUMNS)}) select {', '.join(_CASE_COLUMNS)} "
                 "from jsonb_populate_recordset(null::cases, {rows}::jsonb)")
_INSERT_PARTIES = (f"insert into parties ({', '.join(_PARTY_COLUMNS)}) select {', '.join(_PARTY_COLUMNS)} "
                   "from jsonb_populate_recordset(null::parties, {rows}::jsonb)")
# A resumed case's assets and measures move to the new case once the commit message has written it
_CARRY_OVER = ("update {table} t set case_id = (s.r->>'to')::uuid from jsonb_array_elements({{rows}}::jsonb) as s(r) "
               "where t.case_id = (s.r->>'from')::uuid")


def _party_rows(ctx: Ctx, case_id: uuid.UUID, role: str, items: Iterable[Party], start: int) -> list[dict]:
    return [dict(id=uuid.uuid4(), case_id=case_id, role=role, kind=p.kind, name=p.name, id_number=p.id_number,
                 party_key=party_key(p.kind, p.id_number, ctx.settings.party_key_secret), phone=p.phone,
                 position=start + i) for i, p in enumerate(items)]


async def transition(ctx: Ctx, case_id: uuid.UUID, cmd: Transition, if_match: int | None = None) -> Any:
    case = await load_case(ctx, case_id, write=True, if_match=if_match)
    on = cmd.on or today_cn()
    current, target = CaseState(case.state), CaseState(cmd.to_state)
    try:
        domain.check_transition(current, target)
    except DomainError as exc:
        raise Conflict(exc.code, exc.message, allowed=[s.value for s in domain.TRANSITIONS[current]]) from None
    if on < case.filed_on:
        raise Refused("before_filing", "日期早于立案日期", f"{on} is before the filing date {case.filed_on}")
    values: dict[str, Any] = {"state": target.value}
    if current == CaseState.suspended_settlement and target == CaseState.executing:
        await _check_settlement_resumption(ctx, case, on, cmd.anticipatory_breach, required=True)
    if target == CaseState.concluded_no_assets:
        refusals = await views.conclusion_refusals(ctx.session, case, on)
        if refusals:
            raise Refused("conclusion_refused", "不符合终结本次执行程序的条件 (终本 refused)",
                          "; ".join(r["reason"] for r in refusals), failing_conditions=refusals)
        values["concluded_on"] = on
    if target == CaseState.suspended:
        values["suspension_ground"] = domain.check_suspension_ground(cmd.suspension_ground)
    if current in domain.SUSPENDED_STATES:  # the days of a suspension do not count (民诉法 267; 审限规定)
        values.update(suspended_since=None, suspended_days=case.suspended_days + (on - case.suspended_since).days)
        if current == CaseState.suspended:
            values["suspension_ground"] = None
    if target in domain.SUSPENDED_STATES:
        values["suspended_since"] = on
    if target == CaseState.executing and case.executing_since is None:
        values["executing_since"] = on
    if target in (CaseState.fully_executed, CaseState.terminated):
        values["closed_on"] = on
    case = await bump(ctx.session, cases, case.id, **values)
    await ctx.emit(ev.CaseStateChanged(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        from_state=current.value, to_state=target.value, reason=cmd.reason, changed_on=on),
        **about(case), summary=f"{domain.CASE_STATE_LABELS[current]} → {domain.CASE_STATE_LABELS[target]}: "
                               f"{cmd.reason}")
    if target == CaseState.concluded_no_assets:
        dates = domain.requery_schedule(on)
        for i, d in enumerate(dates, start=1):
            await ctx.session.execute(requeries.insert().values(case_id=case.id, sequence=i, due_on=d))
        await ctx.emit(ev.CaseConcluded(
            case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
            concluded_on=on, outstanding_fen=await views.outstanding(ctx.session, case),
            livelihood_category=case.livelihood_category, requery_dates=dates, respondents=case.respondents),
            **about(case), summary=f"终本, {len(dates)} 次定期复查")
    if target in (CaseState.fully_executed, CaseState.terminated):
        await _release_on_closing(ctx, case, target, on)
    await ctx.audit("case.state_changed", "case", case.id, {"from": current.value, "to": target.value,
                                                             "reason": cmd.reason, "on": on})
    return case


async def _release_on_closing(ctx: Ctx, case: Any, target: CaseState, on: date) -> None:
    """Closing a case ends its control measures: fully executed, the debt is paid (查扣冻规定 28(4)); terminated
    (民诉法 264), the measures have no case left to serve. Each release is a MeasureReleased event; a queued
    (轮候) measure of this case is released too, so none takes effect for a closed case."""
    reason = "payment" if target == CaseState.fully_executed else "case_terminated"
    rows = (await ctx.session.execute(select(measures).where(
        measures.c.case_id == case.id, measures.c.status.in_(["active", "queued"]))
        .order_by(measures.c.status, measures.c.seq).with_for_update())).all()
    for m in rows:
        m = (await ctx.session.execute(select(measures).where(measures.c.id == m.id))).first()
        if m.status in ("active", "queued"):
            await _end_measure(ctx, m, case, "released", on, reason)


async def _open_settlement(ctx: Ctx, case_id: uuid.UUID) -> Any | None:
    return (await ctx.session.execute(select(settlements).where(
        settlements.c.case_id == case_id, settlements.c.performed_on.is_(None), settlements.c.resumed_on.is_(None))
        .order_by(settlements.c.reached_on.desc()).limit(1).with_for_update())).first()


async def _check_settlement_resumption(ctx: Ctx, case: Any, on: date, anticipatory_breach: bool, *,
                                       required: bool) -> None:
    """和解规定 9-11 in the court that holds the case (not only at the settlement center): the settlement the
    center reported, its default (SettlementDefaulted), its schedule and the 2-year limit."""
    s = await _open_settlement(ctx, case.id)
    if s is None:
        if required:
            raise Refused("settlement_not_recorded", "本案没有和解中心报来的和解协议，无法审查恢复执行条件",
                          "resumption of a settled case checks the settlement the settlement center reported "
                          "(和解规定 9-11); none is recorded for this case")
        return
    try:
        domain.check_settlement_resumption(domain.SettlementRecord(
            first_due_on=s.first_due_on, performance_end_on=s.performance_end_on, defaulted_on=s.defaulted_on,
            performed_on=s.performed_on), on, anticipatory_breach)
    except DomainError as exc:
        raise Refused(exc.code, exc.message, settlement_id=s.settlement_id, **exc.extra) from None
    await ctx.session.execute(update(settlements).where(settlements.c.settlement_id == s.settlement_id)
                              .values(resumed_on=on))

async def set_milestone(ctx: Ctx, case_id: uuid.UUID, cmd: Milestone, if_match: int | None = None) -> Any:
    case = await load_case(ctx, case_id, write=True, if_match=if_match)
    if CaseState(case.state) in FINAL_STATES:
        raise Conflict("case_closed", "案件已结 (the case is closed)", f"state {case.state}")
    on = cmd.on or today_cn()
    if on < case.filed_on:
        raise Refused("before_filing", "日期早于立案日期", f"{on} is before the filing date {case.filed_on}")
    values: dict[str, Any] = {}
    if cmd.kind == "officer_assigned":
        if not cmd.officer_id:
            raise Refused("officer_required", "需要指定承办人", "officer_id is required")
        values.update(officer_id=cmd.officer_id, officer_assigned_on=on)
    elif cmd.kind == "execution_notice":  # the asset-report order goes out with the notice (财产调查规定 3)
        values.update(execution_notice_on=on, asset_report_order_on=case.asset_report_order_on or on)
    elif cmd.kind == "dishonest_listing":
        values.update(dishonest_listing_on=on, dishonest_listing_eligible=True)
    elif cmd.kind == "debtor_missing":
        values.update(debtor_missing=True)
    elif cmd.kind == "obstruction":  # someone obstructed execution (终本规定 1(5))
        values.update(obstructed=True)
    elif cmd.kind == "extension_approved":
        if "president" not in ctx.roles:
            raise Forbidden("president_required", "延长执行期限需院长批准", "only the court president approves")
        deadline = domain.finishing_deadline(case.filed_on, non_litigation=case.non_litigation,
                                             suspended_days=case.suspended_days)
        if case.extension_approved_on is not None:
            raise Conflict("already_extended", "已批准延长", f"approved on {case.extension_approved_on}")
        if cmd.requested_on is None:
            raise Refused("extension_request_date_required", "须提供延长申请日期",
                          "requested_on: the date the extension was requested (执行期限规定 1)")
        domain.check_extension_request(deadline.on, cmd.requested_on, on)
        values.update(extension_approved_on=on, extension_requested_on=cmd.requested_on)
    else:
        values[f"{cmd.kind}_on"] = on
    if cmd.dishonest_listing_eligible is not None:
        values["dishonest_listing_eligible"] = cmd.dishonest_listing_eligible
    if cmd.kind in ("officer_assigned", "execution_notice") and case.state == CaseState.filed.value:
        values.update(state=CaseState.executing.value, executing_since=on)
    new = await bump(ctx.session, cases, case.id, **values)
    if new.state != case.state:
        await ctx.emit(ev.CaseStateChanged(
            case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
            from_state=case.state, to_state=new.state, reason=cmd.kind, changed_on=on),
            **about(new), summary=f"开始执行 ({cmd.kind})")
    await ctx.audit(f"case.milestone.{cmd.kind}", "case", case.id, {"on": on, "officer_id": cmd.officer_id})
    if cmd.kind in ("execution_notice", "asset_report_order"):
        await _maybe_investigation_completed(ctx, new, on)
    return new


async def designate(ctx: Ctx, case_id: uuid.UUID, cmd: Designation) -> Any:
    await load_case(ctx, case_id, write=False)  # visible to the designating (higher) court
    case = (await ctx.session.execute(select(cases).where(cases.c.id == case_id).with_for_update())).first()
    on = cmd.designated_on or today_cn()
    from_court = case.executing_court_code
    try:
        domain.check_designation(ctx.org, from_court, cmd.to_court, case.filed_on, on, cmd.form)
    except DomainError as exc:
        if exc.code == "not_higher_court":
            raise Forbidden(exc.code, exc.message) from None
        raise
    if CaseState(case.state) in FINAL_STATES:
        raise Conflict("case_closed", "案件已结 (the case is closed)", f"state {case.state}")
    d_id = uuid.uuid4()
    await ctx.session.execute(designations.insert().values(
        id=d_id, case_id=case.id, designating_court=ctx.org, from_court=from_court, to_court=cmd.to_court,
        form=cmd.form, reason=cmd.reason, designated_on=on, designated_by=ctx.actor))
    new_court = domain.executing_court_after(cmd.form, from_court, cmd.to_court)
    case = await bump(ctx.session, cases, case.id, executing_court_code=new_court)
    await ctx.emit(ev.CaseDesignated(
        case_id=str(case.id), case_number=case.case_number, designating_court=ctx.org, from_court=from_court,
        to_court=cmd.to_court, executing_court_code=new_court, form=cmd.form, designated_on=on, reason=cmd.reason),
        **about(case), summary=f"{views.FORM_LABELS[cmd.form]}: {from_court} → {cmd.to_court}")
    await ctx.audit("case.designated", "case", case.id, {"from": from_court, "to": cmd.to_court, "form": cmd.form})
    return case


async def resume(ctx: Ctx, case_id: uuid.UUID, cmd: Resumption) -> Any:
    parent = await load_case(ctx, case_id, write=True)
    if parent.state not in (CaseState.concluded_no_assets.value, CaseState.suspended_settlement.value):
        raise Conflict("not_resumable", "只有终本或和解中止的案件可以恢复执行",
                       f"the case is {domain.CASE_STATE_LABELS[CaseState(parent.state)]}")
    await _check_settlement_resumption(ctx, parent, cmd.filed_on, cmd.anticipatory_breach,
                                       required=parent.state == CaseState.suspended_settlement.value)
    ps = (await ctx.session.execute(select(parties).where(parties.c.case_id == parent.id)
                                    .order_by(parties.c.position))).all()
    to_party = lambda p: Party(name=p.name, kind=p.kind, id_number=p.id_number, phone=p.phone)  # noqa: E731
    remaining = await views.outstanding(ctx.session, parent)
    if remaining <= 0:
        raise Conflict("nothing_outstanding", "申请执行标的已全部到位", "nothing is outstanding")
    child = await register_case(ctx, NewCase(
        case_number=cmd.case_number, filed_on=cmd.filed_on, amount_owed_fen=remaining,
        livelihood_category=parent.livelihood_category, non_litigation=parent.non_litigation,
        applicants=[to_party(p) for p in ps if p.role == "applicant"],
        respondents=[to_party(p) for p in ps if p.role == "respondent"],
        required_categories=parent.required_categories), parent=parent)
    # The assets and measures of the original case carry over to the resumed one (after it is written, at commit).
    for table in (assets, measures):
        at_commit(ctx.session, _CARRY_OVER.format(table=table.name),
                  json.dumps({"from": str(parent.id), "to": str(child.id)}))
    await ctx.emit(ev.CaseResumed(
        case_id=str(parent.id), case_number=parent.case_number, resumed_case_id=str(child.id),
        resumed_case_number=child.case_number, reason=cmd.reason, resumed_on=cmd.filed_on),
        **about(parent), summary=f"恢复执行 {child.case_number}")
    await ctx.audit("case.resumed", "case", parent.id, {"resumed_case_id": str(child.id), "reason": cmd.reason})
    return child


# ------------------------------------------------------------------ investigation
async def record_investigation(ctx: Ctx, case_id: uuid.UUID, cmd: InvestigationResult) -> dict:
    case = await load_case(ctx, case_id, write=True)
    on = cmd.queried_on or today_cn()
    stmt = insert(investigation_results).values(case_id=case.id, category=cmd.category, status=cmd.status,
                                                source=cmd.source, note=cmd.note, queried_on=on,
                                                recorded_by=ctx.actor)
    await ctx.session.execute(stmt.on_conflict_do_update(
        index_elements=["case_id", "category"],
        set_={k: stmt.excluded[k] for k in ("status", "source", "note", "queried_on", "recorded_by")}
        | {"recorded_at": func.now()}))
    await ctx.audit("investigation.recorded", "case", case.id, _data(cmd))
    await _maybe_investigation_completed(ctx, case, on)
    return await views.checklist(ctx.session, await _reload(ctx, case.id))


async def _maybe_investigation_completed(ctx: Ctx, case: Any, on: date) -> None:
    case = await _reload(ctx, case.id)
    if case.investigation_completed_on is not None:
        return
    results = await views.investigation_statuses(ctx.session, case.id)
    if domain.investigation_gaps(case.required_categories, results, case.asset_report_order_on is not None):
        return
    await ctx.session.execute(update(cases).where(cases.c.id == case.id).values(investigation_completed_on=on))
    await ctx.emit(ev.InvestigationCompleted(
        case_id=str(case.id), case_number=case.case_number,
        categories={c: results[c] for c in case.required_categories}, completed_on=on),
        **about(case), summary="财产调查完成")


# ------------------------------------------------------------------ assets and measures
async def add_asset(ctx: Ctx, case: Any, cmd: NewAsset, *, source_event_id: str | None = None) -> Any:
    if cmd.asset_type not in domain.ASSET_TYPES:
        raise Refused("unknown_asset_type", f"未知财产类型 {cmd.asset_type!r} / unknown asset type; known: "
                                            f"{', '.join(domain.ASSET_TYPES)}")
    if cmd.debtor_party_key:
        debtor = (await ctx.session.execute(select(parties).where(
            parties.c.case_id == case.id, parties.c.role == "respondent",
            parties.c.party_key == cmd.debtor_party_key))).first()
        if debtor is None:
            raise Refused("unknown_debtor", "该被执行人不属于本案", "debtor_party_key names no respondent of this case")
    else:
        debtor = (await ctx.session.execute(select(parties).where(
            parties.c.case_id == case.id, parties.c.role == "respondent").order_by(parties.c.position))).first()
    return await _insert_asset(ctx, case, cmd, debtor.party_key if debtor else None, debtor.name if debtor else None,
                               source_event_id=source_event_id)


async def _insert_asset(ctx: Ctx, case: Any, cmd: NewAsset, debtor_key: str | None, debtor_name: str | None, *,
                        source_event_id: str | None, status: str = "discovered") -> Any:
    """The asset row, its AssetDiscovered and its audit row (`add_asset` has checked the command)."""
    asset_id = uuid.uuid4()
    row = (await ctx.session.execute(_INSERT_ASSET, {
        "id": asset_id, "case_id": case.id, "debtor_key": debtor_key,
        "debtor_name": debtor_name, "asset_type": cmd.asset_type, "description": cmd.description,
        "quantity": cmd.quantity, "estimated_value_fen": cmd.estimated_value_fen, "location": cmd.location,
        "discovery_source": cmd.discovery_source, "mortgaged": cmd.mortgaged, "source_event_id": source_event_id,
        "status": status})).first()
    await ctx.emit(ev.AssetDiscovered(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(asset_id), asset_type=cmd.asset_type,
        description=cmd.description, estimated_value_fen=cmd.estimated_value_fen,
        discovery_source=cmd.discovery_source, source_event_id=source_event_id),
        **about(case), summary=f"发现财产: {cmd.description}")
    await ctx.audit("asset.discovered", "asset", asset_id, _data(cmd))
    return row


_INSERT_ASSET = insert(assets).returning(assets)  # built once: values as parameters
_INSERT_MEASURE = insert(measures).returning(measures)


async def add_case_asset(ctx: Ctx, case_id: uuid.UUID, cmd: NewAsset) -> Any:
    return await add_asset(ctx, await load_case(ctx, case_id, write=True), cmd)


async def load_asset(ctx: Ctx, asset_id: uuid.UUID, *, write: bool = True) -> tuple[Any, Any]:
    row = (await ctx.session.execute(select(assets).where(assets.c.id == asset_id).with_for_update())).first()
    if row is None:
        raise NotFound("asset_not_found", "财产不存在", str(asset_id))
    case = await load_case(ctx, row.case_id, write=write)
    return row, case


async def apply_measure(ctx: Ctx, asset_id: uuid.UUID, cmd: NewMeasure) -> Any:
    asset, case = await load_asset(ctx, asset_id)
    if cmd.kind not in domain.allowed_measure_kinds(asset.asset_type):
        raise Refused("measure_not_allowed", "该类财产不适用此控制措施",
                      f"{cmd.kind} does not apply to {asset.asset_type}; use "
                      f"{', '.join(sorted(domain.allowed_measure_kinds(asset.asset_type)))}")
    if asset.status in ("sold", "delivered_in_kind"):
        raise Conflict("asset_disposed", "财产已处置", f"asset is {asset.status}")
    start = cmd.start_on or today_cn()
    months = cmd.months or domain.measure_max_months(asset.asset_type)
    expiry = domain.measure_expiry(asset.asset_type, start, months)
    active = (await ctx.session.execute(select(func.count()).select_from(measures).where(
        measures.c.asset_id == asset.id, measures.c.status == "active"))).scalar()
    queued = active > 0  # 轮候: waits for the earlier measure (查扣冻规定 26)
    return await _insert_measure(ctx, case, asset, cmd, start, months, expiry, queued=queued)


async def _insert_measure(ctx: Ctx, case: Any, asset: Any, cmd: NewMeasure, start: date, months: int, expiry: date,
                          *, queued: bool, asset_controlled: bool = False) -> Any:
    """The measure row (the asset controlled by it unless queued, or `asset_controlled` already), its
    MeasureApplied and its audit row (`apply_measure` has checked the command)."""
    m_id = uuid.uuid4()
    row = (await ctx.session.execute(_INSERT_MEASURE, {
        "id": m_id, "asset_id": asset.id, "case_id": case.id, "kind": cmd.kind, "flexible": cmd.flexible,
        "amount_fen": cmd.amount_fen, "months": months, "status": "queued" if queued else "active",
        "queued_on": start if queued else None, "start_on": None if queued else start,
        "expiry_on": None if queued else expiry})).first()
    if not queued and not asset_controlled:
        await ctx.session.execute(update(assets).where(assets.c.id == asset.id, assets.c.status == "discovered")
                                  .values(status="controlled", updated_at=func.now()))
    await ctx.emit(_measure_applied(case, row), **about(case),
                   summary=f"{'轮候' if queued else ''}{KIND_LABEL[cmd.kind]}: {asset.description}"
                           + (f" 至 {expiry}" if not queued else ""))
    await ctx.audit("measure.applied", "measure", m_id, {**_data(cmd), "queued": queued})
    return row


def _measure_applied(case: Any, m: Any) -> ev.MeasureApplied:
    return ev.MeasureApplied(case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id),
                             measure_id=str(m.id), kind=m.kind, flexible=m.flexible, amount_fen=m.amount_fen,
                             start_on=m.start_on, expiry_on=m.expiry_on, queued=m.status == "queued")


async def load_measure(ctx: Ctx, measure_id: uuid.UUID) -> tuple[Any, Any]:
    m = (await ctx.session.execute(select(measures).where(measures.c.id == measure_id).with_for_update())).first()
    if m is None:
        raise NotFound("measure_not_found", "控制措施不存在", str(measure_id))
    case = await load_case(ctx, m.case_id, write=True)
    return m, case


async def renew_measure(ctx: Ctx, measure_id: uuid.UUID, cmd: Renewal) -> Any:
    m, case = await load_measure(ctx, measure_id)
    if m.status != "active":
        raise Conflict("measure_not_active", "只有生效中的措施可以续封/续冻", f"the measure is {m.status}")
    asset = (await ctx.session.execute(select(assets).where(assets.c.id == m.asset_id))).first()
    on = cmd.on or today_cn()
    try:
        expiry = domain.renewal_expiry(asset.asset_type, m.expiry_on, on, cmd.months)
    except DomainError as exc:
        if exc.code == "measure_lapsed":  # too late: the measure is gone (409), not a bad request
            raise Conflict(exc.code, exc.message) from None
        raise
    renewals = list(m.renewals) + [{"on": on.isoformat(), "from": m.expiry_on.isoformat(), "to": expiry.isoformat()}]
    row = (await ctx.session.execute(update(measures).where(measures.c.id == m.id).values(
        expiry_on=expiry, renewals=renewals, updated_at=func.now()).returning(measures))).first()
    await ctx.emit(ev.MeasureRenewed(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
        kind=m.kind, previous_expiry_on=m.expiry_on, expiry_on=expiry),
        **about(case), summary=f"续{KIND_LABEL[m.kind]}至 {expiry}")
    await ctx.audit("measure.renewed", "measure", m.id, {"from": m.expiry_on, "to": expiry})
    return row


async def release_measure(ctx: Ctx, measure_id: uuid.UUID, cmd: Release) -> Any:
    m, case = await load_measure(ctx, measure_id)
    on = cmd.on or today_cn()
    domain.check_release_ground(
        cmd.reason, applicant_consents=cmd.applicant_consents,
        disposal_exhausted=cmd.reason == "failed_disposal" and await views.disposal_exhausted(ctx.session, m.asset_id),
        case_fully_paid=cmd.reason == "payment" and await views.outstanding(ctx.session, case) == 0)
    if cmd.quantity is not None:
        asset = (await ctx.session.execute(select(assets).where(assets.c.id == m.asset_id).with_for_update())).first()
        if cmd.quantity < asset.quantity:
            return await _release_part(ctx, m, case, asset, cmd.quantity, on, cmd.reason)
        if cmd.quantity > asset.quantity:
            raise Refused("quantity_exceeds_lot", "解除数量超过查封数量",
                          f"the lot holds {asset.quantity}, not {cmd.quantity}")
    return await _end_measure(ctx, m, case, "released", on, cmd.reason)


async def _release_part(ctx: Ctx, m: Any, case: Any, asset: Any, quantity: int, on: date, reason: str) -> Any:
    """Partial release (e.g. 转债化解: part of the sealed flats freed for refinancing): the released units are
    split off as an asset of their own, released; the measure stays on the rest of the lot."""
    if m.status != "active":
        raise Conflict("measure_not_active", "措施已解除或失效", f"the measure is {m.status}")
    value = asset.estimated_value_fen
    part_value = value * quantity // asset.quantity if value is not None else None
    part_id = uuid.uuid4()
    await ctx.session.execute(assets.insert().values(
        id=part_id, case_id=asset.case_id, debtor_key=asset.debtor_key, debtor_name=asset.debtor_name,
        asset_type=asset.asset_type, description=f"{asset.description}（解除{KIND_LABEL[m.kind]} {quantity}）",
        quantity=quantity, estimated_value_fen=part_value, location=asset.location,
        discovery_source=asset.discovery_source, mortgaged=asset.mortgaged, status="released"))
    await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(
        quantity=asset.quantity - quantity, updated_at=func.now(),
        estimated_value_fen=value - part_value if value is not None else None))
    await ctx.emit(ev.MeasureReleased(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(asset.id), measure_id=str(m.id),
        kind=m.kind, reason=reason, released_on=on, released_quantity=quantity, released_asset_id=str(part_id)),
        **about(case), summary=f"部分解除{KIND_LABEL[m.kind]}: {quantity}/{asset.quantity} "
                               f"({domain.RELEASE_REASONS[reason]})")
    await ctx.audit("measure.partially_released", "measure", m.id,
                    {"on": on, "reason": reason, "quantity": quantity, "released_asset_id": str(part_id)})
    return m


async def _end_measure(ctx: Ctx, m: Any, case: Any, status: str, on: date, reason: str | None) -> Any:
    if m.status not in ("active", "queued"):
        raise Conflict("measure_not_active", "措施已解除或失效", f"the measure is {m.status}")
    row = (await ctx.session.execute(update(measures).where(measures.c.id == m.id).values(
        status=status, released_on=on, release_reason=reason, updated_at=func.now()).returning(measures))).first()
    activated = None
    if m.status == "active":
        activated = await _activate_queued(ctx, m.asset_id, case, on)
    if status == "released":
        await ctx.emit(ev.MeasureReleased(
            case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
            kind=m.kind, reason=reason, released_on=on,
            activated_measure_id=str(activated.id) if activated is not None else None),
            **about(case), summary=f"解除{KIND_LABEL[m.kind]} ({domain.RELEASE_REASONS[reason]})")
    else:
        await ctx.emit(ev.MeasureLapsed(
            case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
            kind=m.kind, expiry_on=m.expiry_on), **about(case), summary=f"{KIND_LABEL[m.kind]}到期失效")
    if activated is not None:
        await ctx.emit(_measure_applied(case, activated), **about(case),
                       summary=f"轮候{KIND_LABEL[activated.kind]}生效")
    remaining = (await ctx.session.execute(select(func.count()).select_from(measures).where(
        measures.c.asset_id == m.asset_id, measures.c.status == "active"))).scalar()
    if not remaining:
        await ctx.session.execute(update(assets).where(assets.c.id == m.asset_id,
                                                       assets.c.status.in_(["controlled", "in_disposal"]))
                                  .values(status="released", updated_at=func.now()))
    await ctx.audit(f"measure.{status}", "measure", m.id, {"on": on, "reason": reason})
    return row


async def _activate_queued(ctx: Ctx, asset_id: uuid.UUID, case: Any, on: date) -> Any | None:
    queue = (await ctx.session.execute(select(measures).where(
        measures.c.asset_id == asset_id, measures.c.status == "queued"))).all()
    pick = domain.next_queued_effective([(q.seq, q.queued_on) for q in queue])
    if pick is None:
        return None
    q = next(q for q in queue if q.seq == pick)
    asset = (await ctx.session.execute(select(assets).where(assets.c.id == asset_id))).first()
    expiry = domain.measure_expiry(asset.asset_type, on, q.months)
    return (await ctx.session.execute(update(measures).where(measures.c.id == q.id).values(
        status="active", start_on=on, expiry_on=expiry, updated_at=func.now()).returning(measures))).first()


# ------------------------------------------------------------------ disposal and recoveries
async def schedule_round(ctx: Ctx, asset_id: uuid.UUID, cmd: NewAuctionRound) -> Any:
    asset, case = await load_asset(ctx, asset_id)
    if asset.status not in ("controlled", "in_disposal"):
        raise Conflict("asset_not_controlled", "财产未被控制，不能处置", f"asset is {asset.status}")
    rounds = (await ctx.session.execute(select(auction_rounds).where(auction_rounds.c.asset_id == asset.id)
                                        .order_by(auction_rounds.c.round_no))).all()
    if rounds and rounds[-1].outcome != "failed":
        raise Conflict("round_pending", "上一轮尚未结束或已成交", f"round {rounds[-1].round_no} is {rounds[-1].outcome}")
    online = cmd.method == "online_auction" or any(r.method == "online_auction" for r in rounds)
    step = domain.disposal_step([(x.method, x.outcome) for x in rounds], online, asset.asset_type)
    if step == domain.IN_KIND_OR_RELEASE or (step == "sale") != (cmd.method == "sale"):
        raise Refused("wrong_disposal_step", "处置方式不符合程序",
                      f"after {sum(r.outcome == 'failed' for r in rounds)} failed round(s) the next step is {step}, "
                      f"not {cmd.method}" + ("" if step != domain.IN_KIND_OR_RELEASE else
                                             ": a creditor takes it in kind at the reserve or it is released "
                                             "(拍卖变卖规定 24-25; 查扣冻规定 28(3))"), next_step=step)
    auctions = [r for r in rounds if r.method != "sale"]
    last_failed = rounds[-1] if rounds else None
    sale_ends_on = None
    if cmd.method == "sale":
        domain.check_sale_price(cmd.opening_fen, auctions[-1].opening_fen)
        if not online and cmd.starts_on > domain.sale_notice_deadline(last_failed.ended_on).on:
            latest = domain.sale_notice_deadline(last_failed.ended_on)
            raise Refused("sale_notice_too_late", "第三次拍卖流拍后应在 7 日内发出变卖公告",
                          f"the sale notice is due by {latest.on} (拍卖变卖规定 25)", deadline=latest.on.isoformat(),
                          moved_for_holiday_from=_iso(latest.moved_for_holiday_from))
        sale_ends_on = domain.sale_period_end(cmd.starts_on)
    elif cmd.method == "auction":
        previous = [r for r in auctions if r.method == "auction"]
        domain.check_traditional_reserve(cmd.valuation_fen, len(previous) + 1, cmd.opening_fen,
                                         previous[-1].opening_fen if previous else None, valued=cmd.valued)
        if last_failed is not None:
            latest = domain.reauction_deadline(last_failed.ended_on, online=False)
            if cmd.starts_on > latest.on:
                raise Refused("reauction_too_late", "流拍后应在 60 日内再行拍卖",
                              f"the re-auction after the failure on {last_failed.ended_on} is due by {latest.on} "
                              f"(拍卖变卖规定 23)", deadline=latest.on.isoformat(),
                              moved_for_holiday_from=_iso(latest.moved_for_holiday_from))
    else:
        domain.check_opening_price(cmd.valuation_fen, len(auctions) + 1, cmd.opening_fen,
                                   auctions[-1].opening_fen if auctions else None)
        timing = (cmd.announced_on, cmd.deposit_fen, cmd.bidding_hours)
        if any(v is not None for v in timing):
            if any(v is None for v in timing):
                raise Refused("timing_incomplete", "网络拍卖须同时提供公告日期、保证金和竞价时长",
                              "announced_on, deposit_fen and bidding_hours go together (网拍规定 12, 17, 20)")
            domain.check_online_round_timing(
                asset.asset_type, len(auctions) + 1, announced_on=cmd.announced_on, starts_on=cmd.starts_on,
                opening_fen=cmd.opening_fen, deposit_fen=cmd.deposit_fen, bidding_hours=cmd.bidding_hours,
                previous_failed_on=last_failed.ended_on if last_failed is not None else None)
    r_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(auction_rounds).values(
        id=r_id, asset_id=asset.id, case_id=case.id, round_no=len(rounds) + 1, method=cmd.method,
        valuation_fen=cmd.valuation_fen, opening_fen=cmd.opening_fen, starts_on=cmd.starts_on,
        announced_on=cmd.announced_on, deposit_fen=cmd.deposit_fen, bidding_hours=cmd.bidding_hours,
        sale_ends_on=sale_ends_on, outcome="scheduled").returning(auction_rounds))).first()
    await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(status="in_disposal",
                                                                                   updated_at=func.now()))
    await ctx.emit(ev.AuctionRoundScheduled(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(asset.id), round_id=str(r_id),
        round_no=row.round_no, valuation_fen=cmd.valuation_fen, opening_fen=cmd.opening_fen, method=cmd.method,
        starts_on=cmd.starts_on, announced_on=cmd.announced_on, deposit_fen=cmd.deposit_fen,
        bidding_hours=cmd.bidding_hours, sale_ends_on=sale_ends_on), **about(case),
        summary=f"第{row.round_no}轮{'变卖' if cmd.method == 'sale' else '拍卖'}: 起拍价 {cmd.opening_fen} 分")
    await ctx.audit("auction.scheduled", "auction_round", r_id, _data(cmd))
    return row


async def round_result(ctx: Ctx, round_id: uuid.UUID, cmd: AuctionResult) -> Any:
    r = (await ctx.session.execute(select(auction_rounds).where(auction_rounds.c.id == round_id)
                                   .with_for_update())).first()
    if r is None:
        raise NotFound("round_not_found", "拍卖轮次不存在", str(round_id))
    asset, case = await load_asset(ctx, r.asset_id)
    if r.outcome != "scheduled":
        raise Conflict("round_ended", "该轮已结束", f"round {r.round_no} is {r.outcome}")
    on = cmd.on or today_cn()
    if on < r.starts_on:
        raise Refused("before_round_start", "结果日期早于开拍日期", f"{on} is before {r.starts_on}")
    base = dict(case_id=str(case.id), case_number=case.case_number, asset_id=str(asset.id), round_id=str(r.id),
                round_no=r.round_no, valuation_fen=r.valuation_fen, opening_fen=r.opening_fen)
    if cmd.outcome == "failed":
        row = (await ctx.session.execute(update(auction_rounds).where(auction_rounds.c.id == r.id).values(
            outcome="failed", ended_on=on).returning(auction_rounds))).first()
        rounds = (await ctx.session.execute(select(auction_rounds).where(auction_rounds.c.asset_id == asset.id)
                                            .order_by(auction_rounds.c.round_no))).all()
        online = any(x.method == "online_auction" for x in rounds)
        step = domain.disposal_step([(x.method, x.outcome) for x in rounds], online, asset.asset_type)
        if step == "sale":  # at the last auction's price (SPC notice; 拍卖变卖规定 25)
            nxt = domain.required_sale_price(r.opening_fen)
        elif step == "auction":
            nxt = domain.min_next_round_price(r.opening_fen)
        else:  # in kind at the reserve (拍卖变卖规定 16) or release (查扣冻规定 28(3))
            nxt = None
        await ctx.emit(ev.AuctionRoundFailed(**base, failed_on=on, next_step=step, next_min_opening_fen=nxt),
                       **about(case), summary=f"第{r.round_no}轮{'变卖不成' if r.method == 'sale' else '流拍'}; "
                                              f"下一步 {step}" + (f", 最低 {nxt} 分" if nxt is not None else ""))
        await ctx.audit("auction.failed", "auction_round", r.id, {"on": on})
        return row
    price = domain.in_kind_price(r.opening_fen) if cmd.in_kind else cmd.price_fen
    if not cmd.in_kind and price < r.opening_fen:
        raise Refused("price_below_opening", "成交价低于起拍价", f"{price} < opening price {r.opening_fen}")
    row = (await ctx.session.execute(update(auction_rounds).where(auction_rounds.c.id == r.id).values(
        outcome="sold", ended_on=on, price_fen=price, in_kind=cmd.in_kind).returning(auction_rounds))).first()
    await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(
        status="delivered_in_kind" if cmd.in_kind else "sold", updated_at=func.now()))
    await ctx.emit(ev.AuctionRoundSold(**base, price_fen=price, sold_on=on, in_kind=cmd.in_kind),
                   **about(case), summary=f"第{r.round_no}轮{'以物抵债' if cmd.in_kind else '成交'}: {price} 分")
    await _record_recovery(ctx, case, price, "in_kind" if cmd.in_kind else "auction", on, None, asset.id)
    await ctx.audit("auction.sold", "auction_round", r.id, {"on": on, "price_fen": price, "in_kind": cmd.in_kind})
    return row


async def record_recovery(ctx: Ctx, case_id: uuid.UUID, cmd: NewRecovery) -> Any:
    case = await load_case(ctx, case_id, write=True)
    if cmd.asset_id is not None:
        of_case = (await ctx.session.execute(select(assets.c.id).where(
            assets.c.id == cmd.asset_id, assets.c.case_id == case.id))).first()
        if of_case is None:
            raise Refused("unknown_asset", "该财产不属于本案", f"asset {cmd.asset_id} is not an asset of this case")
    return await _record_recovery(ctx, case, cmd.amount_fen, cmd.source, cmd.received_on or today_cn(), None,
                                  cmd.asset_id)


async def payment_received(ctx: Ctx, case_id: str, amount_fen: int, received_on: date) -> Any:
    """A payment under a settlement, received by the mediation center, is money recovered in the case."""
    case = await case_for_event(ctx, case_id)
    return await _record_recovery(ctx, case, amount_fen, "settlement_payment", received_on,
                                  ctx.event.id if ctx.event else None, None)


async def _record_recovery(ctx: Ctx, case: Any, amount: int, source: str, on: date, source_event_id: str | None,
                           asset_id: uuid.UUID | None) -> Any:
    r_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(recoveries).values(
        id=r_id, case_id=case.id, amount_fen=amount, source=source, received_on=on,
        source_event_id=source_event_id, asset_id=asset_id).returning(recoveries))).first()
    total = await views.recovered_total(ctx.session, case.id)
    await ctx.emit(ev.RecoveryRecorded(
        case_id=str(case.id), case_number=case.case_number, recovery_id=str(r_id), amount_fen=amount, source=source,
        received_on=on, recovered_total_fen=total, outstanding_fen=max(case.amount_owed_fen - total, 0),
        asset_id=str(asset_id) if asset_id is not None else None),
        **about(case), summary=f"执行到位 {amount} 分 ({source})")
    await ctx.audit("recovery.recorded", "recovery", r_id, {"amount_fen": amount, "source": source,
                                                            "asset_id": asset_id})
    return row


# ------------------------------------------------------------------ re-queries after 终本
async def record_requery(ctx: Ctx, case_id: uuid.UUID, sequence: int, result: str, on: date) -> Any:
    """A post-终本 re-query was run; a find re-opens execution through a resumption (恢复执行)."""
    case = await load_case(ctx, case_id, write=True)
    row = (await ctx.session.execute(update(requeries).where(
        requeries.c.case_id == case.id, requeries.c.sequence == sequence, requeries.c.done_on.is_(None))
        .values(done_on=on, result=result).returning(requeries))).first()
    if row is None:
        raise NotFound("requery_not_found", "没有待办的该次复查", f"no open re-query #{sequence}")
    found = result == "found"
    await ctx.emit(ev.RequeryResultRecorded(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        sequence=sequence, done_on=on, result=result, applicants=list(case.applicants), proposes_resumption=found),
        **about(case), summary=f"终本后第{sequence}次复查: {'发现财产, 建议恢复执行' if found else '未发现财产'} (已告知申请执行人)")
    await ctx.audit("case.requery_recorded", "case", case.id, {"sequence": sequence, "result": result})
    return row


# ------------------------------------------------------------------ the applicant's clues, the debtor's reports
async def register_clue(ctx: Ctx, case_id: uuid.UUID, cmd: NewClue) -> Any:
    """财产调查规定 2: the applicant's specific asset clue is verified within 7 days of receipt, 3 if urgent."""
    case = await load_case(ctx, case_id, write=True)
    if cmd.received_on < case.filed_on or cmd.received_on > today_cn():
        raise Refused("invalid_received_on", "线索接收日期无效", f"{cmd.received_on} is before filing or in the future")
    due = domain.clue_verification_deadline(cmd.received_on, cmd.urgent)
    c_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(asset_clues).values(
        id=c_id, case_id=case.id, description=cmd.description, asset_type=cmd.asset_type, urgent=cmd.urgent,
        received_on=cmd.received_on, due_on=due.on, moved_for_holiday_from=due.moved_for_holiday_from)
        .returning(asset_clues))).first()
    await ctx.audit("clue.registered", "asset_clue", c_id, _data(cmd))
    return row


async def verify_clue(ctx: Ctx, clue_id: uuid.UUID, cmd: ClueVerification) -> Any:
    clue = (await ctx.session.execute(select(asset_clues).where(asset_clues.c.id == clue_id)
                                      .with_for_update())).first()
    if clue is None:
        raise NotFound("clue_not_found", "线索不存在", str(clue_id))
    case = await load_case(ctx, clue.case_id, write=True)
    if clue.verified_on is not None:
        raise Conflict("clue_verified", "线索已核查", f"verified on {clue.verified_on}")
    on = cmd.on or today_cn()
    if on < clue.received_on:
        raise Refused("before_receipt", "核查日期早于线索接收日期", f"{on} is before {clue.received_on}")
    asset_id = None
    if cmd.result == "found" and clue.asset_type:
        asset = await add_asset(ctx, case, NewAsset(asset_type=clue.asset_type, description=clue.description,
                                                    discovery_source="applicant",
                                                    estimated_value_fen=cmd.estimated_value_fen,
                                                    location=cmd.location))
        asset_id = asset.id
    row = (await ctx.session.execute(update(asset_clues).where(asset_clues.c.id == clue.id).values(
        verified_on=on, result=cmd.result, asset_id=asset_id).returning(asset_clues))).first()
    await ctx.audit("clue.verified", "asset_clue", clue.id, {"on": on, "result": cmd.result,
                                                             "late": on > clue.due_on})
    return row


async def notify_clue_overdue(ctx: Ctx, case: Any, clue: Any) -> None:
    await ctx.emit(ev.AssetClueOverdue(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        clue_id=str(clue.id), received_on=clue.received_on, urgent=clue.urgent, due_on=clue.due_on,
        moved_for_holiday_from=clue.moved_for_holiday_from),
        **about(case), summary=f"申请执行人提供的财产线索逾期未核查 (应于 {clue.due_on} 前, 财产调查规定 2)")


async def record_change_report(ctx: Ctx, case_id: uuid.UUID, cmd: ChangeReport) -> Any:
    """财产调查规定 7: the debtor reports a change in its assets within 10 days of the change; a late report
    is recorded as late, with an event (the court may sanction it, 财产调查规定 9)."""
    case = await load_case(ctx, case_id, write=True)
    if cmd.reported_on < cmd.changed_on:
        raise Refused("report_before_change", "报告日期早于财产变动日期", f"{cmd.reported_on} < {cmd.changed_on}")
    if cmd.reported_on > today_cn():
        raise Refused("reported_in_future", "报告日期不能晚于今天", str(cmd.reported_on))
    due = domain.debtor_change_report_deadline(cmd.changed_on)
    late = cmd.reported_on > due.on
    r_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(change_reports).values(
        id=r_id, case_id=case.id, changed_on=cmd.changed_on, reported_on=cmd.reported_on, due_on=due.on,
        moved_for_holiday_from=due.moved_for_holiday_from, description=cmd.description, late=late)
        .returning(change_reports))).first()
    if late:
        await ctx.emit(ev.DebtorChangeReportLate(
            case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
            report_id=str(r_id), changed_on=cmd.changed_on, reported_on=cmd.reported_on, due_on=due.on),
            **about(case), summary=f"被执行人逾期报告财产变动 (应于 {due.on} 前, 财产调查规定 7)")
    await ctx.audit("case.change_reported", "change_report", r_id, {**_data(cmd), "late": late})
    return row


async def mark_undisposable(ctx: Ctx, asset_id: uuid.UUID, reason: str) -> Any:
    """终本规定 1(3): property found that cannot be disposed of (e.g. fully mortgaged beyond its value, a
    third party's priority, no market) does not block 终本; the reason is recorded."""
    asset, case = await load_asset(ctx, asset_id)
    if asset.status in ("sold", "delivered_in_kind", "released"):
        raise Conflict("asset_disposed", "财产已处置或已解除", f"asset is {asset.status}")
    row = (await ctx.session.execute(update(assets).where(assets.c.id == asset.id).values(
        undisposable_reason=reason, updated_at=func.now()).returning(assets))).first()
    await ctx.audit("asset.undisposable", "asset", asset.id, {"reason": reason})
    return row


# ------------------------------------------------------------------ the sweep's notices (sweep.py finds them)
async def notify_deadline(ctx: Ctx, case: Any, deadline: dict[str, Any]) -> None:
    d = deadline
    await ctx.emit(ev.DeadlineDue(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        kind=d["kind"], deadline=d["deadline"], level=d["status"],
        moved_for_holiday_from=d.get("moved_for_holiday_from")),
        **about(case), summary=f"{d['label']} {'即将到期' if d['status'] == 'due' else '已逾期'}: {d['deadline']}")


async def warn_expiry(ctx: Ctx, case: Any, m: Any, today: date) -> None:
    await ctx.emit(ev.MeasureExpiring(
        case_id=str(case.id), case_number=case.case_number, asset_id=str(m.asset_id), measure_id=str(m.id),
        kind=m.kind, expiry_on=m.expiry_on, days_left=(m.expiry_on - today).days),
        **about(case), summary=f"{KIND_LABEL[m.kind]}将于 {m.expiry_on} 到期")


async def lapse_measure(ctx: Ctx, case: Any, m: Any) -> Any:
    """查扣冻规定 27: an unrenewed measure lapses at expiry (the day after its last day)."""
    return await _end_measure(ctx, m, case, "lapsed", m.expiry_on + timedelta(days=1), None)


async def notify_requery(ctx: Ctx, case: Any, r: Any) -> None:
    await ctx.emit(ev.RequeryDue(case_id=str(case.id), case_number=case.case_number,
                                 court_code=case.executing_court_code, due_on=r.due_on, sequence=r.sequence),
                   **about(case), summary=f"终本后第{r.sequence}次复查到期: {r.due_on}")


# ------------------------------------------------------------------ the linkages' events, applied to a case
async def obstruction_sanctioned(ctx: Ctx, case_id: str, on: date, summary: str) -> Any:
    """A linkage sanctioned an obstruction of execution — a fine or detention that stands (dispatch), a 拒执罪
    transfer (police): the act of obstruction and its sanction are on the case for the 终本 gate (终本规定 1(5)).
    The first sanction's day is kept. A sanction about a case this court system does not hold changes nothing
    here (the linkage's own counters still count it)."""
    try:
        case = await case_for_event(ctx, case_id)
    except (NotFound, Refused):
        return None
    if not case.obstructed or case.obstruction_sanctioned_on is None:
        case = await bump(ctx.session, cases, case.id, obstructed=True,
                          obstruction_sanctioned_on=case.obstruction_sanctioned_on or on)
        await ctx.audit("case.obstruction_sanctioned", "case", case.id, {"on": on, "event": ctx.event.type})
    await _note(ctx, case, summary)
    return case


async def note(ctx: Ctx, case_id: str, summary: str) -> Any:
    """A line on the case's timeline for the event being applied (no event of our own)."""
    case = await case_for_event(ctx, case_id)
    await _note(ctx, case, summary)
    return case


async def _note(ctx: Ctx, case: Any, summary: str) -> None:
    record_case_event(ctx, case.id, ctx.event.id, ctx.event.type, summary)


ON_SITE_TYPES = {"movable", "vehicle", "ship"}  # what officers can seize on the spot (扣押)


async def record_find(ctx: Ctx, case_id: str, cmd: NewAsset, *, seized: bool = False) -> Any:
    """An asset a linkage found (on site, through a tip, by the police) joins the ledger, remembered by the
    event's id; a movable seized on the spot (扣押) is under a seizure from the event's day."""
    source = ctx.event.id if ctx.event else None
    if cmd.debtor_party_key or cmd.asset_type not in domain.ASSET_TYPES:  # the general path (and its refusals)
        asset = await add_asset(ctx, await case_for_event(ctx, case_id), cmd, source_event_id=source)
        if seized and cmd.asset_type in ON_SITE_TYPES:
            await apply_measure(ctx, asset.id, NewMeasure(kind="seize", start_on=event_day(ctx)))
        return asset
    # The same effects in fewer round trips (the consumer's path from 执行110): the case locked together with its
    # first respondent (the asset's debtor, as `add_asset` takes it), and a seizure on the spot written with the
    # asset: the asset is new (no earlier measure, so not queued) and starts controlled.
    case = (await ctx.session.execute(_CASE_AND_DEBTOR, {"case_id": as_uuid(case_id, "case_id")})).first()
    if case is None:
        raise NotFound("case_not_found", f"案件不存在 / no case {case_id} in asset_core")
    seize = NewMeasure(kind="seize", start_on=event_day(ctx)) if seized and cmd.asset_type in ON_SITE_TYPES else None
    if seize is not None and seize.kind not in domain.allowed_measure_kinds(cmd.asset_type):
        raise Refused("measure_not_allowed", "该类财产不适用此控制措施",
                      f"{seize.kind} does not apply to {cmd.asset_type}; use "
                      f"{', '.join(sorted(domain.allowed_measure_kinds(cmd.asset_type)))}")
    asset = await _insert_asset(ctx, case, cmd, case.first_respondent_key, case.first_respondent_name,
                                source_event_id=source, status="controlled" if seize is not None else "discovered")
    if seize is not None:
        months = domain.measure_max_months(cmd.asset_type)
        await _insert_measure(ctx, case, asset, seize, seize.start_on, months,
                              domain.measure_expiry(cmd.asset_type, seize.start_on, months),
                              queued=False, asset_controlled=True)
    return asset


_DEBTOR = (select(parties.c.party_key, parties.c.name)
           .where(parties.c.case_id == cases.c.id, parties.c.role == "respondent")
           .order_by(parties.c.position).limit(1).lateral("debtor"))
_CASE_AND_DEBTOR = (  # the case a find names, locked, with its first respondent (built once)
    select(cases, _DEBTOR.c.party_key.label("first_respondent_key"), _DEBTOR.c.name.label("first_respondent_name"))
    .select_from(cases.outerjoin(_DEBTOR, true())).where(cases.c.id == bindparam("case_id"))
    .with_for_update(of=cases))


async def debtor_located(ctx: Ctx, case_id: str, *, on: date, summary: str, audit: dict[str, Any]) -> Any:
    """A missing debtor was found (执行110, the police): no longer missing, searched on `on` (终本规定 1(5))."""
    case = await case_for_event(ctx, case_id)
    if case.debtor_missing:
        case = await bump(ctx.session, cases, case.id, debtor_missing=False, missing_debtor_searched_on=on)
    await _note(ctx, case, summary)
    await ctx.audit("case.debtor_located", "case", case.id, audit)
    return case


async def apply_settlement(ctx: Ctx, case_id: str, s: Settlement) -> Any:
    """执行和解 (和解规定 2-3): execution suspended; named seizures released; named assets marked for
    re-mortgage (转债化解)."""
    case = await case_for_event(ctx, case_id)
    if s.first_due_on is not None and s.performance_end_on is not None:  # what 和解规定 9-11 check on resumption
        await ctx.session.execute(insert(settlements).values(
            settlement_id=s.settlement_id, case_id=case.id, reached_on=s.reached_on, first_due_on=s.first_due_on,
            performance_end_on=s.performance_end_on, total_fen=s.total_fen).on_conflict_do_nothing(
            index_elements=["settlement_id"]))
    if case.state == CaseState.executing.value:
        await transition(ctx, case.id, Transition(to_state=CaseState.suspended_settlement,
                                                  reason=f"执行和解 {s.settlement_id}", on=s.reached_on))
    for mid in s.release_measure_ids:
        m = (await ctx.session.execute(select(measures).where(measures.c.id == as_uuid(mid, "measure id"),
                                                              measures.c.case_id == case.id))).first()
        if m is None:
            raise Refused("unknown_measure", f"措施不属于本案 / measure {mid} is not a measure of case {case.id}")
        if m.status in ("active", "queued"):
            await release_measure(ctx, m.id, Release(reason="settlement", on=s.reached_on,
                                                     quantity=s.release_quantities.get(mid)))
    for aid in s.remortgage_asset_ids:
        done = await ctx.session.execute(
            update(assets).where(assets.c.id == as_uuid(aid, "asset id"), assets.c.case_id == case.id)
            .values(remortgage_requested_on=s.reached_on).returning(assets.c.id))
        if done.first() is None:
            raise Refused("unknown_asset", f"财产不属于本案 / asset {aid} is not an asset of case {case.id}")
    case = await case_for_event(ctx, case_id)
    await projections.count(ctx.session, case.executing_court_code, s.reached_on, "settled")
    await _note(ctx, case, f"达成执行和解: {s.total_fen} 分, {s.installments} 期; 解除 "
                           f"{len(s.release_measure_ids)} 项措施, 协助 {len(s.remortgage_asset_ids)} 项财产再抵押")
    return case


async def settlement_defaulted(ctx: Ctx, case_id: str, *, settlement_id: str, paid_fen: int,
                               resume_deadline: date, defaulted_on: date | None = None) -> Any:
    """和解规定 9: the settlement was not performed; the case shows the proposal to resume, and the default the
    center found is what lets the court resume (和解规定 9, 11)."""
    case = await note(ctx, case_id, f"和解协议未履行: 建议恢复执行 (已付 {paid_fen} 分, 申请期限至 {resume_deadline})")
    await ctx.session.execute(update(settlements).where(settlements.c.settlement_id == settlement_id,
                                                        settlements.c.defaulted_on.is_(None))
                              .values(defaulted_on=defaulted_on or event_day(ctx)))
    await ctx.audit("case.resumption_proposed", "case", case.id, {"settlement_id": settlement_id})
    return case


async def settlement_performed(ctx: Ctx, case_id: str, *, settlement_id: str, on: date) -> Any:
    """和解规定 8: a settlement performed in full closes the case as fully executed."""
    case = await case_for_event(ctx, case_id)
    await projections.count(ctx.session, case.executing_court_code, on, "fully_executed")
    await ctx.session.execute(update(settlements).where(settlements.c.settlement_id == settlement_id)
                              .values(performed_on=on))
    if case.state == CaseState.suspended_settlement.value:
        return await transition(ctx, case.id, Transition(to_state=CaseState.fully_executed,
                                                         reason=f"执行和解履行完毕 {settlement_id}", on=on))
    if domain.closes_on_full_performance(case.state):  # 和解规定 8: whatever state it was pushed in (终本 too)
        return await _close_fully_executed(ctx, case, f"执行和解履行完毕 {settlement_id}", on)
    await _note(ctx, case, f"和解中心: 和解协议履行完毕 (案件状态 {case.state} 未变)")
    return case


async def _close_fully_executed(ctx: Ctx, case: Any, reason: str, on: date) -> Any:
    """和解规定 8: full performance closes the case as fully executed from any open state, 终本 included (终本 is
    final for the judge's transitions, not for the law's closure on performance)."""
    current = CaseState(case.state)
    values: dict[str, Any] = {"state": CaseState.fully_executed.value, "closed_on": on}
    if case.suspended_since is not None:
        values.update(suspended_since=None, suspended_days=case.suspended_days + (on - case.suspended_since).days)
    case = await bump(ctx.session, cases, case.id, **values)
    await ctx.emit(ev.CaseStateChanged(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        from_state=current.value, to_state=CaseState.fully_executed.value, reason=reason, changed_on=on),
        **about(case), summary=f"{domain.CASE_STATE_LABELS[current]} → 执行完毕: {reason} (和解规定 8)")
    await _release_on_closing(ctx, case, CaseState.fully_executed, on)
    await ctx.audit("case.state_changed", "case", case.id, {"from": current.value, "to": "fully_executed",
                                                             "reason": reason, "on": on})
    return case


def event_day(ctx: Ctx) -> date:
    """The court's day (Asia/Shanghai) of the event being applied (today outside a consumer)."""
    return day_cn(ctx.event.time) if ctx.event is not None else today_cn()


# ------------------------------------------------------------------ 执行开放日 (issue 14)
OPEN_DAY_ROLES = frozenset({"judge", "president"})


async def set_open_day(ctx: Ctx, case_id: uuid.UUID, *, open: bool, show_amounts: bool) -> dict:
    """A judge or president of the executing court opens the case for 执行开放日 (its masked timeline becomes
    public, amounts only with `show_amounts`) or takes it off again."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    from services.asset_core.tables import open_day_cases
    if ctx.principal is not None and not (ctx.roles & OPEN_DAY_ROLES):
        raise Forbidden("open_day_role", "只有法官或院长可以公开案件 (judge or president only)", str(ctx.roles))
    case = await load_case(ctx, case_id, write=True)
    if open:
        stmt = pg_insert(open_day_cases).values(case_id=case.id, court_code=case.executing_court_code,
                                                show_amounts=show_amounts, opened_by=ctx.actor)
        await ctx.session.execute(stmt.on_conflict_do_update(
            index_elements=["case_id"], set_={"show_amounts": show_amounts, "opened_by": ctx.actor}))
    else:
        await ctx.session.execute(open_day_cases.delete().where(open_day_cases.c.case_id == case.id))
    await ctx.audit("case.open_day", "case", case.id, {"open": open, "show_amounts": show_amounts})
    return {"case_id": case.id, "open": open, "show_amounts": show_amounts if open else False}


# ------------------------------------------------------------------ evidence files (issue 16)
async def attach_file(ctx: Ctx, case_id: uuid.UUID, upload: files.Upload) -> Any:
    """An evidence file (document or photo) on the case, by its executing court: the type checked against the
    bytes, stored with its SHA-256, which the EvidenceFileAttached event and the audit chain record too."""
    checked = upload.checked(ctx.settings.file_max_bytes)
    case = await load_case(ctx, case_id, write=True)
    row = await files.insert(ctx.session, case_files, checked, owner_kind="case", owner_id=case.id,
                             court_code=case.executing_court_code, case_id=case.id, uploaded_by=ctx.actor)
    await ctx.emit(ev.EvidenceFileAttached(
        file_id=str(row.id), owner_kind="case", owner_id=str(case.id), case_id=str(case.id),
        court_code=case.executing_court_code, content_type=row.content_type, size_bytes=row.size_bytes,
        sha256=row.sha256, attached_at=row.uploaded_at),
        **about(case), summary=f"证据材料: {files.TYPES[row.content_type]}, {row.size_bytes} 字节")
    await ctx.audit("file.attached", "file", row.id, {**files.audit_data(row), "case_id": str(case.id)})
    return files.view(row)


# ------------------------------------------------------------------ 执行款发放 (issue 16)
@dataclass(frozen=True)
class NewPayout:
    amount_fen: int
    payee_party_id: uuid.UUID
    method: str  # bank_transfer / cheque / cash
    paid_on: date | None = None
    reference: str | None = None
    note: str | None = None


async def record_payout(ctx: Ctx, case_id: uuid.UUID, cmd: NewPayout) -> dict:
    """执行款发放 (执行款物管理规定 13): the executing court pays recovered money out to an applicant of the case —
    never more than the money received by the payout's day less what was paid out before (the case is locked, so
    two payouts at once cannot both spend the same money). The overview's 执行到位 counts recoveries: unchanged."""
    from services.asset_core.tables import payouts
    case = await load_case(ctx, case_id, write=True)
    on = cmd.paid_on or today_cn()
    if on > today_cn():
        raise Refused("paid_in_future", "发放日期不能晚于今天", f"paid_on {on} is in the future")
    payee = (await ctx.session.execute(select(parties).where(
        parties.c.id == cmd.payee_party_id, parties.c.case_id == case.id))).first()
    if payee is None or payee.role != "applicant":
        raise Refused("payee_not_applicant", "领款人须为本案申请执行人 (the payee must be an applicant of the case)",
                      f"party {cmd.payee_party_id} is not an applicant of case {case.id}; GET …/payouts lists them")
    received_by = await views.payable_received(ctx.session, case.id, by=on)
    paid = await views.paid_out_total(ctx.session, case.id)
    available = domain.available_for_payout(received_by, paid)
    if cmd.amount_fen > available:
        raise Conflict("payout_exceeds_received", "发放金额超过已到位未发放的执行款 (more than the money received and "
                       "not yet paid out)", f"{cmd.amount_fen} fen asked; {available} fen received by {on} and not "
                       f"yet paid out (received {received_by}, paid out {paid})", available_fen=available)
    p_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(payouts).values(
        id=p_id, case_id=case.id, payee_party_id=payee.id, amount_fen=cmd.amount_fen, paid_on=on, method=cmd.method,
        reference=cmd.reference, note=cmd.note, recorded_by=ctx.actor).returning(payouts))).first()
    received = await views.payable_received(ctx.session, case.id)
    paid_now = paid + cmd.amount_fen
    await ctx.emit(ev.PayoutRecorded(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        payout_id=str(p_id), amount_fen=cmd.amount_fen, paid_on=on, method=cmd.method, payee_name=payee.name,
        payee_kind=payee.kind, payee_id_number_masked=views.mask_id_number(payee.kind, payee.id_number),
        payee_party_key=payee.party_key, livelihood_category=case.livelihood_category, received_fen=received,
        paid_out_fen=paid_now, awaiting_payout_fen=max(received - paid_now, 0)),
        **about(case), summary=f"执行款发放 {cmd.amount_fen} 分 ({domain.PAYOUT_METHODS[cmd.method]})")
    await ctx.audit("payout.recorded", "payout", p_id, {"case_id": case.id, "amount_fen": cmd.amount_fen,
                                                        "payee_party_id": payee.id, "paid_on": on,
                                                        "method": cmd.method, "reference": cmd.reference})
    return views.payout_view(row, payee, ctx.roles)


# ------------------------------------------------------------------ 延缓发放 (执行款物管理规定 13 ¶2-3)
@dataclass(frozen=True)
class NewPayoutDeferral:
    ground: str  # domain.PAYOUT_DEFERRAL_GROUNDS
    decided_on: date | None = None
    note: str | None = None


async def defer_payout(ctx: Ctx, case_id: uuid.UUID, cmd: NewPayoutDeferral) -> dict:
    """延缓发放 (执行款物管理规定 13 ¶2): a judge or president of the executing court defers paying out the case's
    money on a ground of ¶2; no payout deadline runs while it stands (the sweep reports no PayoutOverdue)."""
    from services.asset_core.tables import payout_deferrals
    case = await load_case(ctx, case_id, write=True)
    on = cmd.decided_on or today_cn()
    if on > today_cn():
        raise Refused("decided_in_future", "决定日期不能晚于今天", f"decided_on {on} is in the future")
    if on < case.filed_on:
        raise Refused("decided_before_filing", "决定日期早于立案日期", f"decided_on {on} < filed_on {case.filed_on}")
    d_id = uuid.uuid4()
    row = (await ctx.session.execute(insert(payout_deferrals).values(
        id=d_id, case_id=case.id, ground=cmd.ground, decided_on=on, note=cmd.note, decided_by=ctx.actor)
        .returning(payout_deferrals))).first()
    label = domain.PAYOUT_DEFERRAL_GROUNDS[cmd.ground]
    await ctx.emit(ev.PayoutDeferred(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        deferral_id=str(d_id), ground=cmd.ground, ground_label=label, decided_on=on),
        **about(case), summary=f"延缓发放执行款: {label}")
    await ctx.audit("payout.deferred", "payout_deferral", d_id, {"case_id": case.id, "ground": cmd.ground,
                                                                 "decided_on": on})
    return views.deferral_view(row)


async def end_payout_deferral(ctx: Ctx, case_id: uuid.UUID, deferral_id: uuid.UUID, ended_on: date | None) -> dict:
    """延缓发放的情形消失 (执行款物管理规定 13 ¶3): the ground ceased on `ended_on`; the money waiting is then due
    within 10 days of it, never sooner than the 30 days of ¶1 (domain.payout_deadline). Once only."""
    from services.asset_core.tables import payout_deferrals
    case = await load_case(ctx, case_id, write=True)
    row = (await ctx.session.execute(select(payout_deferrals).where(
        payout_deferrals.c.id == deferral_id, payout_deferrals.c.case_id == case.id).with_for_update())).first()
    if row is None:
        raise NotFound("deferral_not_found", "延缓发放决定不存在 (no such deferral)",
                       f"no deferral {deferral_id} in case {case.id}")
    if row.ended_on is not None:
        raise Conflict("deferral_already_ended", "延缓发放已结束 (the deferral has already ended)",
                       f"ended on {row.ended_on}")
    on = ended_on or today_cn()
    if on > today_cn():
        raise Refused("ended_in_future", "情形消失日不能晚于今天", f"ended_on {on} is in the future")
    if on < row.decided_on:
        raise Refused("ended_before_decided", "情形消失日早于延缓发放决定日期",
                      f"ended_on {on} < decided_on {row.decided_on}")
    row = (await ctx.session.execute(update(payout_deferrals).where(payout_deferrals.c.id == row.id)
                                     .values(ended_on=on, ended_by=ctx.actor).returning(payout_deferrals))).first()
    since, _ = await views.waiting_of(ctx.session, case.id)
    deferrals = (await views.deferrals_by_case(ctx.session, [case.id]))[case.id]
    deadline = views.payout_deadline_of(since, today_cn(), deferrals)
    await ctx.emit(ev.PayoutDeferralEnded(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        deferral_id=str(row.id), ground=row.ground, decided_on=row.decided_on, ended_on=on,
        deadline=deadline["deadline"] if deadline else None),
        **about(case), summary=f"延缓发放情形消失 ({on})" + (f", 应于 {deadline['deadline']} 前发放 (执行款物管理规定 13)"
                                                       if deadline else ""))
    await ctx.audit("payout.deferral_ended", "payout_deferral", row.id, {"case_id": case.id, "ended_on": on})
    return views.deferral_view(row)


async def notify_payout_overdue(ctx: Ctx, case: Any, since: date, deadline: date, ended_on: date | None,
                                awaiting_fen: int) -> None:
    await ctx.emit(ev.PayoutOverdue(
        case_id=str(case.id), case_number=case.case_number, court_code=case.executing_court_code,
        livelihood_category=case.livelihood_category, waiting_since=since, deadline=deadline,
        deferral_ended_on=ended_on, awaiting_payout_fen=awaiting_fen),
        **about(case), summary=f"执行款逾期未发放 {awaiting_fen} 分 (应于 {deadline} 前, 执行款物管理规定 13)")
