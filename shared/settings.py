"""Settings of every service (pydantic-settings). Environment variables win; `.run/env`, written by
`deploy/local/infra.py up`, supplies the local PostgreSQL and Kafka addresses."""
from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit, urlunsplit

from pydantic import Field, model_validator
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
    # The service connects as the URL's user: its own login role, not the tables' owner (docs/adr/0011).
    # `{service}` in any of these URLs (and in database_app_role) is replaced by the service's name.
    database_url: str = "postgresql://suite@127.0.0.1:55432/postgres"
    database_name: str | None = None
    service_database_url: str | None = None
    # Migrations (shared/migrate.py) connect as the owner: a server URL like database_url (default: database_url,
    # i.e. one role for both — no separation), or a full URL per service. After upgrading they grant the
    # application's role (database_app_role, default: the user of the service's URL) what it needs, no more.
    migration_database_url: str | None = None
    service_migration_database_url: str | None = None
    database_app_role: str | None = None
    # What this process runs (docs/adr/0017): `all` (default) the HTTP API and the service's background work
    # (outbox relay, consumers, partner streams, audit checkpoints, sweeps); `api` only the HTTP API, so it may
    # run as several uvicorn workers (`--workers`); `worker` only the background work, serving /healthz, /readyz
    # and /metrics, so a burst of requests never delays the consumers and a consumer batch never delays a request.
    process_role: Literal["all", "api", "worker"] = "all"
    # At the end of start-up, what was built (modules, routes, tables) moves to the collector's permanent generation
    # (gc.freeze): a full collection then walks only what requests made since, not ~140,000 start-up objects (a
    # 50-200 ms pause of the whole process each time here). Off where many apps share one process (the tests).
    gc_freeze_at_start: bool = True
    # With it, the youngest generation is collected after this many new container objects instead of Python's 700: a
    # request makes thousands, so the default collected several times per request (~3 % of the API process in
    # `make bench` (b)); cycles are still found, a little later.
    gc_young_threshold: int = 20_000
    # Connections a process keeps once opened (opened as needed, up to db_pool_size). Overflow connections are closed
    # when returned: under load each request past the pool then paid a new connection, its TLS attempt and its type
    # introspection (~10 % of the API process in `make bench` (b) with 10 + 10), so by default there is none.
    db_pool_size: int = 20
    db_max_overflow: int = 0

    kafka_bootstrap_servers: str = "127.0.0.1:59092"
    kafka_partitions: int = 6
    kafka_replication_factor: int = 1
    # Prepended to every topic name; empty in production, unique per test run for isolation.
    topic_prefix: str = ""
    # Kafka authentication (shared/kafka.py client_options, docs/adr/0012): locally SASL_PLAINTEXT + SCRAM-SHA-512,
    # each service its own user (KAFKA_USERNAME, password from KAFKA_PASSWORD or .run/kafka/users/<user>);
    # production SASL_SSL. PLAINTEXT sends no credentials.
    kafka_security_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256"] = "SCRAM-SHA-512"
    kafka_username: str | None = None
    kafka_password: str | None = None
    kafka_credentials_dir: Path = RUN_DIR / "kafka" / "users"
    kafka_ssl_cafile: str | None = None  # SASL_SSL: the cluster's CA (default: the system's trust store)
    # Masked copies of the service's events for partners (shared/partner_stream.py, partner.<service>.events.v1)
    partner_streams: bool = True
    # A partner stream commits its offsets (all partitions in one request) at most this often: a commit per record
    # cost the broker more than the copy. After a crash, at most this long of records is copied again (same ids).
    partner_stream_commit_interval_seconds: float = Field(default=1.0, ge=0.0, le=60.0)
    # The relay's outbox gauges (backlog, oldest age) are read at most this often, not after every batch.
    outbox_gauges_interval_seconds: float = Field(default=1.0, ge=0.0, le=60.0)

    outbox_batch_size: int = 500
    outbox_poll_seconds: float = 2.0
    consumer_max_attempts: int = 5
    # How long the broker may hold a consumer's fetch when none of its partitions has new records. aiokafka leaves
    # a partition whose records are still buffered out of the fetch it sends meanwhile, so a record arriving there
    # waits for that fetch to come back: up to this long (aiokafka's default 500 ms made 1 outcome in ~60 wait
    # 0.5–1 s in `make bench` (d)). Lower: less waiting, more fetches from an idle consumer (about 1000/this a
    # second).
    kafka_fetch_max_wait_ms: int = Field(default=100, ge=10, le=500)
    consumer_backoff_base_seconds: float = 0.2
    consumer_backoff_max_seconds: float = 5.0
    # Retention (the relay leader, every retention_interval_seconds, in batches of retention_batch_size rows):
    # published outbox rows older than outbox_retention_seconds are deleted; inbox rows (the consumers' dedupe
    # memory) older than inbox_retention_seconds, which must exceed what the broker keeps of a topic
    # (kafka_topic_retention_seconds, log.retention.hours=168 locally): a record can be redelivered as long as
    # the broker has it, and its inbox row must still be there to recognise it.
    outbox_retention_seconds: float = 7 * 86400.0
    inbox_retention_seconds: float = 30 * 86400.0
    kafka_topic_retention_seconds: float = 7 * 86400.0
    retention_interval_seconds: float = 600.0
    retention_batch_size: int = 1000
    retention_max_batches: int = 50  # per run, so one run never holds the relay for long

    # Traces (shared/tracing.py): off unless an OTLP/HTTP endpoint is given (e.g. http://127.0.0.1:4318).
    otel_exporter_otlp_endpoint: str | None = None
    otel_service_name: str | None = None  # default: the service's name

    jwt_issuer: str = "enforcement-suite"
    jwt_audience: str = "enforcement-suite"
    jwt_public_key_file: Path = RUN_DIR / "jwt" / "public.pem"
    jwt_private_key_file: Path = RUN_DIR / "jwt" / "private.pem"
    jwt_public_key: str | None = None  # PEM; production passes it in (or mounts a file)
    # Or a JWKS URL (the identity provider's keys, selected by the token's `kid`; two keys valid during a
    # rotation): fetched when first needed, cached jwt_jwks_cache_seconds, fetched again at once for an unknown
    # kid (at most every jwt_jwks_refresh_cooldown_seconds). Takes precedence over the PEM key when set.
    jwt_jwks_url: str | None = None
    jwt_jwks_cache_seconds: float = 300.0
    jwt_jwks_refresh_cooldown_seconds: float = 30.0
    jwt_jwks_timeout_seconds: float = 5.0

    max_body_bytes: int = 1_048_576  # request bodies over this get 413 before parsing or authentication
    log_level: str = "INFO"
    log_json: bool = True
    # Party keys link a person's cases across services without the id number: HMAC-SHA256 with this secret, so
    # the keys that travel in events cannot be reversed by hashing the id-number space. Same value in every service.
    party_key_secret: str = LOCAL_PARTY_KEY_SECRET
    # Audit anchoring (shared/checkpoints.py): the chain head is signed (Ed25519) with a key the database does not
    # hold and published to `audit.checkpoints.v1` every audit_checkpoint_seconds (when it moved) and on shutdown.
    # Locally the key is generated under .run/audit/; production passes AUDIT_SIGNING_KEY (PEM, PKCS#8).
    audit_checkpoint_seconds: float = 30.0
    audit_signing_key: str | None = None
    audit_signing_key_file: Path = RUN_DIR / "audit" / "signing.pem"
    # PEM public key that checks the checkpoints (default: derived from the signing key); an auditor's copy.
    audit_public_key: str | None = None
    audit_witness_timeout_seconds: float = 5.0  # reading or writing the checkpoint topic; then "unreachable"
    audit_witness_scan: int = 500  # checkpoints read back per partition by /api/v1/audit/verify

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> "Settings":
        if self.environment == "production":
            if not self.jwt_jwks_url and not self.jwt_public_key and self.jwt_public_key_file.is_relative_to(RUN_DIR):
                raise ValueError("production needs JWT_JWKS_URL or JWT_PUBLIC_KEY (or JWT_PUBLIC_KEY_FILE outside .run/): "
                                 "the local development key is refused")
            if self.party_key_secret == LOCAL_PARTY_KEY_SECRET:
                raise ValueError("production needs PARTY_KEY_SECRET: the local development secret is refused")
            if self.topic_prefix:
                raise ValueError("TOPIC_PREFIX is for tests; production topics are the contract names")
        if self.inbox_retention_seconds <= self.kafka_topic_retention_seconds:
            raise ValueError("INBOX_RETENTION_SECONDS must exceed KAFKA_TOPIC_RETENTION_SECONDS: an event the broker "
                             "still holds can be redelivered, and its inbox row is what makes that harmless")
        return self

    def sqlalchemy_url(self) -> str:
        """The service's own connection (its application role)."""
        return self._service_url(self.service_database_url, self.database_url)

    def migration_url(self) -> str:
        """The owner's connection to the service's database (migrations and grants, shared/migrate.py): the
        per-service owner's URL, else the owner's server with the database the service uses."""
        if self.service_migration_database_url or not self.migration_database_url:
            return self._service_url(self.service_migration_database_url or self.service_database_url,
                                     self.database_url)
        server = urlsplit(self.migration_database_url)
        return self._service_url(urlunsplit(server._replace(path=urlsplit(self.sqlalchemy_url()).path)), "")

    def app_role(self) -> str | None:
        """The login role the service connects as (the one migrations grant to)."""
        if self.database_app_role:
            return self.database_app_role.replace("{service}", self.service_name)
        user = urlsplit(self.sqlalchemy_url()).username
        return unquote(user) if user else None

    def _service_url(self, full: str | None, server: str) -> str:
        if full:
            url = full
        else:
            parts = urlsplit(server)
            url = urlunsplit(parts._replace(path="/" + (self.database_name or self.service_name)))
        url = url.replace("{service}", self.service_name)
        for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
            if url.startswith(prefix):
                return "postgresql+asyncpg://" + url[len(prefix):]
        return url

    def asyncpg_dsn(self) -> str:
        return self.sqlalchemy_url().replace("postgresql+asyncpg://", "postgresql://", 1)

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    def audit_signing_pem(self) -> str | None:
        """The audit checkpoint signing key (PEM), None when the key file does not exist (yet). Production
        refuses the local key — checked when a service starts (build_app's lifespan calls it before anything
        else), not in the validator above: settings for tools that never sign (migrations, token checks) need
        no audit key."""
        if self.audit_signing_key:
            return self.audit_signing_key
        if self.environment == "production" and self.audit_signing_key_file.is_relative_to(RUN_DIR):
            raise ValueError("production needs AUDIT_SIGNING_KEY (or AUDIT_SIGNING_KEY_FILE outside .run/): "
                             "the local audit checkpoint key is refused")
        path = self.audit_signing_key_file
        return path.read_text() if path.exists() else None

    def public_key(self) -> str:
        if self.jwt_public_key:
            return self.jwt_public_key
        return self.jwt_public_key_file.read_text()
