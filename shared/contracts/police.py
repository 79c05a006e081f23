"""Events published by police (公安联动) on `court.police.events.v1`. Owned by police; consumers import this
module, never police's code.

- Finds: `PersonLocated`, `AssetLocated` (dispatch raises an alarm per find; asset_core adds located assets to
  its ledger, `discovery_source: police`).
- 协查 batches: created / accepted / answered / closed — each with `court_code` (the asking court), `police_code`
  and a date, so a statistics consumer counts batches and people searched for any period and court.
- 拒执罪 transfers: `TransferSent` (the case and its persons, counted once), `TransferStateChanged` for every later
  step, `DebtorPaidDuringTransfer`, `TransferDeadlineMissed` (published once per deadline).
- Custody of a detained debtor (民诉法 118): opened / handed over / released, keyed by dispatch's `penalty_id`."""
from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import Field

from shared.events import EventPayload, UuidStr

TOPIC = "court.police.events.v1"
SOURCE = "/court/police"

RequestKind = Literal["locate_person", "vehicles", "travel", "lodging", "other"]
TransferStateName = Literal[
    "sent", "receipted", "filed", "refused", "supervision_requested", "explained", "filing_ordered",
    "supervision_declined", "private_prosecution", "prosecution_recommended", "investigation_dropped", "prosecuted",
    "not_prosecuted", "convicted", "acquitted", "exempted"]
DeadlineKindName = Literal["filing_decision", "refusal_notice", "explanation", "ordered_filing"]


class _PoliceEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE


class _PoliceFind(_PoliceEvent):
    case_id: UuidStr = Field(description="案件 id (asset_core's UUID)")
    court_code: str = Field(description="the court that asked for the search (协查), e.g. 内0621")
    search_id: str = Field(description="协查 id")
    location: str = Field(description="address or place")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    found_at: datetime
    leaving: bool = Field(False, description="the person or asset is about to leave (即将离开)")
    answer_id: str | None = Field(None, description="the 协查 answer that located it (one event per answer)")
    police_code: str | None = Field(None, description="the public-security bureau that answered, e.g. 内0621公")


class PersonLocated(_PoliceFind):
    """Police located the debtor (查找到被执行人下落)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.person.located.v1"

    person_name: str = Field(description="被执行人 or its legal representative")


class AssetLocated(_PoliceFind):
    """Police located an asset of the debtor, e.g. a vehicle (查找到财产)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.asset.located.v1"

    asset_type: str = Field(description="vehicle, movable, ship, …")
    description: str


# ------------------------------------------------------------------ 协查 batches
class _BatchEvent(_PoliceEvent):
    batch_id: str = Field(description="协查批次 id (UUID)")
    court_code: str = Field(description="the court that sent the batch, e.g. 内0621")
    police_code: str = Field(description="the public-security bureau it is addressed to, e.g. 内0621公")
    person_count: int = Field(ge=0, description="persons searched in the batch")


class SearchBatchCreated(_BatchEvent):
    """A court sent a 协查 batch to a public-security bureau."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.search-batch.created.v1"

    reference: str = Field(description="协查函文号")
    sent_on: date
    green_channel_count: int = Field(ge=0, description="persons of 绿色通道 cases (searched first)")
    case_ids: list[str] = Field(description="the cases the persons belong to")


class SearchBatchAccepted(_BatchEvent):
    """The police accepted the batch (签收)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.search-batch.accepted.v1"

    accepted_on: date


class SearchAnswered(_PoliceEvent):
    """The police answered one request for one person (found or not)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.search.answered.v1"

    batch_id: str
    answer_id: str
    person_id: str
    case_id: UuidStr
    court_code: str
    police_code: str
    request: RequestKind
    found: bool
    answered_on: date


class SearchBatchClosed(_BatchEvent):
    """The police closed the batch (办结) with every person's answers."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.search-batch.closed.v1"

    persons_located: int = Field(ge=0, description="persons with at least one find")
    assets_located: int = Field(ge=0, description="answers that located an asset")
    closed_on: date


