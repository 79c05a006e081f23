"""asset_core HTTP request and response models."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.asset_core.domain import CaseNumberError, CaseState, LivelihoodCategory, parse_case_number


class CaseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "case_number": "（2024）内0621执123号", "filed_on": "2024-03-01", "amount_owed_fen": 7_000_000_000,
        "livelihood_category": "none", "applicants": ["某银行股份有限公司"], "respondents": ["某房地产开发有限公司"]}]})

    case_number: str = Field(min_length=8, max_length=64, description="案号, e.g. （2024）内0621执123号")
    filed_on: date = Field(description="立案日期")
    amount_owed_fen: int = Field(ge=1, le=10**15, description="申请执行标的, in fen (分)")
    livelihood_category: LivelihoodCategory = Field(
        LivelihoodCategory.none, description="绿色通道: none / migrant_wages 农民工工资 / support_payments 赡养抚养费")
    applicants: list[str] = Field(min_length=1, max_length=50, description="申请执行人")
    respondents: list[str] = Field(min_length=1, max_length=50, description="被执行人")

    @field_validator("case_number")
    @classmethod
    def _valid_case_number(cls, v: str) -> str:
        try:
            return str(parse_case_number(v))
        except CaseNumberError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("applicants", "respondents")
    @classmethod
    def _names(cls, v: list[str]) -> list[str]:
        names = [n.strip() for n in v]
        if any(not n or len(n) > 200 for n in names):
            raise ValueError("each name must be 1 to 200 characters")
        return names


class CaseOut(BaseModel):
    id: uuid.UUID
    case_number: str
    case_type: str
    court_code: str
    executing_court_code: str
    filed_on: date
    amount_owed_fen: int
    livelihood_category: LivelihoodCategory
    priority: int = Field(description="0 = 绿色通道 first, 1 = ordinary")
    applicants: list[str]
    respondents: list[str]
    state: CaseState
    state_label: str
    version: int
    created_at: datetime
    updated_at: datetime


class CasePage(BaseModel):
    items: list[CaseOut]
    next_cursor: str | None
