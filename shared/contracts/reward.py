"""Events published by reward (法信悬赏) on `court.reward.events.v1`. The event asset_core and dispatch
consume is defined here now; the reward issue adds the rest."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from shared.events import EventPayload

TOPIC = "court.reward.events.v1"
SOURCE = "/court/reward"


class TipVerified(EventPayload):
    """A bounty tip was verified (线索核实属实). The tipster's identity is never in the event."""

    TOPIC: ClassVar[str] = TOPIC
    SOURCE: ClassVar[str] = SOURCE
    EVENT_TYPE: ClassVar[str] = "cn.court.reward.tip.verified.v1"

    case_id: str
    notice_id: str = Field(description="悬赏公告 id")
    tip_id: str
    clue_kind: Literal["whereabouts", "asset"] = Field(description="被执行人下落 / 财产线索")
    asset_type: str | None = None
    description: str
    estimated_value_fen: int | None = Field(None, ge=0)
    location: str | None = None


EVENTS = [TipVerified]
