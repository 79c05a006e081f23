"""Kafka stopped while writes continue: the API keeps accepting them, and after the broker is back every
event is delivered exactly once to the topic and to dispatch's projection."""
import logging
import uuid

from aiokafka import AIOKafkaConsumer

from shared import logs
from shared.app import _kafka_reachable
from shared.kafka import client_options
from tests.support import auth, case_body, infra, wait_for


class Counting(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.warnings = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.warnings += 1


async def test_writes_during_a_broker_outage_are_delivered_once_after_it(asset_core, dispatch, asset_db, dispatch_db, world):
    bootstrap = world.base.kafka_bootstrap_servers
    # What the services' log handler (shared.logs.configure) would write during the outage: its repeat filter
    # on a counting handler (issue 15: a 30 s outage used to write about 14,000 warning lines).
    written, suppressed = Counting(), logs.RepeatFilter(window=30)
    written.addFilter(suppressed)
    logging.getLogger().addHandler(written)
    infra("kafka-stop")
    try:
        assert not await _kafka_reachable(bootstrap), "the broker must really be down (project-managed Kafka)"
        r = await asset_core.get("/readyz")
        # ready all the same: the outbox keeps taking writes (readiness is database-only, issue 10)
        assert r.status_code == 200 and r.json()["checks"] == {"database": True, "kafka": False}
        ids = []
        for _ in range(30):
            r = await asset_core.post("/api/v1/cases", json=case_body(),
                                      headers={**auth(), "Idempotency-Key": str(uuid.uuid4())})
            assert r.status_code == 201, r.text
            ids.append(r.json()["id"])
        unpublished = await asset_db.fetchval(
            "select count(*) from outbox where key = any($1::text[]) and published_at is null", ids)
        assert unpublished == 30
    finally:
        infra("kafka-start")
        logging.getLogger().removeHandler(written)
    assert written.warnings <= 40, f"{written.warnings} warning lines written during the outage"

    async def all_projected():
        return await dispatch_db.fetchval("select count(*) from case_projection where case_id = any($1::uuid[])",
                                          [uuid.UUID(i) for i in ids]) == 30
    await wait_for(all_projected, timeout=180, interval=0.25, what="all 30 cases in dispatch's projection")
    assert await asset_db.fetchval(
        "select count(*) from outbox where key = any($1::text[]) and published_at is null", ids) == 0

    # The topic itself holds each event once: no duplicates from the relay's retries.
    consumer = AIOKafkaConsumer(world.settings("asset_core").topic("court.asset-core.events.v1"),
                                bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False,
                                **client_options(world.base))
    await consumer.start()
    seen: list[str] = []
    try:
        wanted = {i.encode() for i in ids}

        async def all_read():
            batch = await consumer.getmany(timeout_ms=500)
            seen.extend(dict(r.headers)["ce_id"].decode() for rs in batch.values() for r in rs if r.key in wanted)
            return len(seen) >= 30 and not batch
        await wait_for(all_read, timeout=60, what="the 30 events on the topic")
    finally:
        await consumer.stop()
    assert len(seen) == 30 and len(set(seen)) == 30
    projected = await dispatch.get(f"/api/v1/cases/{ids[-1]}", headers=auth("officer"))
    assert projected.status_code == 200

