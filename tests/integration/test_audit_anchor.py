"""The audit chain anchored to an outside witness (issue 15 item 6): signed checkpoints of the chain head in
Kafka show what the chain alone cannot — rows deleted at the end, and a last row rewritten with a new hash."""
import contextlib
import itertools
import json
import uuid

import asyncpg
import httpx
import pytest
from aiokafka import AIOKafkaProducer

from services.police.app import create_app
from shared import audit, checkpoints
from shared.kafka import client_options
from shared.topics import AUDIT_CHECKPOINTS
from tests.support import RUN_ID, World, auth, wait_for

_n = itertools.count()


@pytest.fixture
async def world(infra):
    """A fresh police database and topic prefix per test: a truncation stays visible for ever, by design."""
    w = World(f"an{RUN_ID}{next(_n)}", ["police"])
    await w.create()
    yield w
    await w.destroy()


@pytest.fixture
async def db(world):
    conn = await world.connect("police")  # the database superuser: it can switch the append-only trigger off
    yield conn
    await conn.close()


@contextlib.asynccontextmanager
async def _client(world, **overrides):
    # only this test triggers checkpoints (besides the one at start), unless it asks for a short interval
    settings = world.settings("police", audit_checkpoint_seconds=overrides.pop("audit_checkpoint_seconds", 3600),
                              **overrides)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            client.app = app
            yield client


async def _write(client, n: int) -> list[int]:
    """n audited state changes through the service's own sessions (each in its own transaction, as use cases do)."""
    app = client.app
    for i in range(n):
        async with app.state.sessions() as session, session.begin():
            await audit.append(session, app.state.spec.platform, actor="officer-1", org="内0621", action="test.step",
                               entity_type="probe", entity_id=str(uuid.uuid4()), request_id=f"r-{i}",
                               data={"step": i, "note": "协查"})
    async with app.state.sessions() as session:
        t = app.state.spec.platform.audit_log
        return list((await session.execute(t.select().with_only_columns(t.c.seq).order_by(t.c.seq))).scalars())


async def _verify(client) -> dict:
    r = await client.get("/api/v1/audit/verify", headers=auth("auditor"))
    assert r.status_code == 200, r.text
    return r.json()


async def _anchored_at(client, seq: int) -> dict:
    async def seen():
        v = await _verify(client)
        return v if v["anchored"] and v["checkpoint"]["seq"] == seq else None
    return await wait_for(seen, timeout=30, what=f"a checkpoint at seq {seq} in the witness topic")


@contextlib.asynccontextmanager
async def _tampering(db: asyncpg.Connection):
    """As the superuser, with the append-only triggers off — inside one transaction of this connection only
    (ALTER TABLE locks the table, so nobody else ever sees them off)."""
    async with db.transaction():
        await db.execute("alter table audit_log disable trigger user")
        yield
        await db.execute("alter table audit_log enable trigger user")


async def test_an_intact_chain_is_valid_and_anchored(world):
    async with _client(world) as c:
        before = await _verify(c)
        assert before["valid"] is True and before["anchored"] is False
        assert before["anchor_reason"].startswith("no checkpoint") and before["witness"] == "ok"
        seqs = await _write(c, 3)
        cp = await c.app.state.checkpointer.checkpoint()
        assert cp is not None and (cp.seq, cp.rows) == (seqs[-1], 3)
        assert await c.app.state.checkpointer.checkpoint() is None  # the head did not move: nothing published
        v = await _anchored_at(c, seqs[-1])
        assert v["valid"] is True and v["truncated"] is False and v["rehashed"] is False
        assert v["head_seq"] == seqs[-1] and v["checked"] == 3 and v["checkpoint"]["rows"] == 3
        assert v["checkpoint"]["issued_at"] and v["checkpoint"]["key_id"] == cp.key_id

        # a record under this service's key that someone without the signing key wrote is ignored
        doc = json.loads(checkpoints.sign(cp, checkpoints.signing_key(c.app.state.settings)))
        doc["checkpoint"]["seq"] = 1  # "the chain ended at row 1": would hide a truncation if it were believed
        producer = AIOKafkaProducer(bootstrap_servers=world.base.kafka_bootstrap_servers, **client_options(world.base))
        await producer.start()
        try:
            await producer.send_and_wait(world.prefix + AUDIT_CHECKPOINTS, json.dumps(doc).encode(), key=b"police")
        finally:
            await producer.stop()
        v = await wait_for(lambda: _forged_seen(c), what="the forged checkpoint read and ignored")
        assert v["valid"] is True and v["anchored"] is True and v["checkpoint"]["seq"] == seqs[-1]

    # the periodic checkpointer publishes a moved head by itself
    async with _client(world, audit_checkpoint_seconds=0.2) as c:
        seqs = await _write(c, 2)
        v = await _anchored_at(c, seqs[-1])
        assert v["valid"] is True and v["checkpoint"]["rows"] == 5

    # rows written since the last tick are anchored at shutdown
    async with _client(world) as c:
        seqs = await _write(c, 1)
    latest = (await checkpoints.read_witness(world.settings("police"))).latest
    assert (latest.seq, latest.rows, latest.reason) == (seqs[-1], 6, "shutdown")


