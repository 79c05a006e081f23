"""Events published by police (公安联动) on `court.police.events.v1`. The finds dispatch consumes (each
raises an alarm linked to its case) are defined here now; the police issue publishes exactly these and
adds the rest."""
from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from pydantic import Field

from shared.events import EventPayload

TOPIC = "court.police.events.v1"
SOURCE = "/court/police"


class _PoliceFind(EventPayload):
    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE

    case_id: str = Field(description="案件 id (asset_core's UUID)")
    court_code: str = Field(description="the court that asked for the search (协查), e.g. 内0621")
    search_id: str = Field(description="协查 id")
    location: str = Field(description="address or place")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    found_at: datetime
    leaving: bool = Field(False, description="the person or asset is about to leave (即将离开)")


class PersonLocated(_PoliceFind):
    """Police located the debtor (查找到被执行人下落)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.person.located.v1"

    person_name: str = Field(description="被执行人 or its legal representative")


class AssetLocated(_PoliceFind):
    """Police located an asset of the debtor, e.g. a vehicle (查找到财产)."""

    EVENT_TYPE: ClassVar[str] = "cn.court.police.asset.located.v1"

    asset_type: str = Field(description="vehicle, movable, ship, …")
    description: str


EVENTS = [PersonLocated, AssetLocated]
