"""procuratorate (河长+检察长): public-interest cases for river protection."""
import asyncio
import logging

from fastapi import FastAPI

from services.procuratorate import api, consumers, service
from services.procuratorate.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import procuratorate as contract
from shared.settings import Settings

log = logging.getLogger(__name__)


async def sweeper(app: FastAPI) -> None:
    """Flags overdue replies on a timer (one replica at a time: the sweep takes an advisory lock)."""
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
    name="procuratorate",
    title="procuratorate 河长+检察长 — 公益诉讼",
    description="Procuratorates' river-protection public-interest cases: clues, cases, investigation, "
                "responsibility meetings, rectification items, recommendations with reply deadlines, replies, "
                "follow-up reviews (回头看), litigation; rivers, campaign metrics and follow-on projects; "
                "clue transfer with river-chief offices and partner procuratorates.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions, background=[sweeper])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, service.ProcuratorateSettings):
        settings = service.ProcuratorateSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
