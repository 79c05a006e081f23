"""The consumer applies a fetched batch set-based (one inbox insert, batch handlers for runs of one type) on the real
broker, with the guarantees of the record-by-record path: order per key across event types, redeliveries and
duplicates inside one batch without a second effect, an older event not overwriting a newer one, a failing record
found and dead-lettered alone while the others of its batch are applied once, alarms waiting for a case triaged."""
import json
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from sqlalchemy import text

from services.dispatch.consumers import cases
from services.dispatch.tables import platform
from shared.consumer import ConsumerRunner, Subscription
from shared.contracts import asset_core, police
from shared.db import make_engine, make_session_factory
from shared.events import new_event
from shared.kafka import client_options
from shared.topics import dlq_topic, ensure_topics
from tests.support import COURT, publish, wait_for


@pytest.fixture
async def lane(world):
    """An own topic prefix (own topics and groups) on the world's dispatch database."""
    settings = world.settings("dispatch", topic_prefix=f"{world.prefix}batch{uuid.uuid4().hex[:6]}.",
                              consumer_max_attempts=2, consumer_backoff_base_seconds=0.01)
    topic = settings.topic(asset_core.TOPIC)
    await ensure_topics(settings, [topic, dlq_topic(topic)])
    engine = make_engine(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, enable_idempotence=True,
                                **client_options(world.base))
    await producer.start()

    class Lane:
        pass

    lane = Lane()
    lane.settings, lane.topic, lane.sessions = settings, topic, make_session_factory(engine)

    async def send(event, *, header: bool = True) -> None:
        """On partition 0, in order; with the relay's ce_type header unless told otherwise."""
        headers = [("ce_id", event.id.encode()), ("ce_type", event.type.encode())] if header else None
        await producer.send_and_wait(topic, value=event.model_dump_json().encode(), key=b"k", partition=0,
                                     headers=headers)

    lane.send = send
    yield lane
    await producer.stop()
    await engine.dispose()


def registered(case_id: str, number: int, at: datetime, category: str = "none"):
    return new_event(asset_core.CaseRegistered(
        case_id=case_id, case_number=f"（2024）内0621执{number}号", case_type="执", court_code=COURT,
        filed_on=date(2024, 3, 1), amount_owed_fen=100 * number, livelihood_category=category,
        applicants=["某银行"], respondents=[f"被执行人{number}"], state="filed"),
        subject=f"cases/{case_id}", caseid=case_id, time=at)


async def test_a_batch_keeps_order_across_types_dedupes_and_lets_no_older_event_win(lane, dispatch_db):
    a, b, c, d = (str(uuid.uuid4()) for _ in range(4))
    t = datetime.now(timezone.utc)
    b_registered = registered(b, 3, t)
    events = [
        registered(a, 1, t + timedelta(seconds=2)),
        registered(a, 2, t + timedelta(seconds=1)),  # older than the one before it: changes nothing
        b_registered,
        b_registered,  # the same event twice in the batch (a relay retry)
        new_event(asset_core.CaseStateChanged(case_id=b, case_number="（2024）内0621执3号", court_code=COURT,
                                              from_state="filed", to_state="executing", reason="立案后执行",
                                              changed_on=date(2024, 3, 2)),
                  subject=f"cases/{b}", caseid=b, time=t + timedelta(seconds=1)),  # after b's registration
        registered(c, 4, t, "migrant_wages"),
    ]
    for e in events:
        await lane.send(e)
    await lane.send(registered(d, 5, t), header=False)  # a producer without the relay's headers

    sizes: list[int] = []
    sub = cases.with_hook(None)
    batch_handler = sub._batch[asset_core.CaseRegistered.EVENT_TYPE]

    async def counting(items, session):
        sizes.append(len(items))
        await batch_handler(items, session)
    sub._batch[asset_core.CaseRegistered.EVENT_TYPE] = counting
    runner = ConsumerRunner(lane.settings, lane.sessions, platform, sub)
    runner.start()
    try:
        async def all_in():
            return runner.processed >= 6
        await wait_for(all_in, timeout=60, what="the batch applied")
    finally:
        await runner.stop()

    rows = {str(r["case_id"]): r for r in await dispatch_db.fetch(
        "select * from case_projection where case_id = any($1::uuid[])", [uuid.UUID(x) for x in (a, b, c, d)])}
    assert rows[a]["case_number"] == "（2024）内0621执1号"  # the newer event stays
    assert json.loads(rows[a]["respondents"]) == ["被执行人1"] and rows[a]["amount_owed_fen"] == 100
    assert rows[b]["state"] == "executing"  # the state change came after the registration and is kept
    assert rows[c]["priority"] == 0 and rows[d]["case_number"] == "（2024）内0621执5号"
    assert runner.processed == 6  # the duplicate had no second effect
    assert max(sizes) >= 2, sizes  # registrations were applied as a run, not one by one


