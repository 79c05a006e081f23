"""`Idempotency-Key` on POST: the first response is stored with the state change, in its transaction;
a retry with the same key and body gets that response again (header `Idempotent-Replayed: true`); the
same key with another body is refused (422). The key is written by the commit (no round trip of its own): a
concurrent retry's commit waits on the first attempt's key until that one commits, then rolls back and replays it
(docs/adr/0020). Failed requests store nothing, so they may be retried."""
from __future__ import annotations

import functools
import hashlib
import json
from urllib.parse import quote
from typing import Any, Awaitable, Callable

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import audit
from shared.auth import Principal
from shared.db import PlatformTables
from shared.errors import Problem
from shared.legal import DomainError
from shared.logs import request_id_var

# (status, JSON body as UTF-8 bytes, headers), the body already serialised through the route's response model
Action = Callable[[AsyncSession], Awaitable[tuple[int, bytes, dict[str, str] | None]]]


@functools.lru_cache(maxsize=None)
def _adapter(model: Any) -> TypeAdapter:
    return TypeAdapter(model)


class _Fields:
    """A validated response model read by field name, as `location` reads it (`body["id"]`)."""
    __slots__ = ("model",)

    def __init__(self, model: Any) -> None:
        self.model = model

    def __getitem__(self, field: str) -> Any:
        return getattr(self.model, field)


def route_serializer(request: Request) -> Callable[[Any], tuple[bytes, _Fields]]:
    """The route's declared `response_model` as a JSON serialiser (to UTF-8 bytes, once: the reply, and the stored
    reply its replay answers), with the validated model: what a POST answers, what its replay answers and what
    `/openapi.json` says are one and the same. A route without a response model is refused."""
    route = request.scope.get("route")
    model = getattr(route, "response_model", None)
    if model is None:
        raise RuntimeError(f"route {getattr(route, 'path', '?')} declares no response_model")
    adapter = _adapter(model)

    def serialize(result: Any) -> tuple[bytes, _Fields]:
        validated = adapter.validate_python(result, from_attributes=True)
        return adapter.dump_json(validated, by_alias=True), _Fields(validated)
    return serialize


# The key and its reply, written by the commit message (shared/audit.py at_commit, docs/adr/0018, 0020): no round trip
# of its own. A plain insert: when the key is already taken the commit fails on the key's primary key, and the
# transaction with everything the retry did rolls back (a concurrent first attempt's uncommitted key makes it wait for
# that one's COMMIT first).
_STORE = ("insert into {table} (scope, key, request_hash, status_code, response_body, response_headers) "
          "select s.r->>'scope', s.r->>'key', decode(s.r->>'hash', 'hex'), (s.r->>'status')::int, s.r->'body', "
          "s.r->'headers' from jsonb_array_elements({{rows}}::jsonb) as s(r)")


def _request_hash(method: str, path: str, body: Any) -> bytes:
    """The request as its validated body says it: a request model in its fields' order (the same request, however
    its JSON was spelt, hashes the same), anything else canonical JSON."""
    canonical = (body.model_dump_json() if isinstance(body, BaseModel) else
                 json.dumps(jsonable_encoder(body), sort_keys=True, ensure_ascii=False, separators=(",", ":")))
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).digest()


def _reply(status: int, body: bytes, headers: dict[str, str] | None) -> Response:
    return Response(body, status_code=status, headers=headers, media_type="application/json")


def _key_taken(exc: IntegrityError, table: str) -> bool:
    cause = exc.orig.__cause__ if exc.orig is not None else None  # the driver's error under the DB-API one
    return getattr(cause, "constraint_name", None) == f"pk_{table}"


