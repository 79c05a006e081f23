"""mediation HTTP request and response models (every route answers through one of the `...Out` models)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.mediation.domain import CenterState, Performance
from shared.contracts.mediation import Guarantor
from shared.inputs import In


class _In(In):
    """A request body (shared.inputs.In: unknown fields refused, dates in the legal range)."""


class MediatorIn(_In):
    user_sub: str = Field(min_length=1, max_length=200, description="the mediator's login (token `sub`)")
    name: str = Field(min_length=1, max_length=100, description="调解员姓名")
    team: str = Field(min_length=1, max_length=100, description="团队, e.g. 和解一组")
    skills: list[Literal["livelihood", "commercial", "real_estate", "finance", "labour", "family"]] = Field(
        default_factory=list, description="livelihood 民生(绿色通道) / commercial 商事 / real_estate 房地产 / "
                                          "finance 金融借款 / labour 劳动 / family 婚姻家事")
    capacity: int = Field(30, ge=1, le=500, description="最多同时办理的案件数")
    active: bool = True


class ReferralIn(_In):
    case_id: uuid.UUID = Field(description="执行案件 id (asset_core)")
    reason: str = Field(min_length=1, max_length=1000, description="移送和解中心的理由")
    referred_on: date | None = None


class AssignmentRunIn(_In):
    on: date | None = Field(None, description="分案日期 (default today, Asia/Shanghai)")
    limit: int = Field(200, ge=1, le=1000)


class ReassignIn(_In):
    mediator_id: uuid.UUID | None = Field(None, description="改派给 (omit: the balancing rule picks one)")
    reason: str = Field(min_length=1, max_length=1000)
    on: date | None = None


class StepIn(_In):
    kind: Literal["contact", "session", "note"] = Field(description="contact 联系 / session 调解 / note 备注")
    channel: Literal["phone", "visit", "in_person", "online"] | None = Field(
        None, description="phone 电话 / visit 走访 / in_person 约谈 / online 在线")
    parties: list[str] = Field(default_factory=list, max_length=20, description="参加的当事人")
    held_on: date | None = None
    outcome: Literal["reached", "no_answer", "agreed", "continued", "refused", "absent"] | None = Field(
        None, validate_default=True,  # a contact or session without one is refused, not stored half-formed
        description="contact: reached 联系上 / no_answer 未联系上; session: agreed 达成合意 / continued 继续调解 / "
                          "refused 拒绝和解 / absent 未到场")
    note: str | None = Field(None, max_length=4000)

    @field_validator("outcome")
    @classmethod
    def _outcome(cls, v, info):
        kind = info.data.get("kind")
        allowed = {"contact": {"reached", "no_answer"}, "session": {"agreed", "continued", "refused", "absent"},
                   "note": set()}.get(kind, set())
        if kind in ("contact", "session") and v is None:
            raise ValueError(f"a {kind} needs an outcome: {sorted(allowed)}")
        if v is not None and v not in allowed:
            raise ValueError(f"outcome {v!r} does not fit a {kind}; use {sorted(allowed) or 'none'}")
        return v


class InstallmentIn(_In):
    due_on: date
    amount_fen: int = Field(gt=0, le=10**15)


class SettlementIn(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "reached_on": "2024-06-01", "total_fen": 3_000_000_000,
        "installments": [{"due_on": "2024-12-31", "amount_fen": 1_000_000_000},
                         {"due_on": "2025-06-30", "amount_fen": 2_000_000_000}],
        "guarantor": {"name": "某担保有限公司", "kind": "organisation", "guarantee": "连带责任保证"},
        "release_measure_ids": [], "remortgage_asset_ids": [], "terms": "转债化解: 解除部分查封, 协助再抵押融资"}]})

    reached_on: date | None = None
    total_fen: int = Field(gt=0, le=10**15, description="和解总额 (fen)")
    installments: list[InstallmentIn] = Field(min_length=1, max_length=120)
    guarantor: Guarantor | None = None
    release_measure_ids: list[uuid.UUID] = Field(default_factory=list, max_length=200,
                                                 description="解除的查封/冻结措施 (asset_core measure ids)")
    remortgage_asset_ids: list[uuid.UUID] = Field(default_factory=list, max_length=200,
                                                  description="协助再抵押的财产 (asset_core asset ids)")
    release_quantities: dict[uuid.UUID, Annotated[int, Field(ge=1, le=1_000_000)]] = Field(
        default_factory=dict, description="部分解除: measure id → units of its lot to release (e.g. 45 of 135 "
                                          "flats); measures not named here are released in full")
    terms: str | None = Field(None, max_length=4000, description="其他条款")


class PaymentIn(_In):
    amount_fen: int = Field(gt=0, le=10**15)
    received_on: date | None = None


class AnticipatoryBreachIn(_In):
    declared_on: date = Field(description="when the debtor made clear, expressly or by its conduct, that it will "
                                          "not perform (民法典 578)")
    basis: str = Field(min_length=1, max_length=2000, description="明确表示不履行 / 以自己的行为表明不履行: what shows it")


class ResumptionIn(_In):
    on: date | None = Field(None, description="提出日期 (default today)")
    note: str | None = Field(None, max_length=2000)
    anticipatory_breach: AnticipatoryBreachIn | None = Field(
        None, description="和解规定 11(2), 民法典 578: resumption before the settlement is due or while it is "
                          "performed on schedule, because the debtor made clear it will not perform")


class CloseIn(_In):
    reason: str = Field(min_length=1, max_length=1000)
    on: date | None = None


class SupervisionActionIn(_In):
    kind: Literal["reminder", "instruction", "escalation", "review"] = Field(
        description="reminder 催办 / instruction 督办 / escalation 提级督办 / review 检查")
    center_case_id: uuid.UUID | None = None
    mediator_id: uuid.UUID | None = None
    team: str | None = Field(None, max_length=100)
    note: str = Field(min_length=1, max_length=4000)
    respond_by: date | None = None


class SweepIn(_In):
    today: date | None = Field(None, description="sweep as of this date (default: today, Asia/Shanghai)")


# ------------------------------------------------------------------ responses
class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class CaseSummaryOut(_Out):
    """A center case in a list (the queue, a page of cases)."""
    id: uuid.UUID
    case_id: uuid.UUID = Field(description="执行案件 id (asset_core)")
    case_number: str
    court_code: str
    livelihood_category: str
    priority: int = Field(description="0 绿色通道 (green channel), 1 ordinary")
    source: Literal["concluded", "referral"] = Field(description="concluded 终本推送 / referral 移送")
    legal_status: str = Field(description="the enforcement case's state, kept as asset_core reports it")
    received_on: date
    mediator_id: uuid.UUID | None
    assigned_on: date | None
    last_step_on: date | None
    version: int
    state: CenterState
    state_label: str
    green_channel: bool


class CasePageOut(_Out):
    items: list[CaseSummaryOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last")


class CaseListOut(_Out):
    items: list[CaseSummaryOut]


class MeasureOut(_Out):
    id: uuid.UUID
    kind: str
    flexible: bool
    status: str = Field(description="queued / active / released / lapsed")
    amount_fen: int | None
    expiry_on: date | None
    released_on: date | None
    release_reason: str | None


class AssetOut(_Out):
    id: uuid.UUID
    asset_type: str
    description: str
    estimated_value_fen: int | None
    discovery_source: str | None
    measures: list[MeasureOut]


class AssetPictureOut(_Out):
    """财产情况: the case, its assets and control measures as asset_core's events reported them."""
    case_id: uuid.UUID
    case_number: str | None
    enforcement_state: str | None
    amount_owed_fen: int | None
    recovered_fen: int
    outstanding_fen: int | None
    measures_by_status: dict[str, int]
    assets: list[AssetOut]


