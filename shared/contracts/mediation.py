"""Events published by mediation (和解中心) on `court.mediation.events.v1`. Owned by mediation; consumers import
this module, never mediation's code. Amounts are integer fen; dates ISO 8601. `case_id` is always the
enforcement case's id (asset_core's), which is also the partition key; `center_case_id` is the center's
own record of the case."""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from shared.events import EventPayload, UuidStr

TOPIC = "court.mediation.events.v1"
SOURCE = "/court/mediation"

IntakeSource = Literal["concluded", "referral"]


class _CenterEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    case_id: UuidStr = Field(description="执行案件 id (asset_core's case id, UUID)")


class _MediationEvent(_CenterEvent):
    settlement_id: str


class Installment(BaseModel):
    due_on: date
    amount_fen: int = Field(gt=0)


class Guarantor(BaseModel):
    name: str = Field(description="担保人")
    kind: Literal["person", "organisation"] = "organisation"
    guarantee: str | None = Field(None, description="担保方式与范围, e.g. 连带责任保证")


class CaseReceived(_CenterEvent):
    """终本案件推送 or 移送: the case reached the settlement center. Its legal status is kept as it is."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.case.received.v1"

    center_case_id: str
    case_number: str = Field(description="案号, e.g. （2024）内0621执123号")
    court_code: str
    source: IntakeSource = Field(description="concluded 终本推送 / referral 移送")
    legal_status: str = Field(description="the enforcement case's state, unchanged by intake, e.g. concluded_no_assets")
    livelihood_category: str
    priority: int = Field(description="0 = 绿色通道 first, 1 = ordinary")
    received_on: date


class CaseAssigned(_CenterEvent):
    """分案: the case was assigned (or reassigned) to a mediator."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.case.assigned.v1"

    center_case_id: str
    court_code: str
    mediator_id: str
    mediator_name: str
    team: str
    mode: Literal["auto", "manual"] = Field(description="auto 分案规则 / manual 改派")
    previous_mediator_id: str | None = None
    assigned_on: date


class SessionHeld(_CenterEvent):
    """办案: a mediation session with the parties was held, with its outcome."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.session.held.v1"

    center_case_id: str
    session_id: str
    held_on: date
    outcome: str = Field(description="agreed 达成合意 / continued 继续调解 / refused 拒绝和解 / absent 未到场")


class SettlementReached(_MediationEvent):
    """执行和解: the parties settled (和解规定 2-3); execution is suspended; named seizures released or
    named assets re-mortgaged (转债化解)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.settlement.reached.v1"

    reached_on: date
    total_fen: int = Field(gt=0)
    installments: list[Installment]
    release_measure_ids: list[str] = Field(default_factory=list, description="seizures to release (解除)")
    release_quantities: dict[str, int] = Field(default_factory=dict, description="partial release: measure id → "
                                               "units of its lot to release (e.g. 45 of 135 flats); others in full")
    remortgage_asset_ids: list[str] = Field(default_factory=list, description="assets to help re-mortgage")
    guarantor: Guarantor | None = Field(None, description="担保人, when the agreement has one")
    court_code: str | None = None


class PaymentReceived(_MediationEvent):
    """A settlement installment was paid."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.payment.received.v1"

    payment_id: str
    amount_fen: int = Field(gt=0)
    received_on: date
    paid_total_fen: int | None = Field(None, description="paid under the settlement so far, this payment included")
    remaining_fen: int | None = Field(None, description="what the settlement still requires")


class InstallmentOverdue(_MediationEvent):
    """An installment was not paid by its due date (flagged once, the day after)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.installment.overdue.v1"

    installment_no: int = Field(ge=1)
    due_on: date
    amount_fen: int
    unpaid_fen: int
    flagged_on: date


class SettlementDefaulted(_MediationEvent):
    """The debtor defaulted: a proposal to resume the original judgment (和解规定 9)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.settlement.defaulted.v1"

    defaulted_on: date
    paid_fen: int = Field(ge=0, description="already paid, deducted on resumption (和解规定 17)")
    resume_deadline: date = Field(description="2 years from the last day of the performance period (和解规定 10); "
                                              "a last day on a holiday or rest day moves to the next working day "
                                              "(民诉法 85 ¶3)")
    resume_amount_fen: int | None = Field(None, ge=0, description="the original judgment's outstanding amount at "
                                          "settlement minus what was paid (和解规定 17)")
    ground: Literal["default", "anticipatory_breach"] = Field(
        "default", description="default: an installment is overdue (和解规定 9); anticipatory_breach: not yet due or "
                               "performed on schedule, but the debtor made clear it will not perform (和解规定 11(2), "
                               "民法典 578)")
    anticipatory_breach_on: date | None = Field(None, description="when the debtor made clear it will not perform")
    performance_period_end: date | None = Field(None, description="the last day of the settlement's performance "
                                                "period, from which the 2 years count (和解规定 10)")
    resume_deadline_moved_for_holiday_from: date | None = Field(
        None, description="the 2 years' last day before the holiday rule moved it; null when not moved")


class CaseFullyExecuted(_MediationEvent):
    """和解协议履行完毕: the settlement was performed in full; the case is fully executed (和解规定 8)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.case.fully-executed.v1"

    center_case_id: str
    paid_fen: int
    fully_executed_on: date


class CaseClosed(_CenterEvent):
    """The center closed its handling of the case without a settlement (or after a default)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.case.closed.v1"

    center_case_id: str
    closed_on: date
    reason: str


EVENTS = [CaseReceived, CaseAssigned, SessionHeld, SettlementReached, PaymentReceived, InstallmentOverdue,
          SettlementDefaulted, CaseFullyExecuted, CaseClosed]
