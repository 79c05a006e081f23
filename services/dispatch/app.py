"""dispatch (执行110): alarms, officer dispatch, coercive measures, the mobile app backend."""
from fastapi import FastAPI

from services.dispatch import api, consumers
from services.dispatch.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import dispatch as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="dispatch",
    title="dispatch 执行110 — 接警、出警与移动端",
    description="Alarms, officer dispatch, coercive measures and the officers' mobile app backend.",
    metadata=metadata, platform=platform, routers=[api.router], publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions)


def create_app(settings: Settings | None = None) -> FastAPI:
    return build_app(SPEC, settings)
