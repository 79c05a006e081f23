"""Request bodies over the limit are refused before parsing and before authentication."""
import contextlib

import httpx

from services.procuratorate.app import create_app


@contextlib.asynccontextmanager
async def _client(world, **overrides):
    app = create_app(world.settings("procuratorate").model_copy(update=overrides))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            yield client


async def test_declared_oversize_body_is_413_before_authentication(world):
    async with _client(world, max_body_bytes=1_048_576) as c:
        r = await c.post("/api/v1/clues", content=b"{" + b" " * 2_000_000 + b"}",
                         headers={"content-type": "application/json"})  # no token: would be 401 if parsed
        small = await c.post("/api/v1/clues", json={"summary": "x"})
    assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "payload_too_large" and r.json()["limit_bytes"] == 1_048_576
    assert small.status_code == 401  # under the limit the request goes on to authentication


async def test_chunked_body_is_counted_as_it_arrives(world):
    async def chunks():
        for _ in range(40):
            yield b" " * 1000

    async with _client(world, max_body_bytes=10_000) as c:
        r = await c.post("/api/v1/clues", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
