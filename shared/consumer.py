"""Idempotent consumer runner (inbox pattern).

For each record: insert the inbox row (consumer group, event id) and run the handler in the batch's
transaction; a redelivered event finds its inbox row and has no second effect. The Kafka offset is
committed only after the database commit, and only for partitions this consumer still owns. A failing
record is retried with bounded exponential backoff after seeking back to it (so `getmany` does not skip
it); its partition is paused meanwhile and the others go on. After `consumer_max_attempts` failures it
goes to `<topic>.dlq` with its error, and the partition moves on. A record that is not a valid CloudEvent, or
whose payload breaks the contract its handler declares, or that a use case refuses (a `DomainError`: the same
record would be refused again), goes to the DLQ at once.

Typed subscriptions: a handler is declared for a contract model and receives the validated payload and the
delivery (transaction, settings, envelope):

    linkages = Subscription(group="asset-core.linkages", topics=[dispatch.TOPIC])

    @linkages.on(dispatch.AssetFoundOnSite)
    async def asset_found_on_site(p: dispatch.AssetFoundOnSite, d: Delivery) -> None: ...

`Subscription.contracts` is what the AsyncAPI export writes as the service's `receive` operations.

Traces (when on, shared/tracing.py): each record is handled in a consumer span whose parent is the envelope's
`traceparent` (the producing request), so the handler's database work joins the producer's trace; the batch's
own commit is not traced."""
from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from pydantic import ValidationError
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import metrics, tracing
from shared.db import PlatformTables
from shared.events import CloudEvent, EventPayload
from shared.legal import DomainError
from shared.settings import Settings
from shared.topics import dlq_topic

log = logging.getLogger(__name__)

Handler = Callable[[AsyncSession, CloudEvent], Awaitable[None]]  # untyped: the raw envelope (platform tests)
P = TypeVar("P", bound=EventPayload)


class _RecordFailed(Exception):
    def __init__(self, index: int, error: Exception) -> None:
        super().__init__(str(error))
        self.index, self.error = index, error


class PoisonMessage(Exception):
    """The record can never be processed (not JSON, not a CloudEvent, payload breaks its contract)."""


@dataclass(frozen=True)
class Delivery:
    """What a typed handler gets beside its payload: the batch's transaction (inbox row included), the
    service's settings and the CloudEvent envelope (id, source, time, caseid, …)."""

    session: AsyncSession
    settings: Settings
    event: CloudEvent


class Subscription:
    """One consumer group on some topics, with a handler per contract model (`@sub.on(Model)`); event types
    without a handler are acknowledged and ignored."""

    def __init__(self, group: str, topics: list[str], handlers: dict[str, Handler] | None = None,
                 after_db_commit: Callable[[ConsumerRecord], Awaitable[None]] | None = None) -> None:
        self.group = group  # consumer group id, without the test prefix
        self.topics = list(topics)  # contract topic names, without the test prefix
        self.handlers: dict[str, Handler] = dict(handlers or {})
        self.contracts: dict[str, type[EventPayload]] = {}  # event type -> the payload model it is read as
        self._typed: dict[str, Callable[[Any, Delivery], Awaitable[None]]] = {}
        # Test hook: called after the database commit and before the offset commit.
        self.after_db_commit = after_db_commit

    def on(self, contract: type[P]) -> Callable[[Callable[[P, Delivery], Awaitable[None]]],
                                                Callable[[P, Delivery], Awaitable[None]]]:
        if contract.TOPIC not in self.topics:
            raise ValueError(f"{self.group}: {contract.EVENT_TYPE} is published on {contract.TOPIC}, "
                             f"which this subscription does not read")

        def register(fn: Callable[[P, Delivery], Awaitable[None]]) -> Callable[[P, Delivery], Awaitable[None]]:
            if contract.EVENT_TYPE in self.contracts:
                raise ValueError(f"{self.group}: a second handler for {contract.EVENT_TYPE}")
            self.contracts[contract.EVENT_TYPE] = contract
            self._typed[contract.EVENT_TYPE] = fn
            return fn
        return register

    def with_hook(self, after_db_commit: Callable[[ConsumerRecord], Awaitable[None]]) -> "Subscription":
        """A copy that calls `after_db_commit` (tests)."""
        copy = Subscription(self.group, self.topics, self.handlers, after_db_commit)
        copy.contracts, copy._typed = dict(self.contracts), dict(self._typed)
        return copy

    def handles(self, event_type: str) -> bool:
        return event_type in self._typed or event_type in self.handlers

    async def dispatch(self, session: AsyncSession, settings: Settings, event: CloudEvent) -> None:
        typed = self._typed.get(event.type)
        if typed is None:
            await self.handlers[event.type](session, event)
            return
        try:
            payload = self.contracts[event.type].model_validate(event.data)
        except ValidationError as exc:
            raise PoisonMessage(f"payload breaks the {event.type} contract: {exc}") from exc
        await typed(payload, Delivery(session, settings, event))


