"""PROCESS_ROLE (docs/adr/0017): a service may run as `api` processes (the HTTP API only, several uvicorn workers
if wanted) beside one `worker` (the outbox relay, consumers, partner streams, audit checkpoints and sweeps), or as
one process doing both (`all`, the default). What a request writes in an api process is published by the worker;
an event the worker consumes changes what the api process answers; neither serves what belongs to the other."""
import contextlib
import itertools

import httpx
import pytest

from services.asset_core.app import create_app as asset_core_app
from services.dispatch.app import SPEC as DISPATCH_SPEC
from shared.contracts import dispatch
from tests.support import RUN_ID, World, auth, case_body, publish, wait_for

_n = itertools.count()


@pytest.fixture
async def world(infra):
    w = World(f"roles{RUN_ID}{next(_n)}", ["asset_core"])
    await w.create()
    yield w
    await w.destroy()


@contextlib.asynccontextmanager
async def running(world: World, role: str):
    app = asset_core_app(world.settings("asset_core", process_role=role, sweep_interval_seconds=3600))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            client.app = app
            yield client


async def test_an_api_process_writes_and_the_worker_publishes_and_consumes(world):
    async with running(world, "api") as api:
        assert not hasattr(api.app.state, "relay") and not hasattr(api.app.state, "consumers")
        r = await api.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))
        assert r.status_code == 201, r.text
        case = r.json()
        db = await world.connect("asset_core")
        try:
            unpublished = "select count(*) from outbox where published_at is null"
            assert await db.fetchval(unpublished) >= 1  # nobody in this process publishes it
            async with running(world, "worker") as worker:
                assert (await worker.get("/healthz")).status_code == 200
                assert (await worker.get("/readyz")).json()["checks"]["database"] is True
                assert (await worker.get("/metrics")).status_code == 200
                # the worker serves no API: its routes are not there at all
                assert (await worker.get(f"/api/v1/cases/{case['id']}", headers=auth("clerk"))).status_code == 404
                assert (await worker.get("/api/v1/audit/verify", headers=auth("auditor"))).status_code == 404

                async def published():
                    return await db.fetchval(unpublished) == 0 or None
                await wait_for(published, timeout=30, what="the worker's relay to publish the api's event")

                # an officer's find at dispatch, consumed by the worker, is what the api process then answers
                await publish(world, dispatch.AssetFoundOnSite(
                    alarm_id="a-1", case_id=case["id"], asset_type="vehicle", description="现场发现 宝马轿车 蒙K·12345",
                    estimated_value_fen=30_000_000, location="某小区"), key=case["id"])

                async def found():
                    state = (await api.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("clerk"))).json()
                    return state if state["assets"] else None
                state = await wait_for(found, timeout=60, what="the find, consumed by the worker, in the api's answer")
                assert state["assets"][0]["description"] == "现场发现 宝马轿车 蒙K·12345"
        finally:
            await db.close()


def test_the_push_listener_runs_in_every_api_process_and_sweeps_in_the_worker():
    assert [f.__name__ for f in DISPATCH_SPEC.per_api_process] == ["push_listener"]
    assert "push_listener" not in [f.__name__ for f in DISPATCH_SPEC.background]
    assert DISPATCH_SPEC.background  # the sweep: in the worker (or the `all` process)
