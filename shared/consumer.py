"""Idempotent consumer runner (inbox pattern), applied set-based per fetched batch.

Each `getmany` batch (all partitions fetched, up to `BATCH_MAX_RECORDS`) is applied in one transaction: one
`INSERT INTO inbox … SELECT FROM unnest(…) ON CONFLICT DO NOTHING RETURNING event_id` for the whole batch, then the
handlers for the new events only, in order, as runs of one event type: a batch handler (`@sub.on_batch`) gets a
run at once and applies it set-based (one upsert); a per-event handler (`@sub.on`) is called for each event of the
run. A redelivered event finds its inbox row and has no second effect. Kafka offsets are committed only after the
database commit, once per batch, for partitions this consumer still owns, by a background committer (a commit
takes milliseconds on the broker and the next batch need not wait for it).

When the batch fails, it rolls back and each partition is applied on its own (one transaction); a partition that
fails again is applied record by record to find the failing record: the records before it are committed, and it is
retried with bounded exponential backoff after seeking back to it (so `getmany` does not skip it); its partition is
paused meanwhile and the others go on. After `consumer_max_attempts` failures it goes to `<topic>.dlq` with its
error, and the partition moves on. A record that is not a valid CloudEvent, or whose payload breaks the contract its
handler declares, or that a use case refuses (a `DomainError`: the same record would be refused again), goes to the
DLQ at once. Order per key holds: a key lives in one partition and a partition's records are applied in offset
order (a run of one type never jumps over an event of another type).

Typed subscriptions: a handler is declared for a contract model and receives the validated payload and the
delivery (transaction, settings, envelope):

    linkages = Subscription(group="asset-core.linkages", topics=[dispatch.TOPIC])

    @linkages.on(dispatch.AssetFoundOnSite)
    async def asset_found_on_site(p: dispatch.AssetFoundOnSite, d: Delivery) -> None: ...

    @cases.on_batch(asset_core.CaseRegistered)   # set-based: one statement for the run
    async def cases_registered(items: list[tuple[asset_core.CaseRegistered, Delivery]], session) -> None: ...

A batch handler must give the same result as applying its items one after another (several events of one key can
be in a run: `DISTINCT ON` the key, latest event wins, and keep the last-event-time guard); it is also called with
a single item (record-by-record fallback, tracing). The envelope is validated together with its payload in one
pass (`d.event.data` is the payload model); the relay's `ce_type` header lets a record of a type the subscription
does not read be acknowledged without parsing it.

`Subscription.contracts` is what the AsyncAPI export writes as the service's `receive` operations.

Traces (when on, shared/tracing.py): each record is handled in a consumer span whose parent is the envelope's
`traceparent` (the producing request), so the handler's database work joins the producer's trace; with tracing on,
the records of a batch are therefore applied one at a time (in the batch's one transaction), set-based batching
being what tracing costs. The batch's own commit is not traced."""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, NamedTuple, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from pydantic import ValidationError, create_model
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import metrics, tracing
from shared.db import PlatformTables
from shared.events import CloudEvent, EventPayload
from shared.kafka import client_options
from shared.legal import DomainError
from shared.settings import Settings
from shared.topics import dlq_topic

log = logging.getLogger(__name__)

Handler = Callable[[AsyncSession, CloudEvent], Awaitable[None]]  # untyped: the raw envelope (platform tests)
P = TypeVar("P", bound=EventPayload)
BATCH_MAX_RECORDS = 2000  # records per getmany (all partitions): one transaction, one inbox insert, one commit
PARSE_SLICE = 200  # records parsed between two yields to the event loop (the API shares it)


class _RecordFailed(Exception):
    def __init__(self, index: int, error: Exception) -> None:
        super().__init__(str(error))
        self.index, self.error = index, error


class PoisonMessage(Exception):
    """The record can never be processed (not JSON, not a CloudEvent, payload breaks its contract)."""


class Delivery(NamedTuple):  # immutable, and cheap to make for every event of a batch
    """What a typed handler gets beside its payload: the batch's transaction (inbox row included), the
    service's settings and the CloudEvent envelope (id, source, time, caseid, …)."""

    session: AsyncSession
    settings: Settings
    event: CloudEvent


BatchHandler = Callable[[list[tuple[Any, Delivery]], AsyncSession], Awaitable[None]]


@dataclass(slots=True)
class _Item:
    """A parsed record: `event` None when the subscription does not read its type (acknowledged, ignored)."""
    record: ConsumerRecord
    event: CloudEvent | None = None
    payload: Any = None


