import os

import httpx
import pytest

from services.asset_core.app import create_app as asset_core_app
from services.asset_core.settings import AssetCoreSettings
from services.dispatch.app import create_app as dispatch_app
from services.mediation.app import create_app as mediation_app
from services.police.app import create_app as police_app
from services.procuratorate.app import create_app as procuratorate_app
from services.reward.app import create_app as reward_app
from tests.support import RUN_ID, World

SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]
# Services' timed sweeps stay out of the way: tests sweep "as of" their own dates through the ops endpoints.
os.environ.setdefault("SWEEP_INTERVAL_SECONDS", "3600")


@pytest.fixture(scope="session")
async def world(infra):
    w = World(f"it{RUN_ID}", SERVICES)
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


@pytest.fixture(scope="session")
async def reward(world):
    async for c in _client(reward_app(world.settings("reward"))):
        yield c


@pytest.fixture(scope="session")
async def mediation(world):
    async for c in _client(mediation_app(world.settings("mediation"))):
        yield c


@pytest.fixture(scope="session")
async def police(world):
    async for c in _client(police_app(world.settings("police"))):
        yield c


@pytest.fixture(scope="session")
async def procuratorate(world):
    async for c in _client(procuratorate_app(world.settings("procuratorate"))):
        yield c


def _db_fixture(service: str):
    @pytest.fixture
    async def db(world):
        conn = await world.connect(service)
        yield conn
        await conn.close()
    return db


asset_db = _db_fixture("asset_core")
dispatch_db = _db_fixture("dispatch")
reward_db = _db_fixture("reward")
mediation_db = _db_fixture("mediation")
police_db = _db_fixture("police")
procuratorate_db = _db_fixture("procuratorate")
