"""`build_app()`: what every service's `create_app()` shares — lifespan (database pool, topics, outbox
relay, consumers), errors, request ids and JSON logs, /healthz, /readyz, /metrics, the audit verifier."""
from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Awaitable, Callable

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import MetaData, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import checkpoints, errors, logs, tracing
from shared.auth import Principal, require_roles
from shared.consumer import ConsumerRunner, Subscription
from shared.contracts.partners import partner_topics
from shared.db import PlatformTables, make_engine, make_session_factory
from shared.files import BodyLimits
from shared.outbox import OutboxRelay
from shared.partner_stream import PartnerStream
from shared.settings import Settings
from shared.topics import AUDIT_CHECKPOINTS, dlq_topic, ensure_topics

log = logging.getLogger(__name__)


@dataclass
class ServiceSpec:
    name: str
    title: str
    description: str
    metadata: MetaData
    platform: PlatformTables
    routers: list[APIRouter]
    publishes: list[str] = field(default_factory=list)  # contract topic names
    subscriptions: list[Subscription] = field(default_factory=list)  # its consumers.SUBSCRIPTIONS
    # Long-running loops of the service (e.g. a deadline sweeper): fn(app) -> coroutine, cancelled on shutdown. They
    # run in the process that does the background work (PROCESS_ROLE all or worker).
    background: list[Callable[[FastAPI], Awaitable[None]]] = field(default_factory=list)
    # Loops every process that serves the HTTP API runs (PROCESS_ROLE all or api), e.g. the LISTEN that fans
    # pushes out to this process's own WebSocket clients.
    per_api_process: list[Callable[[FastAPI], Awaitable[None]]] = field(default_factory=list)
    version: str = "0.1.0"


async def get_sessions(request: Request) -> async_sessionmaker[AsyncSession]:  # async: no worker thread per request
    return request.app.state.sessions


SessionsDep = Annotated[async_sessionmaker[AsyncSession], Depends(get_sessions)]


async def _kafka_reachable(bootstrap: str, timeout: float = 1.0) -> bool:
    for server in bootstrap.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), timeout)
            writer.close()
            return True
        except (OSError, asyncio.TimeoutError, ValueError):
            continue
    return False


