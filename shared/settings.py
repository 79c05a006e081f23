"""Settings of every service (pydantic-settings). Environment variables win; `.run/env`, written by
`deploy/local/infra.py up`, supplies the local PostgreSQL and Kafka addresses."""
from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parents[1]
RUN_DIR = ROOT / ".run"


LOCAL_PARTY_KEY_SECRET = "local-development-party-key"  # refused in production


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=str(RUN_DIR / "env"), extra="ignore")

    environment: Literal["local", "test", "production"] = "local"
    service_name: str = "suite"
    # Server URL (any database); each service uses its own database on it, named `database_name`
    # (default: the service's name). `<SERVICE>_DATABASE_URL`-style full overrides go in service_database_url.
    database_url: str = "postgresql://suite@127.0.0.1:55432/postgres"
    database_name: str | None = None
    service_database_url: str | None = None
    db_pool_size: int = 10
    db_max_overflow: int = 10

    kafka_bootstrap_servers: str = "127.0.0.1:59092"
    kafka_partitions: int = 6
    kafka_replication_factor: int = 1
    # Prepended to every topic name; empty in production, unique per test run for isolation.
    topic_prefix: str = ""

    outbox_batch_size: int = 500
    outbox_poll_seconds: float = 2.0
    consumer_max_attempts: int = 5
    consumer_backoff_base_seconds: float = 0.2
    consumer_backoff_max_seconds: float = 5.0

    jwt_issuer: str = "enforcement-suite"
    jwt_audience: str = "enforcement-suite"
    jwt_public_key_file: Path = RUN_DIR / "jwt" / "public.pem"
    jwt_private_key_file: Path = RUN_DIR / "jwt" / "private.pem"
    jwt_public_key: str | None = None  # PEM; production passes it in (or mounts a file)

    max_body_bytes: int = 1_048_576  # request bodies over this get 413 before parsing or authentication
    log_level: str = "INFO"
    log_json: bool = True
    # Party keys link a person's cases across services without the id number: HMAC-SHA256 with this secret, so
    # the keys that travel in events cannot be reversed by hashing the id-number space. Same value in every service.
    party_key_secret: str = LOCAL_PARTY_KEY_SECRET

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> "Settings":
        if self.environment == "production":
            if not self.jwt_public_key and self.jwt_public_key_file.is_relative_to(RUN_DIR):
                raise ValueError("production needs JWT_PUBLIC_KEY (or JWT_PUBLIC_KEY_FILE outside .run/): "
                                 "the local development key is refused")
            if self.party_key_secret == LOCAL_PARTY_KEY_SECRET:
                raise ValueError("production needs PARTY_KEY_SECRET: the local development secret is refused")
            if self.topic_prefix:
                raise ValueError("TOPIC_PREFIX is for tests; production topics are the contract names")
        return self

    def sqlalchemy_url(self) -> str:
        if self.service_database_url:
            url = self.service_database_url
        else:
            parts = urlsplit(self.database_url)
            url = urlunsplit(parts._replace(path="/" + (self.database_name or self.service_name)))
        for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
            if url.startswith(prefix):
                return "postgresql+asyncpg://" + url[len(prefix):]
        return url

    def asyncpg_dsn(self) -> str:
        return self.sqlalchemy_url().replace("postgresql+asyncpg://", "postgresql://", 1)

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    def public_key(self) -> str:
        if self.jwt_public_key:
            return self.jwt_public_key
        return self.jwt_public_key_file.read_text()
