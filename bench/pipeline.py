"""(a) Event pipeline: outbox → OutboxRelay → Kafka → ConsumerRunner (inbox + case projection) → database,
against raw aiokafka produce + consume of the same records (same key, value and headers); then the same records
drained by the consumer alone, by the hand-batched ceiling consumer (bench/ceiling.py), and (e) 15,000 of them
caught up after a stop (bench/catchup.py)."""
from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from dataclasses import dataclass
from datetime import date

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from bench.catchup import Drain
from bench.common import Resources
from shared import outbox
from shared.consumer import ConsumerRunner
from shared.contracts import asset_core as contract
from shared.db import make_engine, make_session_factory
from shared.kafka import client_options
from shared.settings import Settings
from shared.topics import dlq_topic, ensure_topics

log = logging.getLogger("bench.pipeline")

CATEGORIES = ("none", "none", "none", "migrant_wages", "support_payments")


@dataclass
class PipelineResult:
    events: int
    partitions: int
    insert_seconds: float
    relay_seconds: float | None  # relay start -> outbox fully published
    pipeline_seconds: float | None  # relay start -> N inbox rows
    inbox_rows: int
    projection_rows: int
    consumer_join_seconds: float
    cpu_seconds: float | None = None  # this process (relay + consumer + poller) during the pipeline run
    raw_produce_seconds: float | None = None  # producer start -> all acks
    raw_seconds: float | None = None  # producer start -> N records consumed
    raw_consumed: int = 0
    raw_cpu_seconds: float | None = None
    commit_count: int = 0  # sequential one-row transactions, plain asyncpg: the database's commit rate
    commit_seconds: float | None = None
    alone: Drain | None = None  # the suite's consumer alone: the events queued, then drained
    ceiling: Drain | None = None  # the hand-batched asyncpg consumer on the same records
    catchup: Drain | None = None  # (e) catch-up of `catchup_events` queued while the consumer was stopped


def case_registered(i: int) -> contract.CaseRegistered:
    return contract.CaseRegistered(
        case_id=str(uuid.uuid4()), case_number=f"（2024）内0621执{i}号", case_type="执", court_code="内0621",
        filed_on=date(2024, 3, 1), amount_owed_fen=1_000_000 + i, livelihood_category=CATEGORIES[i % len(CATEGORIES)],
        applicants=["某银行股份有限公司"], respondents=[f"被执行人{i}", "某房地产开发有限公司"], state="filed")


async def insert_outbox(settings: Settings, n: int, batch: int, workers: int) -> float:
    """N CaseRegistered events through shared.outbox.append, `batch` per transaction, `workers` at once."""
    from services.asset_core.tables import platform

    engine = make_engine(settings)
    sessions = make_session_factory(engine)
    batches = asyncio.Queue()
    for start in range(1, n + 1, batch):
        batches.put_nowait(range(start, min(start + batch, n + 1)))

    async def worker() -> None:
        while not batches.empty():
            numbers = batches.get_nowait()
            async with sessions() as session, session.begin():
                for i in numbers:
                    payload = case_registered(i)
                    await outbox.append(session, platform, settings, payload, subject=f"cases/{payload.case_id}",
                                        caseid=payload.case_id, orgcode=payload.court_code)

    try:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        return time.perf_counter() - t0
    finally:
        await engine.dispose()


