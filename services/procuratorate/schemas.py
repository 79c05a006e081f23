"""procuratorate HTTP request and response models."""
from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.procuratorate.domain import CaseState
from shared.orgs import parse_org
from shared.inputs import In

ClueSource = Literal["cppcc_member", "npc_deputy", "river_chief_office", "public", "patrol", "procuratorate", "other"]
CaseDomain = Literal["flood_safety", "water_resources", "water_environment", "water_ecology", "shoreline", "other"]
CaseKind = Literal["administrative", "civil"]
RecordKind = Literal["document_request", "interview", "site_inspection", "consultation", "other"]
Defect = Literal["uncertified_pontoon", "loose_anchor", "damaged_deck", "damaged_approach", "unknown_load",
                 "toll_not_posted", "no_receipt", "flood_obstruction", "illegal_building", "illegal_mining",
                 "garbage", "other"]
ObjectKind = Literal["floating_bridge", "building", "crops_trees", "sand_pit", "garbage_site", "other"]
PartnerKind = Literal["river_chief_office", "procuratorate"]
QuantityUnit = Literal["mu", "building", "tonne", "km"]
MapSpotKind = Literal["occupation", "mining", "piling", "building"]
ProjectStatus = Literal["planned", "under_construction", "completed", "cancelled"]
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _In(In):
    """A request body (shared.inputs.In: unknown fields refused, dates in the legal range)."""


def _org(v: str) -> str:
    if parse_org(v) is None:
        raise ValueError("an organisation code (shared.orgs grammar), e.g. 辽12检, 内0523河长办, 内0621")
    return v


class Place(_In):
    river_code: str | None = Field(None, max_length=32, description="河流, e.g. xiliao (西辽河)")
    segment_code: str | None = Field(None, max_length=64, description="河段, e.g. xiliao-150523")
    county_code: str | None = Field(None, pattern=r"^\d{6}$", description="旗县区代码, e.g. 150523 (开鲁县)")
    location: str | None = Field(None, max_length=500)


# ------------------------------------------------------------------ clues
class ClueIn(Place):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "source": "cppcc_member", "source_name": "某政协委员", "received_on": "2024-05-06",
        "summary": "西辽河开鲁段浮桥影响行洪及通行安全", "river_code": "xiliao", "county_code": "150523",
        "location": "西辽河开鲁县段"}]})

    source: ClueSource = Field(description="线索来源: 政协委员 / 人大代表 / 河长办 / 群众 / 巡河 / 其他检察院")
    source_name: str | None = Field(None, max_length=200)
    received_on: date
    summary: str = Field(min_length=1, max_length=4000)


class CaseFileIn(Place):
    title: str = Field(min_length=1, max_length=500)
    case_number: str | None = Field(None, min_length=1, max_length=100, description="案号 (free form)")
    domain: CaseDomain = Field(description="行洪安全 flood_safety / 水资源 / 水环境 / 水生态 / 河湖岸线 / other")
    kind: CaseKind = Field("administrative", description="行政公益诉讼 administrative / 民事公益诉讼 civil")
    filed_on: date


class ClueEvaluationIn(_In):
    decision: Literal["file_case", "close"] = Field(description="立案 file_case / 不予立案 close")
    on: date | None = None
    reason: str | None = Field(None, max_length=2000, description="required when closing")
    case: CaseFileIn | None = Field(None, description="the case to file (decision file_case)")

    @model_validator(mode="after")
    def _consistent(self) -> "ClueEvaluationIn":
        if self.decision == "close" and not self.reason:
            raise ValueError("reason is required when the clue is closed")
        if self.decision == "file_case" and self.case is None:
            raise ValueError("case is required when the clue is filed as a case")
        return self


class ReferralIn(_In):
    to_org: str = Field(description="receiving organisation code of the kind `to_kind`, e.g. 辽12检 (铁岭) or 内0523河长办")
    to_kind: PartnerKind
    reason: str = Field(min_length=1, max_length=2000)
    on: date | None = None

    @field_validator("to_org")
    @classmethod
    def _valid_org(cls, v: str) -> str:
        return _org(v)


# ------------------------------------------------------------------ case records
class Evidence(_In):
    kind: Literal["document", "photo", "video", "transcript", "map", "report", "other"]
    title: str = Field(min_length=1, max_length=300)
    reference: str | None = Field(None, max_length=500, description="where the file is kept (archive id, URI)")
    sha256: str | None = Field(None, description="hex digest of the file, 64 lowercase hex characters")
    collected_on: date | None = None

    @field_validator("sha256")
    @classmethod
    def _hex(cls, v: str | None) -> str | None:
        if v is not None and not SHA256.match(v):
            raise ValueError("sha256 must be 64 lowercase hex characters")
        return v


