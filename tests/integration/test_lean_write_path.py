"""The lean write path (docs/adr/0013): audit rows staged in the transaction and chained by one message at COMMIT,
the registration answered from what it wrote, and no round trip spent on pool pings or re-reads."""
import asyncio
import json
import uuid

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from shared import audit, db
from tests.support import auth, case_body, wait_for

PERSON = {"kind": "person", "name": "王某", "id_number": "11010519491231002X", "phone": "13812345678"}


async def test_concurrent_registrations_chain_in_seq_order_and_verify(asset_core, asset_db):
    before = await asset_db.fetchval("select coalesce(max(seq), 0) from audit_log")
    bodies = [case_body() for _ in range(24)]
    responses = await asyncio.gather(*[asset_core.post("/api/v1/cases", json=b, headers={
        **auth(), "Idempotency-Key": str(uuid.uuid4())}) for b in bodies])
    assert {r.status_code for r in responses} == {201}, [r.text for r in responses if r.status_code != 201][:1]
    rows = await asset_db.fetch("select seq, prev_hash, hash, entity_id from audit_log where seq > $1 order by seq",
                                before)
    assert {r["entity_id"] for r in rows} >= {r.json()["id"] for r in responses}
    head = await asset_db.fetchval("select hash from audit_log where seq = $1", before) if before else audit.GENESIS
    for r in rows:  # each row chains from the one before it in seq order: no fork, no gap in the chain
        assert r["prev_hash"] == head
        head = r["hash"]
    v = (await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))).json()
    assert v["valid"] is True and v["head_seq"] >= rows[-1]["seq"]


async def test_the_server_chains_with_the_same_hash_as_verify(asset_core, asset_db):
    body = case_body()
    r = await asset_core.post("/api/v1/cases", json=body, headers=auth())
    assert r.status_code == 201
    row = await asset_db.fetchrow("select * from audit_log where entity_id = $1", r.json()["id"])
    import json
    expected = audit.row_hash(row["prev_hash"], row["at"], row["actor"], row["org"], row["action"],
                              row["entity_type"], row["entity_id"], row["request_id"], json.loads(row["data"]))
    assert row["hash"] == expected and row["action"] == "case.registered"


async def test_rows_staged_in_a_rolled_back_transaction_or_savepoint_are_not_written(asset_core, asset_db):
    app = asset_core.app
    platform = app.state.spec.platform
    kept, dropped, gone = (f"lean-{uuid.uuid4()}" for _ in range(3))

    async def stage(session, entity_id):
        await audit.append(session, platform, actor="t", org="内0621", action="test.lean", entity_type="probe",
                           entity_id=entity_id, request_id=None,
                           data={"n": 1, "note": "x'; drop table audit_log; --$$ $a$ \\ \"引号\""})

    async with app.state.sessions() as session:
        async with session.begin():
            await stage(session, gone)
            await session.rollback()
    async with app.state.sessions() as session, session.begin():
        await stage(session, kept)
        savepoint = await session.begin_nested()
        await stage(session, dropped)
        await savepoint.rollback()
    got = {r["entity_id"] for r in await asset_db.fetch(
        "select entity_id from audit_log where entity_id = any($1::text[])", [kept, dropped, gone])}
    assert got == {kept}
    row = await asset_db.fetchrow("select data from audit_log where entity_id = $1", kept)
    assert "drop table audit_log; --$$ $a$" in row["data"]
    v = (await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))).json()
    assert v["valid"] is True


async def test_events_staged_in_a_rolled_back_savepoint_are_not_written_and_the_rest_keep_their_order(
        asset_core, asset_db):
    """The outbox rows travel in the commit message (docs/adr/0018): what a rolled-back savepoint or transaction
    appended never reaches the table, what stays is written in the order it was appended, content intact."""
    from shared import outbox
    from shared.contracts import asset_core as contract
    app = asset_core.app
    platform, settings = app.state.spec.platform, app.state.settings
    hostile = "x'; delete from outbox; --$$ $a$ \\ \"引号\""

    async def emit(session, n):
        return (await outbox.append(session, platform, settings, contract.RequeryDue(
            case_id=str(uuid.uuid4()), case_number=f"{hostile}{n}", court_code="内0621", due_on="2026-12-02",
            sequence=n + 1), subject="probe")).id

    async with app.state.sessions() as session:
        async with session.begin():
            gone = await emit(session, 0)
            await session.rollback()
    async with app.state.sessions() as session, session.begin():
        first = await emit(session, 1)
        savepoint = await session.begin_nested()
        dropped = await emit(session, 2)
        await savepoint.rollback()
        later = [await emit(session, n) for n in range(3, 8)]
    rows = await asset_db.fetch("select event_id::text as id, envelope->'data'->>'case_number' as number from outbox "
                                "where event_id = any($1::uuid[]) order by seq", [gone, first, dropped, *later])
    assert [r["id"] for r in rows] == [first, *later]
    assert rows[0]["number"] == f"{hostile}1"


