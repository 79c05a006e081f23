"""procuratorate (河长+检察长): public-interest cases for river protection."""
from fastapi import FastAPI

from services.procuratorate import api, consumers, sweep
from services.procuratorate.settings import ProcuratorateSettings
from services.procuratorate.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import procuratorate as contract
from shared.settings import Settings
from shared.sweep import scheduled

SPEC = ServiceSpec(
    name="procuratorate",
    title="procuratorate 河长+检察长 — 公益诉讼",
    description="Procuratorates' river-protection public-interest cases: clues, cases, investigation, "
                "responsibility meetings, rectification items, recommendations with reply deadlines, replies, "
                "follow-up reviews (回头看), litigation; rivers, campaign metrics and follow-on projects; "
                "clue transfer with river-chief offices and partner procuratorates.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.SUBSCRIPTIONS,
    # flags overdue replies; one replica at a time (advisory lock in sweep.sweep)
    background=[scheduled("sweep_interval_seconds", sweep.make_ctx, sweep.sweep)])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, ProcuratorateSettings):
        settings = ProcuratorateSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
