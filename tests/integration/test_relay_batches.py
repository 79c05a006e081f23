"""The outbox relay reads the next batch while the broker acknowledges the previous ones (several in flight) and
still publishes every row once, in `seq` order per key, marking rows published only after their acknowledgement."""
import uuid

from aiokafka import AIOKafkaConsumer

from services.asset_core.tables import platform
from shared import outbox
from shared.contracts import asset_core
from shared.db import make_engine, make_session_factory
from shared.kafka import client_options
from shared.topics import ensure_topics
from tests.support import wait_for


async def test_batches_in_flight_keep_the_order_per_key_and_publish_each_row_once(world, asset_db):
    settings = world.settings("asset_core", topic_prefix=f"{world.prefix}relay{uuid.uuid4().hex[:6]}.",
                              outbox_batch_size=40)  # 600 rows: 15 reads, up to 3 batches in flight
    topic = settings.topic(asset_core.TOPIC)
    await ensure_topics(settings, [topic])
    engine = make_engine(settings)
    sessions = make_session_factory(engine)
    keys = [str(uuid.uuid4()) for _ in range(5)]
    try:
        for start in range(0, 600, 100):
            async with sessions() as session, session.begin():
                for i in range(start, start + 100):
                    case_id = keys[i % len(keys)]
                    await outbox.append(session, platform, settings, asset_core.CaseStateChanged(
                        case_id=case_id, case_number=f"（2024）内0621执{i}号", court_code="内0621",
                        from_state="filed", to_state="executing", reason=str(i), changed_on="2024-03-02"),
                        subject=f"cases/{case_id}", caseid=case_id)
    finally:
        await engine.dispose()
    expected = {k: [] for k in keys}
    for r in await asset_db.fetch("select key, event_id from outbox where topic = $1 order by seq", topic):
        expected[r["key"]].append(str(r["event_id"]))

    relay = outbox.OutboxRelay(settings)
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=settings.kafka_bootstrap_servers,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                **client_options(settings))
    await consumer.start()
    relay.start()
    got = {k: [] for k in keys}
    try:
        async def all_received():
            for records in (await consumer.getmany(timeout_ms=200)).values():
                for r in records:
                    got[r.key.decode()].append(dict(r.headers)["ce_id"].decode())
            return sum(map(len, got.values())) >= 600

        await wait_for(all_received, timeout=60, what="the 600 rows on the topic")

        async def all_marked():
            return not await asset_db.fetchval(
                "select count(*) from outbox where topic = $1 and published_at is null", topic)
        await wait_for(all_marked, timeout=30, what="the rows marked published")
    finally:
        await relay.stop()
        await consumer.stop()
    assert got == expected  # each row once, and per key in the order of the outbox