async def _forged_seen(c):
    v = await _verify(c)
    return v if v["forged_ignored"] >= 1 else None


async def test_rows_deleted_at_the_end_are_reported_as_truncated(world, db):
    async with _client(world) as c:
        seqs = await _write(c, 5)
        assert (await c.app.state.checkpointer.checkpoint()).seq == seqs[-1]
        await _anchored_at(c, seqs[-1])

        async with _tampering(db):
            await db.execute("delete from audit_log where seq >= $1", seqs[3])
        v = await _verify(c)
        # the chain that is left is consistent: only the checkpoint shows the loss
        assert v["valid"] is False and v["truncated"] is True and v["rehashed"] is False
        assert v["checkpoint"]["seq"] == seqs[-1] and v["head_seq"] == seqs[2] and v["checked"] == 3
        assert v["reason"].startswith("truncated") and v["first_broken_seq"] == seqs[-1]

        # the checkpointer does not bless the shorter chain, not even once new rows grow it past the checkpoint
        assert await c.app.state.checkpointer.checkpoint() is None
        assert "gone" in c.app.state.checkpointer.refused
        await _write(c, 3)
        assert await c.app.state.checkpointer.checkpoint() is None
        v = await _verify(c)
        assert v["valid"] is False and v["truncated"] is True and v["checkpoint"]["seq"] == seqs[-1]

    # a restarted service reads its last checkpoint back from the witness and still refuses
    async with _client(world) as c:
        assert await c.app.state.checkpointer.checkpoint() is None and c.app.state.checkpointer.refused
        assert (await _verify(c))["truncated"] is True


async def test_a_last_row_rehashed_consistently_is_reported(world, db):
    async with _client(world) as c:
        seqs = await _write(c, 3)
        assert (await c.app.state.checkpointer.checkpoint()).seq == seqs[-1]
        await _anchored_at(c, seqs[-1])

        # rewrite the last row and recompute its hash: the chain alone cannot tell
        r = await db.fetchrow("select * from audit_log where seq = $1", seqs[-1])
        data = {**json.loads(r["data"]), "note": "篡改"}
        new_hash = audit.row_hash(r["prev_hash"], r["at"], r["actor"], r["org"], r["action"], r["entity_type"],
                                  r["entity_id"], r["request_id"], data)
        async with _tampering(db):
            await db.execute("update audit_log set data = $2::jsonb, hash = $3 where seq = $1",
                             seqs[-1], json.dumps(data, ensure_ascii=False), new_hash)
        async with c.app.state.sessions() as session:
            assert (await audit.verify(session, c.app.state.spec.platform))["valid"] is True
        v = await _verify(c)
        assert v["valid"] is False and v["rehashed"] is True and v["truncated"] is False
        assert v["first_broken_seq"] == seqs[-1] and v["reason"].startswith("rehashed")
        assert v["checkpoint"]["seq"] == seqs[-1] and v["checked"] == 3
        assert await c.app.state.checkpointer.checkpoint() is None  # not blessed either
        assert "another hash" in c.app.state.checkpointer.refused


async def test_an_unreachable_witness_is_reported_not_a_500(world):
    async with _client(world, kafka_bootstrap_servers="127.0.0.1:1", audit_witness_timeout_seconds=1) as c:
        await _write(c, 2)
        v = await _verify(c)
        assert v["valid"] is True and v["anchored"] is False and v["witness"] == "unreachable"
        assert v["anchor_reason"].startswith("witness unreachable") and v["checked"] == 2
        assert (await c.get("/api/v1/audit/verify", headers=auth("president"))).status_code == 403
