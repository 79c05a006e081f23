"""mediation (和解中心)."""
from fastapi import FastAPI

from services.mediation import api, consumers
from services.mediation.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import mediation as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="mediation",
    title="mediation 和解中心 — 终本案件和解",
    description="Settlement center: 终本 intake, case splitting (分案), settlements and supervision.",
    metadata=metadata, platform=platform, routers=[api.router], publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions)


def create_app(settings: Settings | None = None) -> FastAPI:
    return build_app(SPEC, settings)
