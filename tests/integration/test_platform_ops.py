"""Every service's operational endpoints: health, readiness, metrics, OpenAPI."""
import importlib

import httpx
import pytest

from tests.support import auth, case_body

SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]


@pytest.mark.parametrize("name", SERVICES)
async def test_each_service_builds_and_serves_its_contract(name):
    app = importlib.import_module(f"services.{name}.app").create_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        assert (await c.get("/healthz")).json() == {"status": "ok", "service": name}
        spec = (await c.get("/openapi.json")).json()
        ops = [op.get("operationId") for path in spec["paths"].values() for op in path.values()]
        assert all(ops) and len(ops) == len(set(ops))
        assert "/api/v1/audit/verify" in spec["paths"]
        assert (await c.get("/docs")).status_code == 200


async def test_readyz_and_metrics(asset_core, dispatch):
    r = await asset_core.get("/readyz")
    assert r.status_code == 200 and r.json()["checks"] == {"database": True, "kafka": True}
    await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())
    await asset_core.get("/api/v1/cases/nope", headers=auth())
    text = (await asset_core.get("/metrics")).text
    assert 'http_request_duration_seconds_count{method="POST",route="/api/v1/cases",service="asset_core",status="201"}' in text
    assert 'route="/api/v1/cases/{case_id}"' in text  # by route template, not by raw path
    for name in ["outbox_backlog_events", "outbox_oldest_unpublished_age_seconds", "consumer_lag_records",
                 "consumer_dlq_messages_total"]:
        assert name in text


async def test_request_id_is_echoed_and_in_problems(asset_core):
    r = await asset_core.get("/api/v1/cases/nope", headers={**auth(), "X-Request-ID": "req-abc-123"})
    assert r.headers["x-request-id"] == "req-abc-123" and r.json()["request_id"] == "req-abc-123"
    r = await asset_core.get("/api/v1/cases", headers=auth())
    assert len(r.headers["x-request-id"]) == 32


async def test_unknown_route_is_a_problem(asset_core):
    r = await asset_core.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    r = await asset_core.delete("/api/v1/cases")
    assert r.status_code == 405 and r.json()["code"] == "method_not_allowed"