async def test_registration_answers_from_what_it_wrote_as_a_read_would(asset_core):
    body = case_body(applicants=["某银行股份有限公司"], respondents=[PERSON, {"name": "某公司", "kind": "organisation"}])
    for role in ("clerk", "judge"):  # masked for a clerk, in full for a judge: the same view as GET
        created = await asset_core.post("/api/v1/cases", json=case_body(**{k: body[k] for k in (
            "applicants", "respondents")}), headers=auth(role))
        assert created.status_code == 201, created.text
        read = await asset_core.get(f"/api/v1/cases/{created.json()['id']}", headers=auth(role))
        assert created.json() == read.json()
        respondent = created.json()["respondents"][0]
        assert (respondent["id_number"] == PERSON["id_number"]) is (role == "judge")
        assert [p["name"] for p in created.json()["respondents"]] == ["王某", "某公司"]


async def test_a_registration_is_one_message_to_the_database(asset_core, asset_db):
    """The case, its parties, the outbox row, the case's event row, the key with its reply, the audit row chained, the
    NOTIFY, BEGIN and COMMIT: one message (docs/adr/0022), counted once — no ping, no claim of the key beforehand, no
    re-read, no statement of its own. Seen at the driver: every query asyncpg sends on the connection the request
    holds, while it holds it."""
    engine = asset_core.app.state.engine.sync_engine
    me = asyncio.current_task()
    sent: list[str] = []
    statements: list[str] = []

    def log(record) -> None:
        sent.append(record.query)

    def checkout(dbapi_connection, record, proxy) -> None:
        if asyncio.current_task() is me:  # this request only (ASGITransport runs it in this task), not background work
            dbapi_connection.driver_connection.add_query_logger(log)

    def checkin(dbapi_connection, record) -> None:
        dbapi_connection.driver_connection.remove_query_logger(log)

    def statement(conn, cursor, sql, *args) -> None:
        if asyncio.current_task() is me:
            statements.append(sql)
    event.listen(engine.pool, "checkout", checkout)
    event.listen(engine.pool, "checkin", checkin)
    event.listen(engine, "before_cursor_execute", statement)
    try:
        r = await asset_core.post("/api/v1/cases", json=case_body(respondents=[PERSON, "某公司"]),
                                  headers={**auth(), "Idempotency-Key": str(uuid.uuid4())})
    finally:
        event.remove(engine.pool, "checkout", checkout)
        event.remove(engine.pool, "checkin", checkin)
        event.remove(engine, "before_cursor_execute", statement)
    assert r.status_code == 201
    await wait_for(lambda: _true(sent), timeout=5, what="the driver's query log")  # asyncpg logs with call_soon
    assert statements == [], statements
    assert len(sent) == 1, sent
    message = sent[0].lower()
    assert message.startswith("begin;") and message.rstrip().endswith("commit") and "pg_notify" in message
    case_id = r.json()["id"]
    for table, column in (("cases", "id"), ("parties", "case_id"), ("case_events", "case_id")):
        assert await asset_db.fetchval(f"select count(*) from {table} where {column} = $1", uuid.UUID(case_id)), table
    for sql in ("select count(*) from outbox where envelope->>'caseid' = $1",
                "select count(*) from audit_log where entity_id = $1",
                "select count(*) from idempotency_keys where response_body->>'id' = $1"):
        assert await asset_db.fetchval(sql, case_id) == 1, sql


async def test_the_round_trip_counter_counts_what_the_driver_sends(asset_core):
    """A BEGIN is sent lazily: before the first statement (its own round trip), inside the commit message, or never."""
    from shared.db import DB_ROUND_TRIPS, make_engine, make_session_factory
    name = f"counter-{uuid.uuid4().hex[:8]}"
    engine = make_engine(asset_core.app.state.settings.model_copy(update={"service_name": name}))
    sessions, box = make_session_factory(engine), DB_ROUND_TRIPS.box(name)
    try:
        counts = []
        for work in ("nothing", "statement", "staged"):
            before = box[0]
            async with sessions() as session, session.begin():
                if work == "statement":
                    await session.execute(text("select 1"))
                elif work == "staged":
                    audit.at_commit(session, "select count(*) from jsonb_array_elements({rows}::jsonb)", "1")
            counts.append(box[0] - before)
        assert counts == [0, 3, 1]  # nothing; BEGIN, the statement, COMMIT; the commit message with its BEGIN
    finally:
        await engine.dispose()


