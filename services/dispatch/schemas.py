"""dispatch HTTP request and response models."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from services.dispatch.domain import (ActKind, AlarmSource, DispatchStatus, DutyStatus, PenaltyKind, SubjectKind,
                                      Urgency)
from shared.identity import validate_phone
from shared import files
from shared.inputs import In


class _In(In):
    """A request body (shared.inputs.In: unknown fields refused, dates in the legal range)."""


def _phone(v: str | None) -> str | None:
    """shared.identity's rule (a DomainError is a ValueError: pydantic reports it as a validation error)."""
    return None if v is None else validate_phone(v)


# ------------------------------------------------------------------ projection (asset_core's cases)
class CaseProjectionOut(BaseModel):
    case_id: uuid.UUID
    case_number: str
    case_type: str
    court_code: str
    filed_on: date
    amount_owed_fen: int
    livelihood_category: str
    priority: int = Field(description="0 = 绿色通道 first")
    respondents: list[str]
    state: str
    last_event_id: str
    last_event_time: datetime


class CaseProjectionPage(BaseModel):
    items: list[CaseProjectionOut]
    next_cursor: str | None


# ------------------------------------------------------------------ alarms
class LocationIn(_In):
    address: str = Field(min_length=1, max_length=500, description="地址, e.g. 达拉特旗树林召镇某小区")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)

    @model_validator(mode="after")
    def _both(self) -> "LocationIn":
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude go together")
        return self


class ReporterIn(_In):
    name: str | None = Field(None, max_length=100)
    phone: str | None = Field(None, description="callback number; masked on output")

    _p = field_validator("phone")(classmethod(lambda cls, v: _phone(v)))


class AlarmCreate(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "source": "hotline", "urgency": "flight", "case_id": "3f0e1c9a-6a4c-4a4e-9a0e-6a1a2b3c4d5e",
        "location": {"address": "达拉特旗树林召镇某宾馆", "latitude": 40.40, "longitude": 110.04},
        "description": "被执行人王某在宾馆，准备驾车离开", "reporter": {"name": "李某", "phone": "13812345678"}}]})
    source: AlarmSource = Field(description="热线 hotline / 申请执行人 applicant / 悬赏线索 tip / 公安查找 police / "
                                            "巡查发现 patrol / 干警现场报警 officer")
    urgency: Urgency = Field(Urgency.normal, description="即将离开/在逃 flight / 紧急 urgent / 一般 normal")
    case_id: uuid.UUID | None = Field(None, description="linked case (from the local case projection)")
    location: LocationIn
    description: str = Field(min_length=1, max_length=2000)
    reporter: ReporterIn | None = None
    received_at: AwareDatetime | None = Field(None, description="when the call came in (default: now)")


class FieldAlarmCreate(_In):
    """An alarm raised by an officer in the field, from the app."""
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "source": "officer", "urgency": "flight", "location": {"address": "达拉特旗某加油站", "latitude": 40.39,
                                                               "longitude": 110.05},
        "description": "巡逻中发现被执行人王某驾车准备离开"}]})
    source: Literal["patrol", "officer"] = Field(AlarmSource.officer.value,
                                                 description="巡查发现 patrol / 干警现场报警 officer")
    urgency: Urgency = Urgency.normal
    case_id: uuid.UUID | None = None
    location: LocationIn
    description: str = Field(min_length=1, max_length=2000)
    reporter: ReporterIn | None = Field(None, description="a bystander who called it in, if any")
    received_at: AwareDatetime | None = Field(None, description="when it was seen (default: now)")


class TargetOut(BaseModel):
    due_at: datetime
    minutes: int = Field(description="the configured target, minutes from receipt")
    done_at: datetime | None
    status: str = Field(description="pending / overdue (not done, past due) / met / missed (done late)")
    seconds_left: int | None = Field(description="until the target (negative once overdue); null once done")


