"""RFC 9457 problem details (application/problem+json) with a stable machine `code`."""
from __future__ import annotations

import logging
import re
from typing import Annotated, Any

from fastapi import FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.legal import DomainError
from shared.logs import request_id_var

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    def __init__(self, status: int, code: str, title: str, detail: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail or title)
        self.status, self.code, self.title, self.detail = status, code, title, detail
        self.headers = headers
        self.extra = extra


def problem_response(status: int, code: str, title: str, detail: str | None = None, instance: str | None = None,
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": f"https://errors.enforcement-suite.cn/{code}", "title": title,
                            "status": status, "code": code}
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    rid = request_id_var.get()
    if rid:
        body["request_id"] = rid
    body.update({k: v for k, v in extra.items() if k not in body})  # an extra never replaces a problem member
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


RETRY_AFTER_SECONDS = 5
UNAVAILABLE_SQLSTATE_CLASSES = {"08"}  # connection exceptions
UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}  # admin/crash shutdown, cannot connect now, too many

_STATUS_CODES = {400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 412: "precondition_failed",
                 413: "payload_too_large", 415: "unsupported_media_type", 422: "validation_error",
                 428: "precondition_required", 429: "too_many_requests"}


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return problem_response(exc.status, exc.code, exc.title, exc.detail, request.url.path, exc.headers,
                                **exc.extra)

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError):
        # the one place a use case's refusal becomes an HTTP status (NotFound 404, Forbidden 403, Conflict 409,
        # Stale 412, Refused and plain DomainError 422); an extra named like a parameter (status=…) is not a 500
        extra = {k: v for k, v in exc.extra.items() if k not in _PARAMETERS}
        return problem_response(exc.status, exc.code, exc.message, exc.detail, request.url.path, **extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        return problem_response(422, "validation_error", "请求内容无效 (invalid request)",
                                "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)[:1000],
                                request.url.path, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        return problem_response(exc.status_code, code, str(exc.detail), None, request.url.path,
                                getattr(exc, "headers", None))

    async def _unavailable(request: Request, exc: Exception):
        log.warning("database unavailable on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__,
                    str(exc).splitlines()[0][:300] if str(exc) else "")
        return problem_response(503, "database_unavailable", "数据库暂不可用，请稍后重试 (database unavailable)",
                                "the service's database cannot be reached; nothing was written", request.url.path,
                                {"Retry-After": str(RETRY_AFTER_SECONDS)})

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError):
        # SQLSTATE class 22 (data exception: NUL bytes in text, numbers or dates out of range, …) comes from
        # what the client sent; the transaction has rolled back, so nothing was written.
        state = getattr(exc.orig, "sqlstate", None) or ""
        if exc.connection_invalidated or state[:2] in UNAVAILABLE_SQLSTATE_CLASSES or state in UNAVAILABLE_SQLSTATES:
            return await _unavailable(request, exc)
        if state.startswith("22"):
            return problem_response(422, "invalid_value", "数据无效 (value not storable)",
                                    f"a value cannot be stored: {str(exc.orig).splitlines()[0][:300]}",
                                    request.url.path)
        return await _unexpected(request, exc)

    # No connection at all: refused, reset, timed out, or the pool has none to give.
    for unreachable in (OSError, PoolTimeout, TimeoutError):
        app.add_exception_handler(unreachable, _unavailable)

    @app.exception_handler(UnicodeEncodeError)
    async def _encoding(request: Request, exc: UnicodeEncodeError):  # lone surrogates from \ud800-style escapes
        return problem_response(422, "invalid_characters", "包含无效字符 (invalid characters)",
                                "text contains characters that are not valid Unicode", request.url.path)

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError):  # date or number arithmetic past its range
        return problem_response(422, "value_out_of_range", "数值或日期超出范围 (value out of range)", str(exc)[:300],
                                request.url.path)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "internal_error", "内部错误 (internal error)", None, request.url.path)

    app.add_middleware(UnexpectedErrorMiddleware, handler=_unexpected)


_PARAMETERS = {"status", "code", "title", "detail", "instance", "headers"}


class UnexpectedErrorMiddleware:
    """Pure ASGI, inside the app's own middleware: an exception no handler maps becomes the 500 problem here and
    is not raised further. Starlette's outermost ServerErrorMiddleware would answer it too but then re-raise it,
    and uvicorn closes the connection of a request whose application raised after answering — so the client's
    next request on that keep-alive connection would fail. Here the connection stays open."""

    def __init__(self, app, handler) -> None:
        self.app, self.handler = app, handler

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracked(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:
            if started:  # the answer is half sent: nothing sound can follow it on this connection
                raise
            response = await self.handler(Request(scope), exc)
            await response(scope, receive, send)


# Documented error responses for routers (`APIRouter(..., responses=PROBLEM_RESPONSES)`).
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    r: {"description": d, "content": {PROBLEM_JSON: {}}} for r, d in
    {400: "bad request", 401: "unauthenticated", 403: "forbidden", 404: "not found", 409: "conflict",
     412: "stale version (If-Match)", 422: "invalid input or refused by a legal rule"}.items()}

IfMatch = Annotated[str | None, Header(description="the resource's version; a stale one gets 412")]


def parse_if_match(value: str | None) -> int | None:
    """Optimistic concurrency: `If-Match: "3"` (or 3, W/"3") → 3; absent → None."""
    if value is None:
        return None
    m = re.fullmatch(r'\s*(?:W/)?"?(\d{1,9})"?\s*', value)
    if not m:
        raise Problem(400, "invalid_if_match", "If-Match 无效", 'If-Match must be the version number, e.g. "3"')
    return int(m.group(1))
