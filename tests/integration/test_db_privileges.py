"""Least-privilege database roles (issue 15 item 5, docs/adr/0011), against the real server: a service connects as
its own login role, which cannot alter the audit log (no UPDATE, DELETE, TRUNCATE, no DDL, no trigger bypass),
deletes outbox and inbox rows only through retention, and reaches no other service's database; the owner's
migrations still run and re-apply the same grants; a service works end to end as its role."""
import asyncio
import uuid

import asyncpg
import httpx
import pytest

from services.asset_core.app import create_app as asset_core_app
from services.asset_core.settings import AssetCoreSettings
from shared.migrate import upgrade
from shared.outbox import purge
from tests.support import RUN_ID, World, app_role, auth, case_body, server_dsn, wait_for

DAY = 86400.0


@pytest.fixture(scope="module")
async def pv_world(infra):
    w = World(f"pv{RUN_ID}", ["asset_core", "reward"])
    await w.create()
    yield w
    await w.destroy()


@pytest.fixture
async def app_db(pv_world):
    """asset_core's own connection: the settings the service runs with."""
    conn = await asyncpg.connect(pv_world.settings("asset_core").asyncpg_dsn())
    yield conn
    await conn.close()


@pytest.fixture
async def owner_db(pv_world):
    conn = await pv_world.connect("asset_core")
    yield conn
    await conn.close()


@pytest.fixture(scope="module")
async def registered(pv_world):
    """A case registered through HTTP by asset_core running as asset_core_app; the relay (same role) publishes it."""
    settings = AssetCoreSettings(**pv_world.settings("asset_core").model_dump(), sweep_interval_seconds=3600)
    app = asset_core_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            r = await client.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))
            assert r.status_code == 201, r.text
            case_id = r.json()["id"]
            owner = await pv_world.connect("asset_core")
            try:
                async def published():
                    return await owner.fetchval(
                        "select count(*) from outbox where envelope->>'caseid' = $1 and published_at is not null",
                        case_id)
                await wait_for(published, timeout=30, what="the relay (as asset_core_app) to publish the event")
                users = {r["usename"] for r in await owner.fetch(
                    "select usename from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
                    pv_world.database("asset_core"))}
            finally:
                await owner.close()
            verify = await client.get("/api/v1/audit/verify", headers=auth("auditor"))
    return {"case_id": case_id, "users": users, "verify": verify}


async def denied(conn: asyncpg.Connection, sql: str, *args) -> str:
    """Run `sql` in a transaction that is rolled back; it must fail for want of privilege (SQLSTATE 42501)."""
    with pytest.raises(asyncpg.InsufficientPrivilegeError) as exc:
        async with conn.transaction():
            await conn.execute(sql, *args)
    return str(exc.value)


async def test_the_service_runs_as_its_own_role_end_to_end(registered, pv_world):
    owner = await pv_world.connect("asset_core")
    try:
        case_id = registered["case_id"]
        assert await owner.fetchval("select count(*) from outbox where envelope->>'caseid' = $1", case_id) == 1
        assert await owner.fetchval("select count(*) from audit_log where entity_id = $1", case_id) >= 1
    finally:
        await owner.close()
    assert registered["users"] == {app_role("asset_core")}  # the pool and the relay: the application role only
    assert registered["verify"].status_code == 200 and registered["verify"].json()["valid"] is True


async def test_the_application_role_is_a_plain_role_that_owns_nothing(app_db):
    assert await app_db.fetchval("select current_user") == "asset_core_app"
    row = await app_db.fetchrow("select rolsuper, rolcreatedb, rolcreaterole, rolinherit, rolbypassrls "
                                "from pg_roles where rolname = current_user")
    assert not any(row.values())
    assert await app_db.fetchval("select count(*) from pg_tables where schemaname = 'public' "
                                 "and tableowner = current_user") == 0


@pytest.mark.parametrize("sql", [
    "update audit_log set actor = 'someone else'",
    "delete from audit_log",
    "truncate audit_log",
])
async def test_the_application_role_cannot_update_delete_or_truncate_the_audit_log(registered, app_db, sql):
    before = await app_db.fetchval("select count(*) from audit_log")
    assert before >= 1
    assert "permission denied for table audit_log" in await denied(app_db, sql)
    assert await app_db.fetchval("select count(*) from audit_log") == before


