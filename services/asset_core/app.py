"""asset_core (一核): enforcement cases, designations and the asset-control ledger."""
from fastapi import FastAPI

from services.asset_core import api, consumers
from services.asset_core.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import asset_core as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="asset_core",
    title="asset_core 一核 — 执行案件与财产查控",
    description="Enforcement cases, cross-court designations (交叉执行) and the asset-control ledger.",
    metadata=metadata, platform=platform, routers=[api.router], publishes=[contract.TOPIC],
    subscriptions=consumers.subscriptions)


def create_app(settings: Settings | None = None) -> FastAPI:
    return build_app(SPEC, settings)
