"""Events published by dispatch (执行110) on `court.dispatch.events.v1`. The events asset_core consumes
are defined here now; the dispatch issue adds the rest (alarm received, dispatch assigned, …)."""
from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from shared.events import EventPayload

TOPIC = "court.dispatch.events.v1"
SOURCE = "/court/dispatch"


class _DispatchEvent(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    case_id: str = Field(description="案件 id (asset_core's UUID)")
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


EVENTS = [AssetFoundOnSite, DebtorLocated]
