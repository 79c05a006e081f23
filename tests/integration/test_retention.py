"""Retention of the platform tables (issue 10), against the real database: published outbox rows past their age
are deleted in small batches by the relay leader, unpublished ones never; inbox rows are kept longer than the
broker keeps a topic; both show in the metrics."""
import uuid

import pytest
from prometheus_client import REGISTRY

from shared.outbox import OutboxRelay, purge
from shared.settings import Settings
from tests.support import RUN_ID, World, wait_for

DAY = 86400.0


@pytest.fixture(scope="module")
async def retention_world(infra):
    w = World(f"rt{RUN_ID}", ["reward"])
    await w.create()
    yield w
    await w.destroy()


@pytest.fixture
async def db(retention_world):
    conn = await retention_world.connect("reward")
    await conn.execute("truncate outbox, inbox")
    yield conn
    await conn.close()


async def add_outbox(db, *, created_days_ago: float, published_days_ago: float | None, n: int = 1) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(n)]
    for event_id in ids:
        await db.execute(
            "insert into outbox (event_id, topic, key, event_type, envelope, created_at, published_at) values "
            "($1, 't', 'k', 'x.v1', '{}'::jsonb, now() - make_interval(secs => $2), "
            "case when $3::float8 is null then null else now() - make_interval(secs => $3::float8) end)",
            event_id, created_days_ago * DAY, None if published_days_ago is None else published_days_ago * DAY)
    return ids


async def add_inbox(db, *, days_ago: float, n: int = 1) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(n)]
    for event_id in ids:
        await db.execute(
            "insert into inbox (consumer_group, event_id, event_type, topic, partition, kafka_offset, processed_at) "
            "values ('g', $1, 'x.v1', 't', 0, 0, now() - make_interval(secs => $2))", event_id, days_ago * DAY)
    return ids


def sample(name: str, service: str) -> float:
    return REGISTRY.get_sample_value(name, {"service": service}) or 0.0


def settings_of(world: World, **kw) -> Settings:
    return world.settings("reward", outbox_retention_seconds=7 * DAY, inbox_retention_seconds=30 * DAY,
                          kafka_topic_retention_seconds=7 * DAY, **kw)


async def test_purge_deletes_old_published_outbox_rows_and_old_inbox_rows_in_batches(retention_world, db):
    old_published = await add_outbox(db, created_days_ago=40, published_days_ago=39, n=7)
    recent_published = await add_outbox(db, created_days_ago=2, published_days_ago=1, n=2)
    never_published = await add_outbox(db, created_days_ago=40, published_days_ago=None, n=2)  # broker away: kept
    old_inbox = await add_inbox(db, days_ago=31, n=5)
    # Older than the broker keeps a topic, younger than the inbox retention: still needed to recognise a replay.
    kept_inbox = await add_inbox(db, days_ago=10, n=2) + await add_inbox(db, days_ago=0, n=1)
    s = settings_of(retention_world, retention_batch_size=3)
    before = sample("outbox_purged_events_total", "reward"), sample("inbox_purged_records_total", "reward")

    assert await purge(db, s) == (7, 5)  # 3 + 3 + 1 and 3 + 2: batches of three

    left = {r["event_id"] for r in await db.fetch("select event_id from outbox")}
    assert left == set(recent_published) | set(never_published) and not left & set(old_published)
    assert {r["event_id"] for r in await db.fetch("select event_id from inbox")} == set(kept_inbox)
    assert not set(old_inbox) & {r["event_id"] for r in await db.fetch("select event_id from inbox")}
    assert sample("outbox_purged_events_total", "reward") - before[0] == 7
    assert sample("inbox_purged_records_total", "reward") - before[1] == 5
    assert sample("outbox_published_retained_events", "reward") == 2
    assert sample("inbox_retained_records", "reward") == 3
    assert sample("retention_last_run_timestamp_seconds", "reward") > 0
    assert await purge(db, s) == (0, 0)  # nothing more to do


async def test_a_run_deletes_at_most_its_batch_budget(retention_world, db):
    await add_outbox(db, created_days_ago=40, published_days_ago=39, n=5)
    s = settings_of(retention_world, retention_batch_size=2, retention_max_batches=2)
    assert await purge(db, s) == (4, 0)  # the rest waits for the next run
    assert await purge(db, s) == (1, 0)


async def test_the_relay_leader_runs_retention(retention_world, db):
    old = await add_outbox(db, created_days_ago=40, published_days_ago=39, n=3)
    await add_inbox(db, days_ago=31, n=2)
    relay = OutboxRelay(settings_of(retention_world, retention_interval_seconds=3600))
    relay.start()
    try:
        async def purged():
            return (await db.fetchval("select count(*) from outbox where event_id = any($1::uuid[])", old) == 0
                    and await db.fetchval("select count(*) from inbox") == 0)
        await wait_for(purged, timeout=30, what="the relay leader's retention run")
        assert relay.is_leader
    finally:
        await relay.stop()


def test_the_inbox_must_outlive_the_topic():
    with pytest.raises(ValueError, match="INBOX_RETENTION_SECONDS"):
        Settings(inbox_retention_seconds=7 * DAY, kafka_topic_retention_seconds=7 * DAY)
    assert Settings().inbox_retention_seconds > Settings().kafka_topic_retention_seconds
