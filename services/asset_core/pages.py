"""asset_core's pages (issue 14): 四联一核总览 and 案件页 for staff (shells: their data comes from the JSON APIs
through api.js with the signed-in token, so a page shows exactly what the API lets the role see), and the public
执行开放日 page, rendered on the server from the same masked read model as `GET /api/v1/public/open-day`."""
from __future__ import annotations

import uuid
from datetime import date

from fastapi import Request
from fastapi.responses import RedirectResponse

from services.asset_core import views
from services.asset_core.api import _public_limit
from shared import web
from shared.errors import Problem
from shared.legal import today_cn
from shared.orgs import parse_org

router = web.PagesRouter(__file__)

STAFF_NAV = [{"href": "/overview", "label": "四联一核总览"}, {"href": "/cases", "label": "案件查询"},
             {"href": "/open-day", "label": "执行开放日"}]
PUBLIC_NAV = [{"href": "/open-day", "label": "执行开放日"}]


def _day(value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        return default


@router.get("/")
async def home(request: Request):
    return RedirectResponse("/overview", status_code=303)


@router.get("/overview")
async def overview(request: Request, court: str | None = None, start: str | None = None, end: str | None = None):
    q = request.query_params
    today = today_cn()
    start_d = _day(q.get("from"), date(today.year, 1, 1))
    end_d = _day(q.get("to"), today)
    if start_d > end_d:
        start_d, end_d = end_d, start_d
    court = court if court and parse_org(court) is not None else ""
    return router.render(request, "overview.html", title="四联一核总览", staff=True, nav=STAFF_NAV,
                         court=court, start=start_d.isoformat(), end=end_d.isoformat())


@router.get("/cases")
async def cases(request: Request):
    return router.render(request, "cases.html", title="案件查询", staff=True, nav=STAFF_NAV)


@router.get("/cases/{case_id}")
async def case(request: Request, case_id: uuid.UUID):
    return router.render(request, "case.html", title="案件", staff=True, nav=STAFF_NAV, case_id=str(case_id))


@router.get("/open-day")
async def open_day(request: Request, court: str | None = None):
    court = court if court and parse_org(court) is not None else None
    try:
        await _public_limit(request)  # the same light per-address limit as the JSON endpoint
    except Problem as p:
        retry = (p.headers or {}).get("Retry-After")
        return router.render(request, "busy.html", title="执行开放日", nav=PUBLIC_NAV, retry=retry, status_code=429,
                             headers={"Retry-After": retry} if retry else None)
    async with request.app.state.sessions() as session:
        data = await views.open_day(session, court)
    return router.render(request, "open_day.html", title="执行开放日", nav=PUBLIC_NAV, items=data["items"],
                         court=court or "")
