"""Transactional outbox. `append()` writes events in the caller's transaction; `OutboxRelay` publishes
them to Kafka (idempotent producer, acks=all, batched, key = case id), marks them published, and wakes on
LISTEN/NOTIFY (a slow poll is only the fallback). One relay per service is active at a time: it holds a
PostgreSQL advisory lock; replicas wait on standby."""
from __future__ import annotations

import asyncio
import json
import logging
import zlib

import asyncpg
from aiokafka import AIOKafkaProducer
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from shared import metrics
from shared.db import PlatformTables
from shared.events import CloudEvent, EventPayload, new_event
from shared.settings import Settings

log = logging.getLogger(__name__)


def channel(settings: Settings) -> str:
    return f"outbox_{settings.service_name}"


async def append(session: AsyncSession, platform: PlatformTables, settings: Settings, payload: EventPayload, *,
                 subject: str, caseid: str | None = None, orgcode: str | None = None,
                 traceparent: str | None = None) -> CloudEvent:
    """Add one event to the outbox inside the caller's transaction; NOTIFY fires at commit."""
    event = new_event(payload, subject=subject, caseid=caseid, orgcode=orgcode, traceparent=traceparent)
    await session.execute(platform.outbox.insert(), {  # values as parameters: no per-call statement building
        "event_id": event.id, "topic": settings.topic(payload.TOPIC), "key": event.key(), "event_type": event.type,
        "envelope": event.model_dump(mode="json", exclude_none=True)})
    await session.execute(text("select pg_notify(:ch, '')"), {"ch": channel(settings)})
    return event


class OutboxRelay:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock_key = zlib.crc32(f"outbox-relay:{settings.service_name}".encode())
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._stopping = False
        self.is_leader = False
        self.is_standby = False  # tried the lock and another replica holds it

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"outbox-relay-{self.settings.service_name}")

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass

    async def _run(self) -> None:
        backoff = 0.2
        while not self._stopping:
            try:
                await self._lead()
                backoff = 0.2
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # database gone, broker gone: retry with bounded backoff
                log.warning("outbox relay: %s: %s; retrying in %.1fs", type(exc).__name__, exc, backoff)
                self.is_leader = False
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)

    async def _lead(self) -> None:
        conn = await asyncpg.connect(self.settings.asyncpg_dsn(), server_settings={"timezone": "UTC"})
        producer: AIOKafkaProducer | None = None
        try:
            while not await conn.fetchval("select pg_try_advisory_lock($1)", self.lock_key):
                self.is_leader, self.is_standby = False, True
                await asyncio.sleep(2.0)  # standby replica: another one publishes
            self.is_leader, self.is_standby = True, False
            await conn.add_listener(channel(self.settings), lambda *_: self._wake.set())
            while not self._stopping:
                if producer is None:
                    producer = await self._start_producer()
                # Clear before looking, not after: a NOTIFY that arrives while this batch is read and published
                # sets the event again, so the wait below returns at once instead of sleeping until the poll.
                self._wake.clear()
                published = await self._publish_batch(conn, producer)
                await self._update_gauges(conn)
                if published < self.settings.outbox_batch_size:
                    try:
                        await asyncio.wait_for(self._wake.wait(), timeout=self.settings.outbox_poll_seconds)
                    except asyncio.TimeoutError:
                        pass
        finally:
            self.is_leader = False
            if producer is not None:
                try:
                    await asyncio.wait_for(producer.stop(), timeout=5)
                except Exception:
                    pass
            await conn.close()

    async def _start_producer(self) -> AIOKafkaProducer:
        producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap_servers,
            client_id=f"{self.settings.service_name}-outbox",
            enable_idempotence=True, acks="all", linger_ms=5, request_timeout_ms=10000,
            max_batch_size=256 * 1024)
        try:
            await producer.start()
        except Exception:
            await producer.stop()
            raise
        return producer

    async def _publish_batch(self, conn: asyncpg.Connection, producer: AIOKafkaProducer) -> int:
        rows = await conn.fetch(
            "select seq, event_id, topic, key, event_type, envelope from outbox "
            "where published_at is null order by seq limit $1", self.settings.outbox_batch_size)
        if not rows:
            return 0
        futures = []
        for r in rows:
            envelope = r["envelope"] if isinstance(r["envelope"], str) else json.dumps(r["envelope"])
            futures.append(await producer.send(
                r["topic"], value=envelope.encode(), key=r["key"].encode(),
                headers=[("ce_id", str(r["event_id"]).encode()), ("ce_type", r["event_type"].encode()),
                         ("content-type", b"application/cloudevents+json")]))
        try:
            await asyncio.gather(*futures)
        except Exception:
            # Events whose send completed are marked; the rest stay for the next attempt, in order.
            done = [r["seq"] for r, f in zip(rows, futures) if f.done() and not f.cancelled() and f.exception() is None]
            if done:
                await conn.execute("update outbox set published_at = now() where seq = any($1::bigint[])", done)
            raise
        await conn.execute("update outbox set published_at = now() where seq = any($1::bigint[])",
                           [r["seq"] for r in rows])
        metrics.OUTBOX_PUBLISHED.labels(self.settings.service_name).inc(len(rows))
        return len(rows)

    async def _update_gauges(self, conn: asyncpg.Connection) -> None:
        row = await conn.fetchrow(
            "select count(*) as n, extract(epoch from now() - min(created_at)) as age "
            "from outbox where published_at is null")
        metrics.OUTBOX_BACKLOG.labels(self.settings.service_name).set(row["n"])
        metrics.OUTBOX_OLDEST_AGE.labels(self.settings.service_name).set(float(row["age"] or 0.0))
