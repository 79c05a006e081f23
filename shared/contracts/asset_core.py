"""Events published by asset_core (一核) on `court.asset-core.events.v1`. Owned by asset_core; consumers
import this module, never asset_core's code. Amounts are integer fen; dates ISO 8601."""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from shared.contracts.evidence import EvidenceFileFields
from shared.events import EventPayload, UuidStr

TOPIC = "court.asset-core.events.v1"
SOURCE = "/court/asset-core"

LivelihoodCategory = Literal["none", "migrant_wages", "support_payments"]
DesignationForm = Literal["instruct", "elevate", "concentrate", "cooperate", "supervise"]
DeadlineKind = Literal["finishing", "officer_assignment", "execution_notice"]
MeasureKind = Literal["freeze", "seal", "seize"]


class _AssetCoreEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE


class _CaseEvent(_AssetCoreEvent):
    case_id: UuidStr = Field(description="案件 id (UUID)")
    case_number: str = Field(description="案号, canonical form, e.g. （2024）内0621执123号")


class CaseRegistered(_CaseEvent):
    """立案: an enforcement case was registered."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.registered.v1"

    case_type: str = Field(description="案件类型代字: 执, 执恢, 执保, …")
    court_code: str = Field(description="执行法院代码, e.g. 内0621")
    filed_on: date = Field(description="立案日期")
    amount_owed_fen: int = Field(ge=0, description="申请执行标的 (fen)")
    livelihood_category: LivelihoodCategory = Field(description="绿色通道类别: none / 农民工工资 / 赡养抚养费")
    applicants: list[str] = Field(description="申请执行人 names")
    respondents: list[str] = Field(description="被执行人 names")
    state: str = Field(description="case state, e.g. filed")
    respondent_keys: list[str] = Field(default_factory=list, description="被执行人 keys (hash of the id number) "
                                       "that link one debtor's cases; never the id number itself")
    parent_case_id: str | None = Field(None, description="for 执恢: the case it resumes")


class CaseDesignated(_CaseEvent):
    """交叉执行: a higher court designated the case to another court (民诉法 237)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.designated.v1"

    designating_court: str
    from_court: str
    to_court: str
    executing_court_code: str = Field(description="the court executing the case after the designation")
    form: DesignationForm = Field(description="指令执行 instruct / 提级执行 elevate / 集中执行 concentrate / "
                                               "协同执行 cooperate / 督促执行 supervise")
    designated_on: date
    reason: str


class CaseStateChanged(_CaseEvent):
    """The case moved between states (filed, executing, 终本, fully executed, suspended, terminated)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.state-changed.v1"

    court_code: str
    from_state: str
    to_state: str
    reason: str
    changed_on: date


class DeadlineDue(_CaseEvent):
    """A legal time limit of the case is due (within its warning window) or overdue; emitted once per level."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.deadline-due.v1"

    court_code: str
    kind: DeadlineKind = Field(description="finishing 执行期限 / officer_assignment 指定承办人 / execution_notice 执行通知")
    deadline: date
    level: Literal["due", "overdue"]
    moved_for_holiday_from: date | None = Field(None, description="the period's last day before a statutory holiday "
                                                "or rest day moved it to `deadline` (民诉法 85 ¶3); null when not moved")


class InvestigationCompleted(_CaseEvent):
    """Every required asset category has a recorded result and the asset-report order was issued."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.investigation-completed.v1"

    categories: dict[str, str] = Field(description="category -> found / none / not_applicable")
    completed_on: date


class CaseConcluded(_CaseEvent):
    """终本: the current round of execution ended with no disposable property found."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.concluded.v1"

    court_code: str
    concluded_on: date
    outstanding_fen: int
    livelihood_category: LivelihoodCategory
    requery_dates: list[date] = Field(description="online re-query every 6 months for 5 years")
    respondents: list[str]


class RequeryDue(_CaseEvent):
    """A scheduled post-终本 online re-query of the debtor's assets is due."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.requery-due.v1"

    court_code: str
    due_on: date
    sequence: int = Field(ge=1, le=10)


class RequeryResultRecorded(_CaseEvent):
    """A post-终本 re-query's result, notified to the applicant (DOMAIN.md "终本"); a find proposes 恢复执行."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.requery-result.v1"

    court_code: str
    sequence: int = Field(ge=1, le=10)
    done_on: date
    result: Literal["found", "none"]
    applicants: list[str] = Field(description="申请执行人 to be notified")
    proposes_resumption: bool = Field(description="a find proposes 恢复执行 (a new 执恢 case)")


