"""asset_core use cases: load, apply a domain rule, save state + outbox event + audit, one transaction."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.asset_core import domain
from services.asset_core.schemas import CaseCreate
from services.asset_core.tables import cases, platform
from shared import audit, outbox
from shared.auth import Principal
from shared.contracts.asset_core import CaseRegistered
from shared.errors import Problem
from shared.settings import Settings


def case_view(row: Any) -> dict[str, Any]:
    r = dict(row._mapping if hasattr(row, "_mapping") else row)
    state = domain.CaseState(r["state"])
    return {**{k: r[k] for k in ("id", "case_number", "case_type", "court_code", "executing_court_code",
                                 "filed_on", "amount_owed_fen", "livelihood_category", "applicants",
                                 "respondents", "version", "created_at", "updated_at")},
            "state": state, "state_label": domain.CASE_STATE_LABELS[state],
            "priority": domain.priority(domain.LivelihoodCategory(r["livelihood_category"]))}


async def register_case(session: AsyncSession, settings: Settings, principal: Principal, request_id: str | None,
                        cmd: CaseCreate, today: date | None = None) -> dict[str, Any]:
    number = domain.parse_case_number(cmd.case_number, today)
    if number.court_code != principal.org:
        raise Problem(403, "court_mismatch", "只能登记本院案件 (not this court's case number)",
                      f"the case number belongs to court {number.court_code}, your organisation is {principal.org}")
    if cmd.filed_on.year != number.year:
        raise Problem(422, "filing_year_mismatch", "立案日期与案号年份不符",
                      f"filed_on {cmd.filed_on} is not in the case number's year {number.year}")
    if cmd.filed_on > (today or date.today()):
        raise Problem(422, "filed_in_future", "立案日期不能晚于今天", f"filed_on {cmd.filed_on} is in the future")
    case_id = uuid.uuid4()
    row = (await session.execute(
        insert(cases).values(
            id=case_id, case_number=str(number), year=number.year, court_code=number.court_code,
            case_type=number.case_type, sequence=number.sequence, executing_court_code=number.court_code,
            filed_on=cmd.filed_on, amount_owed_fen=cmd.amount_owed_fen,
            livelihood_category=cmd.livelihood_category.value, applicants=cmd.applicants,
            respondents=cmd.respondents, state=domain.CaseState.filed.value, created_by=principal.sub)
        .on_conflict_do_nothing(index_elements=["case_number"])
        .returning(cases))).first()
    if row is None:
        raise Problem(409, "case_number_taken", "案号已存在 (case number already registered)", str(number))
    view = case_view(row)
    await outbox.append(session, platform, settings, CaseRegistered(
        case_id=str(case_id), case_number=str(number), case_type=number.case_type, court_code=number.court_code,
        filed_on=cmd.filed_on, amount_owed_fen=cmd.amount_owed_fen,
        livelihood_category=cmd.livelihood_category.value, applicants=cmd.applicants, respondents=cmd.respondents,
        state=domain.CaseState.filed.value), subject=f"cases/{case_id}", caseid=str(case_id), orgcode=principal.org)
    await audit.append(session, platform, actor=principal.sub, org=principal.org, action="case.registered",
                       entity_type="case", entity_id=str(case_id), request_id=request_id,
                       data={"case_number": str(number), "amount_owed_fen": cmd.amount_owed_fen})
    return view


async def get_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> dict[str, Any]:
    row = (await session.execute(select(cases).where(cases.c.id == case_id))).first()
    if row is None or row.executing_court_code != principal.org:
        # Another court's case is reported as absent: its existence is not disclosed.
        raise Problem(404, "case_not_found", "案件不存在", f"no case {case_id} visible to {principal.org}")
    return case_view(row)


async def list_cases(session: AsyncSession, principal: Principal, *, limit: int, after_seq: int | None,
                     state: domain.CaseState | None, filed_from: date | None, filed_to: date | None
                     ) -> tuple[list[dict[str, Any]], int | None]:
    q = select(cases).where(cases.c.executing_court_code == principal.org).order_by(cases.c.seq).limit(limit + 1)
    if after_seq is not None:
        q = q.where(cases.c.seq > after_seq)
    if state is not None:
        q = q.where(cases.c.state == state.value)
    if filed_from is not None:
        q = q.where(cases.c.filed_on >= filed_from)
    if filed_to is not None:
        q = q.where(cases.c.filed_on <= filed_to)
    rows = (await session.execute(q)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return [case_view(r) for r in rows], (rows[-1].seq if more and rows else None)
