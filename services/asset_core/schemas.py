"""asset_core HTTP request and response models."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.asset_core import domain
from services.asset_core.domain import CaseState, LivelihoodCategory
from shared.identity import PHONE, validate_id_number
from shared import files
from shared.inputs import In
DesignationForm = Literal["instruct", "elevate", "concentrate", "cooperate", "supervise"]
DiscoverySource = Literal["online_query", "on_site", "debtor_report", "tip", "police", "applicant"]
RecoverySource = Literal["debtor_payment", "deduction", "auction", "in_kind", "settlement_payment", "third_party"]
Milestone = Literal["officer_assigned", "execution_notice", "asset_report_order", "consumption_restriction",
                    "dishonest_listing", "debtor_missing", "missing_debtor_searched", "extension_approved",
                    "applicant_heard", "obstruction", "obstruction_sanctioned"]
ReleaseReason = Literal["settlement", "payment", "over_seizure", "failed_disposal", "court_order",
                        "third_party_property", "claim_withdrawn", "guarantee_accepted", "case_terminated"]


class _In(In):
    """A request body (shared.inputs.In: unknown fields refused, dates in the legal range)."""


def _domain(fn, v):
    try:
        return fn(v)
    except domain.DomainError as exc:
        raise ValueError(str(exc)) from None


class PartyIn(_In):
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["person", "organisation"] = Field("organisation", description="自然人 person / 法人或其他组织 organisation")
    id_number: str | None = Field(None, description="person: 18-digit 居民身份证号; organisation: 统一社会信用代码")
    phone: str | None = Field(None, description="mobile or landline")

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, v: Any) -> Any:
        return {"name": v} if isinstance(v, str) else v

    @model_validator(mode="after")
    def _valid_ids(self) -> "PartyIn":
        if self.id_number:
            self.id_number = _domain(lambda v: validate_id_number(self.kind, v), self.id_number)
        if self.phone and not PHONE.match(self.phone):
            raise ValueError("phone must be a mainland mobile (11 digits) or landline number")
        return self


class CaseCreate(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "case_number": "（2024）内0621执123号", "filed_on": "2024-03-01", "amount_owed_fen": 7_000_000_000,
        "livelihood_category": "none",
        "applicants": [{"name": "某银行股份有限公司鄂尔多斯分行", "kind": "organisation"}],
        "respondents": [{"name": "内蒙古某房地产开发有限公司", "kind": "organisation",
                         "id_number": "91150621MA0N1234XX"}]}]})

    case_number: str = Field(min_length=8, max_length=64, description="案号, e.g. （2024）内0621执123号")
    filed_on: date = Field(description="立案日期")
    amount_owed_fen: int = Field(ge=1, le=10**15, description="申请执行标的, in fen (分)")
    livelihood_category: LivelihoodCategory = Field(
        LivelihoodCategory.none, description="绿色通道: none / migrant_wages 农民工工资 / support_payments 赡养抚养费")
    non_litigation: bool = Field(False, description="非诉执行 (3-month limit instead of 6)")
    applicants: list[PartyIn] = Field(min_length=1, max_length=50, description="申请执行人 (a name or a party)")
    respondents: list[PartyIn] = Field(min_length=1, max_length=50, description="被执行人 (a name or a party)")
    required_categories: list[str] | None = Field(None, description="查控 categories ADDED to the national 网络查控 "
                                                  "minimum (which always applies; a case cannot drop one)")

    @field_validator("case_number")
    @classmethod
    def _valid_case_number(cls, v: str) -> str:
        return str(_domain(domain.parse_case_number, v))

    @field_validator("required_categories")
    @classmethod
    def _known_categories(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return v
        known = set(domain.DEFAULT_REQUIRED_CATEGORIES) | set(domain.OPTIONAL_CATEGORIES)
        unknown = [c for c in v if c not in known]
        if unknown or not v:
            raise ValueError(f"unknown categories {unknown}; known: {sorted(known)}")
        return list(dict.fromkeys(v))


class PartyOut(BaseModel):
    name: str
    kind: str
    id_number: str | None = Field(description="masked unless the role needs it")
    phone: str | None = Field(description="masked unless the role needs it")
    party_key: str | None = Field(description="links one party's cases (GET /api/v1/debtors/{party_key}/asset-state)")


class DeadlineOut(BaseModel):
    kind: str
    label: str
    deadline: date = Field(description="the last day, moved off a statutory holiday or rest day (民诉法 85 ¶3)")
    moved_for_holiday_from: date | None = Field(None, description="the period's own last day when a holiday moved "
                                                "it; null when not moved")
    status: str = Field(description="pending / due / overdue / done / done_late / suspended")


class DesignationOut(BaseModel):
    id: uuid.UUID
    designating_court: str
    from_court: str
    to_court: str
    form: str
    form_label: str
    reason: str
    designated_on: date


class CaseOut(BaseModel):
    id: uuid.UUID
    case_number: str
    case_type: str
    court_code: str
    executing_court_code: str
    filed_on: date
    amount_owed_fen: int
    livelihood_category: LivelihoodCategory
    priority: int = Field(description="0 = 绿色通道 first, 1 = ordinary")
    applicants: list[PartyOut]
    respondents: list[PartyOut]
    state: CaseState
    state_label: str
    version: int
    parent_case_id: uuid.UUID | None
    milestones: dict[str, date | None]
    obstructed: bool = Field(False, description="someone obstructed execution (终本规定 1(5))")
    deadlines: list[DeadlineOut]
    designations: list[DesignationOut]
    created_at: datetime
    updated_at: datetime


class CasePage(BaseModel):
    items: list[CaseOut]
    next_cursor: str | None


class TransitionIn(_In):
    to_state: CaseState
    reason: str = Field(min_length=1, max_length=2000)
    on: date | None = Field(None, description="effective date (default: today, Asia/Shanghai)")
    anticipatory_breach: bool = Field(False, description="resuming a settled case before it is due: the debtor "
                                      "clearly said or showed it will not perform (和解规定 11(2); 民法典 578)")
    suspension_ground: Literal["applicant_postpones", "third_party_objection", "party_died",
                               "organisation_terminated", "other"] | None = Field(
        None, description="to_state suspended (中止执行): the ground of 民诉法 267 (1)-(5)")


class MilestoneIn(_In):
    kind: Milestone = Field(description="officer_assigned 指定承办人, execution_notice 执行通知 (with the 报告财产令), "
                                        "asset_report_order 报告财产令, consumption_restriction 限制消费令, "
                                        "dishonest_listing 纳入失信名单, debtor_missing 下落不明, "
                                        "missing_debtor_searched 已查找, extension_approved 院长批准延长 (with "
                                        "requested_on), applicant_heard 终本前告知并听取申请执行人意见, obstruction "
                                        "妨害执行, obstruction_sanctioned 已罚款/拘留/移送追究刑事责任")
    on: date | None = None
    requested_on: date | None = Field(None, description="extension_approved: when the extension was requested "
                                      "(≥ 5 days before expiry, 执行期限规定 1)")
    officer_id: str | None = Field(None, max_length=200)
    dishonest_listing_eligible: bool | None = None


class DesignationIn(_In):
    to_court: str = Field(min_length=1, max_length=16)
    form: DesignationForm = Field(description="instruct 指令执行, elevate 提级执行, concentrate 集中执行, "
                                              "cooperate 协同执行, supervise 督促执行")
    reason: str = Field(min_length=1, max_length=2000)
    designated_on: date | None = None


class InvestigationIn(_In):
    category: str
    status: Literal["found", "none", "not_applicable"]
    source: DiscoverySource
    note: str | None = Field(None, max_length=2000)
    queried_on: date | None = None

    @model_validator(mode="after")
    def _reason_for_na(self) -> "InvestigationIn":
        known = set(domain.DEFAULT_REQUIRED_CATEGORIES) | set(domain.OPTIONAL_CATEGORIES)
        if self.category not in known:
            raise ValueError(f"unknown category {self.category!r}; known: {sorted(known)}")
        if self.status == "not_applicable" and not self.note:
            raise ValueError("not_applicable needs a note giving the reason")
        return self


class ResumptionIn(_In):
    case_number: str = Field(description="the new 执恢 案号")
    filed_on: date
    reason: str = Field(min_length=1, max_length=2000)
    anticipatory_breach: bool = Field(False, description="a settled case not yet due: the debtor clearly said or "
                                      "showed it will not perform (和解规定 11(2); 民法典 578)")

    @field_validator("case_number")
    @classmethod
    def _valid(cls, v: str) -> str:
        n = _domain(domain.parse_case_number, v)
        if n.case_type != "执恢":
            raise ValueError("a resumed case needs a 执恢 case number")
        return str(n)


class AssetIn(_In):
    asset_type: str
    description: str = Field(min_length=1, max_length=2000)
    quantity: int = Field(1, ge=1, le=100_000)
    estimated_value_fen: int | None = Field(None, ge=0, le=10**15)
    location: str | None = Field(None, max_length=500)
    discovery_source: DiscoverySource
    mortgaged: bool = Field(False, description="设有抵押")
    debtor_party_key: str | None = Field(None, description="which respondent owns it (party_key); default: the first")

    @field_validator("asset_type")
    @classmethod
    def _type(cls, v: str) -> str:
        if v not in domain.ASSET_TYPES:
            raise ValueError(f"unknown asset type {v!r}; known: {list(domain.ASSET_TYPES)}")
        return v


class MeasureIn(_In):
    kind: Literal["freeze", "seal", "seize"]
    flexible: bool = Field(False, description="活封 (true: the asset stays in use) / 死封")
    amount_fen: int | None = Field(None, ge=1, le=10**15, description="amount frozen (deposits, funds)")
    start_on: date | None = None
    months: int | None = Field(None, ge=1, le=36, description="default: the legal maximum for the asset type")


class RenewalIn(_In):
    on: date | None = None
    months: int | None = Field(None, ge=1, le=36)


class ReleaseIn(_In):
    reason: ReleaseReason = Field(description="settlement 和解, payment 债务已清偿 (查扣冻规定 28(4)), over_seizure "
                                  "超标的 (19), failed_disposal 流拍/变卖不成无人抵债 (28(3)), court_order (28(6)), "
                                  "third_party_property 案外人财产 (28(1)), claim_withdrawn 撤回申请或放弃债权 (28(2)), "
                                  "guarantee_accepted 提供担保且申请执行人同意 (28(5)), case_terminated 终结执行")
    applicant_consents: bool = Field(False, description="guarantee_accepted: the applicant agreed (28(5))")
    on: date | None = None
    quantity: int | None = Field(None, ge=1, description="release only this many units of the lot (e.g. 45 of 135 "
                                                        "flats): they are split off as a released asset and the "
                                                        "measure stays on the rest")


class AuctionRoundIn(_In):
    method: Literal["online_auction", "auction", "sale"]
    valuation_fen: int = Field(ge=1, le=10**15)
    opening_fen: int = Field(ge=1, le=10**15, description="起拍价 (online), 保留价 (auction), 变卖价 (sale)")
    starts_on: date
    announced_on: date | None = Field(None, description="online: 公告日期, ≥ 15 days (movables) / 30 days (real "
                                      "estate) before the first round, 7 / 15 before a re-auction, which is "
                                      "announced within 30 days of the 流拍 (网拍规定 12, 26)")
    deposit_fen: int | None = Field(None, ge=0, le=10**15, description="online: 保证金, 5–20% of the opening price "
                                    "(网拍规定 17)")
    bidding_hours: int | None = Field(None, ge=1, le=10_000, description="online: 竞价时长, ≥ 24 h (网拍规定 20)")
    valued: bool = Field(True, description="auction (traditional): valuation_fen is an appraisal, which is the first "
                         "reserve (拍卖变卖规定 5); false: it is the market price and the first reserve is ≥ 80 % of it")


class AuctionResultIn(_In):
    outcome: Literal["failed", "sold"]
    on: date | None = None
    price_fen: int | None = Field(None, ge=1, le=10**15)
    in_kind: bool = Field(False, description="以物抵债: the creditor takes the asset at the reserve price")

    @model_validator(mode="after")
    def _price(self) -> "AuctionResultIn":
        if self.outcome == "sold" and self.price_fen is None and not self.in_kind:
            raise ValueError("a sale needs price_fen")
        return self


class RecoveryIn(_In):
    amount_fen: int = Field(ge=1, le=10**15)
    source: RecoverySource
    received_on: date | None = None
    asset_id: uuid.UUID | None = Field(None, description="the case's asset the money came from (a bounty reward is "
                                                         "paid on it)")


class RequeryResultIn(_In):
    result: str = Field(description="found / none")
    on: date | None = None


class AssetClueIn(_In):
    description: str = Field(min_length=1, max_length=2000, description="申请执行人提供的具体财产线索")
    received_on: date = Field(description="线索接收日期")
    urgent: bool = Field(False, description="情况紧急: verified within 3 days instead of 7 (财产调查规定 2)")
    asset_type: str | None = Field(None, description="what a find adds to the ledger")

    @field_validator("asset_type")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        if v is not None and v not in domain.ASSET_TYPES:
            raise ValueError(f"unknown asset type {v!r}; known: {list(domain.ASSET_TYPES)}")
        return v


class ClueVerificationIn(_In):
    result: Literal["found", "none"]
    on: date | None = None
    estimated_value_fen: int | None = Field(None, ge=0, le=10**15)
    location: str | None = Field(None, max_length=500)


class ChangeReportIn(_In):
    changed_on: date = Field(description="财产变动日期")
    reported_on: date = Field(description="被执行人报告日期 (within 10 days, 财产调查规定 7)")
    description: str = Field(min_length=1, max_length=2000)


class UndisposableIn(_In):
    reason: str = Field(min_length=1, max_length=2000, description="why the property cannot be disposed of "
                                                                  "(终本规定 1(3))")


class SweepIn(_In):
    today: date | None = Field(None, description="sweep as of this date (default: today, Asia/Shanghai)")


# ------------------------------------------------------------------ responses
class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AssetOut(_Out):
    id: uuid.UUID
    seq: int
    case_id: uuid.UUID
    debtor_key: str | None
    debtor_name: str | None
    asset_type: str
    description: str
    quantity: int
    estimated_value_fen: int | None
    location: str | None
    discovery_source: str
    source_event_id: str | None
    mortgaged: bool
    status: str = Field(description="discovered / controlled / in_disposal / sold / delivered_in_kind / released")
    remortgage_requested_on: date | None
    undisposable_reason: str | None = Field(None, description="found but cannot be disposed of (终本规定 1(3))")
    created_at: datetime
    updated_at: datetime


class MeasureOut(_Out):
    id: uuid.UUID
    seq: int
    asset_id: uuid.UUID
    case_id: uuid.UUID
    kind: str = Field(description="freeze 冻结 / seal 查封 / seize 扣押")
    flexible: bool
    amount_fen: int | None
    months: int
    status: str = Field(description="queued / active / released / lapsed")
    queued_on: date | None
    start_on: date | None
    expiry_on: date | None
    renewals: list[dict[str, Any]]
    released_on: date | None
    release_reason: str | None
    warned_for_expiry: date | None
    created_at: datetime
    updated_at: datetime


class AuctionRoundOut(_Out):
    id: uuid.UUID
    asset_id: uuid.UUID
    case_id: uuid.UUID
    round_no: int
    method: str
    valuation_fen: int
    opening_fen: int
    starts_on: date
    outcome: str = Field(description="scheduled / failed / sold")
    price_fen: int | None
    in_kind: bool
    ended_on: date | None
    announced_on: date | None = None
    deposit_fen: int | None = None
    bidding_hours: int | None = None
    sale_ends_on: date | None = Field(None, description="变卖: last day of the 60-day offer (not moved for holidays)")
    created_at: datetime


class RecoveryOut(_Out):
    id: uuid.UUID
    case_id: uuid.UUID
    amount_fen: int
    source: str
    received_on: date
    source_event_id: str | None
    asset_id: uuid.UUID | None
    created_at: datetime


class ChecklistItemOut(BaseModel):
    category: str
    label: str
    status: str | None


class InvestigationResultOut(BaseModel):
    category: str
    label: str
    status: str
    source: str
    note: str | None
    queried_on: date


class ChecklistOut(BaseModel):
    required: list[ChecklistItemOut]
    results: list[InvestigationResultOut]
    coverage: float = Field(description="share of the required categories with a result, 0..1")
    gaps: list[str]
    asset_report_order_on: date | None
    consumption_restriction_on: date | None
    complete: bool


class FailingConditionOut(BaseModel):
    code: str
    reason: str


class ConclusionCheckOut(BaseModel):
    allowed: bool
    failing_conditions: list[FailingConditionOut]


class RequeryOut(BaseModel):
    sequence: int
    due_on: date
    done_on: date | None
    result: str | None
    status: str = Field(description="scheduled / due / done")


class RequeryList(BaseModel):
    items: list[RequeryOut]


class RequeryResultOut(BaseModel):
    sequence: int
    due_on: date
    done_on: date | None
    result: str | None
    next: str | None = Field(description="what follows a find: 恢复执行")


class AuctionRoundStateOut(BaseModel):
    id: uuid.UUID
    round_no: int
    method: str
    valuation_fen: int
    opening_fen: int
    starts_on: date
    outcome: str
    price_fen: int | None
    ended_on: date | None
    announced_on: date | None = None
    deposit_fen: int | None = None
    bidding_hours: int | None = None
    sale_ends_on: date | None = None


class AssetStateItemOut(BaseModel):
    id: uuid.UUID
    asset_type: str
    description: str
    quantity: int
    estimated_value_fen: int | None
    location: str | None
    status: str
    mortgaged: bool
    discovery_source: str
    source_event_id: str | None
    remortgage_requested_on: date | None
    auction_rounds: list[AuctionRoundStateOut]
    undisposable_reason: str | None = Field(None, description="found but cannot be disposed of (终本规定 1(3))")


class MeasureStateOut(BaseModel):
    id: uuid.UUID
    asset_id: uuid.UUID
    kind: str
    kind_label: str
    flexible: bool
    amount_fen: int | None
    status: str = Field(description="queued / active / expiring / lapsed / released")
    start_on: date | None
    expiry_on: date | None
    queued_on: date | None
    renewals: list[dict[str, Any]]
    released_on: date | None
    release_reason: str | None


class CaseEventOut(BaseModel):
    type: str
    summary: str
    at: datetime


class AssetStateOut(BaseModel):
    case_id: uuid.UUID
    case_number: str
    state: str
    state_label: str
    executing_court_code: str
    amount_owed_fen: int
    recovered_fen: int
    outstanding_fen: int
    frozen_fen: int
    assets_by_status: dict[str, int]
    assets: list[AssetStateItemOut]
    measures: list[MeasureStateOut]
    measures_expiring_soon: list[MeasureStateOut]
    checklist: ChecklistOut
    last_events: list[CaseEventOut]


class DebtorStateOut(BaseModel):
    party_key: str
    cases: list[AssetStateOut]
    amount_owed_fen: int
    recovered_fen: int
    outstanding_fen: int
    frozen_fen: int
    assets_by_status: dict[str, int]
    measures_expiring_soon: list[MeasureStateOut]


class FigureOut(BaseModel):
    label: str
    value: int | None = Field(description="null while the linkage does not report it")


class LinkageFiguresOut(BaseModel):
    label: str
    reporting: bool
    figures: dict[str, FigureOut]


class CoreFiguresOut(BaseModel):
    label: str
    figures: dict[str, FigureOut]


class OverviewOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    court: str
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    linkages: dict[str, LinkageFiguresOut]
    core: CoreFiguresOut


class AssetClueOut(_Out):
    id: uuid.UUID
    case_id: uuid.UUID
    description: str
    asset_type: str | None
    urgent: bool
    received_on: date
    due_on: date = Field(description="7 days (3 if urgent) after receipt, moved off rest days (财产调查规定 2)")
    moved_for_holiday_from: date | None
    verified_on: date | None
    result: str | None
    asset_id: uuid.UUID | None
    status: str | None = Field(None, description="pending / due / overdue / done / done_late")


class ChangeReportOut(_Out):
    id: uuid.UUID
    case_id: uuid.UUID
    changed_on: date
    reported_on: date
    due_on: date = Field(description="10 days after the change, moved off rest days (财产调查规定 7)")
    moved_for_holiday_from: date | None
    description: str
    late: bool


class AssetClueList(BaseModel):
    items: list[AssetClueOut]
    change_reports: list[ChangeReportOut]


class SweepOut(BaseModel):
    deadlines: int = 0
    expiring: int = 0
    lapsed: int = 0
    requeries: int = 0
    clues: int = 0
    payouts: int = Field(0, description="PayoutOverdue events (执行款物管理规定 13)")
    skipped: int = Field(0, description="1 when another replica was sweeping")


# ------------------------------------------------------------------ screens (issue 14)
class TimelineItemOut(BaseModel):
    at: datetime
    type: str = Field(description="the event's type")
    linkage: str = Field(description="core / dispatch / reward / mediation / police / procuratorate / other")
    linkage_label: str
    summary: str


class TimelineOut(BaseModel):
    case_id: uuid.UUID
    case_number: str
    items: list[TimelineItemOut]


class RecoveryItemOut(BaseModel):
    id: uuid.UUID
    amount_fen: int
    source: str
    received_on: date
    asset_id: uuid.UUID | None


class RecoveryListOut(BaseModel):
    case_id: uuid.UUID
    total_fen: int
    items: list[RecoveryItemOut]


class TargetOut(BaseModel):
    key: Literal["within_period", "compliant_conclusion", "completion"]
    label: str
    numerator: int
    denominator: int
    rate_permille: int | None = Field(description="‰, rounded half up; null when there is nothing to count")
    threshold_percent: int
    met: bool | None = Field(description="numerator / denominator ≥ threshold; null when the denominator is 0")


class TargetsOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    court: str
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    targets: list[TargetOut]


class MonthOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    month: str = Field(description="YYYY-MM")
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    values: dict[str, int | None] = Field(description="the overview's metrics (linkages' and core's) that month")


class MonthlyOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    court: str
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    months: list[MonthOut]


class OpenDayIn(_In):
    open: bool = Field(True, description="false takes the case off the open day")
    show_amounts: bool = Field(False, description="show the amount owed and the amount recovered")


class OpenDaySettingOut(BaseModel):
    case_id: uuid.UUID
    open: bool
    show_amounts: bool


class OpenDayStepOut(BaseModel):
    on: date
    label: str
    linkage: str
    linkage_label: str


class OpenDayCaseOut(BaseModel):
    case_number: str
    court_code: str
    state_label: str
    applicants: list[str] = Field(description="王某 / 某某公司: never a full name")
    respondents: list[str]
    show_amounts: bool
    amount_owed_fen: int | None
    recovered_fen: int | None
    timeline: list[OpenDayStepOut]


class OpenDayOut(BaseModel):
    items: list[OpenDayCaseOut]


# ------------------------------------------------------------------ search and payouts (issue 16)
CaseSort = Literal["priority", "registered"]


class CaseSearchIn(_In):
    """`POST /api/v1/cases/search`: every filter of `GET /api/v1/cases`, and the party's id number — in the body,
    never in a URL (it is matched by its keyed hash, shared.identity.party_key)."""

    id_number: str | None = Field(None, max_length=32, description="当事人身份证号 or 统一社会信用代码 (exact)")
    case_number: str | None = Field(None, max_length=64, description="案号, exact or a part of it; ( ) or （ ） alike")
    party_name: str | None = Field(None, max_length=200, description="当事人名称 (prefix)")
    state: CaseState | None = None
    filed_from: date | None = None
    filed_to: date | None = None
    court: str | None = Field(None, max_length=16, description="执行法院: a court and those below it")
    green_channel: bool | None = Field(None, description="true: 绿色通道 cases only; false: the others only")
    sort: CaseSort = Field("priority", description="priority: 绿色通道 first, then by filing date; registered: in "
                                                  "the order registered")
    limit: int = Field(50, ge=1, le=200)
    cursor: str | None = Field(None, max_length=200)

    @field_validator("id_number")
    @classmethod
    def _id_number(cls, v: str | None) -> str | None:
        return v.upper() if v else None


class PayoutIn(_In):
    amount_fen: int = Field(ge=1, le=10**15, description="发放金额 (fen)")
    payee_party_id: uuid.UUID = Field(description="an applicant of the case (GET …/payouts lists them as payees)")
    paid_on: date | None = Field(None, description="发放日期 (default: today, Asia/Shanghai)")
    method: Literal["bank_transfer", "cheque", "cash"] = Field(description="转账 / 支票 / 现金")
    reference: str | None = Field(None, max_length=100, description="银行回单号 or 支票号")
    note: str | None = Field(None, max_length=2000)


class PayeeOut(BaseModel):
    party_id: uuid.UUID
    name: str
    kind: str
    id_number: str | None = Field(description="masked unless the role needs it")
    party_key: str | None


class PayoutOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    amount_fen: int
    paid_on: date
    method: str
    method_label: str
    reference: str | None
    note: str | None
    payee: PayeeOut
    created_at: datetime


class PayoutDeadlineOut(BaseModel):
    deadline: date = Field(description="30 days from the oldest money not yet paid out (执行款物管理规定 13), moved "
                                       "off a rest day (民诉法 85 ¶3); after a deferral ended, 10 days after its end "
                                       "(¶3) if later")
    moved_for_holiday_from: date | None
    status: str = Field(description="pending / due / overdue")


PayoutDeferralGround = Literal["distribution", "applicant_funds_frozen", "not_collected", "case_suspended", "other"]


class PayoutDeferralIn(_In):
    """延缓发放 (执行款物管理规定 13 ¶2): a judge or president of the executing court defers the case's payout."""

    ground: PayoutDeferralGround = Field(description="需要进行案款分配 / 执行款被保全或冻结 / 经通知未领取 / 中止或暂缓执行 "
                                                     "/ 其他正当理由")
    decided_on: date | None = Field(None, description="决定日期 (default: today, Asia/Shanghai)")
    note: str | None = Field(None, max_length=2000)