class AssetClueOverdue(_CaseEvent):
    """An applicant's specific asset clue was not verified in time: 7 days, 3 if urgent (财产调查规定 2)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.clue.overdue.v1"

    court_code: str
    clue_id: str
    received_on: date
    urgent: bool
    due_on: date
    moved_for_holiday_from: date | None = Field(None, description="the period's own last day when a holiday moved it")


class DebtorChangeReportLate(_CaseEvent):
    """The debtor reported a change in its assets later than 10 days after it (财产调查规定 7)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.change-report.late.v1"

    court_code: str
    report_id: str
    changed_on: date
    reported_on: date
    due_on: date


class CaseResumed(_CaseEvent):
    """恢复执行: a 执恢 case was opened for a concluded or settled case."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.resumed.v1"

    resumed_case_id: str
    resumed_case_number: str
    reason: str
    resumed_on: date


class AssetDiscovered(_CaseEvent):
    """An asset of the debtor was recorded in the ledger."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.asset.discovered.v1"

    asset_id: str
    asset_type: str
    description: str
    estimated_value_fen: int | None
    discovery_source: str
    source_event_id: str | None


class _MeasureEvent(_CaseEvent):
    asset_id: str
    measure_id: str
    kind: MeasureKind = Field(description="冻结 freeze / 查封 seal / 扣押 seize")


