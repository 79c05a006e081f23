"""reward (法信悬赏)."""
from fastapi import FastAPI

from services.reward import api, consumers
from services.reward.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import reward as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="reward",
    title="reward 法信悬赏 — 悬赏公告与线索",
    description="Bounty notices (悬赏), tips and reward payouts.",
    metadata=metadata, platform=platform, routers=[api.router], publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions)


def create_app(settings: Settings | None = None) -> FastAPI:
    return build_app(SPEC, settings)