@pytest.mark.parametrize("sql,table", [
    ("update payouts set amount_fen = 1", "payouts"), ("delete from payouts", "payouts"),
    ("update files set filename = 'x'", "files"), ("delete from files", "files"),
])
async def test_payouts_and_evidence_files_are_append_only_for_the_application_role(app_db, sql, table):
    assert f"permission denied for table {table}" in await denied(app_db, sql)


@pytest.mark.parametrize("sql, message", [
    ("alter table audit_log disable trigger audit_log_no_update_delete", "must be owner of table audit_log"),
    ("alter table audit_log disable trigger all", "must be owner of table audit_log"),
    ("drop trigger audit_log_no_truncate on audit_log", "must be owner of relation audit_log"),
    ("alter table audit_log add column note text", "must be owner of table audit_log"),
    ("drop table audit_log", "must be owner of table audit_log"),
    (("create or replace function audit_log_append_only() returns trigger language plpgsql "
      "as $$ begin return new; end $$"), "permission denied for schema public"),
    ("set session_replication_role = replica", "permission denied to set parameter"),  # would skip the triggers
    ("create table shadow_audit (id int)", "permission denied for schema public"),
])
async def test_the_application_role_cannot_disable_the_append_only_guard_or_change_the_schema(app_db, sql, message):
    assert message in await denied(app_db, sql)
    triggers = {r["tgname"] for r in await app_db.fetch(
        "select tgname from pg_trigger where tgrelid = 'audit_log'::regclass and tgenabled <> 'D'")}
    assert {"audit_log_no_update_delete", "audit_log_no_truncate"} <= triggers


async def test_the_application_role_cannot_pass_on_what_it_does_not_hold(app_db):
    await app_db.execute("grant update, delete on audit_log to public")  # PostgreSQL: a warning, nothing granted
    assert not await app_db.fetchval("select has_table_privilege('public', 'audit_log', 'UPDATE') "
                                     "or has_table_privilege('public', 'audit_log', 'DELETE') "
                                     "or has_table_privilege(current_user, 'audit_log', 'UPDATE')")


async def test_outbox_and_inbox_rows_are_deleted_only_through_retention(pv_world, app_db, owner_db):
    old = [uuid.uuid4() for _ in range(3)]
    for i, event_id in enumerate(old):  # published 40 days ago, except the last: never published (broker away)
        await owner_db.execute(
            "insert into outbox (event_id, topic, key, event_type, envelope, created_at, published_at) values "
            "($1, 't', 'k', 'x.v1', '{}'::jsonb, now() - interval '41 days', "
            "case when $2 then now() - interval '40 days' end)", event_id, i < 2)
    await owner_db.execute(
        "insert into inbox (consumer_group, event_id, event_type, topic, partition, kafka_offset, processed_at) "
        "values ('g', $1, 'x.v1', 't', 0, 0, now() - interval '60 days')", str(uuid.uuid4()))

    assert "permission denied for table outbox" in await denied(app_db, "delete from outbox where event_id = $1",
                                                                 old[0])
    assert "permission denied for table outbox" in await denied(app_db, "truncate outbox")
    assert "permission denied for table outbox" in await denied(  # the relay may mark rows published, nothing else
        app_db, "update outbox set envelope = '{}'::jsonb where event_id = $1", old[2])
    assert "permission denied for table inbox" in await denied(app_db, "delete from inbox")
    assert "permission denied for table inbox" in await denied(app_db, "update inbox set event_type = 'x'")
    async with app_db.transaction():
        assert await app_db.execute("update outbox set published_at = published_at where event_id = $1",
                                    old[0]) == "UPDATE 1"

    settings = pv_world.settings("asset_core", outbox_retention_seconds=7 * DAY, inbox_retention_seconds=30 * DAY)
    outbox_deleted, inbox_deleted = await purge(app_db, settings)  # as asset_core_app, through the functions
    assert outbox_deleted == 2 and inbox_deleted >= 1
    left = {r["event_id"] for r in await owner_db.fetch("select event_id from outbox where event_id = any($1::uuid[])",
                                                        old)}
    assert left == {old[2]}  # the unpublished row stays whatever the window
    await app_db.fetchval("select platform_purge_outbox(-1e9, 1000)")  # a negative window counts as zero
    assert await owner_db.fetchval("select count(*) from outbox where published_at is null and event_id = $1",
                                   old[2]) == 1


