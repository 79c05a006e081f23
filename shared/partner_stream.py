"""The partner stream of a service (docs/adr/0012): consumes the service's own internal topic and produces each
event to its partner topics (shared/contracts/partners.py), masked at the `masked` level, with the same event id
(`ce_id` header), type header and Kafka key, so a partner deduplicates by event id and each case stays ordered.

It runs in the owning service's process beside the outbox relay (shared/app.py), as consumer group
`<service>.partner-stream`: the replicas share the partitions. At least once: a partition's offset is committed only
after every copy of its records was acknowledged (idempotent producer, acks=all), in one commit for all partitions
at most every `partner_stream_commit_interval_seconds` (as Kafka Streams' commit.interval.ms: an offset commit per
record cost the broker more CPU than the copy); after a crash or a rebalance the uncommitted records are copied
again (same event ids). A record that is not a JSON object is never forwarded
(nothing unmasked can leak through it) and is counted."""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from prometheus_client import Counter

from shared.contracts import PUBLISHERS
from shared.contracts.partners import MASKING_ATTRIBUTE, partner_envelope, partner_topics
from shared.kafka import client_options
from shared.settings import Settings

log = logging.getLogger(__name__)

COPIED = Counter("partner_stream_records_total", "Events copied to partner topics", ["service", "level"])
REFUSED = Counter("partner_stream_refused_total", "Internal records not forwarded (not a JSON event)", ["service"])
FORWARDED_HEADERS = ("ce_id", "ce_type", "content-type", "traceparent")


def stream_group(service: str) -> str:
    return f"{service.replace('_', '-')}.partner-stream"


class PartnerStream:
    # The copies wait up to this long to share a produce request: one request per record cost the process and the
    # broker more than the copying (partners read minutes-old streams; 20 ms is not seen).
    LINGER_MS = 20

    def __init__(self, settings: Settings, service: str) -> None:
        self.settings = settings
        self.service = service
        self.source = settings.topic(PUBLISHERS[service].TOPIC)
        self.targets = {level: settings.topic(t) for level, t in partner_topics(service).items()}
        self.group = settings.topic(stream_group(service))
        self._task: asyncio.Task | None = None
        self.copied = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name=f"partner-stream-{self.service}")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def run(self) -> None:
        backoff = 0.5
        while True:
            consumer = AIOKafkaConsumer(
                self.source, bootstrap_servers=self.settings.kafka_bootstrap_servers, group_id=self.group,
                client_id=f"{self.settings.service_name}-partner-stream", enable_auto_commit=False,
                auto_offset_reset="earliest", isolation_level="read_committed", **client_options(self.settings))
            producer = AIOKafkaProducer(
                bootstrap_servers=self.settings.kafka_bootstrap_servers, client_id=f"{self.settings.service_name}-partner",
                enable_idempotence=True, acks="all", linger_ms=self.LINGER_MS, **client_options(self.settings))
            try:
                await consumer.start()
                await producer.start()
                backoff = 0.5
                copied: dict = {}  # partition -> next offset, every copy up to it acknowledged, not yet committed
                next_commit = 0.0
                try:
                    while True:
                        batch = await consumer.getmany(timeout_ms=1000, max_records=500)
                        for tp, records in batch.items():
                            await self._copy(producer, records)
                            copied[tp] = records[-1].offset + 1
                        if copied and time.monotonic() >= next_commit:
                            await self._commit(consumer, copied)
                            next_commit = time.monotonic() + self.settings.partner_stream_commit_interval_seconds
                finally:  # stopping or failing: what was copied is committed if it can be (else copied again)
                    if copied:
                        with contextlib.suppress(Exception):
                            async with asyncio.timeout(5):
                                await self._commit(consumer, copied)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("partner stream %s: %s: %s; restarting in %.1fs", self.service, type(exc).__name__, exc,
                            backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
            finally:
                for client in (consumer, producer):
                    try:  # asyncio.timeout, not wait_for: 3.11's wait_for can swallow the task's cancellation
                        async with asyncio.timeout(5):
                            await client.stop()
                    except Exception:
                        pass

    @staticmethod
    async def _commit(consumer: AIOKafkaConsumer, copied: dict) -> None:
        """One offset commit for every partition copied since the last one, of those still assigned (a partition
        taken away by a rebalance is copied again by its new owner, from its last commit: at least once)."""
        assigned = consumer.assignment()
        offsets = {tp: offset for tp, offset in copied.items() if tp in assigned}
        copied.clear()
        if offsets:
            await consumer.commit(offsets)

    async def _copy(self, producer: AIOKafkaProducer, records) -> None:
        pending = []
        for record in records:
            try:
                envelope = json.loads(record.value)
                if not isinstance(envelope, dict) or not isinstance(envelope.get("data", {}), dict):
                    raise ValueError("not a CloudEvent object")
            except (TypeError, ValueError) as exc:
                REFUSED.labels(self.service).inc()
                log.warning("partner stream %s: record %s@%s not forwarded: %s", self.service, record.partition,
                            record.offset, exc)
                continue
            headers = [(k, v) for k, v in (record.headers or ()) if k in FORWARDED_HEADERS]
            for level, topic in self.targets.items():
                value = json.dumps(partner_envelope(envelope, level), ensure_ascii=False).encode()
                pending.append((level, await producer.send(topic, value, key=record.key,
                                                           headers=[*headers, (f"ce_{MASKING_ATTRIBUTE}", level.encode())])))
        for level, future in pending:
            await future
            COPIED.labels(self.service, level).inc()
        self.copied += len(pending)