class ConsumerRunner:
    def __init__(self, settings: Settings, sessions: async_sessionmaker[AsyncSession], platform: PlatformTables,
                 sub: Subscription) -> None:
        self.settings = settings
        self.sessions = sessions
        self.platform = platform
        self.sub = sub
        self.group = settings.topic(sub.group)
        self.topics = [settings.topic(t) for t in sub.topics]
        self._task: asyncio.Task | None = None
        self._attempts: dict[tuple[TopicPartition, int], int] = {}
        self._next: dict[TopicPartition, int] = {}
        self._paused: dict[TopicPartition, float] = {}  # partition -> loop time its backoff ends
        inbox = platform.inbox  # built once: statement construction is the hot path's main CPU cost
        self._inbox_insert = insert(inbox).on_conflict_do_nothing().returning(inbox.c.event_id)
        self.processed = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name=f"consumer-{self.group}")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass

    @property
    def task(self) -> asyncio.Task | None:
        return self._task

    async def run(self) -> None:
        backoff = 0.5
        while True:
            consumer = AIOKafkaConsumer(
                *self.topics, bootstrap_servers=self.settings.kafka_bootstrap_servers, group_id=self.group,
                client_id=f"{self.settings.service_name}-{self.sub.group}", enable_auto_commit=False,
                auto_offset_reset="earliest", isolation_level="read_committed")
            producer = AIOKafkaProducer(bootstrap_servers=self.settings.kafka_bootstrap_servers,
                                        enable_idempotence=True, acks="all")
            try:
                await consumer.start()
                await producer.start()
                backoff = 0.5
                await self._loop(consumer, producer)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("consumer %s: %s: %s; restarting in %.1fs", self.group, type(exc).__name__, exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
            finally:
                for client in (consumer, producer):
                    try:
                        await asyncio.wait_for(client.stop(), timeout=5)
                    except Exception:
                        pass

    async def _loop(self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer) -> None:
        self._paused.clear()
        while True:
            now = asyncio.get_running_loop().time()
            for tp, until in list(self._paused.items()):  # backoff over: fetch that partition again
                if until <= now:
                    del self._paused[tp]
                    if tp in consumer.assignment():
                        consumer.resume(tp)
            wait = min([500.0] + [max(10.0, (u - now) * 1000) for u in self._paused.values()])
            batches = await consumer.getmany(timeout_ms=int(wait), max_records=500)
            for tp, records in batches.items():
                if tp not in self._paused:
                    await self._partition(consumer, producer, tp, records)
            self._report_lag(consumer)

    async def _partition(self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer, tp: TopicPartition,
                         records: list[ConsumerRecord]) -> None:
        """Apply a partition's records in one transaction. When one fails, the transaction rolls back, the
        records before it are applied again and committed, and the failing one is retried or dead-lettered."""
        done: int | None = None  # offset of the last record handled (processed, ignored or dead-lettered)
        i = 0
        try:
            while i < len(records):
                if tp not in consumer.assignment():
                    return  # revoked in a rebalance: the new owner resumes from the committed offset
                failed_at, error, applied = await self._apply_run(records, i, len(records))
                if error is not None and failed_at > i:  # rolled back: commit the good prefix on its own
                    _, again, applied = await self._apply_run(records, i, failed_at)
                    if again is not None:
                        raise again  # not deterministic: restart from the committed offset
                # committed: records[i:failed_at] are done
                self.processed += len(applied)
                metrics.CONSUMER_PROCESSED.labels(self.sub.group).inc(len(applied))
                for record in records[i:failed_at]:
                    self._attempts.pop((tp, record.offset), None)
                    if self.sub.after_db_commit is not None:
                        await self.sub.after_db_commit(record)
                    done = record.offset
                if error is None:
                    return
                record = records[failed_at]
                key = (tp, record.offset)
                attempts = self._attempts.get(key, 0) + 1
                self._attempts[key] = attempts
                if not isinstance(error, PoisonMessage) and attempts < self.settings.consumer_max_attempts:
                    delay = min(self.settings.consumer_backoff_base_seconds * 2 ** (attempts - 1),
                                self.settings.consumer_backoff_max_seconds)
                    log.warning("consumer %s: %s@%s offset %s failed (attempt %s): %r; retry in %.2fs",
                                self.group, tp.topic, tp.partition, record.offset, attempts, error, delay)
                    # Back off on this partition only: seek back (otherwise the next getmany skips the rest)
                    # and pause it; the others go on.
                    consumer.seek(tp, record.offset)
                    consumer.pause(tp)
                    self._paused[tp] = asyncio.get_running_loop().time() + delay
                    return
                await self._dead_letter(producer, record, error, attempts)
                self._attempts.pop(key, None)
                done = record.offset
                i = failed_at + 1
        finally:
            # Offsets only after the database commits, and only for partitions still assigned.
            if done is not None and tp in consumer.assignment():
                await consumer.commit({tp: done + 1})
                self._next[tp] = done + 1

    async def _apply_run(self, records: list[ConsumerRecord], start: int, stop: int
                         ) -> tuple[int, Exception | None, list[ConsumerRecord]]:
        """records[start:stop] in one transaction: (stop, None, applied) when all committed, else
        (index of the failing record, its error, []) with everything rolled back."""
        applied: list[ConsumerRecord] = []
        try:
            with tracing.quiet():  # the batch's begin/commit; each record's own span un-suppresses its queries
                await self._apply_records(records, start, stop, applied)
        except _RecordFailed as failed:
            return failed.index, failed.error, []
        return stop, None, applied

    async def _apply_records(self, records: list[ConsumerRecord], start: int, stop: int,
                             applied: list[ConsumerRecord]) -> None:
        async with self.sessions() as session, session.begin():
            for j in range(start, stop):
                try:
                    if await self._apply(session, records[j]):
                        applied.append(records[j])
                except Exception as exc:
                    raise _RecordFailed(j, exc) from exc

    async def _apply(self, session: AsyncSession, record: ConsumerRecord) -> bool:
        """Inbox row + handler in the batch's transaction. False when ignored or already processed."""
        try:
            event = CloudEvent.model_validate(json.loads(record.value))
        except (ValueError, ValidationError, TypeError) as exc:
            raise PoisonMessage(f"not a CloudEvent: {exc}") from exc
        if not self.sub.handles(event.type):
            return False
        if not tracing.ON:
            return await self._handle(session, record, event)
        with tracing.consumer_span(self.settings.service_name, self.sub.group, record.topic, record.partition,
                                   record.offset, event.id, event.type, event.traceparent):
            return await self._handle(session, record, event)

    async def _handle(self, session: AsyncSession, record: ConsumerRecord, event: CloudEvent) -> bool:
        inserted = await session.execute(self._inbox_insert, {
            "consumer_group": self.sub.group, "event_id": event.id, "event_type": event.type,
            "topic": record.topic, "partition": record.partition, "kafka_offset": record.offset})
        if inserted.first() is None:
            metrics.CONSUMER_DUPLICATES.labels(self.sub.group).inc()
            return False  # already processed: redelivery has no second effect
        try:
            await self.sub.dispatch(session, self.settings, event)
        except ValidationError as exc:
            raise PoisonMessage(f"payload breaks the {event.type} contract: {exc}") from exc
        except DomainError as exc:  # a use case refused it: deterministic, so retrying cannot help
            raise PoisonMessage(f"refused: {exc.code}: {exc}") from exc
        return True

    async def _dead_letter(self, producer: AIOKafkaProducer, record: ConsumerRecord, exc: Exception,
                           attempts: int) -> None:
        headers = list(record.headers or []) + [
            ("dlq_error", f"{type(exc).__name__}: {exc}"[:2000].encode()),
            ("dlq_group", self.group.encode()),
            ("dlq_topic", record.topic.encode()),
            ("dlq_partition", str(record.partition).encode()),
            ("dlq_offset", str(record.offset).encode()),
            ("dlq_attempts", str(attempts).encode()),
        ]
        await producer.send_and_wait(dlq_topic(record.topic), value=record.value, key=record.key, headers=headers)
        metrics.DLQ_MESSAGES.labels(self.sub.group, record.topic).inc()
        log.error("consumer %s: %s@%s offset %s sent to %s after %s attempts: %r", self.group, record.topic,
                  record.partition, record.offset, dlq_topic(record.topic), attempts, exc)

    def _report_lag(self, consumer: AIOKafkaConsumer) -> None:
        for tp in consumer.assignment():
            high = consumer.highwater(tp)
            if high is not None and tp in self._next:
                metrics.CONSUMER_LAG.labels(self.sub.group, tp.topic, str(tp.partition)).set(
                    max(high - self._next[tp], 0))
