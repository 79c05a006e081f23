"""What the public endpoints (no token) need besides their routes: rate limits with the `limits` library
(per client address and per receipt; 429 problem+json with Retry-After), a small body limit and CORS for the
court's public site — both only on `/api/v1/public/…` (a tip's file upload has its own, larger body limit).

The counters live in the process's memory (`limits` MemoryStorage): each replica counts on its own and a restart
forgets; a deployment with several replicas puts a shared limiter (or a Redis storage) in front. The client
address is the connection's peer; behind a reverse proxy run uvicorn with `--proxy-headers
--forwarded-allow-ips=<proxy>` so it is the caller's."""
from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware

from shared import files
from shared.limits import BodySizeLimitMiddleware, RateLimiter

PUBLIC_PREFIX = "/api/v1/public"
PublicLimiter = RateLimiter  # the shared moving-window limiter (per process)


class PublicEdge:
    """Pure ASGI, in front of the app: on public paths a body over `max_body` bytes gets 413 before parsing (the
    shared body limit, scoped to `/api/v1/public/…`), and CORS answers for the configured origins there. Other
    paths pass through untouched."""

    def __init__(self, app, max_body: int, cors_origins: list[str]) -> None:
        self.app = app
        inner = CORSMiddleware(app, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                               allow_headers=["Content-Type", "Idempotency-Key"], max_age=600) \
            if cors_origins else app
        self.public = BodySizeLimitMiddleware(inner, max_body, path_prefix=PUBLIC_PREFIX)
        self.inner = inner
        from services.reward import api  # its upload routes (a tip's files) keep their own limit, file_max_bytes
        self.uploads = files.upload_routes(api.routers)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").startswith(PUBLIC_PREFIX):
            return await self.app(scope, receive, send)
        if files.is_upload(self.uploads, scope):  # CORS here; shared.files.BodyLimits (inside) limits the body
            return await self.inner(scope, receive, send)
        await self.public(scope, receive, send)
