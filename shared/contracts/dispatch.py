"""Events published by dispatch (执行110) on `court.dispatch.events.v1`: alarm received (接警), dispatch
assigned (出警, one 人次 per officer), dispatch status changed, outcome reported, asset found on site and
debtor located (asset_core records both), detention decided (司法拘留), fine decided (罚款), a penalty's
later status (approval, release, review), and what the sweep finds: a response target missed, an unaccepted
assignment escalated, a family notice overdue (解释 180). Personal data of reporters never travels in events."""
from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import Field

from shared.contracts.evidence import EvidenceFileFields
from shared.events import EventPayload, UuidStr

TOPIC = "court.dispatch.events.v1"
SOURCE = "/court/dispatch"


class _DispatchEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    case_id: UuidStr = Field(description="案件 id (asset_core's UUID)")
    alarm_id: str = Field(description="接警 id")


class AssetFoundOnSite(_DispatchEvent):
    """Officers found an asset of the debtor on site (现场发现财产)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.asset.found-on-site.v1"

    asset_type: str = Field(description="bank_deposit, real_estate, movable, vehicle, equity, securities, "
                                         "other_property_right, online_funds, ship")
    description: str
    estimated_value_fen: int | None = Field(None, ge=0)
    location: str | None = None
    seized: bool = Field(False, description="扣押 on site")


class DebtorLocated(_DispatchEvent):
    """Officers located the debtor (查找到被执行人)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.debtor.located.v1"

    located_at: str = Field(description="address or place")
    respondent_name: str




class _AlarmEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    alarm_id: str = Field(description="接警 id")
    case_id: UuidStr | None = Field(None, description="案件 id (asset_core's UUID); null for an alarm without a case")
    court_code: str = Field(description="接警法院, e.g. 内0621")


class AlarmReceived(_AlarmEvent):
    """An alarm was received (接警): from the hotline, an applicant, a verified tip, a police find or a patrol."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.alarm.received.v1"

    source: Literal["hotline", "applicant", "tip", "police", "patrol", "officer"] = Field(
        description="热线 / 申请执行人 / 悬赏线索 / 公安查找 / 巡查发现 / 干警现场报警")
    urgency: Literal["flight", "urgent", "normal"] = Field(description="即将离开/在逃 / 紧急 / 一般")
    priority: int = Field(ge=0, description="triage rank, lower first: 0-2 绿色通道, 10-12 ordinary")
    address: str
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    received_at: datetime


class DispatchAssigned(_AlarmEvent):
    """Officers were dispatched to an alarm (出警); each officer counts as one 人次."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.dispatch.assigned.v1"

    dispatch_id: str
    officer_ids: list[str] = Field(min_length=1)
    officer_count: int = Field(ge=1, description="人次 of this dispatch")
    vehicle: str | None = Field(None, description="警车, e.g. 蒙K·A1234")
    dispatched_at: datetime


class DispatchStatusChanged(_AlarmEvent):
    """A dispatch moved on: dispatched → en_route → arrived → completed, or cancelled."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.dispatch.status-changed.v1"

    dispatch_id: str
    from_status: Literal["dispatched", "en_route", "arrived", "completed", "cancelled"]
    to_status: Literal["dispatched", "en_route", "arrived", "completed", "cancelled"]
    at: datetime


class OutcomeReported(_AlarmEvent):
    """Officers reported the on-site outcome (现场处置结果)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.outcome.reported.v1"

    dispatch_id: str
    outcome_id: str
    debtor_located: bool
    assets_found: int = Field(ge=0)
    measures: list[str] = Field(description="measures taken on site, e.g. seize, search, summon, detain")
    attachments: int = Field(ge=0, description="number of attached files (photos, records)")
    reported_at: datetime


class ResponseTargetMissed(_AlarmEvent):
    """An alarm's response target (time to dispatch or to arrival, configurable per class: 绿色通道 and debtors
    leaving first) passed without the step, or the step came late; published once per alarm and target, and
    pushed to the duty commanders."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.alarm.target-missed.v1"

    target: Literal["dispatch", "arrival"]
    target_class: Literal["first", "urgent", "normal"] = Field(description="绿色通道/即将离开 / 紧急 / 一般")
    priority: int = Field(ge=0)
    urgency: Literal["flight", "urgent", "normal"]
    received_at: datetime
    due_at: datetime
    done_at: datetime | None = Field(None, description="when the step came (late); null when still not done")
    detected_at: datetime
    commander_ids: list[str] = Field(default_factory=list, description="duty commanders told (值班指挥长)")


class AssignmentEscalated(_AlarmEvent):
    """An officer did not accept an assignment in time: it went to the next available officer."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.assignment.escalated.v1"

    dispatch_id: str
    from_officer_id: str
    to_officer_id: str
    assigned_at: datetime
    escalated_at: datetime
    accept_minutes: int = Field(ge=1, description="the configured time to accept")


class _PenaltyEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    penalty_id: str
    court_code: str = Field(description="决定法院, e.g. 内0621")
    case_id: UuidStr | None = None
    alarm_id: str | None = None
    subject_kind: Literal["person", "organisation"]
    subject_name: str = Field(description="被拘留人/被罚款人 (the police carry out detention)")
    act_kind: str = Field(description="妨害执行的行为, e.g. refuse_to_perform")
    act_on: date
    status: Literal["pending_approval", "detained_pending_approval", "approved", "refused", "released", "revoked"]
    decided_at: datetime


class DetentionDecided(_PenaltyEvent):
    """司法拘留 decided (民诉法 118-119): at most 15 days; an emergency detention is carried out first and
    approved after (解释 181)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.detention.decided.v1"

    days: int = Field(ge=1, le=15)
    emergency: bool
    detained_at: datetime | None = None


class FineDecided(_PenaltyEvent):
    """罚款 decided (民诉法 118-119): a person at most ¥100,000, an organisation ¥50,000 to ¥1,000,000."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.fine.decided.v1"

    amount_fen: int = Field(gt=0)


class PenaltyStatusChanged(_PenaltyEvent):
    """A detention or fine was approved, refused, released (解释 181) or revoked on review (解释 185)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.penalty.status-changed.v1"

    kind: Literal["detention", "fine"]
    from_status: str
    at: datetime


class FamilyNoticeOverdue(_PenaltyEvent):
    """解释 180: 24 hours after the detention the family has not been told (nor the reason recorded); published
    once and pushed to the deciding judge and the duty commanders."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.detention.family-notice-overdue.v1"

    detained_at: datetime
    deadline: datetime = Field(description="24 h after the detention (counted in hours: never moved)")
    detected_at: datetime
    deciding_judge: str = Field(description="who decided the detention")
    commander_ids: list[str] = Field(default_factory=list, description="duty commanders told (值班指挥长)")


EVENTS = [AssetFoundOnSite, DebtorLocated, AlarmReceived, DispatchAssigned, DispatchStatusChanged, OutcomeReported,
          DetentionDecided, FineDecided, PenaltyStatusChanged, ResponseTargetMissed, AssignmentEscalated,
          FamilyNoticeOverdue]


# ------------------------------------------------------------------ evidence files (issue 16)
class EvidenceFileAttached(_AlarmEvent, EvidenceFileFields):
    """现场照片/材料已上传: a photo or document of an on-site outcome, by the officer holding the assignment;
    metadata and SHA-256, no bytes, no file name."""

    EVENT_TYPE: ClassVar[str] = "cn.court.dispatch.evidence-file.attached.v1"


EVENTS.append(EvidenceFileAttached)
