"""reward (法信悬赏): bounty applications and notices, the public's tips with receipts, rewards paid out of the
money recovered through them."""
from fastapi import FastAPI

from services.reward import api, consumers, pages, sweep
from services.reward.public import PublicEdge, PublicLimiter
from services.reward.settings import RewardSettings
from services.reward.tables import metadata, platform
from shared import web
from shared.app import ServiceSpec, build_app
from shared.contracts import reward as contract
from shared.settings import Settings
from shared.sweep import scheduled

SPEC = ServiceSpec(
    name="reward",
    title="reward 法信悬赏 — 悬赏公告与线索",
    description="Bounty applications (财产调查规定 21) and notices (22), the public's tips with receipt codes and "
                "their register (23), verification, and rewards out of the money recovered through a tip (24). "
                "`/api/v1/public/…` needs no token and is rate limited.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.SUBSCRIPTIONS,
    background=[scheduled("sweep_interval_seconds", sweep.make_ctx, sweep.sweep)])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, RewardSettings):
        settings = RewardSettings(**(settings.model_dump() if settings else {}))
    app = web.install(build_app(SPEC, settings), pages_router=pages.router)  # 悬赏公告 pages (issue 14)
    app.state.reward_limiter = PublicLimiter()
    app.add_middleware(PublicEdge, max_body=settings.public_body_max_bytes, cors_origins=settings.public_cors_origins)
    return app
