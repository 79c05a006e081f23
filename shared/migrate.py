"""Alembic migrations, one history per service database (services/<name>/migrations).

    python -m shared.migrate            # upgrade every service's database to head
    python -m shared.migrate asset_core
"""
from __future__ import annotations

import asyncio
import sys

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


def upgrade(service: str, settings: Settings | None = None, revision: str = "head") -> None:
    settings = settings or Settings(service_name=service)
    command.upgrade(alembic_config(service, settings.sqlalchemy_url()), revision)


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
        upgrade(name)
        print(f"[migrate] {name}: at head")
