"""dispatch (执行110): alarms, officer dispatch, coercive measures, the mobile app backend."""
from fastapi import FastAPI

from services.dispatch import api, consumers, sweep
from services.dispatch.push import PushHub
from services.dispatch.settings import DispatchSettings
from services.dispatch.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import dispatch as contract
from shared.settings import Settings


async def push_listener(app: FastAPI) -> None:
    """One dedicated LISTEN connection per process fans pushes out to this replica's WebSocket clients."""
    await app.state.push_hub.run()


SPEC = ServiceSpec(
    name="dispatch",
    title="dispatch 执行110 — 接警、出警与移动端",
    description="Alarms, officer dispatch, coercive measures and the officers' mobile app backend.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.SUBSCRIPTIONS, background=sweep.BACKGROUND, per_api_process=[push_listener])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, DispatchSettings):
        settings = DispatchSettings(**(settings.model_dump() if settings else {}))
    app = build_app(SPEC, settings)
    app.state.push_hub = PushHub(app.state.settings)
    return app
