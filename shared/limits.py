"""Request body size limit, before any parsing and before authentication (pure ASGI): a declared
`Content-Length` over the limit is refused at once; a chunked body is counted as it arrives and refused when it
passes the limit. Both answer 413 problem+json; nothing of the body is parsed."""
from __future__ import annotations

import json

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
    def __init__(self, app, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def _refuse(self, send) -> None:
        body = _problem(self.limit)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/problem+json"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
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