class TargetsOut(BaseModel):
    class_: str = Field(alias="class", description="first (绿色通道/即将离开) / urgent / normal")
    class_label: str
    dispatch: TargetOut
    arrival: TargetOut
    model_config = ConfigDict(populate_by_name=True)


class ReporterRevealOut(BaseModel):
    alarm_id: uuid.UUID
    dispatch_id: uuid.UUID
    name: str | None
    phone: str | None = Field(description="in full: the reveal is audited")
    revealed_at: datetime


class LocationOut(BaseModel):
    address: str
    latitude: float | None
    longitude: float | None


class ReporterOut(BaseModel):
    name: str | None
    phone: str | None = Field(description="masked unless the role may see it (judge, president)")


class AlarmOut(BaseModel):
    id: uuid.UUID
    court_code: str
    source: str
    source_label: str
    urgency: str
    urgency_label: str
    priority: int = Field(description="lower first: 0-2 绿色通道, 10-12 ordinary")
    case_id: uuid.UUID | None
    case_number: str | None
    livelihood_category: str | None
    location: LocationOut
    description: str
    reporter: ReporterOut | None
    received_at: datetime
    status: str
    status_label: str
    first_dispatched_at: datetime | None
    first_arrived_at: datetime | None
    time_to_dispatch_s: float | None
    time_to_arrival_s: float | None
    source_ref: str | None
    version: int
    dispatches: list["DispatchOut"] | None = Field(None, description="in the alarm's detail: its dispatches")
    targets: TargetsOut | None = Field(None, description="response targets (configurable per class) and time left")


class AlarmPage(BaseModel):
    items: list[AlarmOut]
    next_cursor: str | None


# ------------------------------------------------------------------ officers
class OfficerCreate(_In):
    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._@-]*$",
                    description="the officer's sign-in id (token `sub`): letters, digits, . _ @ -")
    name: str = Field(min_length=1, max_length=100)
    team: str = Field(min_length=1, max_length=100, description="执行小组, e.g. 执行一组")
    phone: str | None = None
    duty_status: DutyStatus = DutyStatus.off_duty

    _p = field_validator("phone")(classmethod(lambda cls, v: _phone(v)))


class DutyIn(_In):
    duty_status: DutyStatus


class OfficerOut(BaseModel):
    id: str
    court_code: str
    name: str
    team: str
    phone: str | None
    duty_status: str
    duty_label: str
    version: int
    updated_at: datetime


# ------------------------------------------------------------------ dispatches
class DispatchCreate(_In):
    officer_ids: list[str] = Field(min_length=1, description="each officer is one 人次")
    vehicle: str | None = Field(None, max_length=64, description="警车号牌, e.g. 蒙K·A1234")
    note: str | None = Field(None, max_length=2000)


class StatusIn(_In):
    status: DispatchStatus = Field(description="en_route 在途 / arrived 到达 / completed 完毕 / cancelled 撤销")
    at: AwareDatetime | None = Field(None, description="when it happened on the device (default: now)")
    reason: str | None = Field(None, max_length=1000, description="required to cancel")

    @model_validator(mode="after")
    def _reason(self) -> "StatusIn":
        if self.status == DispatchStatus.cancelled and not self.reason:
            raise ValueError("cancelling needs a reason")
        if self.status == DispatchStatus.dispatched:
            raise ValueError("dispatched is the initial status")
        return self


class DispatchTimestampsOut(BaseModel):
    dispatched: datetime
    en_route: datetime | None
    arrived: datetime | None
    completed: datetime | None
    cancelled: datetime | None


class AssignedOfficerOut(BaseModel):
    officer_id: str
    name: str
    team: str
    accepted_at: datetime | None
    escalated_at: datetime | None = Field(None, description="not accepted in time: handed to `escalated_to`")
    escalated_to: str | None = None
    escalated_from: str | None = Field(None, description="this officer took over from that one")


