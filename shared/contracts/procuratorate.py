"""Events published by procuratorate (河长+检察长) on `procuratorate.public-interest.events.v1`, and the
partner contract it consumes on `procuratorate.partner-clues.v1` (clues transferred by river-chief offices
and partner procuratorates). Owned by procuratorate; consumers import this module, never its code.
Dates are calendar dates in Asia/Shanghai, ISO 8601."""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from shared.events import EventPayload, UuidStr

TOPIC = "procuratorate.public-interest.events.v1"
SOURCE = "/procuratorate/public-interest"
# Consumed: partners (河长办, other procuratorates such as 铁岭 / 双辽) publish transferred clues here.
PARTNER_CLUES_TOPIC = "procuratorate.partner-clues.v1"
PARTNER_SOURCE = "/procuratorate/partner-clues"

ClueSource = Literal["cppcc_member", "npc_deputy", "river_chief_office", "public", "patrol", "procuratorate",
                     "other"]
PartnerKind = Literal["river_chief_office", "procuratorate"]
CaseDomain = Literal["flood_safety", "water_resources", "water_environment", "water_ecology", "shoreline", "other"]
CaseKind = Literal["administrative", "civil"]


class _ProcuratorateEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    procuratorate_code: str = Field(description="检察院代码 of the procuratorate handling it, e.g. 内05检")


class _CaseEvent(_ProcuratorateEvent):
    case_id: UuidStr = Field(description="公益诉讼案件 id (UUID)")


# ------------------------------------------------------------------ clues (线索)
class ClueReceived(_ProcuratorateEvent):
    """线索受理: a clue was received (from a CPPCC member, a river-chief office, the public, a patrol, …)."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.clue.received.v1"

    clue_id: str = Field(description="线索 id (UUID)")
    source: ClueSource = Field(description="线索来源: 政协委员 cppcc_member / 人大代表 npc_deputy / 河长办 "
                                           "river_chief_office / 群众 public / 巡河 patrol / 其他检察院 procuratorate")
    source_name: str | None = Field(None, description="who passed the clue (name or organisation)")
    received_on: date
    summary: str
    river: str | None = Field(None, description="河流, e.g. 西辽河")
    county_code: str | None = Field(None, description="旗县区 code, e.g. 150523 (开鲁县)")
    location: str | None = None
    transfer_id: str | None = Field(None, description="the partner's transfer id when transferred by a partner")


class ClueClosed(_ProcuratorateEvent):
    """线索评估后不予立案: the clue was evaluated and closed with a reason."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.clue.closed.v1"

    clue_id: str
    closed_on: date
    reason: str


class ClueReferred(_ProcuratorateEvent):
    """线索移送: the clue was referred to a river-chief office or a partner procuratorate (河长+检察长,
    跨区域协作)."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.clue.referred.v1"

    clue_id: str
    to_org: str = Field(description="receiving organisation code, e.g. 辽12检 (铁岭) or a 河长办 code")
    to_kind: PartnerKind
    referred_on: date
    summary: str
    river: str | None = None
    county_code: str | None = None
    location: str | None = None
    reason: str


# ------------------------------------------------------------------ cases
class CaseFiled(_CaseEvent):
    """立案: a public-interest case was filed."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.case.filed.v1"

    case_number: str | None = Field(None, description="案号 as the procuratorate writes it")
    title: str
    domain: CaseDomain = Field(description="领域: 行洪安全 flood_safety / 水资源 water_resources / 水环境 "
                                           "water_environment / 水生态 water_ecology / 河湖岸线 shoreline / other")
    kind: CaseKind = Field(description="行政公益诉讼 administrative / 民事公益诉讼 civil")
    filed_on: date
    clue_id: str | None = None
    county_code: str | None = None


class MeetingHeld(_CaseEvent):
    """责任认定会议: the agencies involved met and the statutory duty for each problem was established."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.meeting.held.v1"

    meeting_id: str
    held_on: date
    participants: list[str] = Field(description="participating agencies")
    responsible_agencies: list[str] = Field(description="agencies found to hold the statutory duty")


class RecommendationIssued(_CaseEvent):
    """诉前检察建议: a procuratorial recommendation was issued; the reply is due by `reply_due_on`."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.recommendation.issued.v1"

    recommendation_id: str
    addressee: str = Field(description="the agency addressed, e.g. 某县人民政府")
    issued_on: date
    received_on: date
    urgent: bool
    reply_due_on: date = Field(description="2 months after receipt, 15 days when urgent (两高公益诉讼解释 21); a "
                                           "last day on a holiday or rest day moves to the next working day "
                                           "(民诉法 85 ¶3)")
    moved_for_holiday_from: date | None = Field(None, description="the period's last day before the holiday rule "
                                                                  "moved it; null when not moved")
    item_count: int = Field(ge=0)


