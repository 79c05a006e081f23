"""Events published by asset_core (一核) on `court.asset-core.events.v1`. Owned by asset_core; consumers
import this module, never asset_core's code."""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from shared.events import EventPayload

TOPIC = "court.asset-core.events.v1"
SOURCE = "/court/asset-core"

LivelihoodCategory = Literal["none", "migrant_wages", "support_payments"]


class _AssetCoreEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE


class CaseRegistered(_AssetCoreEvent):
    """立案: an enforcement case was registered."""

    EVENT_TYPE: ClassVar[str] = "cn.court.asset-core.case.registered.v1"

    case_id: str = Field(description="案件 id (UUID)")
    case_number: str = Field(description="案号, canonical form, e.g. （2024）内0621执123号")
    case_type: str = Field(description="案件类型代字: 执, 执恢, 执保, …")
    court_code: str = Field(description="执行法院代码, e.g. 内0621")
    filed_on: date = Field(description="立案日期")
    amount_owed_fen: int = Field(ge=0, description="申请执行标的 (fen)")
    livelihood_category: LivelihoodCategory = Field(description="绿色通道类别: none / 农民工工资 / 赡养抚养费")
    applicants: list[str] = Field(description="申请执行人 names")
    respondents: list[str] = Field(description="被执行人 names")
    state: str = Field(description="case state, e.g. filed")


EVENTS = [CaseRegistered]
