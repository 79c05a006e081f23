"""The public endpoints' edge: rate limits with `limits` (429 problem+json with Retry-After), the body limit and
CORS only on /api/v1/public/…"""
import httpx
from fastapi import FastAPI, Request

from services.reward.public import PublicEdge, PublicLimiter
from shared import errors


def _app(origins=None) -> FastAPI:
    app = FastAPI()
    errors.install(app)
    limiter = PublicLimiter()

    @app.post("/api/v1/public/echo")
    async def echo(request: Request) -> dict:
        await limiter.check("3/minute", "address:tip", request.client.host)
        return {"size": len(await request.body())}

    @app.post("/api/v1/private/echo")
    async def private(request: Request) -> dict:
        return {"size": len(await request.body())}

    app.add_middleware(PublicEdge, max_body=100, cors_origins=origins or [])
    return app


def _client(app, address="192.0.2.1") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 1)), base_url="http://t")


async def test_a_burst_gets_429_problem_json_with_retry_after_per_address():
    app = _app()
    async with _client(app) as c:
        codes = [(await c.post("/api/v1/public/echo")).status_code for _ in range(5)]
        r = await c.post("/api/v1/public/echo")
    assert codes == [200, 200, 200, 429, 429]
    assert r.headers["content-type"] == "application/problem+json" and r.json()["code"] == "rate_limited"
    assert 1 <= int(r.headers["retry-after"]) <= 60
    async with _client(app, "192.0.2.2") as other:  # another address has its own count
        assert (await other.post("/api/v1/public/echo")).status_code == 200


async def test_public_bodies_are_limited_before_parsing_other_paths_are_not():
    app = _app()
    async with _client(app) as c:
        r = await c.post("/api/v1/public/echo", content=b"x" * 101)
        assert r.status_code == 413 and r.json()["code"] == "payload_too_large"

        async def chunks():
            for _ in range(5):
                yield b"x" * 30
        r = await c.post("/api/v1/public/echo", content=chunks())  # no Content-Length: counted as it arrives
        assert r.status_code == 413
        assert (await c.post("/api/v1/private/echo", content=b"x" * 500)).json() == {"size": 500}


async def test_cors_answers_for_the_configured_public_site_only():
    app = _app(["https://court.example.cn"])
    async with _client(app) as c:
        pre = await c.options("/api/v1/public/echo", headers={
            "Origin": "https://court.example.cn", "Access-Control-Request-Method": "POST"})
        assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "https://court.example.cn"
        other = await c.options("/api/v1/public/echo", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in other.headers
        private = await c.post("/api/v1/private/echo", headers={"Origin": "https://court.example.cn"})
        assert "access-control-allow-origin" not in private.headers
