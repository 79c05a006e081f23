"""dispatch HTTP API: the local case projection (alarms and dispatch come with the dispatch issue)."""
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from services.dispatch import service
from services.dispatch.schemas import CaseProjectionOut, CaseProjectionPage
from shared.app import SessionsDep
from shared.auth import Principal, require_roles
from shared.pagination import decode_cursor, encode_cursor

router = APIRouter(prefix="/api/v1/cases", tags=["cases 案件 (projection)"])
READERS = ("officer", "judge", "clerk", "president")


@router.get("/{case_id}", response_model=CaseProjectionOut, operation_id="dispatch_get_case",
            summary="案件 (from asset_core's events)")
async def get_case(case_id: uuid.UUID, sessions: SessionsDep, principal: Principal = require_roles(*READERS)):
    async with sessions() as session:
        return await service.get_case(session, principal, case_id)


@router.get("", response_model=CaseProjectionPage, operation_id="dispatch_list_cases",
            summary="本院案件 (from asset_core's events)")
async def list_cases(sessions: SessionsDep, principal: Principal = require_roles(*READERS),
                     limit: Annotated[int, Query(ge=1, le=200)] = 50, cursor: str | None = None):
    async with sessions() as session:
        items, last = await service.list_cases(session, principal, limit, decode_cursor(cursor))
    return {"items": items, "next_cursor": encode_cursor(last)}