async def test_the_commit_message_notifies_the_relay_and_the_connection_goes_on(asset_core, asset_db):
    """The outbox's NOTIFY travels in the commit message, once per transaction; after it the session's COMMIT sends
    nothing, and the same session and connection begin, write and commit again as usual."""
    from shared import outbox
    app = asset_core.app
    platform = app.state.spec.platform
    heard: list[str] = []

    def listen(*args):
        heard.append(args[2])
    await asset_db.add_listener(outbox.channel(app.state.settings), listen)
    try:
        r = await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())
        assert r.status_code == 201
        await wait_for(lambda: _true(heard), timeout=10, what="the outbox NOTIFY")
    finally:
        await asset_db.remove_listener(outbox.channel(app.state.settings), listen)
    markers = [f"lean-{uuid.uuid4()}" for _ in range(3)]
    async with app.state.sessions() as session:
        xids = []
        for marker in markers:
            async with session.begin():
                xids.append((await session.execute(text("select txid_current()"))).scalar())
                await audit.append(session, platform, actor="t", org="内0621", action="test.lean",
                                   entity_type="probe", entity_id=marker, request_id=None, data={})
                audit.notify_at_commit(session, outbox.channel(app.state.settings))
        assert not session.in_transaction()
        assert len(set(xids)) == 3  # each a transaction of its own: the commit message did end each one
        conn = await session.connection()  # and the driver agrees: a fresh transaction begins cleanly
        driver = (await conn.get_raw_connection()).driver_connection
        assert (await session.execute(text("select 1"))).scalar() == 1 and driver.is_in_transaction()
        await session.rollback()
        assert not driver.is_in_transaction()
    got = await asset_db.fetch("select entity_id from audit_log where entity_id = any($1::text[])", markers)
    assert {r["entity_id"] for r in got} == set(markers)
    assert (await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))).json()["valid"] is True


async def _true(items: list) -> bool:
    return bool(items)


async def test_a_commit_message_that_began_its_transaction_and_failed_leaves_no_aborted_transaction(asset_core,
                                                                                                      asset_db):
    """Nothing sent before the commit: the message carries the BEGIN too. When it fails, the connection is left in no
    aborted transaction (SQLAlchemy knew of none to roll back), and a refusal named for the constraint that failed it
    is raised instead of the database's error (docs/adr/0022)."""
    from shared.legal import Conflict
    app = asset_core.app
    platform = app.state.spec.platform
    marker = f"lean-{uuid.uuid4()}"
    orphan = ("insert into case_events (case_id, event_id, event_type, summary) select gen_random_uuid(), "
              "s.r->>'id', 'probe', 'probe' from jsonb_array_elements({rows}::jsonb) as s(r)")
    async with app.state.sessions() as session:
        for attempt in ("database error", "refusal"):
            with pytest.raises(DBAPIError if attempt == "database error" else Conflict) as caught:
                async with session.begin():
                    driver = (await (await session.connection()).get_raw_connection()).driver_connection
                    assert not driver.is_in_transaction()  # nothing sent yet
                    if attempt == "database error":
                        await audit.append(session, platform, actor="t", org="内0621", action="test.lean",
                                           entity_type="probe", entity_id=marker, request_id=None, data={"x": "\x00"})
                    else:
                        audit.at_commit(session, orphan, json.dumps({"id": marker}), refused={
                            "fk_case_events_case_id_cases": Conflict("no_such_case", "没有此案件", "probe")})
            assert not driver.is_in_transaction(), attempt
            assert (await driver.fetchval("select 1")) == 1
        assert caught.value.code == "no_such_case"
        async with session.begin():  # the session goes on
            await audit.append(session, platform, actor="t", org="内0621", action="test.lean", entity_type="probe",
                               entity_id=marker, request_id=None, data={"x": "ok"})
    rows = await asset_db.fetch("select data from audit_log where entity_id = $1", marker)
    assert [r["data"] for r in rows] == ['{"x": "ok"}']
    assert not await asset_db.fetchval("select count(*) from case_events where event_id = $1", marker)


async def test_a_failing_seal_is_a_database_error_and_writes_nothing(asset_core, asset_db):
    app = asset_core.app
    platform = app.state.spec.platform
    marker = f"lean-{uuid.uuid4()}"
    async with app.state.sessions() as session:
        with pytest.raises(DBAPIError) as caught:  # jsonb refuses \u0000: the seal fails inside the server
            async with session.begin():
                await session.execute(platform.outbox.select().limit(1))  # the transaction is open: seal + BEGIN
                await audit.append(session, platform, actor="t", org="内0621", action="test.lean",
                                   entity_type="probe", entity_id=marker, request_id=None, data={"x": "\x00"})
        assert caught.value.orig.sqlstate.startswith("22")
        async with session.begin():  # the session and its connection go on
            await audit.append(session, platform, actor="t", org="内0621", action="test.lean", entity_type="probe",
                               entity_id=marker, request_id=None, data={"x": "ok"})
    rows = await asset_db.fetch("select data from audit_log where entity_id = $1", marker)
    assert [r["data"] for r in rows] == ['{"x": "ok"}']


