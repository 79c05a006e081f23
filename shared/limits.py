"""Limits at the edge, for every service.

- `BodySizeLimitMiddleware`: request body size, before any parsing and before authentication (pure ASGI): a
  declared `Content-Length` over the limit is refused at once; a chunked body is counted as it arrives and refused
  when it passes the limit. Both answer 413 problem+json; nothing of the body is parsed. With `path_prefix`, only
  paths under it (e.g. a smaller limit for public endpoints).
- `RateLimiter`: moving-window rate limits with the `limits` library, in this process's memory (each replica
  counts on its own; a restart forgets): `check(rates, scope, key)` raises a 429 problem with `Retry-After`."""
from __future__ import annotations

import json
import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter

from shared.errors import Problem
from shared.logs import request_id_var


class _TooLarge(BaseException):  # not an Exception: the framework must not turn it into a 400
    pass


def _problem(limit: int) -> bytes:
    body = {"type": "https://errors.enforcement-suite.cn/payload_too_large", "title": "请求内容过大 (payload too large)",
            "status": 413, "code": "payload_too_large", "detail": f"the request body is over {limit} bytes",
            "limit_bytes": limit}
    rid = request_id_var.get()
    if rid:
        body["request_id"] = rid
    return json.dumps(body, ensure_ascii=False).encode()


class BodySizeLimitMiddleware:
    def __init__(self, app, max_body_bytes: int, path_prefix: str | None = None) -> None:
        self.app = app
        self.limit = max_body_bytes
        self.prefix = path_prefix

    async def _refuse(self, send) -> None:
        body = _problem(self.limit)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/problem+json"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or (self.prefix and not scope.get("path", "").startswith(self.prefix)):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    return await self._refuse(send)
        seen = 0
        started = False

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracked_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)


@lru_cache(maxsize=32)
def _items(rates: str) -> tuple[RateLimitItem, ...]:
    return tuple(parse_many(rates))


class RateLimiter:
    """Moving-window limits, per process. `check("5/minute;30/hour", scope, key)` raises a 429 Problem when over."""

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