class ReplyOverdue(_CaseEvent):
    """回复逾期: no written reply by the deadline; flagged the day after, published once."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.reply.overdue.v1"

    recommendation_id: str
    addressee: str
    reply_due_on: date
    overdue_since: date = Field(description="the day after the (moved) reply deadline")
    moved_for_holiday_from: date | None = Field(None, description="the period's last day before the holiday rule "
                                                                  "moved the deadline; null when not moved")


class ReplyReceived(_CaseEvent):
    """书面回复: the agency replied with its measures per item."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.reply.received.v1"

    recommendation_id: str
    received_on: date
    reply_due_on: date
    late: bool
    items_reported_done: int = Field(ge=0)


class ReviewCompleted(_CaseEvent):
    """跟进调查 / 回头看: an on-site follow-up review with a finding per item."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.review.completed.v1"

    review_id: str
    reviewed_on: date
    items_verified: int = Field(ge=0)
    items_open: int = Field(ge=0)


class ItemRectified(_CaseEvent):
    """整改到位: a rectification item was verified as rectified."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.item.rectified.v1"

    item_id: str
    object_name: str
    defect: str
    verified_on: date


class CaseClosed(_CaseEvent):
    """结案: the case was closed (every item verified rectified, or terminated with a reason)."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.case.closed.v1"

    closed_on: date
    outcome: Literal["rectified", "terminated"] = Field(description="整改到位 rectified / 终结 terminated")
    reason: str


class LitigationFiled(_CaseEvent):
    """提起行政公益诉讼: the agency did not perform after the recommendation (行政诉讼法 25)."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.litigation.filed.v1"

    filed_on: date
    court: str = Field(description="the court the suit is brought before")
    defendant: str
    reason: str


# ------------------------------------------------------------------ 碍洪图斑 (flood-obstruction map spots)
MapSpotKind = Literal["occupation", "mining", "piling", "building"]


class MapSpotRecorded(_ProcuratorateEvent):
    """碍洪图斑登记: a flood-obstruction map spot (乱占 / 乱采 / 乱堆 / 乱建) was recorded."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.map-spot.recorded.v1"

    map_spot_id: str = Field(description="图斑 id (UUID)")
    number: str | None = Field(None, description="图斑编号 as the survey gives it")
    kind: MapSpotKind = Field(description="乱占 occupation / 乱采 mining / 乱堆 piling / 乱建 building")
    found_on: date
    river: str | None = None
    county_code: str | None = None
    location: str
    case_id: UuidStr | None = None


class MapSpotRectified(_ProcuratorateEvent):
    """碍洪图斑整改完成: a map spot was rectified."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.public-interest.map-spot.rectified.v1"

    map_spot_id: str
    kind: MapSpotKind
    rectified_on: date
    county_code: str | None = None


EVENTS = [ClueReceived, ClueClosed, ClueReferred, CaseFiled, MeetingHeld, RecommendationIssued, ReplyOverdue,
          ReplyReceived, ReviewCompleted, ItemRectified, CaseClosed, LitigationFiled, MapSpotRecorded,
          MapSpotRectified]


# ------------------------------------------------------------------ consumed partner contract
class ClueTransferred(EventPayload):
    """A partner (河长办, or another procuratorate such as 铁岭 / 双辽 in the 两省七地 cooperation) transfers a
    clue to a procuratorate. Published by partners on `procuratorate.partner-clues.v1` — and by procuratorate
    itself when one of its procuratorates refers a clue to another (`POST /api/v1/clues/{id}/referrals`,
    `transfer_id` = the sender's clue id); procuratorate turns each into a clue of `to_org` (the addressee
    decides who takes it in), once per event id and once per (`from_org`, `transfer_id`)."""

    EVENT_TYPE: ClassVar[str] = "cn.procuratorate.partner-clues.clue.transferred.v1"
    TOPIC: ClassVar[str] = PARTNER_CLUES_TOPIC
    SOURCE: ClassVar[str] = PARTNER_SOURCE

    transfer_id: str = Field(min_length=1, max_length=100, description="the partner's id of the transfer")
    from_org: str = Field(min_length=1, max_length=100, description="sending organisation code")
    from_name: str = Field(min_length=1, max_length=200, description="e.g. 铁岭市人民检察院 or 开鲁县河长办")
    from_kind: PartnerKind
    to_org: str = Field(min_length=1, max_length=100, description="receiving procuratorate code, e.g. 内05检")
    summary: str = Field(min_length=1, max_length=4000)
    observed_on: date | None = None
    river: str | None = Field(None, max_length=100)
    county_code: str | None = Field(None, max_length=12)
    location: str | None = Field(None, max_length=500)

