"""asset_core HTTP API: enforcement cases."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.asset_core import service
from services.asset_core.domain import CaseState
from services.asset_core.schemas import CaseCreate, CaseOut, CasePage
from services.asset_core.tables import platform
from shared import idempotency
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.errors import Problem
from shared.logs import request_id_var
from shared.pagination import decode_cursor, encode_cursor

router = APIRouter(prefix="/api/v1/cases", tags=["cases 执行案件"])
READERS = ("clerk", "judge", "officer", "president", "auditor")

PROBLEMS = {r: {"description": d, "content": {"application/problem+json": {}}} for r, d in
            {400: "bad request", 401: "unauthenticated", 403: "forbidden", 404: "not found",
             409: "conflict", 422: "invalid input"}.items()}


@router.post("", status_code=201, response_model=CaseOut, operation_id="register_case",
             summary="登记执行案件 (register an enforcement case)", responses=PROBLEMS)
async def register_case(body: CaseCreate, request: Request, sessions: SessionsDep,
                        principal: Principal = require_roles("clerk", "judge")):
    settings = request.app.state.settings

    async def action(session):
        view = await service.register_case(session, settings, principal, request_id_var.get(), body)
        return 201, CaseOut(**view), {"Location": f"/api/v1/cases/{view['id']}"}

    return await idempotency.run(request, sessions, platform, principal, body, action)


@router.get("/{case_id}", response_model=CaseOut, operation_id="get_case", summary="查看案件 (read a case)",
            responses=PROBLEMS)
async def get_case(case_id: uuid.UUID, sessions: SessionsDep, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await service.get_case(session, principal, case_id)


@router.get("", response_model=CasePage, operation_id="list_cases", summary="案件列表 (list this court's cases)",
            responses=PROBLEMS)
async def list_cases(sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None,
                     state: CaseState | None = None, filed_from: date | None = None, filed_to: date | None = None):
    if filed_from and filed_to and filed_from > filed_to:
        raise Problem(400, "invalid_date_range", "日期范围无效", "filed_from is after filed_to")
    async with sessions() as session:
        items, last = await service.list_cases(session, principal, limit=limit, after_seq=decode_cursor(cursor),
                                               state=state, filed_from=filed_from, filed_to=filed_to)
    return {"items": items, "next_cursor": encode_cursor(last)}