class PayoutDeferralEndIn(_In):
    ended_on: date | None = Field(None, description="延缓发放的情形消失日 (default: today); the money is then due "
                                                    "within 10 days (¶3)")


class PayoutDeferralOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    ground: str
    ground_label: str
    decided_on: date
    note: str | None
    ended_on: date | None
    standing: bool = Field(description="not yet ended: no payout deadline runs")
    created_at: datetime


class PayoutLedgerOut(BaseModel):
    case_id: uuid.UUID
    case_number: str
    received_fen: int = Field(description="执行款 received (recoveries other than 以物抵债)")
    paid_out_fen: int
    awaiting_payout_fen: int
    waiting_since: date | None = Field(description="the day the oldest money not yet paid out arrived")
    payout_deadline: PayoutDeadlineOut | None = Field(description="null when nothing waits or a deferral stands")
    deferred: bool = Field(False, description="a deferral stands (执行款物管理规定 13 ¶2): no payout deadline runs")
    deferral_ended_on: date | None = Field(None, description="the end of the deferral that set the deadline (¶3)")
    payees: list[PayeeOut] = Field(description="the case's applicants: who may be paid")
    items: list[PayoutOut]
    deferrals: list[PayoutDeferralOut] = Field(default_factory=list, description="延缓发放 decisions, oldest first")


