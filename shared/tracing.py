"""OpenTelemetry traces across HTTP and Kafka (issue 10). Off unless asked for.

On when `OTEL_EXPORTER_OTLP_ENDPOINT` (setting `otel_exporter_otlp_endpoint`) is set — spans go over OTLP/HTTP in
batches — or when a test calls `capture(exporter)` (e.g. the SDK's `InMemorySpanExporter`). One tracer provider per
process (OpenTelemetry allows one), named after the first service configured; every span also carries the
`service` attribute, since the integration tests run several services in one process.

What is traced when on:
- HTTP: a server span per request (FastAPI instrumentation; /healthz, /readyz, /metrics excluded).
- Outbox: `current_traceparent()` is what a use case's `emit` stores in the envelope's `traceparent` (W3C
  `00-<trace id>-<span id>-<flags>`); the relay opens a producer span per row, child of that traceparent.
- Consumer: a consumer span per record whose parent is the envelope's traceparent (`consumer_span`), so POST →
  outbox → Kafka → consumer → database is one trace across services.
- Database: asyncpg instrumentation, children of whatever span is current. A statement outside any trace (pool
  pings, connection set-up, a sweep's polling) is not sampled; the relay's and the consumer loop's own polling
  and batch commits run with instrumentation suppressed (`quiet()`), so they cost nothing either. The commit
  message (shared/audit.py) is one `COMMIT` span without its text (`commit_message`): its rows are literals.
- Logs: `trace_id()` for the JSON log records.

When off, every hook is one module-level flag test (`ON`) and nothing else: no provider, no spans, no context
objects, and the database driver is not wrapped."""
from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any, Iterator

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

if TYPE_CHECKING:  # the SDK is imported only when tracing is switched on
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter

log = logging.getLogger(__name__)

ON = False  # the hot paths' only check when tracing is off
_provider: "TracerProvider | None" = None
_fanout: Any = None  # the provider's span processor: OTLP batches and/or the tests' exporters
_tracer: trace.Tracer | None = None
_asyncpg_instrumented = False
_propagator = TraceContextTextMapPropagator()
_EXCLUDED_URLS = "/healthz,/readyz,/metrics"


def _install(service: str) -> None:
    """Create the process's tracer provider once (with the fan-out processor) and wrap asyncpg."""
    global _provider, _fanout, _tracer, ON
    if _provider is None:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import SpanProcessor, TracerProvider

        class _Fanout(SpanProcessor):
            """Forwards ended spans to processors that can be added and removed (tests come and go)."""

            def __init__(self) -> None:
                self.processors: list[SpanProcessor] = []

            def on_start(self, span, parent_context=None) -> None:
                for p in list(self.processors):
                    p.on_start(span, parent_context=parent_context)

            def on_end(self, span) -> None:
                for p in list(self.processors):
                    p.on_end(span)

            def shutdown(self) -> None:
                for p in list(self.processors):
                    p.shutdown()

            def force_flush(self, timeout_millis: int = 30000) -> bool:
                return all(p.force_flush(timeout_millis) for p in list(self.processors))

        from opentelemetry.sdk.trace.sampling import ALWAYS_ON, Decision, ParentBased, Sampler, SamplingResult

        class _NoOrphanClients(Sampler):
            """Roots: a database statement outside any trace (pool pings, connection set-up, a sweep's polling)
            is not worth a trace of its own; everything else is sampled."""

            def should_sample(self, parent_context, trace_id, name, kind=None, attributes=None, links=None,
                              trace_state=None) -> SamplingResult:
                if kind == SpanKind.CLIENT:
                    return SamplingResult(Decision.DROP)
                return ALWAYS_ON.should_sample(parent_context, trace_id, name, kind, attributes, links, trace_state)

            def get_description(self) -> str:
                return "NoOrphanClients"

        _provider = TracerProvider(resource=Resource.create({"service.name": service}),
                                   sampler=ParentBased(root=_NoOrphanClients()))
        _fanout = _Fanout()
        _provider.add_span_processor(_fanout)
        _tracer = _provider.get_tracer("enforcement-suite")
    _instrument_asyncpg(True)
    ON = True


def _instrument_asyncpg(on: bool) -> None:
    global _asyncpg_instrumented
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    if on and not _asyncpg_instrumented:
        AsyncPGInstrumentor().instrument(tracer_provider=_provider)
        _asyncpg_instrumented = True
    elif not on and _asyncpg_instrumented:
        AsyncPGInstrumentor().uninstrument()
        _asyncpg_instrumented = False


_otlp_endpoints: set[str] = set()


