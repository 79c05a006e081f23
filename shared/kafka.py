"""How every Kafka client of the suite authenticates: `client_options(settings)` goes into each aiokafka
constructor (producers, consumers, admin clients), so one place decides the security protocol and the user.

Locally the broker has a SASL_PLAINTEXT listener with SCRAM-SHA-512 and the KRaft StandardAuthorizer
(deploy/local/infra.py, docs/adr/0012): each service is its own Kafka user (KAFKA_USERNAME = its name) whose
password the set-up generated into `.run/kafka/users/<user>` (0600); the set-up, `python -m shared.topics` and the
tests' harness use the `admin` user named in `.run/env`. Production passes KAFKA_SECURITY_PROTOCOL=SASL_SSL,
KAFKA_USERNAME and KAFKA_PASSWORD from a secret. PLAINTEXT (the default) sends no credentials."""
from __future__ import annotations

from typing import Any

from shared.settings import Settings


class KafkaCredentialsMissing(RuntimeError):
    pass


def kafka_password(settings: Settings) -> str | None:
    """KAFKA_PASSWORD, else the local set-up's file `<kafka_credentials_dir>/<username>`; None without a user."""
    if settings.kafka_password:
        return settings.kafka_password
    if not settings.kafka_username:
        return None
    path = settings.kafka_credentials_dir / settings.kafka_username
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        raise KafkaCredentialsMissing(
            f"Kafka user {settings.kafka_username!r} has no password: set KAFKA_PASSWORD or create {path} "
            f"(`python deploy/local/infra.py up` writes the local users' passwords)") from None


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for AIOKafkaProducer / AIOKafkaConsumer / AIOKafkaAdminClient."""
    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return {}
    if not settings.kafka_username:
        raise KafkaCredentialsMissing(f"KAFKA_SECURITY_PROTOCOL={protocol} needs KAFKA_USERNAME")
    options: dict[str, Any] = {
        "security_protocol": protocol,
        "sasl_mechanism": settings.kafka_sasl_mechanism,
        "sasl_plain_username": settings.kafka_username,
        "sasl_plain_password": kafka_password(settings),
    }
    if protocol == "SASL_SSL":
        from aiokafka.helpers import create_ssl_context
        options["ssl_context"] = create_ssl_context(cafile=settings.kafka_ssl_cafile)
    return options


def as_user(settings: Settings, username: str, password: str | None = None) -> Settings:
    """The same settings, authenticating as another Kafka user (tests, tools)."""
    return settings.model_copy(update={"kafka_username": username, "kafka_password": password})