class PayoutQueueItemOut(BaseModel):
    case_id: uuid.UUID
    case_number: str
    executing_court_code: str
    state: CaseState
    livelihood_category: LivelihoodCategory
    priority: int = Field(description="0 = 绿色通道 (paid out first), 1 = ordinary")
    received_fen: int
    paid_out_fen: int
    awaiting_payout_fen: int
    waiting_since: date
    waiting_days: int = Field(description="days since the oldest money not yet paid out arrived")
    deadline: date
    moved_for_holiday_from: date | None
    status: str = Field(description="pending / due / overdue")
    deferrable_ground: str | None = Field(description="a ground on which the payout may be deferred with approval "
                                          "(执行款物管理规定 13 ¶2), e.g. case_suspended")
    deferrable_ground_label: str | None
    deferred: bool = Field(False, description="a deferral stands (执行款物管理规定 13 ¶2): no deadline runs; deadline "
                                         "and status show the 30 days for reference, status 'deferred'")
    deferral_ended_on: date | None = Field(None, description="the end of the deferral that set the deadline (¶3)")


class PayoutQueueOut(BaseModel):
    as_of: date
    items: list[PayoutQueueItemOut]
    next_cursor: str | None


# ------------------------------------------------------------------ evidence files (issue 16)
# one shape in every service (shared.files)
FileOut = files.FileOut
FileList = files.FileList
