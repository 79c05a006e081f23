"""The idempotent consumer runner on the real broker: crash between the two commits, poison messages."""
import asyncio
import json
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from sqlalchemy import text

from services.dispatch.tables import platform
from shared.consumer import ConsumerRunner, Subscription
from shared.contracts.asset_core import CaseRegistered
from shared.db import make_engine, make_session_factory
from shared.events import new_event
from shared.kafka import client_options
from shared.topics import dlq_topic, ensure_topics
from tests.support import wait_for

EVENT_TYPE = CaseRegistered.EVENT_TYPE


class SimulatedCrash(BaseException):
    """The process dies: raised after the database commit, before the offset commit."""


@pytest.fixture
async def harness(world, dispatch_db):
    settings = world.settings("dispatch", consumer_max_attempts=3, consumer_backoff_base_seconds=0.01)
    topic = f"guarantees-{uuid.uuid4().hex[:8]}"
    await ensure_topics(settings, [settings.topic(topic), dlq_topic(settings.topic(topic))])
    await dispatch_db.execute("create table if not exists test_effects (event_id text not null, note text)")
    engine = make_engine(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, enable_idempotence=True,
                                **client_options(settings))
    await producer.start()

    class H:
        pass

    h = H()
    h.settings, h.topic, h.full_topic, h.producer = settings, topic, settings.topic(topic), producer
    h.sessions = make_session_factory(engine)

    async def effect(session, event):
        """Not idempotent by itself: each call adds a row, so a second effect would show."""
        if event.data.get("respondents") == ["always fails"]:
            raise RuntimeError("handler cannot process this event")
        await session.execute(text("insert into test_effects(event_id) values (:id)"), {"id": event.id})

    h.effect = effect

    async def send(value: bytes, key: bytes = b"case-1"):
        await producer.send_and_wait(h.full_topic, value=value, key=key)

    h.send = send
    h.effects = lambda: dispatch_db.fetch("select event_id from test_effects")
    yield h
    await producer.stop()
    await dispatch_db.execute("drop table test_effects")
    await engine.dispose()


def event_bytes(respondent: str = "某公司") -> tuple[str, bytes]:
    e = new_event(CaseRegistered(case_id=str(uuid.uuid4()), case_number="（2024）内0621执1号", case_type="执",
                                 court_code="内0621", filed_on="2024-03-01", amount_owed_fen=1, state="filed",
                                 livelihood_category="none", applicants=["甲"], respondents=[respondent]),
                  subject="cases/x", caseid="case-1")
    return e.id, e.model_dump_json().encode()


async def committed_offset(settings, group: str, topic: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, **client_options(settings))
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
        return sum(m.offset for tp, m in offsets.items() if tp.topic == topic and m.offset > 0)
    finally:
        await admin.close()


async def test_crash_after_db_commit_before_offset_commit_has_no_second_effect(harness):
    h = harness
    group = f"crash-{uuid.uuid4().hex[:8]}"
    event_id, value = event_bytes()
    await h.send(value)

    async def crash(record):
        raise SimulatedCrash()

    first = ConsumerRunner(h.settings, h.sessions, platform,
                           Subscription(group, [h.topic], {EVENT_TYPE: h.effect}, after_db_commit=crash))
    first.start()
    with pytest.raises(SimulatedCrash):
        await asyncio.wait_for(first.task, timeout=60)
    assert [r["event_id"] for r in await h.effects()] == [event_id]  # the database commit happened
    assert await committed_offset(h.settings, h.settings.topic(group), h.full_topic) == 0  # the offset did not

    second = ConsumerRunner(h.settings, h.sessions, platform, Subscription(group, [h.topic], {EVENT_TYPE: h.effect}))
    second.start()
    try:
        await wait_for(lambda: committed_offset(h.settings, h.settings.topic(group), h.full_topic),
                       timeout=60, interval=0.2, what="the redelivered record to be acknowledged")
    finally:
        await second.stop()
    assert [r["event_id"] for r in await h.effects()] == [event_id]  # redelivered, no second effect
    assert second.processed == 0


async def test_poison_messages_go_to_the_dlq_and_the_partition_moves_on(harness):
    h = harness
    group = f"poison-{uuid.uuid4().hex[:8]}"
    ok1, ok1_bytes = event_bytes()
    failing, failing_bytes = event_bytes("always fails")
    ok2, ok2_bytes = event_bytes()
    for value in [b"\x00not json at all", ok1_bytes, b'{"specversion": "1.0"}', failing_bytes, ok2_bytes]:
        await h.send(value)  # one key: one partition, in this order

    runner = ConsumerRunner(h.settings, h.sessions, platform, Subscription(group, [h.topic], {EVENT_TYPE: h.effect}))
    runner.start()
    try:
        async def both_processed():
            return {r["event_id"] for r in await h.effects()} == {ok1, ok2}
        await wait_for(both_processed, timeout=60, what="the good events after the poison ones")
    finally:
        await runner.stop()

    dlq = AIOKafkaConsumer(dlq_topic(h.full_topic), bootstrap_servers=h.settings.kafka_bootstrap_servers,
                           auto_offset_reset="earliest", enable_auto_commit=False, **client_options(h.settings))
    await dlq.start()
    try:
        records = []

        async def three():
            batch = await dlq.getmany(timeout_ms=500)
            records.extend(r for rs in batch.values() for r in rs)
            return len(records) >= 3
        await wait_for(three, timeout=30, what="three dead letters")
    finally:
        await dlq.stop()
    assert len(records) == 3
    headers = [dict(r.headers) for r in records]
    assert [h_["dlq_attempts"] for h_ in headers] == [b"1", b"1", b"3"]  # poison at once, failing after 3 tries
    assert b"not a CloudEvent" in headers[0]["dlq_error"]
    assert b"handler cannot process" in headers[2]["dlq_error"]
    assert json.loads(records[2].value)["id"] == failing
    assert {r["event_id"] for r in await h.effects()} == {ok1, ok2}


async def test_a_record_in_backoff_does_not_hold_up_other_partitions(harness):
    h = harness
    # a long backoff: if the failing partition blocked the runner, the other event would wait for it
    h.settings = h.settings.model_copy(update={"consumer_backoff_base_seconds": 30.0, "consumer_max_attempts": 5})
    group = f"backoff-{uuid.uuid4().hex[:8]}"
    _, failing = event_bytes("always fails")
    ok, ok_bytes = event_bytes()
    first = await h.producer.send_and_wait(h.full_topic, value=failing, key=b"case-1")
    other = (first.partition + 1) % len(await h.producer.partitions_for(h.full_topic))
    runner = ConsumerRunner(h.settings, h.sessions, platform, Subscription(group, [h.topic], {EVENT_TYPE: h.effect}))
    runner.start()
    try:
        async def failed_once():  # the failing record has been tried and its partition paused
            return runner._paused or None
        await wait_for(failed_once, timeout=60, what="the first failure")
        await h.producer.send_and_wait(h.full_topic, value=ok_bytes, key=b"case-2", partition=other)

        async def other_processed():
            return {r["event_id"] for r in await h.effects()} == {ok}
        await wait_for(other_processed, timeout=10, what="the other partition's event during the 30 s backoff")
    finally:
        await runner.stop()
