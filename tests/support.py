"""Test support: isolated worlds (fresh databases and a topic prefix per test run), waiting for conditions."""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Awaitable, Callable, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from shared.auth import issue_token, keygen
from shared.events import new_event
from shared.kafka import client_options
from shared.migrate import upgrade
from shared.settings import ROOT, Settings
from shared.topics import delete_topics_with_prefix

T = TypeVar("T")
RUN_ID = uuid.uuid4().hex[:8]
COURT = "内0621"  # 达拉特旗人民法院
OTHER_COURT = "内0602"  # 鄂尔多斯市东胜区人民法院


def infra_up() -> None:
    subprocess.run([sys.executable, str(ROOT / "deploy" / "local" / "infra.py"), "up"], check=True)
    keygen(Settings())


def infra(cmd: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "deploy" / "local" / "infra.py"), cmd], check=True)


def server_dsn(settings: Settings, database: str = "postgres") -> str:
    """The owner's connection (creating databases, migrations, inspecting and arranging rows in tests)."""
    url = settings.migration_database_url or settings.database_url
    parts = urlsplit(url.replace("postgresql+asyncpg://", "postgresql://"))
    return urlunsplit(parts._replace(path="/" + database))


def app_role(service: str) -> str:
    """The login role a service connects as (deploy/local/infra.py creates them; docs/adr/0011)."""
    return f"{service}_app"


def app_server_url(settings: Settings, service: str) -> str:
    """The owner's server URL with the service's application role as the user (trust on loopback locally)."""
    parts = urlsplit(server_dsn(settings))
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{app_role(service)}@{host}"))


@dataclass
class World:
    """Fresh databases for some services and a unique topic prefix: tests never see each other's data."""

    name: str
    services: list[str]
    base: Settings = field(default_factory=Settings)

    @property
    def prefix(self) -> str:
        return f"{self.name}."

    def database(self, service: str) -> str:
        return f"{self.name}_{service}"

    def settings(self, service: str, **overrides) -> Settings:
        """The service's settings: it connects as its application role; migrations as the owner."""
        return self.base.model_copy(update={"service_name": service, "database_name": self.database(service),
                                            "database_url": app_server_url(self.base, service),
                                            "migration_database_url": server_dsn(self.base),
                                            "service_database_url": None, "service_migration_database_url": None,
                                            "database_app_role": None,
                                            "topic_prefix": self.prefix, "environment": "test",
                                            "log_json": False, "gc_freeze_at_start": False, **overrides})

    def env(self, service: str) -> dict[str, str]:
        return {"DATABASE_NAME": self.database(service), "TOPIC_PREFIX": self.prefix, "ENVIRONMENT": "test",
                "DATABASE_URL": app_server_url(self.base, service), "MIGRATION_DATABASE_URL": server_dsn(self.base),
                "KAFKA_BOOTSTRAP_SERVERS": self.base.kafka_bootstrap_servers,
                "LOG_LEVEL": "WARNING", "SWEEP_INTERVAL_SECONDS": "3600"}  # tests sweep explicitly

    async def create(self) -> None:
        conn = await asyncpg.connect(server_dsn(self.base))
        try:
            for s in self.services:  # cluster-wide; infra.py creates them too (a server managed elsewhere: here)
                await conn.execute(f"""do $$ begin create role "{app_role(s)}" login noinherit;
                    exception when duplicate_object or unique_violation then null; end $$""")
            for s in self.services:
                await conn.execute(f'drop database if exists "{self.database(s)}" with (force)')
                await conn.execute(f'create database "{self.database(s)}"')
        finally:
            await conn.close()
        for s in self.services:
            await asyncio.to_thread(upgrade, s, self.settings(s))

    async def destroy(self) -> None:
        conn = await asyncpg.connect(server_dsn(self.base))
        try:
            for s in self.services:
                await conn.execute(f'drop database if exists "{self.database(s)}" with (force)')
        finally:
            await conn.close()
        try:
            await asyncio.wait_for(delete_topics_with_prefix(self.base, self.prefix), 30)
        except Exception:
            pass

    async def connect(self, service: str) -> asyncpg.Connection:
        return await asyncpg.connect(server_dsn(self.base, self.database(service)))


async def wait_for(condition: Callable[[], Awaitable[T]], timeout: float = 30.0, interval: float = 0.05,
                   what: str = "condition") -> T:
    """Poll an async condition until it returns a truthy value, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        last = await condition()
        if last:
            return last
        await asyncio.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; last value: {last!r}")


def token(role: str | list[str] = "clerk", org: str = COURT, sub: str = "tester", hours: float = 1) -> str:
    roles = [role] if isinstance(role, str) else role
    return issue_token(Settings(), sub=sub, org=org, roles=roles, hours=hours)


def auth(role: str | list[str] = "clerk", org: str = COURT, sub: str = "tester") -> dict[str, str]:
    return {"Authorization": f"Bearer {token(role, org, sub)}"}


_seq = iter(range(1, 10_000_000))


def case_body(court: str = COURT, year: int = 2024, **overrides) -> dict:
    n = next(_seq) + int(RUN_ID[:4], 16) % 1000 * 10_000
    body = {"case_number": f"（{year}）{court}执{n}号", "filed_on": f"{year}-03-01", "amount_owed_fen": 7_000_000_000,
            "livelihood_category": "none", "applicants": ["中国某银行股份有限公司鄂尔多斯分行"],
            "respondents": ["内蒙古某房地产开发有限公司"]}
    body.update(overrides)
    return body


_KEY = object()


async def publish(world: "World", payload, key: str, *, subject: str | None = None, caseid=_KEY,
                  orgcode: str | None = COURT, twice: bool = False) -> str:
    """Publish a contract event to the world's topic as its publisher would: `key` is the partition key
    (the case id; `caseid` defaults to it); twice: a redelivery with the same event id."""
    event = new_event(payload, subject=subject or f"cases/{key}", caseid=key if caseid is _KEY else caseid,
                      orgcode=orgcode)
    producer = AIOKafkaProducer(bootstrap_servers=world.base.kafka_bootstrap_servers, enable_idempotence=True,
                                **client_options(world.base))
    await producer.start()
    try:
        for _ in range(2 if twice else 1):
            await producer.send_and_wait(world.prefix + payload.TOPIC, event.model_dump_json().encode(),
                                         key=key.encode())
    finally:
        await producer.stop()
    return event.id


async def dead_letter(world: "World", topic: str, event_id: str, timeout: float = 60) -> dict[str, bytes]:
    """Wait for the event in `<topic>.dlq` (topic without the world's prefix); return its headers."""
    consumer = AIOKafkaConsumer(world.prefix + topic + ".dlq", bootstrap_servers=world.base.kafka_bootstrap_servers,
                                auto_offset_reset="earliest", enable_auto_commit=False, **client_options(world.base))
    await consumer.start()
    seen: list[tuple[str, dict[str, bytes]]] = []
    try:
        async def arrived():
            batch = await consumer.getmany(timeout_ms=500)
            seen.extend((json.loads(r.value)["id"], dict(r.headers)) for rs in batch.values() for r in rs)
            return next((h for i, h in seen if i == event_id), None)
        return await wait_for(arrived, timeout=timeout, what=f"event {event_id} in {topic}.dlq")
    finally:
        await consumer.stop()
