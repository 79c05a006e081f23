"""One trace across services (issue 10): asset_core's POST registers a case; its server span's context is the
outbox row's `traceparent`; the relay publishes the row in a child producer span; dispatch's consumer handles the
record in a consumer span whose parent is that traceparent, and the projection's database statements nest in it.
Spans go to the SDK's in-memory exporter; the services run in a world of their own, built while tracing is on."""
import json
import logging
import uuid

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from services.asset_core.app import create_app as asset_core_app
from services.asset_core.settings import AssetCoreSettings
from services.dispatch.app import create_app as dispatch_app
from shared import logs, tracing
from shared.contracts import asset_core as asset_core_contract
from tests.integration.conftest import _client
from tests.support import RUN_ID, World, auth, case_body, wait_for

REGISTERED = "cn.court.asset-core.case.registered.v1"
PERSON = {"kind": "person", "name": "王某", "id_number": "11010519491231002X", "phone": "13812345678"}


@pytest.fixture(scope="module")
async def traced_world(infra):
    w = World(f"tr{RUN_ID}", ["asset_core", "dispatch"])
    await w.create()
    yield w
    await w.destroy()


def _hex(n: int, width: int) -> str:
    return f"{n:0{width}x}"


async def test_a_consumer_span_continues_the_producing_request_s_trace(traced_world):
    exporter = InMemorySpanExporter()
    with tracing.capture(exporter):
        core_settings = AssetCoreSettings(**traced_world.settings("asset_core").model_dump(),
                                          sweep_interval_seconds=3600)
        async for core in _client(asset_core_app(core_settings)):
            async for dispatch in _client(dispatch_app(traced_world.settings("dispatch"))):
                created = await core.post("/api/v1/cases", json=case_body(respondents=[PERSON]), headers=auth())
                assert created.status_code == 201, created.text
                case = created.json()

                async def projected():
                    return (await dispatch.get(f"/api/v1/cases/{case['id']}", headers=auth())).status_code == 200
                await wait_for(projected, timeout=60, what="the case in dispatch's projection")

                db = await traced_world.connect("asset_core")
                try:
                    envelope = await db.fetchval(
                        "select envelope from outbox where event_type = $1 and envelope->>'caseid' = $2",
                        REGISTERED, case["id"])
                finally:
                    await db.close()
                event = json.loads(envelope)

                def consumer_span():
                    return next((s for s in exporter.get_finished_spans() if s.kind == SpanKind.CONSUMER
                                 and s.attributes.get("service") == "dispatch"
                                 and s.attributes.get("messaging.message.id") == event["id"]), None)

                async def consumed():
                    return consumer_span()
                consumer = await wait_for(consumed, timeout=30, what="dispatch's consumer span")
    assert not tracing.ON  # off again after the block
    # Database statements outside any trace (pings, connection set-up, polling) make no traces of their own.
    assert not [s for s in exporter.get_finished_spans() if s.parent is None and s.kind == SpanKind.CLIENT]

    # The envelope carries the W3C traceparent of asset_core's server span for the POST.
    version, trace_hex, parent_hex, flags = event["traceparent"].split("-")
    assert version == "00" and int(flags, 16) & 1 and len(trace_hex) == 32 and len(parent_hex) == 16
    spans = exporter.get_finished_spans()
    server = [s for s in spans if s.kind == SpanKind.SERVER and _hex(s.context.span_id, 16) == parent_hex]
    assert len(server) == 1
    assert server[0].attributes.get("service") == "asset_core"
    assert server[0].attributes.get("http.route") == "/api/v1/cases"
    assert _hex(server[0].context.trace_id, 32) == trace_hex

    # dispatch's consumer span: same trace as the producing request, child of its span.
    assert _hex(consumer.context.trace_id, 32) == trace_hex
    assert consumer.parent is not None and _hex(consumer.parent.span_id, 16) == parent_hex
    assert consumer.attributes["messaging.destination.name"] == traced_world.prefix + asset_core_contract.TOPIC
    assert consumer.attributes["cloudevents.event_type"] == REGISTERED

    # The relay's producer span for the row and the projection's database statements are in the same trace.
    producer = [s for s in spans if s.kind == SpanKind.PRODUCER and s.attributes.get("messaging.message.id") == event["id"]]
    assert len(producer) == 1 and _hex(producer[0].context.trace_id, 32) == trace_hex
    assert producer[0].parent is not None and _hex(producer[0].parent.span_id, 16) == parent_hex
    db_spans = [s for s in spans if s.kind == SpanKind.CLIENT and s.parent is not None
                and s.parent.span_id == consumer.context.span_id]
    assert db_spans, "the consumer's database statements nest in its span"
    assert all(s.context.trace_id == consumer.context.trace_id for s in db_spans)
    # The POST's own statements nest in the server span: its commit message, one span without the message's text.
    commits = [s for s in spans if s.kind == SpanKind.CLIENT and s.parent is not None
               and s.parent.span_id == server[0].context.span_id]
    assert [s.name for s in commits] == ["COMMIT"] and commits[0].attributes["db.statement_count"] > 3
    # No span carries the party's 身份证号 or phone (the commit message's rows are literals; docs/adr/0022).
    for s in spans:
        text = json.dumps({k: str(v) for k, v in (s.attributes or {}).items()}, ensure_ascii=False)
        assert PERSON["id_number"] not in text and PERSON["phone"] not in text, s.name


async def test_tracing_is_off_by_default_and_logs_carry_the_trace_id_inside_a_span():
    assert not tracing.ON and tracing.current_traceparent() is None and tracing.trace_id() is None
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "hello", None, None)
    logs._RequestIdFilter("suite").filter(record)
    assert not hasattr(record, "trace_id")  # no span, no field

    exporter = InMemorySpanExporter()
    with tracing.capture(exporter):
        with tracing.consumer_span("suite", "g", "t", 0, 1, str(uuid.uuid4()), "x.v1",
                                   "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"):
            record = logging.LogRecord("t", logging.INFO, __file__, 1, "hello", None, None)
            logs._RequestIdFilter("suite").filter(record)
            assert record.trace_id == "0af7651916cd43dd8448eb211c80319c"
            assert tracing.current_traceparent().startswith("00-0af7651916cd43dd8448eb211c80319c-")
    (span,) = exporter.get_finished_spans()
    assert _hex(span.parent.span_id, 16) == "b7ad6b7169203331"
