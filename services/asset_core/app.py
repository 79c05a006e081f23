"""asset_core (一核): enforcement cases, designations and the asset-control ledger."""
from fastapi import FastAPI

from services.asset_core import api, consumers, pages, sweep
from services.asset_core.settings import AssetCoreSettings
from services.asset_core.tables import metadata, platform
from shared import sweep as scheduled_work
from shared import web
from shared.app import ServiceSpec, build_app
from shared.contracts import asset_core as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="asset_core",
    title="asset_core 一核 — 执行案件与财产查控",
    description="Enforcement cases, cross-court designations (交叉执行), the 一核 investigation standard, "
                "the asset-control ledger and the aggregate asset-control state of every case.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.SUBSCRIPTIONS,
    # due dates become events (deadlines, expiries, re-queries); one replica at a time (advisory lock)
    background=[scheduled_work.scheduled("sweep_interval_seconds", sweep.make_ctx, sweep.sweep)])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, AssetCoreSettings):
        settings = AssetCoreSettings(**(settings.model_dump() if settings else {}))
    # the screens (issue 14): 四联一核总览, 案件页 (staff), 执行开放日 (public)
    return web.install(build_app(SPEC, settings), pages_router=pages.router)
