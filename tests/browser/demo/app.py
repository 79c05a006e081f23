"""A test-only service that stands on shared.web exactly as asset_core and reward will: `build_app(ServiceSpec)`,
then `web.install(app, pages_router=...)`. Its page fetches figures through api.js with the signed-in token and
draws them with ECharts; another endpoint always answers 429 with Retry-After.

    uvicorn --factory tests.browser.demo.app:create_app"""
from __future__ import annotations

from datetime import datetime, timezone

from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel

from shared import web
from shared.app import ServiceSpec, build_app
from shared.auth import Principal, require_roles
from shared.db import new_metadata
from shared.errors import PROBLEM_RESPONSES, Problem
from shared.settings import Settings

metadata, platform = new_metadata()

COURT = "达拉特旗人民法院"
MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
ALARMS = [52, 61, 70, 75, 71, 80]                  # 409
DISPATCHES = [101, 118, 135, 146, 139, 151]        # 790
RECOVERED_FEN = [21_500_000, 25_000_000, 30_012_345, 31_000_000, 30_000_000, 32_511_111]  # ¥1,700,234.56
SERVER_TOTAL_FEN = 123_456_789                     # rendered by the server: ¥1,234,567.89
SERVER_MOMENT = datetime(2024, 5, 10, 1, 30, tzinfo=timezone.utc)  # 2024-05-10 09:30 in Asia/Shanghai


class Series(BaseModel):
    name: str
    data: list[int]


class Figures(BaseModel):
    court: str
    months: list[str]
    totals: dict[str, int]
    counts: list[Series]
    money: list[Series]


class Nothing(BaseModel):
    ok: bool


api = APIRouter(prefix="/api/v1/demo", tags=["demo"], responses=PROBLEM_RESPONSES)


@api.get("/figures", response_model=Figures, operation_id="demo_figures")
async def figures(who: Principal = require_roles("clerk", "judge", "president")) -> Figures:
    return Figures(court=COURT, months=MONTHS,
                   totals={"alarms": sum(ALARMS), "dispatches": sum(DISPATCHES), "recovered_fen": sum(RECOVERED_FEN)},
                   counts=[Series(name="接警", data=ALARMS), Series(name="出警人次", data=DISPATCHES)],
                   money=[Series(name="执行到位", data=RECOVERED_FEN)])


@api.get("/busy", response_model=Nothing, operation_id="demo_busy")
async def busy() -> Nothing:
    raise Problem(429, "rate_limited", "请求过于频繁，请稍后再试 (too many requests)", "limit 1 per minute",
                  headers={"Retry-After": "7"}, retry_after_seconds=7)


pages = web.PagesRouter(__file__)
NAV = [{"href": "/demo", "label": "演示总览"}, {"href": "/demo/public", "label": "公开页"}, {"href": "/signin", "label": "登录"}]


@pages.get("/demo")
async def demo(request: Request):
    return pages.render(request, "demo.html", title="演示：四联一核总览", staff=True, nav=NAV,
                        total_fen=SERVER_TOTAL_FEN, moment=SERVER_MOMENT)


@pages.get("/demo/public")
async def public(request: Request):
    rows = [{"number": f"（2024）内0621执{1000 + i}号", "title": "悬赏公告：寻找被执行人名下车辆蒙K·" + f"{i:05d}",
             "reward_fen": 5_000_000 + i * 123_456, "published": SERVER_MOMENT} for i in range(8)]
    return pages.render(request, "public.html", title="演示：悬赏公告", nav=NAV, rows=rows)


SPEC = ServiceSpec(name="webdemo", title="webdemo 页面演示", description="test-only service for shared.web",
                   metadata=metadata, platform=platform, routers=[api])


def create_app(settings: Settings | None = None) -> FastAPI:
    return web.install(build_app(SPEC, settings), pages_router=pages)
