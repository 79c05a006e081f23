"""procuratorate (河长+检察长)."""
from fastapi import FastAPI

from services.procuratorate import api, consumers
from services.procuratorate.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import procuratorate as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="procuratorate",
    title="procuratorate 河长+检察长 — 公益诉讼",
    description="Procuratorates' river-protection public-interest cases.",
    metadata=metadata, platform=platform, routers=[api.router], publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions)


def create_app(settings: Settings | None = None) -> FastAPI:
    return build_app(SPEC, settings)
