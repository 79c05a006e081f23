"""Alembic migrations, one history per service database (services/<name>/migrations), run as the owner of the
tables (Settings.migration_url). After upgrading, `grant` gives the service's application role
(Settings.app_role: its own login role, never the owner) what it needs at run time and no more
(docs/adr/0011-least-privilege-database-roles.md):

- CONNECT on its own database only (PUBLIC's CONNECT is revoked), USAGE on schema public, no CREATE;
- SELECT, INSERT, UPDATE, DELETE on the service's tables; no TRUNCATE, REFERENCES, TRIGGER, no DDL (it owns nothing);
- audit_log: SELECT and INSERT only (with the append-only triggers, which the app cannot drop or disable: only the
  owner may ALTER the table);
- outbox: SELECT, INSERT and UPDATE of published_at (the relay); inbox: SELECT, INSERT; idempotency_keys: no DELETE;
  alembic_version: SELECT. Rows of outbox and inbox are deleted only by retention, through the SECURITY DEFINER
  functions platform_purge_outbox / platform_purge_inbox (owned by the owner; EXECUTE for the app role only), which
  delete published outbox rows and inbox rows older than the window they are given, never unpublished ones.

Idempotent: every run revokes the role's privileges on the tables and grants them again, in one transaction.

    python -m shared.migrate            # upgrade every service's database to head
    python -m shared.migrate asset_core
"""
from __future__ import annotations

import asyncio
import logging
import sys

import asyncpg
from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, pool
from sqlalchemy.ext.asyncio import async_engine_from_config

from shared.settings import ROOT, Settings

SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]


def alembic_config(service: str, url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "services" / service / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.set_main_option("version_table", "alembic_version")
    return cfg


log = logging.getLogger(__name__)


def upgrade(service: str, settings: Settings | None = None, revision: str = "head") -> str | None:
    """Upgrade the service's database as the owner, then grant its application role (see the module's text).
    Returns the role granted (None: the application connects as the owner)."""
    settings = settings or Settings(service_name=service)
    command.upgrade(alembic_config(service, settings.migration_url()), revision)
    return asyncio.run(grant(settings))


# Tables of the platform (shared/db.py) whose privileges are narrower than a service table's.
NARROWER = [
    "revoke update, delete on audit_log from {role}",
    "revoke update, delete on outbox from {role}",
    "grant update (published_at) on outbox to {role}",
    "revoke update, delete on inbox from {role}",
    "revoke delete on idempotency_keys from {role}",
    "revoke insert, update, delete on alembic_version from {role}",
    "revoke update, delete on payouts from {role}",  # 执行款发放 records are appended, never rewritten
    "revoke update, delete on payout_deferrals from {role}",  # 延缓发放 decisions: appended; only their end
    "grant update (ended_on, ended_by) on payout_deferrals to {role}",  # is written later
    "revoke update, delete on files from {role}",  # evidence files are never changed (their trigger too)
]
# Retention (shared/outbox.py purge) deletes through these, as their owner: published rows only, and only rows older
# than the window (a negative window counts as zero). search_path fixed and names qualified (SECURITY DEFINER).
RETENTION_FUNCTIONS = {
    "platform_purge_outbox(retention_seconds double precision, batch integer)": """
        with gone as (delete from public.outbox where seq in (
            select seq from public.outbox where published_at is not null
            and published_at < now() - make_interval(secs => greatest(retention_seconds, 0))
            order by seq limit batch) returning 1)
        select count(*)::integer from gone""",
    "platform_purge_inbox(retention_seconds double precision, batch integer)": """
        with gone as (delete from public.inbox where ctid = any(array(
            select ctid from public.inbox
            where processed_at < now() - make_interval(secs => greatest(retention_seconds, 0)) limit batch))
            returning 1)
        select count(*)::integer from gone""",
}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def grant(settings: Settings) -> str | None:
    """Give the service's application role its privileges on the service's database (idempotent). Returns the
    role, or None when the application connects as the owner itself (nothing to separate: a warning)."""
    dsn = settings.migration_url().replace("postgresql+asyncpg://", "postgresql://", 1)
    conn = await asyncpg.connect(dsn)
    try:
        owner, database = await conn.fetchval("select current_user"), await conn.fetchval("select current_database()")
        role = settings.app_role()
        if not role or role == owner:
            log.warning("migrate %s: the application connects as the owner %s: no least-privilege role to grant "
                        "(set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to the application's role)",
                        settings.service_name, owner)
            return None
        found = await conn.fetchrow("select rolsuper, rolbypassrls, pg_has_role(rolname, $2, 'MEMBER') as owner_member "
                                    "from pg_roles where rolname = $1", role, owner)
        if found is None:
            raise RuntimeError(f"the application role {role!r} of {settings.service_name} does not exist: create it "
                               f"(CREATE ROLE {quote_ident(role)} LOGIN NOINHERIT; deploy/local/infra.py does locally)")
        if found["rolsuper"] or found["rolbypassrls"] or found["owner_member"]:
            raise RuntimeError(f"the application role {role!r} is a superuser or may act as the owner {owner!r}: "
                               "it must be a plain login role (docs/adr/0011)")
        r = quote_ident(role)
        async with conn.transaction():
            await conn.execute(f"revoke all on database {quote_ident(database)} from public")
            await conn.execute(f"grant connect on database {quote_ident(database)} to {r}")
            await conn.execute(f"grant usage on schema public to {r}")
            await conn.execute(f"revoke all on all tables in schema public from {r}")
            await conn.execute(f"revoke all on all sequences in schema public from {r}")
            await conn.execute(f"grant select, insert, update, delete on all tables in schema public to {r}")
            await conn.execute(f"grant usage, select on all sequences in schema public to {r}")
            tables = {t for (t,) in await conn.fetch("select tablename from pg_tables where schemaname = 'public'")}
            for stmt in NARROWER:
                if stmt.split(" on ")[1].split()[0] in tables:
                    await conn.execute(stmt.format(role=r))
            for signature, body in RETENTION_FUNCTIONS.items():
                await conn.execute(f"create or replace function public.{signature} returns integer language sql "
                                   f"security definer set search_path = pg_catalog, pg_temp as $fn${body}$fn$")
                await conn.execute(f"revoke all on function public.{signature} from public")
                await conn.execute(f"grant execute on function public.{signature} to {r}")
            # Tables and sequences a later migration (or a DBA) creates start with the service's privileges; the
            # next run of this narrows them again.
            await conn.execute(f"alter default privileges for role {quote_ident(owner)} in schema public "
                               f"grant select, insert, update, delete on tables to {r}")
            await conn.execute(f"alter default privileges for role {quote_ident(owner)} in schema public "
                               f"grant usage, select on sequences to {r}")
        return role
    finally:
        await conn.close()


def run_env(metadata: MetaData) -> None:
    """Body of every service's migrations/env.py."""
    config = context.config

    def do_run(connection) -> None:
        context.configure(connection=connection, target_metadata=metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()

    async def online() -> None:
        engine = async_engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
                                          poolclass=pool.NullPool)
        async with engine.connect() as connection:
            await connection.run_sync(do_run)
        await engine.dispose()

    if context.is_offline_mode():
        context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata,
                          literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        asyncio.run(online())


if __name__ == "__main__":
    for name in sys.argv[1:] or SERVICES:
        role = upgrade(name)
        print(f"[migrate] {name}: at head" + (f", privileges of {role} granted" if role else ""))