# ------------------------------------------------------------------ 拒执罪 transfers
class _TransferEvent(_PoliceEvent):
    transfer_id: str = Field(description="移送 id (UUID)")
    case_id: UuidStr = Field(description="案件 id (asset_core's UUID)")
    case_number: str | None = Field(None, description="案号 from the case projection")
    court_code: str = Field(description="the transferring court, e.g. 内0621")
    police_code: str = Field(description="the public-security bureau, e.g. 内0621公")


class TransferSent(_TransferEvent):
    """A court transferred a case for 拒不执行判决、裁定罪 (刑法 313) with a letter, a summary and evidence."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.transfer.sent.v1"

    letter_number: str = Field(description="移送函文号")
    sent_on: date
    person_count: int = Field(ge=1, description="persons transferred")
    persons: list[str] = Field(description="names of the persons transferred")
    amount_fen: int = Field(ge=0, description="amount refused (fen)")
    weighs_heavier: bool = Field(description="wages / support case (法释〔2024〕13号 10)")


class TransferStateChanged(_TransferEvent):
    """Every later step of a transfer: receipt, filing, refusal, 立案监督 (request, explanation, order or decline),
    自诉, investigation / prosecution / judgment outcomes."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.transfer.state-changed.v1"

    from_state: TransferStateName
    to_state: TransferStateName
    on: date = Field(description="the day of the step")
    person_count: int = Field(ge=1)
    reason: str | None = None
    procuratorate_code: str | None = Field(None, description="for 立案监督, e.g. 内0621检")
    next_deadline: date | None = Field(None, description="the next act's last day (after the holiday rule)")
    next_deadline_kind: DeadlineKindName | None = None
    complex_case: bool = False


class DebtorPaidDuringTransfer(_TransferEvent):
    """The debtor performed after the transfer (法释〔2024〕13号 11: before prosecution → may not be prosecuted;
    before the first-instance judgment → lighter, reduced or no penalty)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.transfer.debtor-paid.v1"

    paid_on: date
    amount_fen: int = Field(ge=0)
    full: bool
    stage: Literal["before_prosecution", "before_first_instance_judgment", "after_judgment"]
    state: TransferStateName


class TransferDeadlineMissed(_TransferEvent):
    """A transfer's deadline passed without the act (or the act came late); published once per deadline."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.transfer.deadline-missed.v1"

    kind: DeadlineKindName
    deadline: date
    moved_for_holiday_from: date | None = None
    detected_on: date
    done_on: date | None = Field(None, description="when the act came late; null when still not done")
    responsible: Literal["police"] = "police"


# ------------------------------------------------------------------ custody (司法拘留, 民诉法 118)
class _CustodyEvent(_PoliceEvent):
    custody_id: str
    penalty_id: str = Field(description="dispatch's penalty id of the detention")
    case_id: UuidStr | None = None
    court_code: str = Field(description="the deciding court, e.g. 内0621")
    police_code: str = Field(description="the bureau carrying it out, e.g. 内0621公")
    subject_name: str


class CustodyOpened(_CustodyEvent):
    """A detention approved by the president (or carried out first in an emergency) awaits hand-over."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.custody.opened.v1"

    days: int = Field(ge=1, le=15)
    emergency: bool
    opened_at: datetime


class CustodyHandedOver(_CustodyEvent):
    """The detained person was handed over to the detention facility (拘留所)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.custody.handed-over.v1"

    facility: str = Field(description="拘留所")
    handed_over_at: datetime
    started_at: datetime = Field(description="when the detention began (an emergency detention before hand-over)")
    ends_at: datetime = Field(description="end of the detention; never moved for holidays")
    ends_on: date


class CustodyReleased(_CustodyEvent):
    """Released: at the end, or early when the court lifted the detention (解除 / 复议撤销), or never carried out."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.custody.released.v1"

    kind: Literal["end", "early", "not_approved"]
    released_at: datetime
    reason: str | None = Field(None, description="the court's decision for an early release")
    ends_on: date | None = None


EVENTS = [PersonLocated, AssetLocated, SearchBatchCreated, SearchBatchAccepted, SearchAnswered, SearchBatchClosed,
          TransferSent, TransferStateChanged, DebtorPaidDuringTransfer, TransferDeadlineMissed, CustodyOpened,
          CustodyHandedOver, CustodyReleased]
