"""reward HTTP request and response models. Money is integer fen; percentages are basis points (500 = 5 %)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.reward.domain import (ApplicationState, Channel, Finding, NoticeState, Outcome, RewardKind, Sought,
                                    TipStatus)
from shared import files
from shared.inputs import In

MAX_FEN = 10**15


class _In(In):
    """A request body (shared.inputs.In: unknown fields refused, dates in the legal range)."""


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# ------------------------------------------------------------------ applications (21)
class RewardTermsIn(_In):
    kind: RewardKind = Field(description="fixed 固定金额 / percentage 按执行到位金额的比例")
    fixed_fen: int | None = Field(None, ge=1, le=MAX_FEN, description="固定悬赏金 (fen)")
    percent_bp: int | None = Field(None, ge=1, le=10_000, description="比例, basis points of the amount recovered")
    cap_fen: int | None = Field(None, ge=1, le=MAX_FEN, description="上限 (fen)")
    floor_fen: int | None = Field(None, ge=1, le=MAX_FEN, description="下限 (fen)")
    applicant_pays_separately: bool = Field(False, description="申请执行人另行支付 (delivery of a specific object, or "
                                                               "nothing to deduct from): the reward is not limited "
                                                               "to the money recovered")


class AgentIn(_In):
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["person", "organisation"] = "person"
    id_number: str | None = Field(None, max_length=40)


class ApplicationIn(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "case_id": "6f1c2f4e-1d1a-4f5e-9f31-2a8f3c1e9b10", "applicant_name": "某银行股份有限公司鄂尔多斯分行",
        "sought": "assets", "reward": {"kind": "percentage", "percent_bp": 500, "cap_fen": 5_000_000,
                                       "floor_fen": 50_000},
        "promise": "财产线索使债权得以实现的，自愿按公告支付悬赏金", "promise_to_pay": True,
        "channels": ["national_platform", "court_wechat"], "debtor_name": "内蒙古某房地产开发有限公司",
        "debtor_kind": "organisation"}]})

    case_id: uuid.UUID = Field(description="asset_core's case id: a case this court executes")
    applicant_name: str = Field(min_length=1, max_length=200, description="申请执行人")
    sought: Sought = Field(description="whereabouts 被执行人下落 / assets 财产 / both")
    reward: RewardTermsIn
    promise_to_pay: Literal[True] = Field(description="申请执行人自愿支付悬赏金的承诺 (21 ¶1 (二))")
    promise: str = Field(min_length=1, max_length=2000, description="the promise's wording")
    channels: list[Channel] = Field(min_length=1, max_length=5, description="where to publish (22)")
    other_media: str | None = Field(None, max_length=300, description="其他媒体 (at the applicant's cost)")
    debtor_name: str = Field(min_length=1, max_length=200, description="被执行人 (a respondent of the case)")
    debtor_kind: Literal["person", "organisation"] = "person"
    debtor_id_number: str | None = Field(None, max_length=40, description="身份证号 / 统一社会信用代码: checked "
                                                                         "against the case's respondents")
    agents: list[AgentIn] = Field(default_factory=list, max_length=10, description="申请执行人的代理人 (24: no reward)")
    received_on: date | None = Field(None, description="收到书面申请之日 (default today)")


class ApplicationOut(_Out):
    id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    court_code: str
    applicant_name: str
    sought: Sought
    reward_kind: RewardKind
    fixed_fen: int | None
    percent_bp: int | None
    cap_fen: int | None
    floor_fen: int | None
    applicant_pays_separately: bool
    promise: str
    channels: list[Channel]
    other_media: str | None
    debtor_name: str
    debtor_kind: str
    debtor_id_masked: str | None
    agents: list[dict]
    received_on: date
    decision_due: date = Field(description="21: ten days from the day after receipt, moved off rest days")
    moved_for_holiday_from: date | None
    overdue: bool = Field(description="undecided after decision_due")
    state: ApplicationState
    decided_on: date | None
    decided_late: bool
    reasons: str | None
    version: int


class ApplicationPage(BaseModel):
    items: list[ApplicationOut]
    next_cursor: str | None


class DecisionIn(_In):
    decision: Literal["granted", "refused"]
    reasons: str | None = Field(None, max_length=2000, description="required for a refusal")
    decided_on: date | None = None


class PublishIn(_In):
    court_contact: str = Field(min_length=1, max_length=300, description="承办人及联系电话")
    published_on: date | None = None
    valid_until: date | None = None


# ------------------------------------------------------------------ notices (22)
class NoticeOut(_Out):
    id: uuid.UUID
    number: str
    application_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    court_code: str
    sought: Sought
    reward_text: str
    conditions: str
    debtor_name: str
    debtor_kind: str
    debtor_id_masked: str | None
    amount_owed_fen: int
    court_contact: str
    channels: list[Channel]
    published_on: date
    valid_until: date | None
    state: NoticeState
    withdrawn_on: date | None
    withdraw_reason: str | None
    successes: int
    version: int


class NoticePage(BaseModel):
    items: list[NoticeOut]
    next_cursor: str | None


class WithdrawIn(_In):
    reason: str = Field(min_length=1, max_length=1000)
    on: date | None = None


class PublicNoticeOut(_Out):
    number: str = Field(description="公告编号, e.g. （2026）内0621悬1号")
    court_code: str
    case_number: str
    sought: Sought
    reward_text: str
    conditions: str
    debtor_name: str
    debtor_kind: str
    debtor_id_masked: str | None = Field(description="身份证号 masked: 1506**********123X")
    amount_owed_fen: int
    court_contact: str
    channels: list[Channel]
    channel_labels: list[str]
    published_on: date
    valid_until: date | None


class PublicNoticePage(BaseModel):
    items: list[PublicNoticeOut]
    next_cursor: str | None


# ------------------------------------------------------------------ tips (23)
class AttachmentIn(_In):
    name: str = Field(min_length=1, max_length=200)
    media_type: str = Field(min_length=1, max_length=100, pattern=r"^[\w.+-]+/[\w.+-]+$")
    size_bytes: int = Field(ge=0, le=50_000_000)
    sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")


class TipsterIn(_In):
    name: str | None = Field(None, max_length=100)
    phone: str | None = Field(None, max_length=20)
    id_number: str | None = Field(None, max_length=20, description="居民身份证号")
    declares_no_exclusion: bool = Field(False, description="本人不是申请执行人的代理人、被执行人或负有报告财产义务的人 "
                                                           "(24) — needed to be paid")


class TipIn(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "clue_kind": "asset", "clue_text": "被执行人名下另有一套住房，在康巴什区某小区 3 号楼 2 单元 1101 室",
        "asset_identifier": "蒙(2021)康巴什区不动产权第0012345号", "place": "康巴什区某小区3-2-1101",
        "tipster": {"name": "王某", "phone": "13812345678", "declares_no_exclusion": True}}]})

    clue_kind: Literal["whereabouts", "asset"]
    clue_text: str = Field(min_length=1, max_length=4000)
    asset_identifier: str | None = Field(None, max_length=200, description="不动产权证号、车牌号、账号…: identical "
                                                                          "clues are grouped by it")
    place: str | None = Field(None, max_length=300, description="地点: identical places are grouped too")
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=10, description="metadata only")
    tipster: TipsterIn = Field(default_factory=TipsterIn, description="optional (anonymity), but needed to be paid")


class TipReceiptOut(BaseModel):
    receipt: str = Field(description="回执码: keep it — the only way to ask for the tip's status")
    notice_no: str
    received_at: datetime
    status: TipStatus


class TipStatusOut(BaseModel):
    notice_no: str
    status: TipStatus = Field(description="received / under_verification / verified / not_useful / "
                                          "reward_payable / paid")
    status_label: str
    received_at: datetime
    updated_at: datetime


class TipOut(BaseModel):
    id: uuid.UUID
    notice_id: uuid.UUID
    case_id: uuid.UUID
    court_code: str
    received_at: datetime
    clue_kind: str
    group_key: str
    rank: int = Field(description="rank among tips on the same clue, by time of receipt (23)")
    status: TipStatus
    status_label: str
    outcome: Outcome | None
    finding: Finding | None
    verified_asset_type: str | None
    verified_description: str | None
    verified_value_fen: int | None
    verified_on: date | None
    known_asset_id: uuid.UUID | None
    clue_text: str | None = Field(description="only for the judge/officer of the executing court")
    asset_identifier: str | None
    place: str | None
    attachments: list[dict]
    tipster_name: str | None = Field(description="masked unless the reader is the case's judge/officer (audited)")
    tipster_phone: str | None
    tipster_id_number: str | None
    declares_no_exclusion: bool
    identity_masked: bool
    version: int


class TipRegisterOut(BaseModel):
    notice_id: uuid.UUID
    notice_no: str
    items: list[TipOut]


class VerifyIn(_In):
    outcome: Outcome = Field(description="useful 属实 / not_useful 不属实 / already_known 法院已掌握 (24)")
    finding: Finding | None = Field(None, description="person_located / asset_found (useful only)")
    asset_type: str | None = Field(None, max_length=40)
    description: str | None = Field(None, max_length=2000)
    estimated_value_fen: int | None = Field(None, ge=0, le=MAX_FEN)
    location: str | None = Field(None, max_length=500)
    known_asset_id: uuid.UUID | None = Field(None, description="the ledger's asset the court already held")
    on: date | None = None

    @model_validator(mode="after")
    def _useful(self) -> "VerifyIn":
        if self.outcome != Outcome.useful and self.finding is not None:
            raise ValueError("finding is for a useful tip only")
        return self


class RealisationIn(_In):
    recovery_id: uuid.UUID = Field(description="asset_core's recovery (执行到位款) realised through the located debtor")


# ------------------------------------------------------------------ rewards (24)
class RewardOut(_Out):
    id: uuid.UUID
    notice_id: uuid.UUID
    tip_id: uuid.UUID
    case_id: uuid.UUID
    court_code: str
    recovery_id: uuid.UUID
    recovered_fen: int
    amount_fen: int
    basis: str
    payment_mode: Literal["deducted", "applicant_separately"]
    state: Literal["payable", "paid", "excluded"]
    excluded_reason: str | None
    payable_on: date
    paid_on: date | None
    payment_ref: str | None
    version: int


class RewardPage(BaseModel):
    items: list[RewardOut]
    next_cursor: str | None


class PaymentIn(_In):
    payment_ref: str = Field(min_length=1, max_length=200, description="财务凭证号")
    paid_on: date | None = None


class FiguresOut(BaseModel):
    court: str
    from_: date = Field(alias="from")
    to: date
    notices_published: int
    successes: int
    recovered_fen: int

    model_config = ConfigDict(populate_by_name=True)


class SweepIn(_In):
    today: date | None = Field(None, description="sweep as of this date (default: today, Asia/Shanghai)")


class SweepOut(BaseModel):
    skipped: int
    decisions_overdue: int


# ------------------------------------------------------------------ evidence files (issue 16)
# one shape in every service (shared.files)
FileOut = files.FileOut
FileList = files.FileList


class TipFileReceiptOut(BaseModel):
    """What the tipster is told of a file they attached (keep the SHA-256: it identifies the file as received)."""

    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    received_at: datetime