class InstallmentOut(_Out):
    no: int
    due_on: date
    amount_fen: int
    paid_fen: int = Field(description="credited to this installment (earliest first)")
    status: Literal["paid", "overdue", "due", "pending"]
    overdue_flagged_on: date | None


class PaymentEntryOut(_Out):
    id: uuid.UUID
    amount_fen: int
    received_on: date
    source: str = Field(description="recorded (by the center) / recovery (asset_core's RecoveryRecorded)")


class SettlementOut(_Out):
    """和解协议 and its performance as of `as_of`."""
    id: uuid.UUID
    center_case_id: uuid.UUID
    case_id: uuid.UUID
    court_code: str
    reached_on: date
    total_fen: int
    outstanding_at_settlement_fen: int
    guarantor: Guarantor | None
    terms: str | None
    release_measure_ids: list[str]
    remortgage_asset_ids: list[str]
    release_quantities: dict[str, int]
    paid_fen: int
    state: Literal["performing", "fully_performed", "defaulted"]
    last_due_on: date
    resume_deadline: date = Field(description="和解规定 10: 2 years from the last day of the performance period; a "
                                              "last day on a holiday or rest day moves to the next working day "
                                              "(民诉法 85 ¶3)")
    resume_deadline_moved_for_holiday_from: date | None = Field(
        description="the 2 years' last day before the holiday rule moved it (民诉法 85 ¶3); null when not moved")
    defaulted_on: date | None
    resume_amount_fen: int | None = Field(description="和解规定 17: what the original judgment still requires")
    resumption_ground: Literal["default", "anticipatory_breach"] | None = Field(
        description="why resumption was proposed: default (和解规定 9) / anticipatory breach (11(2), 民法典 578)")
    anticipatory_breach_on: date | None
    anticipatory_breach_basis: str | None
    fully_performed_on: date | None
    remaining_fen: int
    performance: Performance
    performance_label: str
    as_of: date
    installments: list[InstallmentOut]
    payments: list[PaymentEntryOut]