async def test_a_statement_prepared_by_a_commit_refused_on_its_data_stands_and_is_only_executed_after(asset_core,
                                                                                                      asset_db):
    """The commit message's statements are prepared once per connection (docs/adr/0021). A PREPARE outlives its
    failed transaction, and the PREPAREs come first in the message: a commit refused on its data (a reference missing,
    a key taken) has prepared them, and the commits after it on that connection only EXECUTE them (docs/adr/0022)."""
    from sqlalchemy.ext.asyncio import AsyncSession
    from services.asset_core import service
    case_id = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()["id"]
    marker = f"lean-{uuid.uuid4()}"
    statement = f"/* {marker} */ {service._INSERT_CASE_EVENTS}"  # new on every connection of the pool

    def row(cid: str) -> str:
        return json.dumps({"case_id": cid, "event_id": marker, "event_type": "test.lean", "summary": "x"})
    async with asset_core.app.state.engine.connect() as conn:  # one connection throughout
        async with AsyncSession(bind=conn) as session:
            with pytest.raises(DBAPIError) as caught:  # no such case: refused by the EXECUTE, after its PREPARE
                async with session.begin():
                    await session.execute(text("select 1"))
                    audit.at_commit(session, statement, row(str(uuid.uuid4())))
            assert caught.value.orig.sqlstate == "23503"
            for _ in range(3):
                async with session.begin():
                    await session.execute(text("select 1"))
                    audit.at_commit(session, statement, row(case_id))
            async with session.begin():
                standing = (await session.execute(text(
                    "select name from pg_prepared_statements where statement like :m"),
                    {"m": f"%{marker}%"})).scalars().all()
    assert len(set(standing)) == 1  # prepared by the refused message, executed by every later commit
    written = await asset_db.fetch("select case_id from case_events where event_id = $1", marker)
    assert [str(r["case_id"]) for r in written] == [case_id] * 3


async def test_the_asset_state_is_read_in_one_statement_after_the_case(asset_core):
    """The asset state's assets, measures, auction rounds, recoveries, recent events and checklist come in one
    statement (views._STATE); with the case and its visibility, a GET is three statements at most."""
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/assets", headers=auth(), json={
        "asset_type": "vehicle", "description": "宝马轿车 蒙K·12345", "discovery_source": "online_query",
        "estimated_value_fen": 30_000_000})
    assert r.status_code == 201, r.text
    engine = asset_core.app.state.engine.sync_engine
    me = asyncio.current_task()
    seen: list[str] = []

    def counted(conn, cursor, statement, *args):
        if asyncio.current_task() is me:
            seen.append(statement)
    event.listen(engine, "before_cursor_execute", counted)
    try:
        got = await asset_core.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("judge"))
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    assert got.status_code == 200, got.text
    body = got.json()
    assert [a["description"] for a in body["assets"]] == ["宝马轿车 蒙K·12345"]
    assert body["last_events"] and body["checklist"]["required"] and body["recovered_fen"] == 0
    assert len(seen) <= 3, seen


async def test_a_refused_commit_message_leaves_no_personal_data_in_the_server_log(asset_core):
    """The commit message carries its rows as literals (the parties' 身份证号 and phones, a judge's unmasked reply):
    when PostgreSQL refuses it (a case number taken), the error is logged but not the statement (deploy/local/infra.py
    sets log_min_error_statement; docs/adr/0022)."""
    import os
    from pathlib import Path
    from shared.settings import ROOT
    log = Path(os.environ.get("SUITE_RUN_DIR", ROOT / ".run")) / "pg" / "server.log"
    start = log.stat().st_size
    body = case_body(respondents=[PERSON])
    first = await asset_core.post("/api/v1/cases", json=body, headers=auth("judge"))
    assert first.status_code == 201 and first.json()["respondents"][0]["id_number"] == PERSON["id_number"]
    again = await asset_core.post("/api/v1/cases", json=body, headers=auth("judge"))
    assert again.status_code == 409 and again.json()["code"] == "case_number_taken"

    async def logged() -> str:
        with open(log, "rb") as f:
            f.seek(start)
            text = f.read().decode(errors="replace")
        return text if body["case_number"] in text else ""
    text = await wait_for(logged, timeout=10, what="the refusal in the server log")
    assert "uq_cases_case_number" in text
    assert PERSON["id_number"] not in text and PERSON["phone"] not in text and "STATEMENT" not in text
