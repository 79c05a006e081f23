"""What a service does at the end of its start-up so that the first requests and the later ones are not slowed by
work that belongs to start-up: every router's route contexts are built (FastAPI builds them on a router's first
request otherwise), and with GC_FREEZE_AT_START what start-up built leaves the collector's generations."""
import gc
import itertools

import fastapi.routing
import httpx
import pytest

from services.dispatch.app import create_app
from tests.support import RUN_ID, World, auth

_n = itertools.count()


@pytest.fixture
async def world(infra):
    w = World(f"startup{RUN_ID}{next(_n)}", ["dispatch"])
    await w.create()
    yield w
    await w.destroy()


async def test_the_first_request_of_each_router_builds_nothing(world, monkeypatch):
    app = create_app(world.settings("dispatch", process_role="api"))
    built = []
    real = fastapi.routing._populate_api_route_state
    monkeypatch.setattr(fastapi.routing, "_populate_api_route_state",
                        lambda route, path, *a, **k: built.append(path) or real(route, path, *a, **k))
    async with app.router.lifespan_context(app):
        at_start = len(built)
        assert at_start > 10  # start-up walked the routers (officers, alarms, dispatches, cases, …)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            assert (await c.get("/api/v1/officers", headers=auth("clerk"))).status_code == 200
            assert (await c.get("/api/v1/alarms", headers=auth("clerk"))).status_code == 200
            assert (await c.get("/api/v1/nothing-here")).status_code == 404
        assert built[at_start:] == []  # the requests found every route ready


async def test_start_up_objects_leave_the_collector_when_asked(world):
    gc.unfreeze()
    try:
        app = create_app(world.settings("dispatch", process_role="api", gc_freeze_at_start=True))
        async with app.router.lifespan_context(app):
            assert gc.get_freeze_count() > 10_000  # modules, routes, tables: not walked by a full collection
        gc.unfreeze()
        app = create_app(world.settings("dispatch", process_role="api"))  # the tests' default: off
        async with app.router.lifespan_context(app):
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
