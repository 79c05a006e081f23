"""mediation HTTP request and response models."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from shared.contracts.mediation import Guarantor


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class MediatorIn(_In):
    user_sub: str = Field(min_length=1, max_length=200, description="the mediator's login (token `sub`)")
    name: str = Field(min_length=1, max_length=100, description="调解员姓名")
    team: str = Field(min_length=1, max_length=100, description="团队, e.g. 和解一组")
    skills: list[Literal["livelihood", "commercial", "real_estate", "finance", "labour", "family"]] = Field(
        default_factory=list, description="livelihood 民生(绿色通道) / commercial 商事 / real_estate 房地产 / "
                                          "finance 金融借款 / labour 劳动 / family 婚姻家事")
    capacity: int = Field(30, ge=1, le=500, description="最多同时办理的案件数")
    active: bool = True


class ReferralIn(_In):
    case_id: uuid.UUID = Field(description="执行案件 id (asset_core)")
    reason: str = Field(min_length=1, max_length=1000, description="移送和解中心的理由")
    referred_on: date | None = None


class AssignmentRunIn(_In):
    on: date | None = Field(None, description="分案日期 (default today, Asia/Shanghai)")
    limit: int = Field(200, ge=1, le=1000)


class ReassignIn(_In):
    mediator_id: uuid.UUID | None = Field(None, description="改派给 (omit: the balancing rule picks one)")
    reason: str = Field(min_length=1, max_length=1000)
    on: date | None = None


class StepIn(_In):
    kind: Literal["contact", "session", "note"] = Field(description="contact 联系 / session 调解 / note 备注")
    channel: Literal["phone", "visit", "in_person", "online"] | None = Field(
        None, description="phone 电话 / visit 走访 / in_person 约谈 / online 在线")
    parties: list[str] = Field(default_factory=list, max_length=20, description="参加的当事人")
    held_on: date | None = None
    outcome: Literal["reached", "no_answer", "agreed", "continued", "refused", "absent"] | None = Field(
        None, description="contact: reached 联系上 / no_answer 未联系上; session: agreed 达成合意 / continued 继续调解 / "
                          "refused 拒绝和解 / absent 未到场")
    note: str | None = Field(None, max_length=4000)

    @field_validator("outcome")
    @classmethod
    def _outcome(cls, v, info):
        kind = info.data.get("kind")
        allowed = {"contact": {"reached", "no_answer"}, "session": {"agreed", "continued", "refused", "absent"},
                   "note": set()}.get(kind, set())
        if kind in ("contact", "session") and v is None:
            raise ValueError(f"a {kind} needs an outcome: {sorted(allowed)}")
        if v is not None and v not in allowed:
            raise ValueError(f"outcome {v!r} does not fit a {kind}; use {sorted(allowed) or 'none'}")
        return v


class InstallmentIn(_In):
    due_on: date
    amount_fen: int = Field(gt=0, le=10**15)


class SettlementIn(_In):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{
        "reached_on": "2024-06-01", "total_fen": 3_000_000_000,
        "installments": [{"due_on": "2024-12-31", "amount_fen": 1_000_000_000},
                         {"due_on": "2025-06-30", "amount_fen": 2_000_000_000}],
        "guarantor": {"name": "某担保有限公司", "kind": "organisation", "guarantee": "连带责任保证"},
        "release_measure_ids": [], "remortgage_asset_ids": [], "terms": "转债化解: 解除部分查封, 协助再抵押融资"}]})

    reached_on: date | None = None
    total_fen: int = Field(gt=0, le=10**15, description="和解总额 (fen)")
    installments: list[InstallmentIn] = Field(min_length=1, max_length=120)
    guarantor: Guarantor | None = None
    release_measure_ids: list[uuid.UUID] = Field(default_factory=list, max_length=200,
                                                 description="解除的查封/冻结措施 (asset_core measure ids)")
    remortgage_asset_ids: list[uuid.UUID] = Field(default_factory=list, max_length=200,
                                                  description="协助再抵押的财产 (asset_core asset ids)")
    release_quantities: dict[uuid.UUID, Annotated[int, Field(ge=1, le=1_000_000)]] = Field(
        default_factory=dict, description="部分解除: measure id → units of its lot to release (e.g. 45 of 135 "
                                          "flats); measures not named here are released in full")
    terms: str | None = Field(None, max_length=4000, description="其他条款")


class PaymentIn(_In):
    amount_fen: int = Field(gt=0, le=10**15)
    received_on: date | None = None


class ResumptionIn(_In):
    on: date | None = Field(None, description="提出日期 (default today)")
    note: str | None = Field(None, max_length=2000)


class CloseIn(_In):
    reason: str = Field(min_length=1, max_length=1000)
    on: date | None = None


class SupervisionActionIn(_In):
    kind: Literal["reminder", "instruction", "escalation", "review"] = Field(
        description="reminder 催办 / instruction 督办 / escalation 提级督办 / review 检查")
    center_case_id: uuid.UUID | None = None
    mediator_id: uuid.UUID | None = None
    team: str | None = Field(None, max_length=100)
    note: str = Field(min_length=1, max_length=4000)
    respond_by: date | None = None


class SweepIn(_In):
    today: date | None = Field(None, description="sweep as of this date (default: today, Asia/Shanghai)")