class DispatchOut(BaseModel):
    id: uuid.UUID
    alarm_id: uuid.UUID
    court_code: str
    vehicle: str | None
    note: str | None
    status: str
    status_label: str
    timestamps: DispatchTimestampsOut
    cancel_reason: str | None
    version: int
    officer_count: int = Field(description="人次: each officer counts once (an escalated assignment does not)")
    officers: list[AssignedOfficerOut]
    alarm: AlarmOut | None = Field(None, description="the alarm (absent inside an alarm's own detail)")


class DispatchList(BaseModel):
    items: list[DispatchOut]


class OfficerLocationOut(BaseModel):
    officer_id: str
    latitude: float
    longitude: float
    accuracy_m: float | None
    recorded_at: datetime


class OfficerLocations(BaseModel):
    items: list[OfficerLocationOut]


class AcceptIn(_In):
    at: AwareDatetime | None = None


class PingIn(_In):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    accuracy_m: float | None = Field(None, ge=0)
    recorded_at: AwareDatetime
    dispatch_id: uuid.UUID | None = None


class PingsIn(_In):
    pings: list[PingIn] = Field(min_length=1, max_length=500, description="buffered while offline, sent at once")


class PingsAccepted(BaseModel):
    accepted: int
    latest_recorded_at: datetime


class AssetFoundIn(_In):
    asset_type: Literal["bank_deposit", "real_estate", "movable", "vehicle", "equity", "securities",
                        "other_property_right", "online_funds", "ship"]
    description: str = Field(min_length=1, max_length=1000)
    estimated_value_fen: int | None = Field(None, ge=0, strict=True)
    location: str | None = Field(None, max_length=500)
    seized: bool = Field(False, description="扣押 on site")


class AttachmentIn(_In):
    file_name: str = Field(min_length=1, max_length=255)
    content_type: str = Field(pattern=r"^[\w.+-]+/[\w.+-]+$", max_length=100)
    size_bytes: int = Field(ge=1, le=200 * 1024 * 1024)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    storage_url: str | None = Field(None, max_length=1000, description="where the app uploaded it")
    taken_at: AwareDatetime | None = None


Measure = Literal["seize", "search", "summon", "detain", "fine", "persuade", "other"]


class OutcomeIn(_In):
    debtor_located: bool
    located_at: str | None = Field(None, max_length=500)
    respondent_name: str | None = Field(None, max_length=200)
    assets: list[AssetFoundIn] = Field(default_factory=list, max_length=50)
    measures: list[Measure] = Field(default_factory=list, description="扣押 seize, 搜查 search, 传唤 summon, "
                                                                     "拘留 detain, 罚款 fine, 劝导 persuade")
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=50)
    note: str | None = Field(None, max_length=4000)

    @model_validator(mode="after")
    def _located(self) -> "OutcomeIn":
        if self.debtor_located and not (self.located_at and self.respondent_name):
            raise ValueError("a located debtor needs located_at and respondent_name")
        return self


class AssetFoundOut(BaseModel):
    asset_type: str
    description: str
    estimated_value_fen: int | None
    location: str | None
    seized: bool


class AttachmentOut(BaseModel):
    file_name: str
    content_type: str
    size_bytes: int
    sha256: str
    storage_url: str | None
    taken_at: datetime | None


class OutcomeOut(BaseModel):
    id: uuid.UUID
    dispatch_id: uuid.UUID
    alarm_id: uuid.UUID
    case_id: uuid.UUID | None
    court_code: str
    debtor_located: bool
    located_at: str | None
    respondent_name: str | None
    assets: list[AssetFoundOut]
    measures: list[str]
    attachments: list[AttachmentOut]
    note: str | None
    reported_by: str
    reported_at: datetime


# ------------------------------------------------------------------ penalties
class SubjectIn(_In):
    kind: SubjectKind = Field(description="自然人 person / 单位 organisation")
    name: str = Field(min_length=1, max_length=200)
    id_number: str | None = Field(None, max_length=18, description="a person's 身份证号 (GB 11643-1999) or an "
                                  "organisation's 统一社会信用代码 (GB 32100-2015), check character verified; a "
                                  "person's is masked on output")


