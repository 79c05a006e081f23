"""mediation (和解中心): 终本 intake, 分案, 办案, settlements with installments, supervision."""
from fastapi import FastAPI

from services.mediation import api, consumers, sweep
from services.mediation.settings import MediationSettings
from services.mediation.tables import metadata, platform
from shared.app import ServiceSpec, build_app
from shared.contracts import mediation as contract
from shared.settings import Settings
from shared.sweep import scheduled

SPEC = ServiceSpec(
    name="mediation",
    title="mediation 和解中心 — 终本案件和解",
    description="Settlement center: automatic intake of 终本 cases and referrals, case splitting (分案), handling "
                "(办案), settlements (执行和解) with installments and asset terms (转债化解), performance, "
                "resumption proposals, supervision (监督) and figures.",
    metadata=metadata, platform=platform, routers=api.routers, publishes=[contract.TOPIC],
    subscriptions=consumers.SUBSCRIPTIONS,
    # flags overdue installments; one replica at a time (advisory lock)
    background=[scheduled("sweep_interval_seconds", sweep.make_ctx, sweep.sweep)])


def create_app(settings: Settings | None = None) -> FastAPI:
    if not isinstance(settings, MediationSettings):
        settings = MediationSettings(**(settings.model_dump() if settings else {}))
    return build_app(SPEC, settings)