def _envelope_model(contract: type[EventPayload]) -> type[CloudEvent]:
    """The CloudEvent whose `data` is the contract: envelope and payload validated in one pass from the bytes."""
    return create_model(f"{contract.__name__}Envelope", __base__=CloudEvent, data=(contract, ...))


class Subscription:
    """One consumer group on some topics, with a handler per contract model (`@sub.on(Model)` per event,
    `@sub.on_batch(Model)` per run of events); event types without a handler are acknowledged and ignored."""

    def __init__(self, group: str, topics: list[str], handlers: dict[str, Handler] | None = None,
                 after_db_commit: Callable[[ConsumerRecord], Awaitable[None]] | None = None) -> None:
        self.group = group  # consumer group id, without the test prefix
        self.topics = list(topics)  # contract topic names, without the test prefix
        self.handlers: dict[str, Handler] = dict(handlers or {})
        self.contracts: dict[str, type[EventPayload]] = {}  # event type -> the payload model it is read as
        self._typed: dict[str, Callable[[Any, Delivery], Awaitable[None]]] = {}
        self._batch: dict[str, BatchHandler] = {}
        self._envelopes: dict[str, type[CloudEvent]] = {}
        # Test hook: called after the database commit and before the offset commit.
        self.after_db_commit = after_db_commit

    def _reads(self, contract: type[EventPayload]) -> None:
        if contract.TOPIC not in self.topics:
            raise ValueError(f"{self.group}: {contract.EVENT_TYPE} is published on {contract.TOPIC}, "
                             f"which this subscription does not read")

    def _register(self, contract: type[EventPayload]) -> None:
        if contract.EVENT_TYPE in self.contracts:
            raise ValueError(f"{self.group}: a second handler for {contract.EVENT_TYPE}")
        self.contracts[contract.EVENT_TYPE] = contract
        self._envelopes[contract.EVENT_TYPE] = _envelope_model(contract)

    def on(self, contract: type[P]) -> Callable[[Callable[[P, Delivery], Awaitable[None]]],
                                                Callable[[P, Delivery], Awaitable[None]]]:
        self._reads(contract)

        def register(fn: Callable[[P, Delivery], Awaitable[None]]) -> Callable[[P, Delivery], Awaitable[None]]:
            self._register(contract)
            self._typed[contract.EVENT_TYPE] = fn
            return fn
        return register

    def on_batch(self, contract: type[P]) -> Callable[[Callable[[list[tuple[P, Delivery]], AsyncSession],
                                                                 Awaitable[None]]], Any]:
        """A set-based handler: called with a run of consecutive events of this type (in order) and the
        transaction; it must equal applying them one after another."""
        self._reads(contract)

        def register(fn: Callable[[list[tuple[P, Delivery]], AsyncSession], Awaitable[None]]) -> Any:
            self._register(contract)
            self._batch[contract.EVENT_TYPE] = fn
            return fn
        return register

    def with_hook(self, after_db_commit: Callable[[ConsumerRecord], Awaitable[None]]) -> "Subscription":
        """A copy that calls `after_db_commit` (tests)."""
        copy = Subscription(self.group, self.topics, self.handlers, after_db_commit)
        copy.contracts, copy._typed, copy._batch = dict(self.contracts), dict(self._typed), dict(self._batch)
        copy._envelopes = dict(self._envelopes)
        return copy

    def handles(self, event_type: str) -> bool:
        return event_type in self.contracts or event_type in self.handlers

    def parse(self, value: bytes | None, type_hint: str | None = None) -> tuple[CloudEvent, Any] | None:
        """(envelope, payload) of a record, None when this subscription does not read its type. `type_hint` is
        the record's `ce_type` header. Raises PoisonMessage."""
        if type_hint is not None and not self.handles(type_hint):
            return None
        envelope = self._envelopes.get(type_hint) if type_hint is not None else None
        if envelope is not None and value is not None:
            try:
                event = envelope.model_validate_json(value)
            except ValidationError:
                event = None  # say why below: not a CloudEvent, or the payload
            if event is not None and event.type == type_hint:
                return event, event.data
        try:
            event = CloudEvent.model_validate_json(value or b"")
        except ValidationError as exc:
            raise PoisonMessage(f"not a CloudEvent: {exc}") from exc
        if not self.handles(event.type):
            return None
        envelope = self._envelopes.get(event.type)
        if envelope is None:
            return event, None  # untyped handler: the raw envelope
        try:
            event = envelope.model_validate(event.model_dump())
        except ValidationError as exc:
            raise PoisonMessage(f"payload breaks the {event.type} contract: {exc}") from exc
        return event, event.data

    async def dispatch(self, session: AsyncSession, settings: Settings, event: CloudEvent) -> None:
        """One event (its payload validated here) to its handler."""
        if event.type in self.handlers and event.type not in self.contracts:
            await self.handlers[event.type](session, event)
            return
        try:
            payload = self.contracts[event.type].model_validate(event.data)
        except ValidationError as exc:
            raise PoisonMessage(f"payload breaks the {event.type} contract: {exc}") from exc
        await self.apply(session, settings, event.type, [(event, payload)])

    async def apply(self, session: AsyncSession, settings: Settings, event_type: str,
                    events: list[tuple[CloudEvent, Any]]) -> None:
        """A run of events of one type, in order: the batch handler once, or the per-event handler for each."""
        batch = self._batch.get(event_type)
        if batch is not None:
            await batch([(payload, Delivery(session, settings, event)) for event, payload in events], session)
            return
        typed = self._typed.get(event_type)
        for event, payload in events:
            if typed is not None:
                await typed(payload, Delivery(session, settings, event))
            else:
                await self.handlers[event_type](session, event)