def configure(settings) -> None:
    """Called by `build_app`: switch tracing on when the settings name an OTLP endpoint."""
    endpoint = getattr(settings, "otel_exporter_otlp_endpoint", None)
    if not endpoint:
        return
    _install(settings.otel_service_name or settings.service_name)
    if endpoint in _otlp_endpoints:
        return
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    url = endpoint.rstrip("/") + ("" if endpoint.rstrip("/").endswith("/v1/traces") else "/v1/traces")
    _fanout.processors.append(BatchSpanProcessor(OTLPSpanExporter(endpoint=url)))
    _otlp_endpoints.add(endpoint)
    log.info("tracing on: OTLP to %s", url)


@contextlib.contextmanager
def capture(exporter: "SpanExporter", service: str = "suite") -> Iterator["SpanExporter"]:
    """Tests: send every span to `exporter` (synchronously) while the block runs. Apps built inside the block get
    HTTP server spans; tracing goes off again afterwards unless an OTLP endpoint keeps it on."""
    global ON
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    _install(service)
    processor = SimpleSpanProcessor(exporter)
    _fanout.processors.append(processor)
    try:
        yield exporter
    finally:
        _fanout.processors.remove(processor)
        if not _fanout.processors:
            ON = False
            _instrument_asyncpg(False)


def instrument_app(app, service: str) -> None:
    """HTTP server spans for this app when tracing is on at build time."""
    if not ON:
        return
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    def hook(span, scope) -> None:
        if span is not None and span.is_recording():
            span.set_attribute("service", service)
    FastAPIInstrumentor.instrument_app(app, tracer_provider=_provider, excluded_urls=_EXCLUDED_URLS,
                                       server_request_hook=hook, exclude_spans=["receive", "send"])


def current_traceparent() -> str | None:
    """The W3C traceparent of the current span (None when off or outside a span)."""
    if not ON:
        return None
    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None
    return f"00-{ctx.trace_id:032x}-{ctx.span_id:016x}-{int(ctx.trace_flags):02x}"


def trace_id() -> str | None:
    if not ON:
        return None
    ctx = trace.get_current_span().get_span_context()
    return f"{ctx.trace_id:032x}" if ctx.is_valid else None


def _parent(traceparent: str | None) -> otel_context.Context:
    """A fresh context (no suppression flag inherited) whose parent is the traceparent, if any."""
    base = otel_context.Context()
    if not traceparent:
        return base
    return _propagator.extract({"traceparent": traceparent}, context=base)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Suppress instrumentation (the database driver's spans) in this task: polling loops and batch commits."""
    if not ON:
        yield
        return
    from opentelemetry.instrumentation.utils import suppress_instrumentation
    with suppress_instrumentation():
        yield


@contextlib.contextmanager
def commit_message(sql: str) -> Iterator[None]:
    """The commit message (shared/audit.py) as one database span without its text: its rows travel as literals
    (names, 身份证号, phones; a statement's parameters would never be recorded), so the driver's own span, which
    would carry the text as `db.statement`, is suppressed. Cheap no-op when tracing is off."""
    if not ON:
        yield
        return
    from opentelemetry.instrumentation.utils import suppress_instrumentation
    with _tracer.start_as_current_span("COMMIT", kind=SpanKind.CLIENT, attributes={
            "db.system": "postgresql", "db.operation": "COMMIT", "db.statement_count": sql.count(";\n") + 1}):
        with suppress_instrumentation():
            yield


@contextlib.contextmanager
def consumer_span(service: str, group: str, topic: str, partition: int, offset: int, event_id: str,
                  event_type: str, traceparent: str | None) -> Iterator[None]:
    """A consumer span per record, child of the producing request's span; the handler's database spans nest in
    it. Cheap no-op when tracing is off."""
    if not ON:
        yield
        return
    parent = _parent(traceparent)
    span = _tracer.start_span(f"{topic} process", context=parent, kind=SpanKind.CONSUMER, attributes={
        "service": service, "messaging.system": "kafka", "messaging.operation.type": "process",
        "messaging.destination.name": topic, "messaging.consumer.group.name": group,
        "messaging.destination.partition.id": str(partition), "messaging.kafka.offset": offset,
        "messaging.message.id": event_id, "cloudevents.event_type": event_type})
    token = otel_context.attach(trace.set_span_in_context(span, parent))  # un-suppressed: handler's queries show
    try:
        yield
    except BaseException as exc:
        span.record_exception(exc)
        span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
        raise
    finally:
        otel_context.detach(token)
        span.end()


def producer_span(service: str, topic: str, event_id: str, event_type: str, traceparent: str | None):
    """The relay's publish span for one outbox row (ended by the caller once the send is handed to the client);
    None when off."""
    if not ON:
        return None
    return _tracer.start_span(f"{topic} publish", context=_parent(traceparent), kind=SpanKind.PRODUCER, attributes={
        "service": service, "messaging.system": "kafka", "messaging.operation.type": "publish",
        "messaging.destination.name": topic, "messaging.message.id": event_id, "cloudevents.event_type": event_type})