async def warm_routes(app: FastAPI) -> None:
    """FastAPI builds an included router's route contexts (dependencies, signatures) when a request first walks it:
    ~90 ms of a blocked process here, paid by whoever asks first — the officer's first outcome, the clerk's first
    case. A request that no route matches walks every router, so start-up sends one through the router."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": "/__warm-up__", "raw_path": b"/__warm-up__", "root_path": "", "query_string": b"",
             "headers": [], "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 0), "app": app, "state": {}}

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        pass

    with contextlib.suppress(Exception):  # the 404 itself; a warm-up never stops a start-up
        await app.router(scope, receive, send)


def build_app(spec: ServiceSpec, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings(service_name=spec.name)
    if settings.service_name != spec.name:
        settings = settings.model_copy(update={"service_name": spec.name})
    logs.configure(spec.name, settings.log_level, settings.log_json)
    tracing.configure(settings)  # on only with OTEL_EXPORTER_OTLP_ENDPOINT (or a test's tracing.capture)

    serves_api = settings.process_role in ("all", "api")
    works = settings.process_role in ("all", "worker")  # docs/adr/0017

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        checkpoints.signing_key(settings)  # production refuses the local audit key before anything starts
        engine = make_engine(settings)
        app.state.engine = engine
        app.state.sessions = make_session_factory(engine)
        work = _Background(settings, spec, app.state.sessions) if works else None
        if work is not None:
            await work.start(app)
        loops = [asyncio.create_task(fn(app), name=getattr(fn, "__name__", "loop"))
                 for fn in [*(spec.background if works else ()), *(spec.per_api_process if serves_api else ())]]
        await warm_routes(app)
        if settings.gc_freeze_at_start:
            gc.collect()
            gc.freeze()
            gc.set_threshold(settings.gc_young_threshold, *gc.get_threshold()[1:])
        try:
            yield
        finally:
            for t in loops:
                t.cancel()
            await asyncio.gather(*loops, return_exceptions=True)
            if work is not None:
                await work.stop()
            await engine.dispose()

    app = FastAPI(title=spec.title, description=spec.description, version=spec.version, lifespan=lifespan)
    app.state.settings = settings
    app.state.spec = spec
    errors.install(app)
    # the body limit (before parsing and auth); upload routes (shared.files.upload) get `file_max_bytes`
    app.add_middleware(BodyLimits, max_body_bytes=settings.max_body_bytes, routers=spec.routers, settings=settings)
    app.add_middleware(logs.RequestContextMiddleware, service=spec.name)  # outermost: request ids on every answer
    tracing.instrument_app(app, spec.name)  # HTTP server spans, when tracing is on

    @app.get("/healthz", tags=["ops"], operation_id="healthz", summary="进程存活 (process alive)")
    async def healthz() -> dict:
        return {"status": "ok", "service": spec.name}

    @app.get("/readyz", tags=["ops"], operation_id="readyz", summary="可以受理请求: 数据库可达 (ready: database reachable; Kafka reported)")
    async def readyz(request: Request):
        checks = {"database": False, "kafka": False}
        try:
            async with request.app.state.engine.connect() as conn:
                await asyncio.wait_for(conn.execute(text("select 1")), timeout=2)
            checks["database"] = True
        except Exception:
            pass
        checks["kafka"] = await _kafka_reachable(settings.kafka_bootstrap_servers)
        # Ready means "can take requests": the database is enough, since the outbox keeps accepting writes while
        # the broker is away (they are published when it is back). Kafka's state is reported, not required.
        if checks["database"]:
            return {"status": "ready", "service": spec.name, "checks": checks}
        return errors.problem_response(503, "not_ready", "数据库不可用 (database unavailable)", "database",
                                       "/readyz", {"Retry-After": str(errors.RETRY_AFTER_SECONDS)}, checks=checks)

    @app.get("/metrics", tags=["ops"], operation_id="metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    ops = APIRouter(prefix="/api/v1/audit", tags=["audit"])

    @ops.get("/verify", operation_id=f"{spec.name}_audit_verify", response_model=checkpoints.AuditVerification,
             summary="校验审计日志哈希链及其外部锚点 (verify the audit chain and its signed checkpoints)")
    async def verify_audit(sessions: SessionsDep,
                           _: Principal = require_roles("auditor", "admin")):  # the operator's auditors, not a court
        return await checkpoints.verify_anchored(settings, sessions, spec.platform)

    if serves_api:  # a worker serves only /healthz, /readyz and /metrics
        app.include_router(ops)
        for router in spec.routers:
            app.include_router(router)
    return app


class _Background:
    """A service's background work, in the process that does it: its topics, the outbox relay, the audit
    checkpointer, the consumers and the partner streams (docs/adr/0017)."""

    def __init__(self, settings: Settings, spec: ServiceSpec, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.settings, self.spec, self.sessions = settings, spec, sessions
        # masked copies for partners (docs/adr/0012), in this process beside the relay
        self.streams = ([PartnerStream(settings, spec.name)]
                        if settings.partner_streams and partner_topics(spec.name) else [])
        self.relay = OutboxRelay(settings)
        self.checkpointer = checkpoints.AuditCheckpointer(settings, sessions, spec.platform)
        self.runners = [ConsumerRunner(settings, sessions, spec.platform, s) for s in spec.subscriptions]
        self.topic_task: asyncio.Task | None = None

    def topics(self) -> list[str]:
        settings = self.settings
        topics = [settings.topic(t) for t in self.spec.publishes] + [settings.topic(AUDIT_CHECKPOINTS)]
        topics += [t for s in self.streams for t in s.targets.values()]
        for sub in self.spec.subscriptions:
            topics += [dlq_topic(settings.topic(t)) for t in sub.topics]
            topics += [settings.topic(t) for t in sub.topics]
        return topics

    async def start(self, app: FastAPI) -> None:
        self.topic_task = asyncio.create_task(_ensure_topics_forever(self.settings, self.topics()))
        self.relay.start()
        app.state.relay = self.relay
        self.checkpointer.start()  # signed audit chain heads to audit.checkpoints.v1 (the outside witness)
        app.state.checkpointer = self.checkpointer
        app.state.consumers = self.runners
        if await _kafka_reachable(self.settings.kafka_bootstrap_servers):
            try:  # consumers start on existing topics when the broker is up; otherwise they retry
                await asyncio.wait_for(asyncio.shield(self.topic_task), timeout=15)
            except asyncio.TimeoutError:
                pass
        for r in self.runners:
            r.start()
        for s in self.streams:
            s.start()
        app.state.partner_streams = self.streams

    async def stop(self) -> None:
        if self.topic_task is not None:
            self.topic_task.cancel()
        for r in self.runners:
            await r.stop()
        for s in self.streams:
            await s.stop()
        await self.checkpointer.stop()  # the last head, so rows written since the last tick are anchored too
        await self.relay.stop()


def every(interval_setting: str, job: Callable[[FastAPI], Awaitable[None]]) -> Callable[[FastAPI], Awaitable[None]]:
    """A background loop for ServiceSpec.background: run `job(app)` every `settings.<interval_setting>`
    seconds; a failure is logged and retried at the next tick."""
    async def loop(app: FastAPI) -> None:
        interval = getattr(app.state.settings, interval_setting)
        while True:
            await asyncio.sleep(interval)
            try:
                await job(app)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s failed; next try in %.0fs", job.__name__, interval)
    loop.__name__ = job.__name__
    return loop


async def _ensure_topics_forever(settings: Settings, topics: list[str]) -> None:
    delay = 0.5
    while True:
        try:
            await ensure_topics(settings, topics)
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("topics not created yet (%s); retrying in %.1fs", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10)
