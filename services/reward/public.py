"""What the public endpoints (no token) need besides their routes: rate limits with the `limits` library
(per client address and per receipt; 429 problem+json with Retry-After), a small body limit and CORS for the
court's public site — both only on `/api/v1/public/…`.

The counters live in the process's memory (`limits` MemoryStorage): each replica counts on its own and a restart
forgets; a deployment with several replicas puts a shared limiter (or a Redis storage) in front. The client
address is the connection's peer; behind a reverse proxy run uvicorn with `--proxy-headers
--forwarded-allow-ips=<proxy>` so it is the caller's."""
from __future__ import annotations

import json
import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter
from starlette.middleware.cors import CORSMiddleware

from shared.errors import Problem
from shared.logs import request_id_var

PUBLIC_PREFIX = "/api/v1/public"


@lru_cache(maxsize=32)
def _items(rates: str) -> tuple[RateLimitItem, ...]:
    return tuple(parse_many(rates))


class PublicLimiter:
    """Moving-window limits, per process. `check(rates, scope, key)` raises a 429 Problem when over."""

    def __init__(self) -> None:
        self._limiter: MovingWindowRateLimiter | None = None

    def _get(self) -> MovingWindowRateLimiter:
        if self._limiter is None:  # created in the running loop (the storage keeps an expiry task)
            self._limiter = MovingWindowRateLimiter(MemoryStorage())
        return self._limiter

    async def check(self, rates: str, scope: str, key: str) -> None:
        limiter = self._get()
        for item in _items(rates):
            if not await limiter.hit(item, scope, key):
                stats = await limiter.get_window_stats(item, scope, key)
                retry = max(1, math.ceil(stats.reset_time - time.time()))
                raise Problem(429, "rate_limited", "请求过于频繁，请稍后再试 (too many requests)",
                              f"limit {item} per {scope.split(':')[0]}; retry after {retry}s",
                              headers={"Retry-After": str(retry)}, retry_after_seconds=retry)


class PublicEdge:
    """Pure ASGI, in front of the app: on public paths a body over `max_body` bytes gets 413 before parsing (a
    declared Content-Length at once; a chunked body when it passes the limit), and CORS answers for the configured
    origins. Other paths pass through untouched."""

    def __init__(self, app, max_body: int, cors_origins: list[str]) -> None:
        self.app = app
        self.max_body = max_body
        self.cors = CORSMiddleware(app, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                                   allow_headers=["Content-Type", "Idempotency-Key"], max_age=600) \
            if cors_origins else app

    async def _refuse(self, send) -> None:
        body = {"type": "https://errors.enforcement-suite.cn/payload_too_large", "status": 413,
                "title": "请求内容过大 (payload too large)", "code": "payload_too_large",
                "detail": f"a public request body has at most {self.max_body} bytes", "limit_bytes": self.max_body}
        if request_id_var.get():
            body["request_id"] = request_id_var.get()
        raw = json.dumps(body, ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/problem+json"), (b"content-length", str(len(raw)).encode())]})
        await send({"type": "http.response.body", "body": raw})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").startswith(PUBLIC_PREFIX):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body:
                return await self._refuse(send)
        seen, started = 0, False

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge()
            return message

        async def tracked(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.cors(scope, counted, tracked)
        except _TooLarge:
            if not started:
                await self._refuse(send)


class _TooLarge(BaseException):  # not an Exception: the framework must not turn it into a 400 or a 500
    pass
