"""JSON logs carrying the request id and, when tracing is on, the trace id; the request-id and latency middleware."""
from __future__ import annotations

import contextvars
import logging
import sys
import time
import uuid

from pythonjsonlogger.json import JsonFormatter

from shared import metrics, tracing

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


class _RequestIdFilter(logging.Filter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.service = self.service
        if tracing.ON:  # an extra field of the JSON record, there only when the record is inside a span
            tid = tracing.trace_id()
            if tid:
                record.trace_id = tid
        return True


class RepeatFilter(logging.Filter):
    """Under an outage the same warning repeats thousands of times (every relay poll, every consumer retry, every
    aiokafka reconnect). The first record of a kind (logger, level, message template) is written; the same kind
    within `window` seconds after it is counted, not written; the first one after the window is written with the
    count of those suppressed ("… [1,203 similar suppressed in 30 s]"). Below WARNING nothing is filtered."""

    def __init__(self, window: float = 30.0, clock=time.monotonic) -> None:
        super().__init__()
        self.window = window
        self.clock = clock
        self._kinds: dict[tuple[str, int, str], list[float | int]] = {}  # kind → [written at, suppressed]

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        kind = (record.name, record.levelno, str(record.msg))
        now = self.clock()
        seen = self._kinds.get(kind)
        if seen is not None and now - seen[0] < self.window:
            seen[1] += 1
            return False
        if seen is not None and seen[1]:
            record.msg = f"{record.msg} [{seen[1]:,} similar suppressed in {now - seen[0]:.0f} s]"
        self._kinds[kind] = [now, 0]
        if len(self._kinds) > 10_000:  # bounded: forget the oldest kinds
            for k in sorted(self._kinds, key=lambda k: self._kinds[k][0])[:5_000]:
                del self._kinds[k]
        return True


def configure(service: str, level: str = "INFO", json_logs: bool = True, repeat_window: float = 30.0) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RepeatFilter(repeat_window))
    handler.addFilter(_RequestIdFilter(service))
    if json_logs:
        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s %(service)s %(request_id)s",
                                           rename_fields={"asctime": "time", "levelname": "level"}))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(service)s %(name)s [%(request_id)s] %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, root.level))


class RequestContextMiddleware:
    """Pure ASGI: assigns X-Request-ID (or keeps the caller's), records latency by route template."""

    def __init__(self, app, service: str) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = None
        for name, value in scope.get("headers", []):
            if name == b"x-request-id":
                rid = value.decode("latin-1")[:100]
                break
        rid = rid or uuid.uuid4().hex
        token = request_id_var.set(rid)
        status = {"code": 500}
        start = time.perf_counter()

        async def _send(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, _send)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None) or "unmatched"
            metrics.HTTP_LATENCY.labels(self.service, scope["method"], path, str(status["code"])).observe(
                time.perf_counter() - start)
            request_id_var.reset(token)