class ActIn(_In):
    kind: ActKind
    occurred_on: date
    description: str = Field(min_length=1, max_length=2000)


class PenaltyCreate(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "kind": "detention", "alarm_id": "3f0e1c9a-6a4c-4a4e-9a0e-6a1a2b3c4d5e", "days": 15, "emergency": True,
        "subject": {"kind": "person", "name": "王某"},
        "act": {"kind": "obstruct_officers", "occurred_on": "2024-05-01", "description": "暴力抗拒执行"}}]})
    kind: PenaltyKind = Field(description="司法拘留 detention / 罚款 fine")
    alarm_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    subject: SubjectIn
    act: ActIn
    days: int | None = Field(None, strict=True, description="detention: 1-15 days (民诉法 118)")
    amount_fen: int | None = Field(None, strict=True, description="fine, in fen (民诉法 118 limits)")
    emergency: bool = Field(False, description="detain first, approve after (解释 181)")
    detained_at: AwareDatetime | None = Field(None, description="emergency: when the person was taken (default now)")

    @model_validator(mode="after")
    def _fields(self) -> "PenaltyCreate":
        if self.kind == PenaltyKind.detention and (self.days is None or self.amount_fen is not None):
            raise ValueError("a detention needs days and no amount_fen")
        if self.kind == PenaltyKind.fine and (self.amount_fen is None or self.days is not None):
            raise ValueError("a fine needs amount_fen and no days")
        if self.detained_at is not None and not self.emergency:
            raise ValueError("detained_at is only given for an emergency detention; otherwise it starts on approval")
        return self


class ApprovalIn(_In):
    approved: bool
    note: str | None = Field(None, max_length=2000)


class FamilyNoticeIn(_In):
    notified_at: AwareDatetime | None = Field(None, description="when the family was told")
    unable_reason: str | None = Field(None, max_length=2000, description="确实无法通知: recorded instead")

    @model_validator(mode="after")
    def _one(self) -> "FamilyNoticeIn":
        if (self.notified_at is None) == (self.unable_reason is None):
            raise ValueError("give either notified_at or unable_reason")
        return self


class ReviewRequestIn(_In):
    requested_on: date


class ReviewDecisionIn(_In):
    outcome: Literal["upheld", "revoked"] = Field(description="维持 upheld / 撤销 revoked")
    decided_on: date


class SubjectOut(BaseModel):
    kind: str
    name: str
    id_number: str | None = Field(description="a person's 身份证号 is masked unless the role may see it")


class ActOut(BaseModel):
    kind: str
    occurred_on: date
    description: str


class PenaltyApprovalOut(BaseModel):
    by: str | None
    at: datetime | None
    note: str | None


class PenaltyReviewOut(BaseModel):
    request_deadline: date | None = Field(description="3 days after service (解释 185), moved off a rest day")
    request_deadline_moved_for_holiday_from: date | None = Field(
        None, description="the last day the holiday rule moved (民诉法 85 ¶3)")
    requested_on: date | None
    decision_deadline: date | None = Field(description="5 days after the request (解释 185), moved off a rest day")
    decision_deadline_moved_for_holiday_from: date | None = Field(
        None, description="the last day the holiday rule moved (民诉法 85 ¶3)")
    decided_on: date | None
    outcome: str | None
    status: str = Field(description="none / pending / overdue / decided / decided_late")


class FamilyNoticeOut(BaseModel):
    deadline: datetime | None = Field(description="24 h after the detention (解释 180)")
    moved_for_holiday_from: date | None = Field(None, description="always null: counted in hours, never moved")
    notified_at: datetime | None
    note: str | None
    status: str = Field(description="not_detained / pending / notified / notified_late / unable_recorded / overdue")


