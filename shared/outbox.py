"""Transactional outbox. `append()` writes events in the caller's transaction; `OutboxRelay` publishes
them to Kafka (idempotent producer, acks=all, batched, key = case id), marks them published, and wakes on
LISTEN/NOTIFY (a slow poll is only the fallback). One relay per service is active at a time: it holds a
PostgreSQL advisory lock; replicas wait on standby.

The leader also keeps the platform tables short (`purge`): published outbox rows past `outbox_retention_seconds`
and inbox rows past `inbox_retention_seconds` (longer than the broker keeps a topic, so a redelivered record still
finds its inbox row) are deleted in small batches every `retention_interval_seconds`.

Traces: the envelope's `traceparent` is the producing request's span (taken by `append` when tracing is on); the
relay publishes each row in a producer span that is its child (see shared/tracing.py)."""
from __future__ import annotations

import asyncio
import collections
import json
import logging
import time
import zlib

import asyncpg
from aiokafka import AIOKafkaProducer
from sqlalchemy.ext.asyncio import AsyncSession

from shared import audit, metrics, tracing
from shared.db import PlatformTables
from shared.events import CloudEvent, EventPayload, new_event
from shared.kafka import client_options
from shared.settings import Settings

log = logging.getLogger(__name__)


def channel(settings: Settings) -> str:
    return f"outbox_{settings.service_name}"


# The transaction's events, written by its commit message (shared/audit.py at_commit, docs/adr/0018): one insert for
# all of them, in the order appended (seq order is the order the relay publishes a key's events in).
_INSERT = ("insert into {table} (event_id, topic, key, event_type, envelope) "
           "select (r->>'event_id')::uuid, r->>'topic', r->>'key', r->>'event_type', r->'envelope' "
           "from jsonb_array_elements({{rows}}::jsonb) with ordinality as s(r, n) order by n")


async def append(session: AsyncSession, platform: PlatformTables, settings: Settings, payload: EventPayload, *,
                 subject: str, caseid: str | None = None, orgcode: str | None = None,
                 traceparent: str | None = None) -> CloudEvent:
    """Add one event to the outbox inside the caller's transaction: the row is written, and one NOTIFY per transaction
    sent, by its commit message (shared/audit.py), so a rolled-back transaction or savepoint leaves none. `traceparent`
    defaults to the current span's (when tracing is on)."""
    if traceparent is None:
        traceparent = tracing.current_traceparent()
    event = new_event(payload, subject=subject, caseid=caseid, orgcode=orgcode, traceparent=traceparent)
    row = audit.row_json({"event_id": event.id, "topic": settings.topic(payload.TOPIC), "key": event.key(),
                          "event_type": event.type}, envelope=event.model_dump_json(exclude_none=True))
    audit.at_commit(session, _INSERT.format(table=platform.outbox.name), row)
    audit.notify_at_commit(session, channel(settings))  # once per transaction, inside the commit message
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
        self._next_purge = 0.0  # monotonic time of the next retention run (0: at once when leading)
        self._next_gauges = 0.0  # monotonic time of the next gauges read
        self._more = False  # the last read was a full batch: more rows may be waiting

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
                with tracing.quiet():  # the relay's own queries make no root spans
                    await self._publish(conn, producer)
                    if time.monotonic() >= self._next_gauges:  # a query per batch cost a round trip per event
                        self._next_gauges = time.monotonic() + self.settings.outbox_gauges_interval_seconds
                        await self._update_gauges(conn)
                    if time.monotonic() >= self._next_purge:
                        self._next_purge = time.monotonic() + self.settings.retention_interval_seconds
                        try:
                            await purge(conn, self.settings)
                        except (asyncpg.PostgresError, OSError) as exc:  # retention can wait for the next run
                            log.warning("outbox relay: retention failed: %s: %s", type(exc).__name__, exc)
                if not self._more:  # drained (not stopped by the budget): wait for a NOTIFY, or the poll
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
            bootstrap_servers=self.settings.kafka_bootstrap_servers, **client_options(self.settings),
            client_id=f"{self.settings.service_name}-outbox",
            enable_idempotence=True, acks="all", linger_ms=5, request_timeout_ms=10000,
            max_batch_size=256 * 1024)
        try:
            await producer.start()
        except Exception:
            await producer.stop()
            raise
        return producer

    IN_FLIGHT = 3  # batches sent and not yet marked: the next batch is read while the broker acknowledges

    async def _publish(self, conn: asyncpg.Connection, producer: AIOKafkaProducer, budget: int = 20) -> int:
        """Publish the unpublished rows in `seq` order, `outbox_batch_size` per read, up to `budget` reads:
        while a batch is being acknowledged the next one is read and handed to the producer (which keeps the
        order per partition, hence per key); a batch is marked published once all its sends are acknowledged,
        oldest first. On a failure the sends in flight settle, those acknowledged are marked, and the rest stay for
        the next attempt, in order (at least once)."""
        size = self.settings.outbox_batch_size
        inflight: collections.deque[tuple[list, list[asyncio.Future]]] = collections.deque()
        total, last_seq, reads, self._more = 0, 0, 0, True
        try:
            while True:
                rows = []
                if self._more and reads < budget:
                    rows = await conn.fetch(
                        "select seq, event_id, topic, key, event_type, envelope from outbox "
                        "where published_at is null and seq > $2 order by seq limit $1", size, last_seq)
                    reads += 1
                    self._more = len(rows) == size
                    if rows:
                        last_seq = rows[-1]["seq"]
                        inflight.append((rows, await self._send(producer, rows)))
                reading = self._more and reads < budget
                while inflight and (not reading or len(inflight) >= self.IN_FLIGHT
                                    or all(f.done() for f in inflight[0][1])):
                    batch, futures = inflight[0]
                    await asyncio.gather(*futures)  # raises the first failure
                    inflight.popleft()
                    await self._mark(conn, [r["seq"] for r in batch])
                    total += len(batch)
                if not reading and not inflight:
                    return total
        except Exception:
            # Events whose send completed are marked; the rest stay for the next attempt, in order.
            for batch, futures in inflight:
                await asyncio.wait(futures)
                done = [r["seq"] for r, f in zip(batch, futures) if not f.cancelled() and f.exception() is None]
                if done:
                    await self._mark(conn, done)
            raise

    async def _send(self, producer: AIOKafkaProducer, rows: list) -> list[asyncio.Future]:
        """Hand the rows to the producer (no wait for the broker: `send` returns the delivery future)."""
        futures = []
        for r in rows:
            envelope = r["envelope"] if isinstance(r["envelope"], str) else json.dumps(r["envelope"])
            headers = [("ce_id", str(r["event_id"]).encode()), ("ce_type", r["event_type"].encode()),
                       ("content-type", b"application/cloudevents+json")]
            span = None
            if tracing.ON:
                env = r["envelope"] if isinstance(r["envelope"], dict) else json.loads(envelope)
                if env.get("traceparent"):
                    headers.append(("traceparent", env["traceparent"].encode()))
                span = tracing.producer_span(self.settings.service_name, r["topic"], str(r["event_id"]),
                                             r["event_type"], env.get("traceparent"))
            try:
                futures.append(await producer.send(r["topic"], value=envelope.encode(), key=r["key"].encode(),
                                                   headers=headers))
            finally:
                if span is not None:
                    span.end()
        return futures

    async def _mark(self, conn: asyncpg.Connection, seqs: list[int]) -> None:
        await conn.execute("update outbox set published_at = now() where seq = any($1::bigint[])", seqs)
        metrics.OUTBOX_PUBLISHED.labels(self.settings.service_name).inc(len(seqs))

    async def _update_gauges(self, conn: asyncpg.Connection) -> None:
        row = await conn.fetchrow(
            "select count(*) as n, extract(epoch from now() - min(created_at)) as age "
            "from outbox where published_at is null")
        metrics.OUTBOX_BACKLOG.labels(self.settings.service_name).set(row["n"])
        metrics.OUTBOX_OLDEST_AGE.labels(self.settings.service_name).set(float(row["age"] or 0.0))


