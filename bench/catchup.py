"""(a) consumer alone, its ceiling, and (e) catch-up: records queued while a consumer is stopped, drained after it
starts.

Each drain has its own topic (prefix bench<run id>.<label>.), consumer group and dispatch database. The consumer
first runs once on the empty topic (it joins its group, then stops and leaves it, as a service that was deployed
and then stopped); the records are produced while it is down (the relay's producer settings and headers); the
clock starts when it is started again and stops when its own counter of applied events reaches the count (then
the inbox is counted to make sure). One consumer, in this process (one service process is the default
deployment), applying dispatch's case projection."""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any, Callable

import asyncpg
from aiokafka import AIOKafkaProducer

from bench.common import Resources
from shared.contracts import asset_core as contract
from shared.kafka import client_options
from shared.settings import Settings
from shared.topics import dlq_topic, ensure_topics

log = logging.getLogger("bench.catchup")


@dataclass
class Drain:
    label: str
    events: int
    seconds: float | None  # start -> all applied (None: not within the timeout)
    first_seconds: float | None  # start -> the first events applied (group join, first fetch, first batch)
    first_count: int  # events applied at that moment
    applied: int
    inbox_rows: int
    cpu_seconds: float  # this process during the drain
    processes: int = 1

    @property
    def steady_seconds(self) -> float | None:
        """From the first applied batch to the last: the rate without the group join."""
        if self.seconds is None or self.first_seconds is None or self.seconds <= self.first_seconds:
            return None
        return self.seconds - self.first_seconds

    @property
    def steady_events(self) -> int:
        return self.events - self.first_count


async def wait_topic_ready(settings: Settings, topic: str, timeout: float = 30.0) -> None:
    """Every partition of a new topic answers a ListOffsets request (else the first consumer logs
    NotLeaderForPartition and the run counts as disturbed). The probe's own retries are not logged."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    meta = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, client_id="bench-probe",
                            **client_options(settings))
    probe = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers, client_id="bench-probe",
                             **client_options(settings))
    fetcher_log = logging.getLogger("aiokafka.consumer.fetcher")
    level = fetcher_log.level
    fetcher_log.setLevel(logging.CRITICAL)
    try:
        await meta.start()
        await probe.start()
        partitions = [TopicPartition(topic, p) for p in await meta.partitions_for(topic)]  # waits for metadata
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                await asyncio.wait_for(probe.beginning_offsets(partitions), timeout=5)
                return
            except Exception as exc:  # not led yet
                log.debug("topic %s not ready: %s", topic, exc)
            await asyncio.sleep(0.1)
        log.warning("topic %s: partitions not ready after %.0f s", topic, timeout)
    finally:
        await probe.stop()
        await meta.stop()
        fetcher_log.setLevel(level)


async def produce(settings: Settings, topic: str, messages: list[tuple[bytes, bytes, list]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, client_id="bench-catchup",
                                enable_idempotence=True, acks="all", linger_ms=5, request_timeout_ms=10000,
                                max_batch_size=256 * 1024, **client_options(settings))
    await producer.start()
    try:
        futures = [await producer.send(topic, value=v, key=k, headers=h) for k, v, h in messages]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def suite_consumer(settings: Settings) -> tuple[Callable[[], Any], str, Callable[[], Any]]:
    """(make a ConsumerRunner for dispatch's case projection, its group, cleanup)."""
    from services.dispatch.consumers import SUBSCRIPTIONS
    from services.dispatch.tables import platform
    from shared.consumer import ConsumerRunner
    from shared.db import make_engine, make_session_factory

    sub = next(s for s in SUBSCRIPTIONS if contract.TOPIC in s.topics)
    engine = make_engine(settings)
    sessions = make_session_factory(engine)
    return (lambda: ConsumerRunner(settings, sessions, platform, sub)), settings.topic(sub.group), engine.dispose


def ceiling_consumer(settings: Settings) -> tuple[Callable[[], Any], str, Callable[[], Any]]:
    from bench.ceiling import CeilingConsumer
    from shared.consumer import BATCH_MAX_RECORDS

    group = settings.topic("bench.ceiling")

    async def nothing() -> None:
        return None
    return (lambda: CeilingConsumer(settings, settings.topic(contract.TOPIC), group, BATCH_MAX_RECORDS)), group, nothing


async def drain(res: Resources, rid: str, label: str, kind: str, messages: list[tuple[bytes, bytes, list]],
                timeout: float = 120.0) -> Drain:
    """Queue `messages` while the consumer (`kind` suite or ceiling) is stopped, then time its catch-up."""
    from bench.pipeline import wait_group_stable
    db = await res.database(f"bench_dispatch_{label}_{rid}", "dispatch")
    settings = Settings(service_name="dispatch", database_name=db, topic_prefix=f"bench{rid}.{label}.")
    topic = settings.topic(contract.TOPIC)
    await ensure_topics(settings, [topic, dlq_topic(topic)])
    await wait_topic_ready(settings, topic)
    make, group, cleanup = (suite_consumer if kind == "suite" else ceiling_consumer)(settings)
    n = len(messages)
    try:
        first = make()  # deployed once: joins its group on the empty topic, then stops (and leaves the group)
        first.start()
        if not await wait_group_stable(settings, group):
            log.warning("%s: consumer group %s not stable after 30 s", label, group)
        await first.stop()

        await produce(settings, topic, messages)

        consumer = make()
        first_seconds, first_count, seconds = None, 0, None
        t0, cpu0 = time.perf_counter(), time.process_time()
        consumer.start()
        while time.perf_counter() - t0 < timeout:
            await asyncio.sleep(0.002)
            applied = consumer.processed
            if first_seconds is None and applied:
                first_seconds, first_count = time.perf_counter() - t0, applied
            if applied >= n:
                seconds = time.perf_counter() - t0
                break
            if consumer.task is not None and consumer.task.done():
                log.error("%s: consumer ended: %r", label, consumer.task.exception())
                break
        else:
            log.warning("%s: %d of %d events after %.0f s", label, consumer.processed, n, timeout)
        cpu_seconds = time.process_time() - cpu0
        applied = consumer.processed
        await consumer.stop()
    finally:
        await cleanup()
    conn = await asyncpg.connect(settings.asyncpg_dsn())
    try:
        inbox_rows = await conn.fetchval("select count(*) from inbox")
    finally:
        await conn.close()
    return Drain(label=label, events=n, seconds=seconds, first_seconds=first_seconds, first_count=first_count,
                 applied=applied, inbox_rows=inbox_rows, cpu_seconds=cpu_seconds)