class MeasureApplied(_MeasureEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.measure.applied.v1"

    flexible: bool = Field(description="活封 (asset stays in use) when true, 死封 when false")
    amount_fen: int | None
    start_on: date | None
    expiry_on: date | None
    queued: bool = Field(description="轮候: waits for the earlier measure on the asset")


class MeasureRenewed(_MeasureEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.measure.renewed.v1"

    previous_expiry_on: date
    expiry_on: date


class MeasureExpiring(_MeasureEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.measure.expiring.v1"

    expiry_on: date
    days_left: int


class MeasureLapsed(_MeasureEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.measure.lapsed.v1"

    expiry_on: date


class MeasureReleased(_MeasureEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.measure.released.v1"

    reason: str
    released_on: date
    activated_measure_id: str | None = Field(None, description="the 轮候 measure that took effect")
    released_quantity: int | None = Field(None, description="partial release: units of the lot released (e.g. 45 "
                                                            "of 135 flats); the measure stays on the rest")
    released_asset_id: str | None = Field(None, description="partial release: the asset split off for the "
                                                            "released units")


class _AuctionEvent(_CaseEvent):
    asset_id: str
    round_id: str
    round_no: int
    valuation_fen: int
    opening_fen: int


class AuctionRoundScheduled(_AuctionEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.auction.round-scheduled.v1"

    method: Literal["online_auction", "auction", "sale"]
    starts_on: date
    announced_on: date | None = Field(None, description="公告日期 (网拍规定 12, 26)")
    deposit_fen: int | None = Field(None, description="保证金, 5–20% of the opening price (网拍规定 17)")
    bidding_hours: int | None = Field(None, description="竞价时长, at least 24 h (网拍规定 20)")
    sale_ends_on: date | None = Field(None, description="变卖: the last day of the 60-day offer")


class AuctionRoundFailed(_AuctionEvent):
    """流拍."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.auction.round-failed.v1"

    failed_on: date
    next_step: str
    next_min_opening_fen: int | None


class AuctionRoundSold(_AuctionEvent):
    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.auction.round-sold.v1"

    price_fen: int
    sold_on: date
    in_kind: bool = Field(description="以物抵债: taken by the creditor at the reserve price")


class RecoveryRecorded(_CaseEvent):
    """执行到位款 recorded."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.recovery.recorded.v1"

    recovery_id: str
    amount_fen: int
    source: str
    received_on: date
    recovered_total_fen: int
    outstanding_fen: int
    asset_id: str | None = Field(None, description="the case's asset the money came from, when it did (an auction "
                                 "round sold, 以物抵债, or named when recorded): a bounty reward is paid on it")



class PayoutRecorded(_CaseEvent):
    """执行款发放: recovered money paid out to an applicant (执行款物管理规定 13: within 30 days of receipt). The
    payee's id number appears masked as a role without PII rights sees it (shared.identity.mask_id_number); the
    party key links the payee's cases without it. The overview's 执行到位 counts recoveries, not payouts."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.payout.recorded.v1"

    court_code: str = Field(description="执行法院代码")
    payout_id: UuidStr
    amount_fen: int = Field(gt=0, description="发放金额 (fen)")
    paid_on: date = Field(description="发放日期")
    method: Literal["bank_transfer", "cheque", "cash"] = Field(description="转账 / 支票 / 现金")
    payee_name: str = Field(description="领款的申请执行人 name")
    payee_kind: Literal["person", "organisation"]
    payee_id_number_masked: str | None = Field(None, description="身份证号 masked (150621********123X); an "
                                               "organisation's 统一社会信用代码 is public and shown in full")
    payee_party_key: str | None = Field(None, description="the payee's keyed hash (links its cases), when it has "
                                        "an id number; never the number itself")
    livelihood_category: LivelihoodCategory = Field(description="绿色通道类别 (paid out first)")
    received_fen: int = Field(ge=0, description="执行款 received in the case so far (recoveries other than 以物抵债)")
    paid_out_fen: int = Field(ge=0, description="paid out so far, this payout included")
    awaiting_payout_fen: int = Field(ge=0, description="received and not yet paid out")


class PayoutDeferred(_CaseEvent):
    """延缓发放: the payout of a case's money deferred with approval (执行款物管理规定 13 ¶2) by a judge or president
    of the executing court; no payout deadline runs while it stands."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.payout.deferred.v1"

    court_code: str = Field(description="执行法院代码")
    deferral_id: UuidStr
    ground: Literal["distribution", "applicant_funds_frozen", "not_collected", "case_suspended", "other"] = Field(
        description="延缓发放情形 (¶2 (1)-(5))")
    ground_label: str
    decided_on: date = Field(description="决定日期")


class PayoutDeferralEnded(_CaseEvent):
    """延缓发放的情形消失: the ground ceased; the money is paid out within 10 days (执行款物管理规定 13 ¶3), never sooner
    than the 30 days of ¶1. `deadline` is null when another deferral of the case still stands or nothing waits."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.payout.deferral-ended.v1"

    court_code: str = Field(description="执行法院代码")
    deferral_id: UuidStr
    ground: Literal["distribution", "applicant_funds_frozen", "not_collected", "case_suspended", "other"]
    decided_on: date
    ended_on: date = Field(description="情形消失日")
    deadline: date | None = Field(None, description="the payout deadline of the money waiting, now")


class PayoutOverdue(_CaseEvent):
    """执行款逾期未发放: money received was not paid out by its deadline (执行款物管理规定 13) and no deferral stands;
    once per case and receipt batch (the day the oldest money not yet paid out arrived)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.payout.overdue.v1"

    court_code: str = Field(description="执行法院代码")
    livelihood_category: LivelihoodCategory = Field(description="绿色通道类别 (paid out first)")
    waiting_since: date = Field(description="the day the oldest money not yet paid out arrived")
    deadline: date = Field(description="its payout deadline (after a deferral: 10 days after it ended)")
    deferral_ended_on: date | None = Field(None, description="the end of the deferral that set the deadline")
    awaiting_payout_fen: int = Field(gt=0, description="received and not yet paid out")


EVENTS = [CaseRegistered, CaseDesignated, CaseStateChanged, DeadlineDue, InvestigationCompleted, CaseConcluded,
          RequeryDue, RequeryResultRecorded, AssetClueOverdue, DebtorChangeReportLate, CaseResumed, AssetDiscovered,
          MeasureApplied, MeasureRenewed, MeasureExpiring, MeasureLapsed, MeasureReleased, AuctionRoundScheduled, AuctionRoundFailed, AuctionRoundSold, RecoveryRecorded,
          PayoutRecorded, PayoutDeferred, PayoutDeferralEnded, PayoutOverdue]


# ------------------------------------------------------------------ evidence files (issue 16)
class EvidenceFileAttached(_AssetCoreEvent, EvidenceFileFields):
    """证据材料已上传 (a document or photo attached to a case): metadata and SHA-256, no bytes, no file name."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.evidence-file.attached.v1"


EVENTS.append(EvidenceFileAttached)
