"""asset_core (一核): enforcement cases, designations and the asset-control ledger."""
from fastapi import FastAPI

from services.asset_core import api, consumers, service
from services.asset_core.tables import metadata, platform
from shared.app import ServiceSpec, build_app, every
from shared.contracts import asset_core as contract
from shared.settings import Settings


async def sweep(app: FastAPI) -> None:
    """Turns due dates into events (deadlines, expiries, re-queries); one replica at a time (advisory lock)."""
    async with app.state.sessions() as session, session.begin():
        ctx = service.Ctx(session, app.state.settings, None, None, actor="sweeper")
        await service.sweep(ctx, service.today_cn())


SPEC = ServiceSpec(
    name="asset_core",
    title="asset_core 一核 — 执行案件与财产查控",
    description="Enforcement cases, cross-court designations (交叉执行), the 一核 investigation standard, "
                "the asset-control ledger and the aggregate asset-control state of every case.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions, background=[every("sweep_interval_seconds", sweep)])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, service.AssetCoreSettings):
        settings = service.AssetCoreSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
