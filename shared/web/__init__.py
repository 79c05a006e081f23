"""Screens (issue 14): one shared layout in Simplified Chinese, Jinja2 with the suite's filters, static assets
(CSS, api.js, Apache ECharts from node_modules), local sign-in, and a strict Content-Security-Policy.

A service wires its pages in `app.py`, after `build_app`:

    from shared import web
    from services.<name> import pages
    app = build_app(SPEC, settings)
    web.install(app, pages_router=pages.router)

and declares them in `services/<name>/pages.py`:

    router = web.PagesRouter(__file__)  # templates/ and static/ (at /static/<name>/) beside pages.py

    @router.get("/overview")
    async def overview(request: Request):
        return router.render(request, "overview.html", title="四联一核总览", staff=True)

Staff pages are shells whose data api.js fetches from the JSON APIs with the bearer token kept in sessionStorage;
public pages may render their data on the server."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from shared.errors import Problem
from shared.settings import ROOT
from shared.web.filters import FILTERS, cn_date, cn_time, num, yuan
from shared.web.pages import CSP, PAGE_HEADERS, STATIC, PagesRouter, environment, render
from shared.web.signin import safe_next

__all__ = ["install", "PagesRouter", "render", "environment", "yuan", "num", "cn_time", "cn_date", "CSP",
           "PAGE_HEADERS", "FILTERS", "ECHARTS", "safe_next"]

ECHARTS = ROOT / "node_modules" / "echarts" / "dist" / "echarts.min.js"
ASSET_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"}


def _vendor_router(echarts: Path) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/static/vendor/echarts.min.js")
    async def echarts_js():
        if not echarts.is_file():
            raise Problem(503, "assets_missing", "页面资源未安装 (page assets not installed)",
                          "node_modules is missing: run `make web` (npm ci from package-lock.json)")
        return FileResponse(echarts, media_type="text/javascript", headers=ASSET_HEADERS)

    return router


def install(app: FastAPI, *, pages_router: APIRouter | None = None) -> FastAPI:
    """Give a service built by `shared.app.build_app` its screens: `/static/` (shared CSS and scripts),
    `/static/vendor/echarts.min.js`, `/static/<service>/` (the router's own static/ folder), the local sign-in
    (`GET`/`POST /signin`) and the service's page router."""
    from shared.web.signin import router_for

    name = app.state.spec.name
    app.include_router(_vendor_router(ECHARTS))
    app.include_router(router_for(name))
    own_static = getattr(pages_router, "static_dir", None)
    if own_static is not None:
        app.mount(f"/static/{name}", StaticFiles(directory=own_static), name=f"static-{name}")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if pages_router is not None:
        app.include_router(pages_router)
    app.state.pages = True
    return app