async def purge(conn: asyncpg.Connection, settings: Settings) -> tuple[int, int]:
    """Retention: delete published outbox rows older than `outbox_retention_seconds` and inbox rows older than
    `inbox_retention_seconds`, `retention_batch_size` rows per statement (short transactions, short locks), at
    most `retention_max_batches` statements per table per run. Returns (outbox rows, inbox rows) deleted.

    The outbox batch walks the primary key in order (published rows are the old end of `seq`), so it stops
    after a batch's worth of rows; the inbox has no index on `processed_at`, so its batch is a scan that stops
    at the batch size (the run is every few minutes, off the request path)."""
    service = settings.service_name
    batch, rounds = settings.retention_batch_size, settings.retention_max_batches
    outbox_deleted = inbox_deleted = 0
    for _ in range(rounds):
        # The application role may not DELETE from outbox or inbox: retention deletes through the owner's
        # SECURITY DEFINER functions (shared/migrate.py), which delete only what retention may.
        n = await conn.fetchval("select platform_purge_outbox($1, $2)", settings.outbox_retention_seconds, batch)
        outbox_deleted += n
        if n < batch:
            break
    for _ in range(rounds):
        n = await conn.fetchval("select platform_purge_inbox($1, $2)", settings.inbox_retention_seconds, batch)
        inbox_deleted += n
        if n < batch:
            break
    if outbox_deleted:
        metrics.OUTBOX_PURGED.labels(service).inc(outbox_deleted)
    if inbox_deleted:
        metrics.INBOX_PURGED.labels(service).inc(inbox_deleted)
    row = await conn.fetchrow(
        "select (select count(*) from outbox where published_at is not null) as published, "
        "(select count(*) from inbox) as inbox")
    metrics.OUTBOX_RETAINED.labels(service).set(row["published"])
    metrics.INBOX_RETAINED.labels(service).set(row["inbox"])
    metrics.RETENTION_LAST_RUN.labels(service).set(time.time())
    if outbox_deleted or inbox_deleted:
        log.info("retention: deleted %s published outbox rows and %s inbox rows", outbox_deleted, inbox_deleted)
    return outbox_deleted, inbox_deleted
