"""Events published by mediation (和解中心) on `court.mediation.events.v1`. The events asset_core consumes
are defined here now; the mediation issue adds the rest (case assigned, session held, …)."""
from __future__ import annotations

from datetime import date
from typing import ClassVar

from pydantic import BaseModel, Field

from shared.events import EventPayload

TOPIC = "court.mediation.events.v1"
SOURCE = "/court/mediation"


class _MediationEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    case_id: str
    settlement_id: str


class Installment(BaseModel):
    due_on: date
    amount_fen: int = Field(gt=0)


class SettlementReached(_MediationEvent):
    """执行和解: the parties settled (和解规定 2-3); execution is suspended; named seizures released or
    named assets re-mortgaged (转债化解)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.settlement.reached.v1"

    reached_on: date
    total_fen: int = Field(gt=0)
    installments: list[Installment]
    release_measure_ids: list[str] = Field(default_factory=list, description="seizures to release (解除)")
    remortgage_asset_ids: list[str] = Field(default_factory=list, description="assets to help re-mortgage")


class SettlementDefaulted(_MediationEvent):
    """The debtor defaulted: a proposal to resume the original judgment (和解规定 9)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.settlement.defaulted.v1"

    defaulted_on: date
    paid_fen: int = Field(ge=0, description="already paid, deducted on resumption (和解规定 17)")
    resume_deadline: date = Field(description="2 years from the last day of the performance period (和解规定 10)")


class PaymentReceived(_MediationEvent):
    """A settlement installment was paid."""

    EVENT_TYPE: ClassVar[str] = "cn.court.mediation.payment.received.v1"

    payment_id: str
    amount_fen: int = Field(gt=0)
    received_on: date


EVENTS = [SettlementReached, SettlementDefaulted, PaymentReceived]