class RecordIn(_In):
    kind: RecordKind = Field(description="调取书证 document_request / 询问 interview / 现场勘查 site_inspection / "
                                         "磋商 consultation")
    recorded_on: date
    participants: list[str] = Field(default_factory=list, max_length=100)
    agencies: list[str] = Field(default_factory=list, max_length=100, description="agencies asked or consulted")
    findings: str = Field(min_length=1, max_length=8000)
    evidence: list[Evidence] = Field(default_factory=list, max_length=200)


class Duty(_In):
    agency: str = Field(min_length=1, max_length=200)
    problem: str = Field(min_length=1, max_length=1000)
    legal_basis: str | None = Field(None, max_length=500)


class MeetingIn(_In):
    held_on: date
    participants: list[str] = Field(min_length=1, max_length=100, description="agencies attending")
    duties: list[Duty] = Field(min_length=1, max_length=200, description="who holds the statutory duty for what")
    summary: str | None = Field(None, max_length=8000)


class DefectIn(_In):
    defect: Defect
    description: str | None = Field(None, max_length=2000)
    responsible_agency: str | None = Field(None, max_length=200)
    quantity: float | None = Field(None, gt=0, le=10**9, description="what the rectification clears or removes, in "
                                                                      "`unit` (counted once the item is verified)")
    unit: QuantityUnit | None = Field(None, description="亩 mu / 处 building / 吨 tonne / 公里 km")

    @model_validator(mode="after")
    def _both(self) -> "DefectIn":
        if (self.quantity is None) != (self.unit is None):
            raise ValueError("quantity and unit go together")
        return self


class ObjectIn(_In):
    kind: ObjectKind
    name: str = Field(min_length=1, max_length=200)
    location: str | None = Field(None, max_length=500)
    county_code: str | None = Field(None, pattern=r"^\d{6}$")
    operator: str | None = Field(None, max_length=200)
    defects: list[DefectIn] = Field(min_length=1, max_length=50)


class ObjectsIn(_In):
    objects: list[ObjectIn] = Field(min_length=1, max_length=200)


class RecommendationIn(_In):
    addressee: str = Field(min_length=1, max_length=200)
    number: str | None = Field(None, max_length=100)
    content: str = Field(min_length=1, max_length=8000)
    issued_on: date
    received_on: date | None = Field(None, description="when the agency received it (default: the issue date)")
    urgent: bool = Field(False, description="紧急: reply within 15 days instead of 2 months")
    item_ids: list[uuid.UUID] | None = Field(None, description="items addressed (default: every open item)")


class ItemMeasure(_In):
    item_id: uuid.UUID
    measures: str = Field(min_length=1, max_length=2000)
    done: bool = True


class ReplyIn(_In):
    received_on: date
    summary: str = Field(min_length=1, max_length=8000)
    measures: list[ItemMeasure] = Field(default_factory=list, max_length=500)


class Finding(_In):
    item_id: uuid.UUID
    rectified: bool
    finding: str | None = Field(None, max_length=2000)


class ReviewIn(_In):
    reviewed_on: date
    led_by: str = Field(min_length=1, max_length=200, description="e.g. 检察长")
    participants: list[str] = Field(default_factory=list, max_length=100)
    findings: list[Finding] = Field(min_length=1, max_length=500)
    summary: str | None = Field(None, max_length=8000)


class TransitionIn(_In):
    to_state: CaseState
    reason: str = Field(min_length=1, max_length=2000)
    on: date | None = None
    court: str | None = Field(None, max_length=200, description="litigation: the court")
    defendant: str | None = Field(None, max_length=200, description="litigation: the agency sued")


class ShareIn(_In):
    grantee_org: str
    note: str | None = Field(None, max_length=1000)

    @field_validator("grantee_org")
    @classmethod
    def _valid_org(cls, v: str) -> str:
        return _org(v)


class SweepIn(_In):
    today: date | None = Field(None, description="sweep as of this date (default: today in Asia/Shanghai)")
    org: str | None = Field(None, max_length=32, description="only this procuratorate's cases (default: all)")

    @field_validator("org")
    @classmethod
    def _org(cls, v: str | None) -> str | None:
        if v is not None and parse_org(v) is None:
            raise ValueError("not an organisation code")
        return v