async def test_the_application_role_reaches_no_other_database(pv_world):
    asset_core_role = pv_world.settings("asset_core").database_url
    other = pv_world.settings("reward").model_copy(update={"database_url": asset_core_role})
    assert other.asyncpg_dsn().endswith(pv_world.database("reward"))
    with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied for database"):
        await asyncpg.connect(other.asyncpg_dsn())
    conn = await asyncpg.connect(pv_world.settings("reward").asyncpg_dsn())  # reward's own role: yes
    try:
        assert await conn.fetchval("select current_user") == "reward_app"
    finally:
        await conn.close()


async def test_the_owners_migrations_run_again_and_grant_the_same(pv_world, owner_db):
    def privileges():
        return owner_db.fetch(
            "select table_name, privilege_type from information_schema.role_table_grants "
            "where grantee = $1 order by 1, 2", app_role("asset_core"))
    before = [tuple(r) for r in await privileges()]
    assert ("audit_log", "INSERT") in before and ("audit_log", "SELECT") in before
    assert not {p for t, p in before if t == "audit_log"} - {"INSERT", "SELECT"}
    assert not {p for t, p in before if t in ("outbox", "inbox")} - {"INSERT", "SELECT"}  # + UPDATE(published_at)
    assert not {p for _, p in before} & {"TRUNCATE", "REFERENCES", "TRIGGER"}
    assert {p for t, p in before if t == "cases"} == {"DELETE", "INSERT", "SELECT", "UPDATE"}

    settings = pv_world.settings("asset_core")
    assert settings.migration_url() != settings.sqlalchemy_url()
    await owner_db.execute("grant truncate on audit_log to asset_core_app")  # drift an operator left behind
    assert await asyncio.to_thread(upgrade, "asset_core", settings) == "asset_core_app"
    assert [tuple(r) for r in await privileges()] == before
    columns = {r["column_name"] for r in await owner_db.fetch(
        "select column_name from information_schema.column_privileges where grantee = $1 and table_name = 'outbox' "
        "and privilege_type = 'UPDATE'", app_role("asset_core"))}
    assert columns == {"published_at"}


async def test_migrations_refuse_an_application_role_that_can_act_as_the_owner(pv_world, owner_db):
    owner = await owner_db.fetchval("select current_user")
    role = f"pv{RUN_ID}_member"
    await owner_db.execute(f'create role "{role}" login in role "{owner}"')
    try:
        settings = pv_world.settings("asset_core", database_app_role=role)
        with pytest.raises(RuntimeError, match="superuser or may act as the owner"):
            await asyncio.to_thread(upgrade, "asset_core", settings)
    finally:
        await owner_db.execute(f'drop role "{role}"')


def test_the_owner_url_defaults_to_the_application_url_and_service_placeholders_resolve():
    from shared.settings import Settings
    one = Settings(database_url="postgresql://u@h:1/postgres", service_name="dispatch", migration_database_url=None,
                   database_app_role=None)
    assert one.migration_url() == one.sqlalchemy_url() == "postgresql+asyncpg://u@h:1/dispatch"
    two = Settings(database_url="postgresql://{service}_app:pw@h:1/postgres", service_name="police",
                   migration_database_url="postgresql://owner:secret@h:1/postgres", database_app_role=None)
    assert two.sqlalchemy_url() == "postgresql+asyncpg://police_app:pw@h:1/police"
    assert two.migration_url() == "postgresql+asyncpg://owner:secret@h:1/police"
    assert two.app_role() == "police_app"
    moved = two.model_copy(update={"service_database_url": "postgresql://police_app:pw@db2:5/police",
                                   "service_migration_database_url": "postgresql://owner2@db2:5/police"})
    assert moved.sqlalchemy_url().endswith("@db2:5/police") and moved.migration_url().startswith(
        "postgresql+asyncpg://owner2@db2")
    assert server_dsn(two) == "postgresql://owner:secret@h:1/postgres"
    job = two.model_copy(update={"service_database_url": "postgresql://police_app:pw@h:1/police_prod"})
    assert job.migration_url() == "postgresql+asyncpg://owner:secret@h:1/police_prod"  # the database the app uses
