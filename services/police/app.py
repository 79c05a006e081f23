"""police (公安联动): 协查 batches, 拒执罪 transfers with their legal deadlines, custody of the detained."""
from fastapi import FastAPI

from services.police import api, consumers, sweep
from services.police.settings import PoliceSettings
from services.police.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import police as contract
from shared.settings import Settings

SPEC = ServiceSpec(
    name="police",
    title="police 公安联动 — 协查、拒执罪移送与司法拘留执行",
    description="Police cooperation: joint searches (协查) with answers per person and request (finds published for "
                "dispatch and asset_core), 拒执罪 transfers with their legal deadlines (receipt, filing decision, "
                "refusal notice, 立案监督, ordered filing, 自诉, outcomes, the debtor's payment), custody of debtors "
                "detained by the court (民诉法 118), figures for any period and court.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.SUBSCRIPTIONS, background=sweep.BACKGROUND)


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, PoliceSettings):
        settings = PoliceSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
