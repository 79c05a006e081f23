"""Events published by reward (法信悬赏) on `court.reward.events.v1`. Owned by reward; consumers import this
module, never reward's code. Amounts are integer fen; dates ISO 8601 (the courts' calendar day, Asia/Shanghai).
No event ever carries a tipster's identity or a tip's clue text: a tip is named by its id only (财产调查规定 23).
Every event the overview counts carries `court_code` (the executing court) and a date."""
from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import Field

from shared.contracts.evidence import EvidenceFileFields
from shared.events import EventPayload, UuidStr

TOPIC = "court.reward.events.v1"
SOURCE = "/court/reward"

Sought = Literal["whereabouts", "assets", "both"]
RewardKind = Literal["fixed", "percentage"]


class _RewardEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE


class ApplicationReceived(_RewardEvent):
    """悬赏申请已收到 (财产调查规定 21): the court must decide within 10 days."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.application.received.v1"

    application_id: str
    case_id: UuidStr
    case_number: str
    court_code: str
    received_on: date
    decision_due: date = Field(description="10 days from the day after receipt, moved off rest days")
    moved_for_holiday_from: date | None = Field(None, description="the last day before it moved off a rest day")
    sought: Sought
    reward_kind: RewardKind


class ApplicationDecided(_RewardEvent):
    """准许 / 不予准许 the application (21)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.application.decided.v1"

    application_id: str
    case_id: UuidStr
    court_code: str
    decision: Literal["granted", "refused"]
    decided_on: date
    decision_due: date
    within_time: bool = Field(description="decided on or before decision_due")
    reasons: str | None = None


class DecisionOverdue(_RewardEvent):
    """The 10-day decision (21) was not taken by its last day (raised once, by the sweep)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.application.decision-overdue.v1"

    application_id: str
    case_id: UuidStr
    court_code: str
    decision_due: date
    flagged_on: date


class NoticePublished(_RewardEvent):
    """悬赏公告发布 (22). The overview counts `notices_published` by court_code and published_on."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.notice.published.v1"

    notice_id: str
    notice_no: str
    application_id: str
    case_id: UuidStr
    case_number: str
    court_code: str
    published_on: date
    channels: list[str]
    sought: Sought
    reward_kind: RewardKind
    fixed_fen: int | None = Field(None, ge=0)
    percent_bp: int | None = Field(None, ge=0, description="basis points of the amount recovered (500 = 5 %)")
    cap_fen: int | None = Field(None, ge=0)
    floor_fen: int | None = Field(None, ge=0)


class NoticeWithdrawn(_RewardEvent):
    """悬赏公告撤回: the case ended (asset_core's state) or the court withdrew it."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.notice.withdrawn.v1"

    notice_id: str
    notice_no: str
    case_id: UuidStr
    court_code: str
    withdrawn_on: date
    reason: Literal["case_ended", "by_court"]
    detail: str | None = None


class TipReceived(_RewardEvent):
    """A tip was registered (23). Its id only: never the tipster, never the clue."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.tip.received.v1"

    tip_id: str
    notice_id: str
    case_id: UuidStr
    court_code: str
    received_at: datetime
    received_on: date
    clue_kind: Literal["whereabouts", "asset"]
    rank: int = Field(ge=1, description="rank among the notice's tips on the same clue, by time of receipt")


class TipVerified(_RewardEvent):
    """A bounty tip was verified (线索核实属实). The tipster's identity is never in the event."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.tip.verified.v1"

    case_id: UuidStr
    notice_id: str = Field(description="悬赏公告 id")
    tip_id: str
    clue_kind: Literal["whereabouts", "asset"] = Field(description="被执行人下落 / 财产线索")
    asset_type: str | None = None
    description: str
    estimated_value_fen: int | None = Field(None, ge=0)
    location: str | None = None
    court_code: str | None = Field(None, description="the executing court")
    verified_on: date | None = Field(None, description="the day the officer recorded the result")
    first_success: bool | None = Field(None, description="the notice's first useful tip: the overview counts "
                                                         "`successes` by it")


class RecoveryAttributed(_RewardEvent):
    """Money recovered through an asset a verified tip produced (24). The overview's 悬赏执行到位 sums
    amount_fen by court_code and recovered_on."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.recovery.attributed.v1"

    notice_id: str
    tip_id: str
    recovery_id: str = Field(description="asset_core's recovery id")
    case_id: UuidStr
    asset_id: str | None = Field(None, description="the asset the money came from; None for a whereabouts tip "
                                                   "(the judge attributed the recovery)")
    amount_fen: int = Field(ge=0)
    recovered_on: date
    court_code: str


class RewardPayable(_RewardEvent):
    """悬赏金应予发放 (24) to the first-ranked useful tip of the clue; computed once per notice and clue."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.reward.payable.v1"

    reward_id: str
    notice_id: str
    tip_id: str
    case_id: UuidStr
    court_code: str
    recovery_id: str
    recovered_fen: int = Field(ge=0)
    amount_fen: int = Field(ge=0)
    payment_mode: Literal["deducted", "applicant_separately"] = Field(
        description="deducted from the applicant's execution money, or paid by the applicant separately")
    payable_on: date


class RewardPaid(_RewardEvent):
    """悬赏金已发放 (the finance clerk recorded the payment)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.reward.paid.v1"

    reward_id: str
    notice_id: str
    tip_id: str
    case_id: UuidStr
    court_code: str
    amount_fen: int = Field(ge=0)
    paid_on: date


EVENTS = [ApplicationReceived, ApplicationDecided, DecisionOverdue, NoticePublished, NoticeWithdrawn, TipReceived,
          TipVerified, RecoveryAttributed, RewardPayable, RewardPaid]


# ------------------------------------------------------------------ evidence files (issue 16)
class EvidenceFileAttached(_RewardEvent, EvidenceFileFields):
    """线索附件已上传: a tipster attached a photo or document to their tip (never the tipster); metadata and
    SHA-256, no bytes, no file name."""

    EVENT_TYPE: ClassVar[str] = "cn.court.reward.evidence-file.attached.v1"


EVENTS.append(EvidenceFileAttached)
