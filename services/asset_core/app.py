"""asset_core (一核): enforcement cases, designations and the asset-control ledger."""
import asyncio
import logging

from fastapi import FastAPI

from services.asset_core import api, consumers, service
from services.asset_core.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import asset_core as contract
from shared.settings import Settings

log = logging.getLogger(__name__)


async def sweeper(app: FastAPI) -> None:
    """Turns due dates into events on a timer (one replica at a time: the sweep takes an advisory lock)."""
    settings = app.state.settings
    while True:
        await asyncio.sleep(settings.sweep_interval_seconds)
        try:
            async with app.state.sessions() as session, session.begin():
                await service.sweep(service.Ctx(session, settings, None, None, actor="sweeper"), service.today_cn())
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("sweep failed; next try in %.0fs", settings.sweep_interval_seconds)


SPEC = ServiceSpec(
    name="asset_core",
    title="asset_core 一核 — 执行案件与财产查控",
    description="Enforcement cases, cross-court designations (交叉执行), the 一核 investigation standard, "
                "the asset-control ledger and the aggregate asset-control state of every case.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions, background=[sweeper])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, service.AssetCoreSettings):
        settings = service.AssetCoreSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
