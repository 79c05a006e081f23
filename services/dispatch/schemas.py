"""dispatch HTTP request and response models."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field


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