class CustodyOut(BaseModel):
    custody_id: str
    police_code: str = Field(description="the bureau carrying it out, e.g. 内0621公")
    status: str = Field(description="opened (待交付) / handed_over (在押) / released")
    status_label: str
    opened_at: datetime | None
    facility: str | None = Field(description="拘留所")
    handed_over_at: datetime | None
    started_at: datetime | None
    ends_at: datetime | None = Field(description="never moved for holidays")
    ends_on: date | None
    ends_moved_for_holiday_from: date | None = Field(None, description="always null: a duration never moves")
    released_at: datetime | None
    release_kind: str | None = Field(description="end / early / not_approved")
    release_kind_label: str | None
    release_reason: str | None = Field(description="the court's decision for an early release")


class PenaltyOut(BaseModel):
    id: uuid.UUID
    kind: str
    kind_label: str
    court_code: str
    alarm_id: uuid.UUID | None
    case_id: uuid.UUID | None
    subject: SubjectOut
    act: ActOut
    days: int | None
    amount_fen: int | None
    emergency: bool
    status: str
    status_label: str
    decided_by: str
    decided_at: datetime
    approval: PenaltyApprovalOut
    served_on: date | None
    detained_at: datetime | None
    ends_at: datetime | None
    version: int
    review: PenaltyReviewOut
    family_notice: FamilyNoticeOut | None = Field(None, description="detentions only")
    ends_moved_for_holiday_from: date | None = Field(
        None, description="detentions: always null — a duration runs to its last day (民诉法 118; 刑诉法 105 ¶2)")
    custody: CustodyOut | None = Field(None, description="detentions: the custody as the police report it")


class PenaltyPage(BaseModel):
    items: list[PenaltyOut]
    next_cursor: str | None


# ------------------------------------------------------------------ duty commanders and the sweep
class ShiftCreate(_In):
    user_id: str = Field(min_length=1, max_length=200, description="the judge's / president's sign-in id (`sub`)")
    name: str = Field(min_length=1, max_length=100)
    role: Literal["judge", "president"]
    starts_at: AwareDatetime
    ends_at: AwareDatetime


class ShiftOut(BaseModel):
    id: uuid.UUID
    court_code: str
    user_id: str
    name: str
    role: str
    starts_at: datetime
    ends_at: datetime
    created_by: str


class SweepIn(_In):
    now: AwareDatetime | None = Field(None, description="sweep as of this moment (default: now)")
    court: str | None = Field(None, max_length=16, description="only this court's (default: every court)")


class SweepOut(BaseModel):
    skipped: bool
    as_of: datetime
    family_notices_overdue: int
    targets_missed: int
    escalated: int
    details: list[str] = Field(description="what was flagged: kind:id")


# ------------------------------------------------------------------ figures
class PeriodOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: date | None = Field(alias="from")
    to: date | None
    timezone: str


class FigureCounts(BaseModel):
    alarms_received: int = Field(description="接警")
    dispatches: int = Field(description="出警")
    officer_dispatches: int = Field(description="出警人次")
    detentions: int = Field(description="司法拘留")
    fines: int = Field(description="罚款")
    fines_fen: int = Field(description="罚款金额（分）")


class CourtFigures(FigureCounts):
    court_code: str


class ResponseTimeOut(BaseModel):
    count: int
    mean_s: float | None
    p50_s: float | None
    p90_s: float | None
    p99_s: float | None
    max_s: float | None


class ResponseTimes(BaseModel):
    time_to_dispatch: ResponseTimeOut
    time_to_arrival: ResponseTimeOut


class FiguresOut(BaseModel):
    period: PeriodOut
    labels: dict[str, str]
    total: FigureCounts
    courts: list[CourtFigures]
    response_times: ResponseTimes


AlarmOut.model_rebuild()


# ------------------------------------------------------------------ evidence files (issue 16)
# one shape in every service (shared.files)
FileOut = files.FileOut
FileList = files.FileList
