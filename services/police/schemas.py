"""police HTTP request and response models."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.police.domain import BatchStatus, CustodyStatus, RequestKind, TransferState
from shared.inputs import In

Text200 = Field(min_length=1, max_length=200)
OrgCode = Field(min_length=1, max_length=32)


class _In(In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


# ------------------------------------------------------------------ cases
class CaseOut(BaseModel):
    case_id: uuid.UUID
    case_number: str
    court_code: str
    livelihood_category: str
    green_channel: bool
    state: str
    respondents: list[str]


# ------------------------------------------------------------------ batches
class PersonIn(_In):
    case_id: uuid.UUID
    name: str = Text200
    id_number: str = Field(min_length=1, max_length=18, description="居民身份证号 (GB 11643-1999), validated")
    capacity: Literal["debtor", "legal_representative"] = "debtor"
    requests: list[RequestKind] = Field(min_length=1, max_length=5,
                                        description="locate_person 查找下落 / vehicles 车辆 / travel 出行 / lodging 住宿 / other")
    note: str | None = Field(None, max_length=2000)


class BatchIn(_In):
    police_code: str = Field(min_length=1, max_length=32, description="公安机关代码, e.g. 内0621公")
    reference: str = Field(min_length=1, max_length=200, description="协查函文号")
    sent_on: date
    persons: list[PersonIn] = Field(min_length=1, max_length=1000)
    note: str | None = Field(None, max_length=2000)


class AcceptIn(_In):
    accepted_on: date


class CloseIn(_In):
    closed_on: date


class AnswerIn(_In):
    person_id: uuid.UUID
    request: RequestKind
    found: bool
    answered_on: date
    location: str | None = Field(None, max_length=500, description="where (required when found)")
    found_at: datetime | None = Field(None, description="when the person or asset was seen")
    what: str | None = Field(None, max_length=2000, description="what was found, e.g. 丰田越野车 蒙K·88888")
    asset_type: Literal["vehicle", "movable", "ship", "other_property_right"] | None = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    leaving: bool = Field(False, description="即将离开")


class AnswersIn(_In):
    answers: list[AnswerIn] = Field(min_length=1, max_length=5000)


class AnswerOut(BaseModel):
    id: uuid.UUID
    request: RequestKind
    request_label: str
    found: bool
    location: str | None
    latitude: float | None
    longitude: float | None
    found_at: datetime | None
    what: str | None
    asset_type: str | None
    leaving: bool
    answered_on: date
    answered_by: str
    located: Literal["person", "asset"] | None


class PersonOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    green_channel: bool
    name: str
    id_number: str = Field(description="masked unless the role needs it (judge, president, police)")
    capacity: str
    requests: list[RequestKind]
    note: str | None
    answers: list[AnswerOut]
    answered: bool
    located: bool


class BatchSummary(BaseModel):
    id: uuid.UUID
    court_code: str
    police_code: str
    reference: str
    status: BatchStatus
    status_label: str
    sent_on: date
    accepted_on: date | None
    closed_on: date | None
    person_count: int
    green_channel_count: int
    note: str | None
    version: int


class BatchOut(BatchSummary):
    persons: list[PersonOut] = Field(description="绿色通道 cases first")
    persons_located: int
    persons_answered: int


class BatchPage(BaseModel):
    items: list[BatchSummary]
    next_cursor: str | None


# ------------------------------------------------------------------ transfers
class TransferPersonIn(_In):
    name: str = Text200
    id_number: str | None = Field(None, min_length=1, max_length=18)
    capacity: Literal["debtor", "legal_representative", "responsible_person"] = "debtor"


class ActIn(_In):
    kind: Literal["refuse_to_pay", "hide_assets", "transfer_assets", "false_litigation", "violence", "wages",
                  "support", "other"] = Field(description="wages / support (拒不支付劳动报酬、赡养抚养费) weigh heavier")
    description: str = Field(min_length=1, max_length=2000)
    on: date | None = None
    amount_fen: int | None = Field(None, ge=0)


class EvidenceIn(_In):
    kind: Literal["judgment", "execution_notice", "asset_report", "record", "testimony", "document", "other"]
    description: str = Field(min_length=1, max_length=2000)


class TransferIn(_In):
    case_id: uuid.UUID
    police_code: str = Field(min_length=1, max_length=32, description="公安机关代码, e.g. 内0621公")
    letter_number: str = Field(min_length=1, max_length=200, description="移送函文号")
    sent_on: date
    summary: str = Field(min_length=1, max_length=10000, description="执行情况说明")
    persons: list[TransferPersonIn] = Field(min_length=1, max_length=50)
    acts: list[ActIn] = Field(min_length=1, max_length=100)
    evidence: list[EvidenceIn] = Field(min_length=1, max_length=200, description="证据清单")
    amount_fen: int = Field(0, ge=0, le=10**15, description="拒不执行的金额 (fen)")


class DayIn(_In):
    on: date


class ComplexIn(_In):
    reason: str = Field(min_length=1, max_length=2000, description="why the case is complex (重大、复杂)")
    decided_on: date = Field(description="within the ordinary 7 days of the receipt")


class RefusalIn(_In):
    refused_on: date
    reason: str = Field(min_length=1, max_length=5000)
    notified_on: date | None = Field(None, description="the day the court was notified (within 7 days)")


class SupervisionRequestIn(_In):
    procuratorate_code: str = Field(min_length=1, max_length=32, description="e.g. 内0621检")
    requested_on: date
    reason: str | None = Field(None, max_length=5000)


class ExplanationIn(_In):
    explained_on: date
    explanation: str = Field(min_length=1, max_length=10000)


class SupervisionDecisionIn(_In):
    order_filing: bool = Field(description="true: 通知立案 (filed within 15 days); false: 不立案理由成立")
    decided_on: date
    reason: str = Field(min_length=1, max_length=5000)


class PrivateProsecutionIn(_In):
    on: date
    note: str | None = Field(None, max_length=5000)


class OutcomeIn(_In):
    outcome: Literal["prosecution_recommended", "investigation_dropped", "prosecuted", "not_prosecuted", "convicted",
                     "acquitted", "exempted"]
    on: date
    note: str | None = Field(None, max_length=5000)
    sentence: str | None = Field(None, max_length=500, description="e.g. 有期徒刑一年")


class PaymentIn(_In):
    paid_on: date
    amount_fen: int = Field(gt=0, le=10**15)
    full: bool


class DeadlineOut(BaseModel):
    kind: str
    due_on: date
    moved_for_holiday_from: date | None
    article: str
    done_on: date | None
    status: Literal["due", "overdue", "met", "missed"]
    overdue: bool


class PaymentOut(BaseModel):
    paid_on: date
    amount_fen: int
    full: bool
    stage: str
    stage_label: str


class TransferOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    court_code: str
    police_code: str
    procuratorate_code: str | None
    state: TransferState
    state_label: str
    letter_number: str
    summary: str
    evidence: dict[str, Any]
    persons: list[dict[str, Any]]
    person_count: int
    amount_fen: int
    livelihood_category: str
    weighs_heavier: bool
    sent_on: date
    receipted_on: date | None
    complex_case: bool
    complex_reason: str | None
    filed_on: date | None
    refused_on: date | None
    refusal_reason: str | None
    refusal_notified_on: date | None
    supervision_requested_on: date | None
    explained_on: date | None
    explanation: str | None
    filing_ordered_on: date | None
    supervision_decided_on: date | None
    supervision_reason: str | None
    private_prosecution_on: date | None
    outcome_on: date | None
    outcome_note: str | None
    sentence: str | None
    payment: PaymentOut | None
    deadlines: list[DeadlineOut]
    history: list[dict[str, Any]]
    version: int


class TransferPage(BaseModel):
    items: list[TransferOut]
    next_cursor: str | None


# ------------------------------------------------------------------ custody
class HandOverIn(_In):
    facility: str = Field(min_length=1, max_length=200, description="拘留所, e.g. 达拉特旗拘留所")
    handed_over_at: datetime | None = None


class ReleaseIn(_In):
    released_at: datetime | None = None


class EarlyReleaseIn(_In):
    decision: str = Field(min_length=1, max_length=2000, description="the court's decision, e.g. 被执行人已履行，提前解除拘留")
    released_at: datetime | None = None


class CustodyOut(BaseModel):
    id: uuid.UUID
    penalty_id: str
    case_id: str | None
    court_code: str
    police_code: str
    subject_name: str
    days: int
    emergency: bool
    status: CustodyStatus
    status_label: str
    decided_at: datetime
    opened_at: datetime | None
    started_at: datetime | None
    handed_over_at: datetime | None
    facility: str | None
    ends_at: datetime | None
    ends_on: date | None = Field(description="never moved for holidays")
    released_at: datetime | None
    release_kind: str | None
    release_reason: str | None
    release_due: bool
    version: int


class CustodyPage(BaseModel):
    items: list[CustodyOut]
    next_cursor: str | None


# ------------------------------------------------------------------ figures, ops
class FiguresOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: date | None = Field(alias="from")
    to: date | None
    court: str | None
    search_batches: int = Field(description="协查批次")
    people_searched: int = Field(description="协查人数")
    persons_located: int
    transfers: int
    transfer_cases: int = Field(description="移送拒执罪案件数")
    transfer_persons: int = Field(description="移送拒执罪人数")
    transfers_filed: int
    transfers_refused: int
    private_prosecutions: int
    convictions: int
    custody_opened: int
    custody_released_early: int


class SweepIn(_In):
    today: date | None = None


class SweepOut(BaseModel):
    skipped: bool
    as_of: date
    deadlines_missed: int
    transfer_ids: list[str]