def _type_hint(record: ConsumerRecord) -> str | None:
    for name, value in record.headers or ():
        if name == "ce_type":
            try:
                return value.decode()
            except (AttributeError, UnicodeDecodeError):
                return None
    return None


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
        self._pending: dict[TopicPartition, int] = {}  # offsets to commit (database committed), per partition
        self._commit_wake = asyncio.Event()
        # Built once. One statement per batch: the inbox rows of every handled record; it answers with one row, the
        # ids that were there already (redeliveries; usually none), so a batch costs no row per event coming back.
        self._inbox_insert = text(
            "with batch as (select * from unnest(cast(:ids as text[]), cast(:types as text[]), cast(:topics as text[]), "
            "cast(:partitions as integer[]), cast(:offsets as bigint[])) "
            "as t(event_id, event_type, topic, partition, kafka_offset)), "
            f"added as (insert into {platform.inbox.name} "
            "(consumer_group, event_id, event_type, topic, partition, kafka_offset) "
            "select cast(:group as text), event_id, event_type, topic, partition, kafka_offset from batch "
            "on conflict do nothing returning event_id) "
            "select array(select event_id from batch except select event_id from added)")
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
                auto_offset_reset="earliest", isolation_level="read_committed",
                fetch_max_wait_ms=self.settings.kafka_fetch_max_wait_ms, **client_options(self.settings))
            producer = AIOKafkaProducer(bootstrap_servers=self.settings.kafka_bootstrap_servers,
                                        enable_idempotence=True, acks="all", **client_options(self.settings))
            try:
                started = await asyncio.gather(consumer.start(), producer.start(), self._connect(),
                                               return_exceptions=True)
                for outcome in started:  # at once: the DLQ producer and the database need not wait for the group
                    if isinstance(outcome, BaseException):
                        raise outcome
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
                    try:  # asyncio.timeout, not wait_for: 3.11's wait_for can swallow the task's cancellation
                        async with asyncio.timeout(5):
                            await client.stop()
                    except Exception:
                        pass

    async def _connect(self) -> None:
        """A pooled database connection ready before the first batch (catch-up starts with one)."""
        async with self.sessions() as session:
            await session.connection()

    async def _loop(self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer) -> None:
        self._paused.clear()
        self._pending.clear()
        committer = asyncio.create_task(self._committer(consumer), name=f"offsets-{self.group}")
        fetch: asyncio.Task | None = None
        try:
            while True:
                now = asyncio.get_running_loop().time()
                for tp, until in list(self._paused.items()):  # backoff over: fetch that partition again
                    if until <= now:
                        del self._paused[tp]
                        if tp in consumer.assignment():
                            consumer.resume(tp)
                if fetch is None:
                    fetch = asyncio.create_task(self._fetch(consumer))
                batches, parsed = await fetch
                fetch = None
                assigned = consumer.assignment()
                # A partition paused (backing off, sought back) or revoked while these were fetched: drop them,
                # they come again from where it stands.
                ready = {tp: records for tp, records in batches.items()
                         if records and tp not in self._paused and tp in assigned}
                if ready:
                    # The next batch is fetched and parsed while this one is in the database.
                    fetch = asyncio.create_task(self._fetch(consumer))
                    await self._batch(consumer, producer, ready, parsed)
                if committer.done():  # it only ends by failing: surface that
                    committer.result()
                self._report_lag(consumer)
        except asyncio.CancelledError:  # stopping: hand in what the database has committed
            committer.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(self._flush(consumer), timeout=5)
            raise
        finally:
            committer.cancel()
            if fetch is not None:
                fetch.cancel()
                with contextlib.suppress(BaseException):
                    await fetch

    async def _fetch(self, consumer: AIOKafkaConsumer
                     ) -> tuple[dict[TopicPartition, list[ConsumerRecord]], dict[TopicPartition, list[_Item]]]:
        """The next records and, per partition without a poison record, their parsed items."""
        now = asyncio.get_running_loop().time()
        wait = min([500.0] + [max(10.0, (u - now) * 1000) for u in self._paused.values()])
        batches = await consumer.getmany(timeout_ms=int(wait), max_records=BATCH_MAX_RECORDS)
        parsed: dict[TopicPartition, list[_Item]] = {}
        for tp, records in batches.items():
            items: list[_Item] = []
            try:
                for start in range(0, len(records), PARSE_SLICE):
                    items.extend(self._parse(r) for r in records[start:start + PARSE_SLICE])
                    await asyncio.sleep(0)  # a large batch does not hold up the service's requests meanwhile
            except PoisonMessage:
                continue  # found again, with its index, when the partition is applied on its own
            parsed[tp] = items
        return batches, parsed

    # ------------------------------------------------------------------ offsets
    def _done(self, tp: TopicPartition, next_offset: int) -> None:
        """The database has committed everything of `tp` before `next_offset`: commit that offset soon."""
        self._pending[tp] = next_offset
        self._next[tp] = next_offset
        self._commit_wake.set()

    async def _committer(self, consumer: AIOKafkaConsumer) -> None:
        """Offsets off the critical path: one commit at a time, of the latest offsets done meanwhile."""
        while True:
            await self._commit_wake.wait()
            self._commit_wake.clear()
            await self._flush(consumer)

    async def _flush(self, consumer: AIOKafkaConsumer) -> None:
        assigned = consumer.assignment()
        offsets = {tp: o for tp, o in self._pending.items() if tp in assigned}  # only partitions still ours
        for tp in [tp for tp in self._pending if tp not in assigned]:
            del self._pending[tp]  # revoked: the new owner resumes from the committed offset (the inbox dedupes)
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the records come again and the inbox recognises them; the next batch retries
            log.warning("consumer %s: offset commit failed: %s: %s", self.group, type(exc).__name__, exc)
            return
        for tp, o in offsets.items():
            if self._pending.get(tp) == o:
                del self._pending[tp]

    # ------------------------------------------------------------------ applying records
    async def _batch(self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer,
                     ready: dict[TopicPartition, list[ConsumerRecord]],
                     parsed_all: dict[TopicPartition, list[_Item]]) -> None:
        """All fetched partitions in one transaction; a partition with a poison record, or every partition
        when the transaction fails, is applied on its own (`_partition`)."""
        parsed = {tp: parsed_all[tp] for tp in ready if tp in parsed_all}
        alone = [tp for tp in ready if tp not in parsed]
        if parsed:
            items = [item for tp_items in parsed.values() for item in tp_items]
            try:
                with tracing.quiet():  # the batch's begin/commit; each record's own span un-suppresses its queries
                    async with self.sessions() as session, session.begin():
                        applied = await self._apply_items(session, items)
            except Exception as exc:
                log.info("consumer %s: batch of %d records failed (%s: %s); applying partition by partition",
                         self.group, len(items), type(exc).__name__, exc)
                alone.extend(parsed)
            else:
                self._count(applied)
                for tp, tp_items in parsed.items():
                    for item in tp_items:
                        self._attempts.pop((tp, item.record.offset), None)
                        if self.sub.after_db_commit is not None:
                            await self.sub.after_db_commit(item.record)
                    self._done(tp, tp_items[-1].record.offset + 1)
        for tp in alone:
            await self._partition(consumer, producer, tp, ready[tp])

    def _count(self, applied: int) -> None:
        if applied:
            self.processed += applied
            metrics.CONSUMER_PROCESSED.labels(self.sub.group).inc(applied)

    def _parse(self, record: ConsumerRecord) -> _Item:
        parsed = self.sub.parse(record.value, _type_hint(record))
        if parsed is None:
            return _Item(record)
        return _Item(record, parsed[0], parsed[1])

    async def _apply_items(self, session: AsyncSession, items: list[_Item]) -> int:
        """Inbox rows for the handled records (one statement), then the handlers for the new ones, in order, by
        runs of one event type. Returns how many were new. Each record in its own span when tracing is on."""
        if tracing.ON:
            applied = 0
            for item in items:
                if item.event is None:
                    continue
                e, r = item.event, item.record
                with tracing.consumer_span(self.settings.service_name, self.sub.group, r.topic, r.partition,
                                           r.offset, e.id, e.type, e.traceparent):
                    applied += await self._apply_set(session, [item])
            return applied
        return await self._apply_set(session, items)

    async def _apply_set(self, session: AsyncSession, items: list[_Item]) -> int:
        handled = [item for item in items if item.event is not None]
        if not handled:
            return 0
        seen = set((await session.execute(self._inbox_insert, {
            "group": self.sub.group, "ids": [i.event.id for i in handled], "types": [i.event.type for i in handled],
            "topics": [i.record.topic for i in handled], "partitions": [i.record.partition for i in handled],
            "offsets": [i.record.offset for i in handled]})).scalar_one())  # processed before this batch
        fresh = []
        for item in handled:
            if item.event.id not in seen:
                seen.add(item.event.id)  # the same event twice in one batch: the first one counts
                fresh.append(item)
        if len(fresh) < len(handled):  # already processed: redelivery has no second effect
            metrics.CONSUMER_DUPLICATES.labels(self.sub.group).inc(len(handled) - len(fresh))
        for event_type, run in itertools.groupby(fresh, key=lambda i: i.event.type):
            try:
                await self.sub.apply(session, self.settings, event_type, [(i.event, i.payload) for i in run])
            except ValidationError as exc:
                raise PoisonMessage(f"payload breaks the {event_type} contract: {exc}") from exc
            except DomainError as exc:  # a use case refused it: deterministic, so retrying cannot help
                raise PoisonMessage(f"refused: {exc.code}: {exc}") from exc
        return len(fresh)

    async def _partition(self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer, tp: TopicPartition,
                         records: list[ConsumerRecord]) -> None:
        """A partition's records on their own: in one transaction, set-based; when that fails, record by record
        to find the failing one: the records before it are applied again and committed, and it is retried or
        dead-lettered."""
        done: int | None = None  # offset of the last record handled (processed, ignored or dead-lettered)
        i = 0
        try:
            while i < len(records):
                if tp not in consumer.assignment():
                    return  # revoked in a rebalance: the new owner resumes from the committed offset
                failed_at, error, applied = await self._apply_run(records, i, len(records), one_by_one=False)
                if failed_at is None:  # which record? one by one (a set-based statement does not say)
                    failed_at, error, applied = await self._apply_run(records, i, len(records), one_by_one=True)
                assert failed_at is not None
                if error is not None and failed_at > i:  # rolled back: commit the good prefix on its own
                    _, again, applied = await self._apply_run(records, i, failed_at, one_by_one=False)
                    if again is not None:
                        raise again  # not deterministic: restart from the committed offset
                # committed: records[i:failed_at] are done
                self._count(applied)
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
                self._done(tp, done + 1)

    async def _apply_run(self, records: list[ConsumerRecord], start: int, stop: int, *, one_by_one: bool
                         ) -> tuple[int | None, Exception | None, int]:
        """records[start:stop] in one transaction: (stop, None, applied) when all committed, else (index of the
        failing record, its error, 0) with everything rolled back. The index is None when a set-based statement
        failed (it names no record); a poison record is found before the database, wherever it is."""
        items: list[_Item] = []
        for j in range(start, stop):
            try:
                items.append(self._parse(records[j]))
            except PoisonMessage as exc:
                return j, exc, 0
        try:
            with tracing.quiet():  # the batch's begin/commit; each record's own span un-suppresses its queries
                async with self.sessions() as session, session.begin():
                    if not one_by_one:
                        try:
                            applied = await self._apply_items(session, items)
                        except Exception as exc:
                            raise _RecordFailed(-1, exc) from exc
                    else:
                        applied = 0
                        for j, item in enumerate(items, start):
                            try:
                                applied += await self._apply_items(session, [item])
                            except Exception as exc:
                                raise _RecordFailed(j, exc) from exc
        except _RecordFailed as failed:
            return (None if failed.index < 0 else failed.index), failed.error, 0
        return stop, None, applied

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