# ------------------------------------------------------------------ campaign
class MetricsIn(_In):
    campaign: str = Field("守护美丽西辽河", min_length=1, max_length=100)
    period_start: date
    period_end: date
    cases: int = Field(0, ge=0, le=10**7)
    mu_cleared: int = Field(0, ge=0, le=10**9)
    buildings_removed: int = Field(0, ge=0, le=10**7)
    garbage_tonnes: int = Field(0, ge=0, le=10**9)
    river_km_protected: int = Field(0, ge=0, le=10**6)
    map_spots_rectified: int = Field(0, ge=0, le=10**7)


class MapSpotIn(Place):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "number": "TB-150523-001", "kind": "building", "location": "西辽河开鲁县段左岸河道管理范围内",
        "segment_code": "xiliao-150523", "found_on": "2023-06-12"}]})

    number: str | None = Field(None, min_length=1, max_length=100, description="图斑编号")
    kind: MapSpotKind = Field(description="乱占 occupation / 乱采 mining / 乱堆 piling / 乱建 building")
    location: str = Field(min_length=1, max_length=500)
    found_on: date
    case_id: uuid.UUID | None = Field(None, description="the case that handles it, if any")


class MapSpotStatusIn(_In):
    status: Literal["rectifying", "rectified"] = Field(description="整改中 rectifying / 已整改 rectified")
    on: date | None = Field(None, description="default: today (Asia/Shanghai)")
    note: str | None = Field(None, max_length=2000)


class ProjectIn(_In):
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["public_interest_bridge", "other"] = "public_interest_bridge"
    county_code: str | None = Field(None, pattern=r"^\d{6}$")
    planned_year: int = Field(ge=2000, le=2100)
    case_id: uuid.UUID | None = None


class ProjectStatusIn(_In):
    status: ProjectStatus
    on: date | None = None
    note: str | None = Field(None, max_length=1000)


# ------------------------------------------------------------------ responses
class ClueOut(BaseModel):
    id: uuid.UUID
    org_code: str
    source: str
    source_label: str
    source_name: str | None
    received_on: date
    summary: str
    river_code: str | None
    segment_code: str | None
    county_code: str | None
    location: str | None
    status: str
    status_label: str
    evaluated_on: date | None
    evaluation_reason: str | None
    case_id: uuid.UUID | None
    referred_to: str | None
    referred_kind: str | None = Field(None, description="河长办 river_chief_office / procuratorate")
    transfer_id: str | None
    from_org: str | None
    created_at: datetime


class CluePage(BaseModel):
    items: list[ClueOut]
    next_cursor: str | None


class CaseSummaryOut(BaseModel):
    id: uuid.UUID
    org_code: str
    case_number: str | None
    title: str
    domain: str
    domain_label: str
    kind: str
    kind_label: str
    filed_on: date
    river_code: str | None
    segment_code: str | None
    county_code: str | None
    location: str | None
    state: CaseState
    state_label: str
    version: int
    closed_on: date | None
    outcome: str | None
    outcome_reason: str | None
    litigation: dict[str, Any] | None = Field(description="court, defendant, filed_on once litigation is filed")
    clue_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class CaseOut(CaseSummaryOut):
    model_config = ConfigDict(extra="allow")

    deadlines: list[dict[str, Any]]
    records: list[dict[str, Any]]
    meetings: list[dict[str, Any]]
    objects: list[dict[str, Any]]
    items_by_status: dict[str, int]
    recommendations: list[dict[str, Any]]
    reviews: list[dict[str, Any]]
    shared_with: list[str]


class CasePage(BaseModel):
    items: list[CaseSummaryOut]
    next_cursor: str | None


class EvaluationOut(BaseModel):
    clue: ClueOut
    case: CaseOut | None = Field(description="the case filed from the clue (decision file_case)")


class RecordOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    kind: str
    recorded_on: date
    participants: list[str]
    agencies: list[str]
    findings: str
    evidence: list[dict[str, Any]]
    case_state: CaseState


class MeetingOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    held_on: date
    participants: list[str]
    duties: list[dict[str, Any]]
    responsible_agencies: list[str]
    summary: str | None


class NewItemOut(BaseModel):
    id: uuid.UUID
    defect: str
    defect_label: str
    status: str


class NewObjectOut(BaseModel):
    id: uuid.UUID
    kind: str
    name: str
    items: list[NewItemOut]


class ObjectsOut(BaseModel):
    case_id: uuid.UUID
    objects: list[NewObjectOut]


class RecommendationOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    number: str | None
    addressee: str
    content: str
    issued_on: date
    received_on: date
    urgent: bool
    reply_due_on: date = Field(description="2 months after receipt, 15 days when urgent (两高公益诉讼解释 21); "
                                           "a last day on a holiday or rest day moves to the next working day "
                                           "(民诉法 85 ¶3)")
    moved_for_holiday_from: date | None = Field(description="the period's last day before the holiday rule moved "
                                                            "it (民诉法 85 ¶3); null when not moved")
    replied_on: date | None
    reply_status: str = Field(description="pending / overdue / replied / replied_late")
    overdue: bool
    overdue_since: date | None
    overdue_event_published: bool


class IssuedRecommendationOut(RecommendationOut):
    item_ids: list[uuid.UUID]


class ReplyOut(RecommendationOut):
    case_state: CaseState
    late: bool


class ReviewOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    reviewed_on: date
    items_verified: int
    items_open: int
    case_state: CaseState


class ShareOut(BaseModel):
    case_id: uuid.UUID
    shared_with: list[str]


class SegmentOut(BaseModel):
    code: str
    name: str
    county_code: str
    county_name: str
    city: str | None = None
    province: str | None = None
    length_km: int | None


class RiverOut(BaseModel):
    code: str
    name: str
    main_stream_km: int | None
    local_km: int | None
    basin_km2: int | None
    provinces: list[str] = Field(default_factory=list, description="provinces the river flows through")
    segments: list[SegmentOut]


class RiverList(BaseModel):
    items: list[RiverOut]


class CountyOut(BaseModel):
    code: str
    name: str
    city: str
    province: str


class CountyList(BaseModel):
    items: list[CountyOut]


class PatrolScheduleOut(BaseModel):
    level: str
    level_label: str
    interval_days: int | None = Field(description="None: no fixed interval at this level")
    last_patrol_on: date
    next_due_on: date | None


class MetricsOut(BaseModel):
    org_code: str
    campaign: str
    period_start: date
    period_end: date
    cases: int
    mu_cleared: int
    buildings_removed: int
    garbage_tonnes: int
    river_km_protected: int
    map_spots_rectified: int


class MetricsReport(BaseModel):
    periods: list[MetricsOut]
    totals: dict[str, int]
    labels: dict[str, str]


class FigureOut(BaseModel):
    metric: str
    label: str
    value: float
    source: Literal["derived", "manual", "none"] = Field(description="derived from the records / the manual "
                                                                     "figure (no record in the period) / nothing")
    source_label: str
    records: int = Field(description="records the derived figure counts (cases, verified items, rectified 图斑)")


class DerivedMetricsOut(BaseModel):
    org_code: str
    period_from: date
    period_to: date
    figures: list[FigureOut]
    totals: dict[str, float]
    manual_periods: list[dict[str, Any]] = Field(description="the manual periods inside the range (used only for "
                                                             "figures without records)")


class MapSpotOut(BaseModel):
    id: uuid.UUID
    org_code: str
    number: str | None
    kind: str
    kind_label: str
    location: str
    river_code: str | None
    segment_code: str | None
    county_code: str | None
    found_on: date
    status: str
    status_label: str
    rectified_on: date | None
    rectification_note: str | None
    case_id: uuid.UUID | None
    history: list[dict[str, Any]]
    version: int
    created_at: datetime


class MapSpotPage(BaseModel):
    items: list[MapSpotOut]
    next_cursor: str | None


class TimelineStep(BaseModel):
    on: date
    kind: str = Field(description="clue_received / clue_evaluated / case_filed / record / meeting / "
                                  "recommendation_issued / recommendation_received / reply_overdue / reply_received / "
                                  "review / case_closed / litigation_filed")
    label: str
    summary: str | None
    ref_id: uuid.UUID | None = Field(description="the clue, case, record, meeting, recommendation, reply or review")


class TimelineOut(BaseModel):
    id: uuid.UUID
    org_code: str
    case_number: str | None
    title: str
    state: CaseState
    state_label: str
    steps: list[TimelineStep]


class ProjectOut(BaseModel):
    id: uuid.UUID
    org_code: str
    name: str
    kind: str
    county_code: str | None
    planned_year: int
    status: str
    status_label: str
    case_id: uuid.UUID | None
    history: list[dict[str, Any]]
    version: int


class ProjectList(BaseModel):
    items: list[ProjectOut]
    by_status: dict[str, int]


class SweepOut(BaseModel):
    skipped: bool = Field(description="another replica holds the sweep's lock")
    overdue_flagged: int
    recommendation_ids: list[str]
    as_of: date