async def test_a_failing_record_is_found_in_its_batch_and_the_others_apply_once(lane, dispatch_db):
    await dispatch_db.execute("create table if not exists batch_effects (event_id text not null)")
    group = f"batch-fail-{uuid.uuid4().hex[:6]}"
    sub = Subscription(group, [asset_core.TOPIC])
    calls: list[int] = []

    @sub.on_batch(asset_core.CaseRegistered)
    async def effects(items, session):
        """Not idempotent by itself: a second effect would show as a second row."""
        calls.append(len(items))
        if any(p.respondents == ["always fails"] for p, _ in items):
            raise RuntimeError("this batch cannot be applied")
        await session.execute(text("insert into batch_effects select unnest(cast(:ids as text[]))"),
                              {"ids": [d.event.id for _, d in items]})

    t = datetime.now(timezone.utc)
    ok = [registered(str(uuid.uuid4()), i, t) for i in (1, 2)]
    failing = registered(str(uuid.uuid4()), 3, t)
    failing = failing.model_copy(update={"data": {**failing.data, "respondents": ["always fails"]}})
    later = registered(str(uuid.uuid4()), 4, t)
    for e in [*ok, failing, later]:
        await lane.send(e)

    runner = ConsumerRunner(lane.settings, lane.sessions, platform, sub)
    runner.start()
    try:
        headers = await dead_letter_in(lane, failing.id)

        async def effects_in():
            got = [r["event_id"] for r in await dispatch_db.fetch("select event_id from batch_effects")]
            return got if later.id in got else None
        got = await wait_for(effects_in, timeout=60, what="the record after the failing one")
    finally:
        await runner.stop()
        await dispatch_db.execute("drop table batch_effects")
    assert sorted(got) == sorted([ok[0].id, ok[1].id, later.id])  # each once, the failing one not at all
    assert headers["dlq_attempts"] == b"2" and b"this batch cannot be applied" in headers["dlq_error"]
    assert max(calls) >= 2, calls  # the batch was tried set-based before record by record


async def dead_letter_in(lane, event_id: str) -> dict[str, bytes]:
    consumer = AIOKafkaConsumer(dlq_topic(lane.topic), bootstrap_servers=lane.settings.kafka_bootstrap_servers,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                **client_options(lane.settings))
    await consumer.start()
    try:
        async def found():
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for r in records:
                    if json.loads(r.value)["id"] == event_id:
                        return dict(r.headers)
            return None
        return await wait_for(found, timeout=60, what="the dead letter")
    finally:
        await consumer.stop()


async def test_an_alarm_waiting_for_its_case_is_triaged_when_the_case_arrives(dispatch, dispatch_db, world):
    case_id = str(uuid.uuid4())
    await publish(world, police.PersonLocated(
        case_id=case_id, court_code=COURT, search_id="协查-b", location="某地", found_at=datetime.now(timezone.utc),
        person_name="钱某"), case_id)

    async def alarm():
        return await dispatch_db.fetchrow("select * from alarms where case_id = $1", uuid.UUID(case_id))
    before = await wait_for(alarm, timeout=60, what="the alarm before its case")
    assert before["case_number"] is None and before["priority"] == 11  # ordinary, urgent

    arrived = registered(case_id, 9, datetime.now(timezone.utc), "support_payments")
    await publish(world, asset_core.CaseRegistered(**arrived.data), case_id)

    async def triaged():
        row = await alarm()
        return row if row["case_number"] is not None else None
    after = await wait_for(triaged, timeout=60, what="the alarm triaged with its case")
    assert after["case_number"] == "（2024）内0621执9号" and after["priority"] == 1  # 绿色通道, urgent