async def wait_group_stable(settings: Settings, group: str, timeout: float = 30.0) -> bool:
    """True once the consumer group has members and is Stable (partitions assigned)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, client_id="bench-admin", **client_options(settings))
    await admin.start()
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                for response in await admin.describe_consumer_groups([group]):
                    for g in response.groups:  # (error_code, group_id, state, protocol_type, protocol, members, ...)
                        if g[1] == group and g[2] == "Stable" and g[5]:
                            return True
            except Exception as exc:  # coordinator still loading
                log.debug("describe group: %s", exc)
            await asyncio.sleep(0.1)
        return False
    finally:
        await admin.close()


async def run_pipeline(res: Resources, rid: str, n: int, *, insert_batch: int = 500, insert_workers: int = 4,
                       poll: float = 0.05, timeout: float = 150.0, raw: bool = True, drains: bool = True,
                       catchup_events: int = 15_000) -> PipelineResult:
    from services.dispatch.consumers import SUBSCRIPTIONS
    from services.dispatch.tables import platform as dispatch_platform

    prefix = f"bench{rid}."
    res.topic_prefixes.append(prefix)
    asset_db = await res.database(f"bench_asset_core_{rid}", "asset_core")
    dispatch_db = await res.database(f"bench_dispatch_{rid}", "dispatch")
    asset = Settings(service_name="asset_core", database_name=asset_db, topic_prefix=prefix)
    dispatch = Settings(service_name="dispatch", database_name=dispatch_db, topic_prefix=prefix)
    raw_topic = f"{prefix}raw"
    await ensure_topics(asset, [asset.topic(contract.TOPIC), dlq_topic(asset.topic(contract.TOPIC)), raw_topic])

    insert_seconds = await insert_outbox(asset, n, insert_batch, insert_workers)

    # The consumer joins its group first: the figure is the steady-state path, not the group join.
    sub = next(s for s in SUBSCRIPTIONS if contract.TOPIC in s.topics)
    d_engine = make_engine(dispatch)
    runner = ConsumerRunner(dispatch, make_session_factory(d_engine), dispatch_platform, sub)
    relay = outbox.OutboxRelay(asset)
    a_conn = await asyncpg.connect(asset.asyncpg_dsn())
    d_conn = await asyncpg.connect(dispatch.asyncpg_dsn())
    try:
        t_join = time.perf_counter()
        runner.start()
        if not await wait_group_stable(dispatch, runner.group):
            log.warning("consumer group %s not stable after 30 s; measuring anyway", runner.group)
        join_seconds = time.perf_counter() - t_join

        t0, cpu0 = time.perf_counter(), time.process_time()
        relay.start()
        relay_seconds = pipeline_seconds = None
        inbox_rows = 0
        while time.perf_counter() - t0 < timeout:
            await asyncio.sleep(poll)
            if relay_seconds is None and not await a_conn.fetchval(
                    "select exists(select 1 from outbox where published_at is null)"):
                relay_seconds = time.perf_counter() - t0
            inbox_rows = await d_conn.fetchval("select count(*) from inbox")
            if inbox_rows >= n:
                pipeline_seconds = time.perf_counter() - t0
                break
            if runner.task is not None and runner.task.done():
                log.error("consumer runner ended: %r", runner.task.exception())
                break
        else:
            log.warning("pipeline: %d of %d events after %.0f s; stopping", inbox_rows, n, timeout)
        cpu_seconds = time.process_time() - cpu0
        projection_rows = await d_conn.fetchval("select count(*) from case_projection")
        records = await a_conn.fetch("select topic, key, event_id, event_type, envelope from outbox order by seq")
    finally:
        await relay.stop()
        await runner.stop()
        await d_engine.dispose()
        await a_conn.close()
        await d_conn.close()

    result = PipelineResult(events=n, partitions=asset.kafka_partitions, insert_seconds=insert_seconds,
                            relay_seconds=relay_seconds, pipeline_seconds=pipeline_seconds, inbox_rows=inbox_rows,
                            projection_rows=projection_rows, consumer_join_seconds=join_seconds,
                            cpu_seconds=cpu_seconds)
    if raw or drains:
        messages = [(r["key"].encode(),
                     (r["envelope"] if isinstance(r["envelope"], str) else json.dumps(r["envelope"])).encode(),
                     [("ce_id", str(r["event_id"]).encode()), ("ce_type", r["event_type"].encode()),
                      ("content-type", b"application/cloudevents+json")]) for r in records]
        del records
    if drains:
        from bench.catchup import drain
        # side by side: the suite's consumer, the ceiling, the suite's consumer catching up
        result.alone = await drain(res, rid, "alone", "suite", messages, timeout)
        result.ceiling = await drain(res, rid, "ceiling", "ceiling", messages, timeout)
        result.catchup = await drain(res, rid, "catchup", "suite", messages[:catchup_events], timeout)
    if raw:
        result.commit_count = min(n, 2000)
        result.commit_seconds = await sequential_commits(dispatch, [v for _, v, _ in messages[:result.commit_count]])
        result.raw_produce_seconds, result.raw_seconds, result.raw_consumed, result.raw_cpu_seconds = await raw_kafka(
            asset, raw_topic, f"{prefix}raw-group", messages, timeout)
    return result


async def sequential_commits(settings: Settings, values: list[bytes]) -> float:
    """One INSERT per transaction, one after another, like the consumer's per-record transactions but
    without SQLAlchemy or Kafka: what PostgreSQL's commit (WAL flush) allows a single sequential writer."""
    conn = await asyncpg.connect(settings.asyncpg_dsn())
    try:
        await conn.execute("create table bench_commits (id bigint primary key, body jsonb not null)")
        t0 = time.perf_counter()
        for i, v in enumerate(values):
            await conn.execute("insert into bench_commits (id, body) values ($1, $2::jsonb)", i, v.decode())
        return time.perf_counter() - t0
    finally:
        await conn.close()


async def raw_kafka(settings: Settings, topic: str, group: str, messages: list[tuple[bytes, bytes, list]],
                    timeout: float) -> tuple[float | None, float | None, int, float]:
    """Produce `messages` with the relay's producer settings and read them back with a group consumer that
    commits after each batch (at-least-once, no database).
    Returns (produce s, end-to-end s, consumed, this process's CPU s)."""
    n = len(messages)
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=settings.kafka_bootstrap_servers, group_id=group,
                                client_id="bench-raw", enable_auto_commit=False, auto_offset_reset="earliest",
                                isolation_level="read_committed", **client_options(settings))
    await consumer.start()
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, client_id="bench-raw",
                                enable_idempotence=True, acks="all", linger_ms=5, request_timeout_ms=10000,
                                max_batch_size=256 * 1024, **client_options(settings))
    try:
        deadline = time.monotonic() + 30
        while not consumer.assignment() and time.monotonic() < deadline:  # join the group first, like above
            await consumer.getmany(timeout_ms=100)
        times: dict[str, float] = {}
        consumed = 0

        async def produce() -> None:
            await producer.start()
            futures = [await producer.send(topic, value=v, key=k, headers=h) for k, v, h in messages]
            await asyncio.gather(*futures)
            times["produce"] = time.perf_counter() - t0

        async def consume() -> None:
            nonlocal consumed
            while consumed < n:
                batches = await consumer.getmany(timeout_ms=500, max_records=500)
                for records in batches.values():
                    consumed += len(records)
                if batches:
                    await consumer.commit()
            times["all"] = time.perf_counter() - t0

        t0, cpu0 = time.perf_counter(), time.process_time()
        try:
            await asyncio.wait_for(asyncio.gather(produce(), consume()), timeout)
        except asyncio.TimeoutError:
            log.warning("raw kafka: %d of %d consumed after %.0f s", consumed, n, timeout)
        return times.get("produce"), times.get("all"), consumed, time.process_time() - cpu0
    finally:
        await producer.stop()
        await consumer.stop()
