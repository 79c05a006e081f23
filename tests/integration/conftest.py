import httpx
import pytest

from services.asset_core.app import create_app as asset_core_app
from services.asset_core.service import AssetCoreSettings
from services.dispatch.app import create_app as dispatch_app
from tests.support import RUN_ID, World


@pytest.fixture(scope="session")
async def world(infra):
    w = World(f"it{RUN_ID}", ["asset_core", "dispatch"])
    await w.create()
    yield w
    await w.destroy()


async def _client(app):
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            client.app = app
            yield client


@pytest.fixture(scope="session")
async def asset_core(world):
    # the timed sweep stays out of the way: tests sweep "as of" their own dates through the ops endpoint
    settings = AssetCoreSettings(**world.settings("asset_core").model_dump(), sweep_interval_seconds=3600)
    async for c in _client(asset_core_app(settings)):
        yield c


@pytest.fixture(scope="session")
async def dispatch(world):
    async for c in _client(dispatch_app(world.settings("dispatch"))):
        yield c


@pytest.fixture
async def asset_db(world):
    conn = await world.connect("asset_core")
    yield conn
    await conn.close()


@pytest.fixture
async def dispatch_db(world):
    conn = await world.connect("dispatch")
    yield conn
    await conn.close()
