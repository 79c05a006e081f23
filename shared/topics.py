"""Topic creation: each service makes sure its own topic and the dead-letter topics of what it consumes
exist (`python -m shared.topics` creates every topic of the suite)."""
from __future__ import annotations

import asyncio
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from shared.kafka import client_options
from shared.settings import Settings

log = logging.getLogger(__name__)


# Signed heads of every service's audit chain (shared/checkpoints.py), key = service name. Not compacted on
# purpose: compaction keeps only the last record of a key, so one replayed old checkpoint would erase the newer
# ones; the topic keeps every checkpoint (a few hundred bytes each, only when a chain moved) for ever.
AUDIT_CHECKPOINTS = "audit.checkpoints.v1"
TOPIC_CONFIGS = {AUDIT_CHECKPOINTS: {"cleanup.policy": "delete", "retention.ms": "-1", "retention.bytes": "-1"}}


def dlq_topic(topic: str) -> str:
    return f"{topic}.dlq"


def _configs(settings: Settings, name: str) -> dict[str, str]:
    return next((c for base, c in TOPIC_CONFIGS.items() if name == settings.topic(base)), {})


async def ensure_topics(settings: Settings, names: list[str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers,
                                client_id=f"{settings.service_name}-admin", **client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in dict.fromkeys(names) if n not in existing]
        if not missing:
            return
        try:
            response = await admin.create_topics([NewTopic(n, settings.kafka_partitions, settings.kafka_replication_factor,
                                                           topic_configs=_configs(settings, n)) for n in missing])
        except TopicAlreadyExistsError:
            return
        # Per-topic errors: 36 = created meanwhile by another service; 29 = this Kafka user may not create it (a
        # topic it only reads: its owner or the set-up creates it, and the consumer retries until it exists).
        errors = {name: code for name, code, *_ in response.topic_errors if code not in (0, 36)}
        created = [n for n in missing if n not in errors]
        if created:
            log.info("created topics %s", created)
        if errors:
            log.info("topics not created here %s", errors)
    finally:
        await admin.close()


async def delete_topics_with_prefix(settings: Settings, prefix: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, **client_options(settings))
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if names:
            await admin.delete_topics(names)
    finally:
        await admin.close()


def all_topics(settings: Settings) -> list[str]:
    from shared.contracts import INBOUND_TOPICS, TOPICS
    from shared.contracts.partners import all_partner_topics
    names = [settings.topic(t) for t in TOPICS + INBOUND_TOPICS]
    return (names + [dlq_topic(t) for t in names] + [settings.topic(AUDIT_CHECKPOINTS)]
            + [settings.topic(t) for t in all_partner_topics()])


if __name__ == "__main__":
    s = Settings()
    asyncio.run(ensure_topics(s, all_topics(s)))
    print("[topics] " + ", ".join(all_topics(s)))