async def _stored(sessions: async_sessionmaker[AsyncSession], t: Any, scope: str, key: str,
                  digest: bytes) -> JSONResponse | None:
    """The reply stored under the key (replayed), a 422 when the key was stored for another request, None without."""
    async with sessions() as session:
        row = (await session.execute(select(t.c.request_hash, t.c.status_code, t.c.response_body,
                                            t.c.response_headers).where(t.c.scope == scope, t.c.key == key))).first()
    if row is None:
        return None
    if row.request_hash != digest:
        raise Problem(422, "idempotency_key_reused", "Idempotency-Key 已用于另一请求",
                      "this Idempotency-Key was used with a different request body")
    headers = dict(row.response_headers or {})
    headers["Idempotent-Replayed"] = "true"
    return JSONResponse(row.response_body, status_code=row.status_code, headers=headers)


async def run(request: Request, sessions: async_sessionmaker[AsyncSession], platform: PlatformTables,
              principal: Principal, body: Any, action: Action) -> Response:
    """Run `action` (status, body, headers) in one transaction, once per Idempotency-Key (docs/adr/0020).

    The key is taken when the transaction commits, with the reply, not claimed before the action: a first attempt
    pays no round trip for it. A retry therefore runs the action again, and then either its commit finds the key
    taken (everything it did rolls back; the stored reply is replayed), or the action itself refuses because the
    first attempt already changed the state (a case number taken, a transition made: the retry waits on the first
    attempt's row locks and unique keys until it commits) — a refusal answers the stored reply when there is one."""
    key = request.headers.get("idempotency-key")
    if key is not None and not (1 <= len(key) <= 200 and key.isprintable()):
        raise Problem(400, "invalid_idempotency_key", "Idempotency-Key 无效", "1 to 200 printable characters")
    if key is None:
        async with sessions() as session, session.begin():
            status, encoded, headers = await action(session)
        return _reply(status, encoded, headers)
    t = platform.idempotency_keys
    scope = f"{principal.org}|{principal.sub}|{request.method}|{request.url.path}"[:300]
    digest = _request_hash(request.method, request.url.path, body)
    try:
        async with sessions() as session, session.begin():
            status, encoded, headers = await action(session)
            audit.at_commit(session, _STORE.format(table=t.name), audit.row_json(
                {"scope": scope, "key": key, "hash": digest.hex(), "status": status, "headers": headers or {}},
                body=encoded.decode()))  # the reply as serialised
    except (Problem, DomainError, IntegrityError) as exc:
        # the key taken at commit, or a refusal by a retry of a request that changed the state: the stored reply
        if isinstance(exc, IntegrityError) and not _key_taken(exc, t.name):
            raise
        stored = await _stored(sessions, t, scope, key, digest)
        if stored is None:
            raise
        return stored
    return _reply(status, encoded, headers)


async def write(request: Request, sessions: async_sessionmaker[AsyncSession], platform: PlatformTables,
                principal: Principal, body: Any, make_ctx: Callable[[AsyncSession], Any],
                fn: Callable[[Any], Awaitable[Any]], status: int = 200,
                location: Callable[[Any], str] | None = None) -> Response:
    """A use case behind a POST: `fn(make_ctx(session))` returns the result, serialised through the route's
    response model (so the first reply, a replay and /openapi.json agree); one transaction, once per
    Idempotency-Key; `location(body)` gives the Location header of a created resource (`body[field]`: the validated
    response model's field)."""
    serialize = route_serializer(request)

    async def action(session: AsyncSession):
        body, fields = serialize(await fn(make_ctx(session)))
        # quoted: an id from the client must not break the header
        return status, body, ({"Location": quote(str(location(fields)), safe="/:@")} if location else None)

    return await run(request, sessions, platform, principal, body, action)


async def use_case(ctx_cls: Any, request: Request, sessions: async_sessionmaker[AsyncSession], principal: Principal,
                   body: Any, fn: Callable[[Any], Awaitable[Any]], status: int = 200,
                   location: Callable[[Any], str] | None = None) -> Response:
    """`write()` with the service's use-case context (a shared.usecase.UseCaseContext subclass) built from the
    request. A service's api.py binds it once: `write = functools.partial(idempotency.use_case, service.Ctx)`."""
    settings = request.app.state.settings
    return await write(request, sessions, ctx_cls.platform, principal, body,
                       lambda session: ctx_cls(session, settings, principal, request_id_var.get()), fn, status,
                       location)
