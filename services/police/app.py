"""police (公安联动)."""
from fastapi import FastAPI

from services.police import api, consumers
from services.police.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import police as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="police",
    title="police 公安联动 — 协查与拒执移送",
    description="Police cooperation: joint searches (协查) and 拒执罪 transfers.",
    metadata=metadata, platform=platform, routers=[api.router], publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions)


def create_app(settings: Settings | None = None) -> FastAPI:
    return build_app(SPEC, settings)