class MediatorRefOut(_Out):
    id: uuid.UUID
    name: str
    team: str


class AssignmentOut(_Out):
    mediator_id: uuid.UUID
    mediator_name: str
    mode: Literal["auto", "manual"]
    reason: str | None
    previous_mediator_id: uuid.UUID | None
    assigned_on: date
    assigned_by: str


class StepEntryOut(_Out):
    id: uuid.UUID
    kind: str
    kind_label: str
    channel: str | None
    parties: list[str]
    held_on: date
    outcome: str | None
    note: str | None
    recorded_by: str


class CaseOut(_Out):
    """和解中心案件 with its assignments, handling steps, settlements and asset picture."""
    id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    court_code: str
    livelihood_category: str
    priority: int
    source: Literal["concluded", "referral"]
    legal_status: str
    received_on: date
    referral_reason: str | None
    assigned_on: date | None
    last_step_on: date | None
    settled_on: date | None
    fully_executed_on: date | None
    closed_on: date | None
    close_reason: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    green_channel: bool
    state: CenterState
    state_label: str
    mediator: MediatorRefOut | None
    assignments: list[AssignmentOut]
    steps: list[StepEntryOut]
    settlements: list[SettlementOut]
    asset_picture: AssetPictureOut


class StepOut(_Out):
    """The recorded step."""
    id: uuid.UUID
    seq: int
    center_case_id: uuid.UUID
    kind: str
    channel: str | None
    parties: list[str]
    held_on: date
    outcome: str | None
    note: str | None
    recorded_by: str
    at: datetime


class MediatorOut(_Out):
    id: uuid.UUID
    court_code: str
    user_sub: str
    name: str
    team: str
    skills: list[str]
    capacity: int
    active: bool
    created_at: datetime
    load: int = Field(description="open cases: assigned, or settled and being performed")


class MediatorListOut(_Out):
    items: list[MediatorOut]


class AssignedOut(_Out):
    center_case_id: uuid.UUID
    case_number: str
    priority: int
    mediator_id: uuid.UUID
    mediator_name: str
    team: str


class AssignmentRunOut(_Out):
    assigned: list[AssignedOut]
    waiting: int = Field(description="received cases no mediator could take (all at capacity)")


class PaymentRowOut(_Out):
    id: uuid.UUID
    seq: int
    settlement_id: uuid.UUID
    amount_fen: int
    received_on: date
    source: str
    source_event_id: str | None
    recorded_by: str
    created_at: datetime


class PaymentRecordedOut(_Out):
    payment: PaymentRowOut
    settlement: SettlementOut


class SupervisionActionOut(_Out):
    id: uuid.UUID
    kind: Literal["reminder", "instruction", "escalation", "review"]
    kind_label: str
    court_code: str
    center_case_id: uuid.UUID | None
    mediator_id: uuid.UUID | None
    team: str | None
    note: str
    respond_by: date | None
    acted_by: str
    at: datetime


class OverdueStepOut(_Out):
    center_case_id: uuid.UUID
    case_number: str
    priority: int
    mediator_id: uuid.UUID | None
    mediator_name: str | None
    team: str | None
    last_step_on: date
    days_without_step: int


class OverdueInstallmentOut(_Out):
    settlement_id: uuid.UUID
    center_case_id: uuid.UUID
    case_number: str
    installment_no: int
    due_on: date
    unpaid_fen: int
    mediator_id: uuid.UUID | None
    mediator_name: str | None
    team: str | None


class MediatorWorkOut(_Out):
    mediator_id: uuid.UUID
    name: str
    team: str
    court_code: str
    open_cases: int
    overdue_steps: int
    overdue_installments: int
    reminders: int


class TeamWorkOut(_Out):
    team: str
    open_cases: int
    overdue_steps: int
    overdue_installments: int
    mediators: int


class SupervisionQueueOut(_Out):
    as_of: date
    handling_step_days: int
    overdue_steps: list[OverdueStepOut]
    overdue_installments: list[OverdueInstallmentOut]
    per_mediator: list[MediatorWorkOut]
    per_team: list[TeamWorkOut]
    actions: list[SupervisionActionOut]


class FiguresOut(_Out):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    court_code: str
    from_: date | None = Field(alias="from")
    to: date | None
    pushed: int = Field(description="cases pushed to the center (终本推送 and 移送)")
    pushed_by_source: dict[str, int]
    pushed_green_channel: int
    fully_executed: int
    settled: int
    settled_fen: int
    paid_fen: int
    defaulted: int


class SweepOut(_Out):
    skipped: bool = Field(description="another replica is sweeping")
    overdue_installments: int = Field(description="installments flagged overdue by this run")
