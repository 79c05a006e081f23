"""mediation (和解中心): 终本 intake, 分案, 办案, settlements with installments, supervision."""
import asyncio
import logging

from fastapi import FastAPI

from services.mediation import api, consumers, service
from services.mediation.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import mediation as contract
from shared.settings import Settings

log = logging.getLogger(__name__)


async def sweeper(app: FastAPI) -> None:
    """Flags overdue installments on a timer (one replica at a time: the sweep takes an advisory lock)."""
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
    name="mediation",
    title="mediation 和解中心 — 终本案件和解",
    description="Settlement center: automatic intake of 终本 cases and referrals, case splitting (分案), handling "
                "(办案), settlements (执行和解) with installments and asset terms (转债化解), performance, "
                "resumption proposals, supervision (监督) and figures.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions, background=[sweeper])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, service.MediationSettings):
        settings = service.MediationSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
