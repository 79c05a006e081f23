"""Database plumbing: naming conventions, the async engine, sessions, and the platform tables every
service database carries (outbox, inbox, idempotency keys, audit log)."""
from __future__ import annotations

import uuid
import weakref
from datetime import datetime, timezone
from typing import Any

from prometheus_client import REGISTRY
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import (BigInteger, Column, DateTime, Identity, Index, Integer, LargeBinary, MetaData, String,
                        Table, event, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from shared.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class PlatformTables:
    """The four tables of the platform, added to a service's MetaData."""

    def __init__(self, metadata: MetaData) -> None:
        self.outbox = Table(
            "outbox", metadata,
            Column("seq", BigInteger, Identity(), primary_key=True),
            Column("event_id", UUID(as_uuid=True), nullable=False, unique=True),
            Column("topic", String(200), nullable=False),
            Column("key", String(200), nullable=False),
            Column("event_type", String(200), nullable=False),
            Column("envelope", JSONB, nullable=False),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
            Column("published_at", DateTime(timezone=True)),
        )
        Index("ix_outbox_unpublished", self.outbox.c.seq, postgresql_where=self.outbox.c.published_at.is_(None))
        self.inbox = Table(
            "inbox", metadata,
            Column("consumer_group", String(200), primary_key=True),
            Column("event_id", String(200), primary_key=True),
            Column("event_type", String(200), nullable=False),
            Column("topic", String(200), nullable=False),
            Column("partition", Integer, nullable=False),
            Column("kafka_offset", BigInteger, nullable=False),
            Column("processed_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
        )
        self.idempotency_keys = Table(
            "idempotency_keys", metadata,
            Column("scope", String(300), primary_key=True),
            Column("key", String(200), primary_key=True),
            Column("request_hash", LargeBinary, nullable=False),
            Column("status_code", Integer),
            Column("response_body", JSONB),
            Column("response_headers", JSONB),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
        )
        self.audit_log = Table(
            "audit_log", metadata,
            Column("seq", BigInteger, Identity(), primary_key=True),
            Column("at", DateTime(timezone=True), nullable=False),
            Column("actor", String(200), nullable=False),
            Column("org", String(100), nullable=False),
            Column("action", String(100), nullable=False),
            Column("entity_type", String(100), nullable=False),
            Column("entity_id", String(200), nullable=False),
            Column("request_id", String(100), nullable=False),
            Column("data", JSONB, nullable=False),
            Column("prev_hash", String(64), nullable=False),
            Column("hash", String(64), nullable=False),
        )


def new_metadata() -> tuple[MetaData, PlatformTables]:
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    return metadata, PlatformTables(metadata)


class _RoundTrips(Collector):
    """`db_round_trips_total{service}`: round trips to the database through the engine — statements, BEGIN, COMMIT,
    ROLLBACK (shared/audit.py counts its seal). The bench prints them per request; an operator sees a regression in
    chattiness. Plain integers bumped on the event loop (no lock per statement), read when /metrics is scraped."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def box(self, service: str) -> list[int]:
        return self.counts.setdefault(service, [0])

    def collect(self):
        family = CounterMetricFamily("db_round_trips", "Round trips to the database through the service's engine",
                                     labels=["service"])
        for service, box in self.counts.items():
            family.add_metric([service], box[0])
        yield family


DB_ROUND_TRIPS = _RoundTrips()
REGISTRY.register(DB_ROUND_TRIPS)
POOL_RECYCLE_SECONDS = 1800


def make_engine(settings: Settings) -> AsyncEngine:
    """No `pool_pre_ping`: it cost a round trip (two here) on every checkout. A connection the server has dropped
    fails its first statement instead; SQLAlchemy recognises the disconnect and discards the pool's connections,
    the request answers 503 (shared/errors.py) and the next one connects afresh. `pool_recycle` retires
    connections before idle timeouts of the network or a proxy close them."""
    engine = create_async_engine(
        settings.sqlalchemy_url(),
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_recycle=POOL_RECYCLE_SECONDS,
        connect_args={"server_settings": {"timezone": "UTC", "application_name": settings.service_name}},
    )
    count_round_trips(engine.sync_engine, settings.service_name)
    return engine


_counters: weakref.WeakKeyDictionary[Any, list[int]] = weakref.WeakKeyDictionary()  # engine -> its count


_BEGIN_UNSENT = "begin_unsent"  # connection.info: the transaction is begun, its BEGIN not sent yet


def count_round_trips(sync_engine: Engine, service: str) -> None:
    """The driver begins a transaction lazily: its BEGIN goes out right before the first statement (a round trip of
    its own), or inside the commit message (shared/audit.py `begin_sent`), or never (nothing was sent at all)."""
    box = _counters[sync_engine] = DB_ROUND_TRIPS.box(service)

    def began(conn: Any) -> None:
        conn.info[_BEGIN_UNSENT] = True

    def statement(conn: Any, *_: Any, **__: Any) -> None:
        box[0] += 1 + conn.info.pop(_BEGIN_UNSENT, False)

    def ended(conn: Any) -> None:  # a COMMIT (or the commit message) or ROLLBACK, unless nothing was ever sent
        box[0] += not conn.info.pop(_BEGIN_UNSENT, False)

    event.listen(sync_engine, "begin", began)
    event.listen(sync_engine, "before_cursor_execute", statement)
    event.listen(sync_engine, "commit", ended)
    event.listen(sync_engine, "rollback", ended)


def begin_sent(connection: Any) -> None:
    """The transaction's BEGIN goes out now, in a message of the caller's (counted as that message's round trip)."""
    connection.info.pop(_BEGIN_UNSENT, None)


def round_trip(connection: Any) -> None:
    """Count a round trip made on a connection outside its statements (a raw driver call), its BEGIN if unsent."""
    box = _counters.get(connection.engine)
    if box is not None:
        box[0] += 1 + connection.info.pop(_BEGIN_UNSENT, False)


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def execute_driver(session: AsyncSession, sql: str, *args: Any, fetchval: bool = False) -> Any:
    """Run one hot, prebuilt statement (`$1`-style parameters) on the driver's connection inside the session's
    transaction (begun first if the driver has not yet), without SQLAlchemy's per-statement compile and result
    machinery (docs/adr/0013). The same transaction, so savepoints and rollbacks cover it; a driver error is raised
    as the engine's DBAPIError (a lost database: the pool invalidated, 503), as for any statement. With `fetchval`, the
    first column of the first row (None without a row)."""
    connection = await session.connection()
    return await connection.run_sync(_execute_driver, sql, args, fetchval)


def _execute_driver(connection: Any, sql: str, args: tuple, fetchval: bool) -> Any:
    from sqlalchemy.util import await_only
    adapted = connection.connection.dbapi_connection  # SQLAlchemy's adapter of the asyncpg connection
    try:
        if adapted._transaction is None:  # the driver begins lazily, at the first statement: as a statement would
            await_only(adapted._start_transaction())
        round_trip(connection)
        driver = adapted._connection
        return await_only(driver.fetchval(sql, *args) if fetchval else driver.execute(sql, *args))
    except Exception as exc:
        try:
            adapted._handle_exception(exc)  # the driver's error as the adapter's DB-API error
        except Exception as dbapi_error:
            connection._handle_dbapi_exception(dbapi_error, sql, args, None, None)
        raise
