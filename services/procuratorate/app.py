"""procuratorate (河长+检察长): public-interest cases for river protection."""
from fastapi import FastAPI

from services.procuratorate import api, consumers, service
from services.procuratorate.tables import metadata, platform
from shared.app import ServiceSpec, build_app, every
from shared.contracts import procuratorate as contract
from shared.settings import Settings


async def sweep(app: FastAPI) -> None:
    """Flags overdue replies; one replica at a time (advisory lock)."""
    async with app.state.sessions() as session, session.begin():
        ctx = service.Ctx(session, app.state.settings, None, None, actor="sweeper")
        await service.sweep(ctx, service.today_cn())


SPEC = ServiceSpec(
    name="procuratorate",
    title="procuratorate 河长+检察长 — 公益诉讼",
    description="Procuratorates' river-protection public-interest cases: clues, cases, investigation, "
                "responsibility meetings, rectification items, recommendations with reply deadlines, replies, "
                "follow-up reviews (回头看), litigation; rivers, campaign metrics and follow-on projects; "
                "clue transfer with river-chief offices and partner procuratorates.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions, background=[every("sweep_interval_seconds", sweep)])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, service.ProcuratorateSettings):
        settings = service.ProcuratorateSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
