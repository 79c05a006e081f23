"""Kafka users and ACLs of the suite (docs/adr/0012), derived from the code, applied with the admin user.

Each service is a SCRAM user named after it, allowed exactly what it does:

- write (WRITE, DESCRIBE, CREATE): its own topic, the topics it also sends on (`shared.contracts.ALSO_SENDS`), its
  partner streams (`shared.contracts.partners`), the `<topic>.dlq` of every topic it consumes, and
  `audit.checkpoints.v1`;
- read (READ, DESCRIBE): the topics of its subscriptions (`services/<name>/consumers.py` SUBSCRIPTIONS), its own
  topic (the partner stream copies it) and `audit.checkpoints.v1`;
- its consumer groups (READ): its subscriptions' groups and `<service>.partner-stream`;
- IDEMPOTENT_WRITE on the cluster (idempotent producers).

A partner (a grant of deploy/local/partners.toml, or any file of the same shape) reads only the partner streams
its grant names, at its level (masked unless `unmasked = true`), with consumer groups under its `group_prefix`,
and writes only the inbound topics it names (`publish`, e.g. procuratorate.partner-clues.v1).

Every binding is LITERAL on the topic name with `prefix` in front (empty in production; a test world passes its
own prefix and users). The admin user is a super user (broker config), so it appears in no ACL.

    python -m shared.kafka_security plan  [--partners FILE]          # print the ACLs
    python -m shared.kafka_security apply [--partners FILE] [--generate-passwords]

`apply` upserts every user's SCRAM-SHA-512 credential (password from KAFKA_CREDENTIALS_DIR/<user>; with
--generate-passwords a missing one is generated, 0600), creates the missing ACLs and deletes the ACLs of these
users that the plan no longer names; a user whose password file is left but who is in no plan any more (a partner
taken out of the grants) loses its ACLs, its credential and its file. It authenticates with the settings' user
(KAFKA_USERNAME, the admin)."""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib
import os
import re
import secrets
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.admin import (CreateAclsRequest_v1, DeleteAclsRequest_v1, DescribeAclsRequest_v1)
from aiokafka.protocol.api import Request, RequestStruct, Response
from aiokafka.protocol.types import (CompactArray, CompactBytes, CompactString, Int8, Int16, Int32, Schema,
                                     TaggedFields)

from shared.kafka import client_options
from shared.settings import ROOT, Settings

RESOURCE_TYPES = {"topic": 2, "group": 3, "cluster": 4}
PATTERN_TYPES = {"literal": 3, "prefixed": 4}
OPERATIONS = {"read": 3, "write": 4, "create": 5, "describe": 8, "idempotent_write": 12}
_ANY, _ALLOW = 1, 3
CLUSTER = "kafka-cluster"
WRITE_OPS = ("write", "describe", "create")
READ_OPS = ("read", "describe")
SCRAM_MECHANISMS = {"SCRAM-SHA-256": (1, "sha256"), "SCRAM-SHA-512": (2, "sha512")}
SCRAM_ITERATIONS = 8192
ADMIN = "admin"
DEFAULT_PARTNERS_FILE = ROOT / "deploy" / "local" / "partners.toml"
_NAME = re.compile(r"^[a-z][a-z0-9-]{1,62}$")


@dataclass(frozen=True, order=True)
class Acl:
    """One ALLOW binding for a user, on any host."""

    user: str
    resource_type: str  # topic | group | cluster
    name: str
    operation: str
    pattern: str = "literal"

    @property
    def principal(self) -> str:
        return f"User:{self.user}"


@dataclass(frozen=True)
class PartnerGrant:
    """What one partner may do: read the partner streams of `streams` (publisher names) at its level, use consumer
    groups starting with `group_prefix`, publish on the inbound topics of `publish`."""

    name: str
    label: str = ""
    streams: tuple[str, ...] = ()
    unmasked: bool = False
    group_prefix: str = ""
    publish: tuple[str, ...] = ()
    subscribe: tuple[str, ...] = ()  # shared partner contract topics it reads as they are (e.g. clue referrals)

    @property
    def level(self) -> str:
        return "unmasked" if self.unmasked else "masked"

    def topics(self) -> list[str]:
        from shared.contracts.partners import partner_topic
        return [partner_topic(s, self.level) for s in self.streams] + list(self.subscribe)  # type: ignore[arg-type]


@dataclass
class ServiceAccess:
    writes: list[str] = field(default_factory=list)
    reads: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def partner_stream_group(service: str) -> str:
    from shared.partner_stream import stream_group
    return stream_group(service)


# ------------------------------------------------------------------------------------------------ the plan
def service_access() -> dict[str, ServiceAccess]:
    """Per service, the contract topic names (no prefix) it writes and reads and its consumer groups."""
    from shared import contracts
    from shared.contracts.partners import partner_topics
    from shared.topics import AUDIT_CHECKPOINTS, dlq_topic
    plan: dict[str, ServiceAccess] = {}
    for service, module in contracts.PUBLISHERS.items():
        access = ServiceAccess()
        access.writes += [module.TOPIC, *(m.TOPIC for m in contracts.ALSO_SENDS.get(service, [])),
                          *partner_topics(service).values(), AUDIT_CHECKPOINTS]
        access.reads += [module.TOPIC, AUDIT_CHECKPOINTS]
        if partner_topics(service):
            access.groups.append(partner_stream_group(service))
        consumers = importlib.import_module(f"services.{service}.consumers")
        for sub in getattr(consumers, "SUBSCRIPTIONS", []):
            access.groups.append(sub.group)
            access.reads += sub.topics
            access.writes += [dlq_topic(t) for t in sub.topics]
        access.writes = list(dict.fromkeys(access.writes))
        access.reads = list(dict.fromkeys(access.reads))
        access.groups = list(dict.fromkeys(access.groups))
        plan[service] = access
    return plan


def service_acls(service: str, access: ServiceAccess, prefix: str = "", user: str | None = None) -> list[Acl]:
    user = user or service
    acls = [Acl(user, "topic", prefix + t, op) for t in access.writes for op in WRITE_OPS]
    acls += [Acl(user, "topic", prefix + t, op) for t in access.reads for op in READ_OPS]
    acls += [Acl(user, "group", prefix + g, "read") for g in access.groups]
    acls.append(Acl(user, "cluster", CLUSTER, "idempotent_write"))
    return sorted(set(acls))


def partner_acls(grant: PartnerGrant, prefix: str = "", user: str | None = None) -> list[Acl]:
    user = user or grant.name
    acls = [Acl(user, "topic", prefix + t, op) for t in grant.topics() for op in READ_OPS]
    acls.append(Acl(user, "group", prefix + grant.group_prefix, "read", "prefixed"))
    acls += [Acl(user, "topic", prefix + t, op) for t in grant.publish for op in ("write", "describe")]
    if grant.publish:
        acls.append(Acl(user, "cluster", CLUSTER, "idempotent_write"))
    return sorted(set(acls))


def suite_acls(grants: Iterable[PartnerGrant], prefix: str = "") -> list[Acl]:
    acls = [a for s, access in service_access().items() for a in service_acls(s, access, prefix)]
    acls += [a for g in grants for a in partner_acls(g, prefix)]
    return sorted(set(acls))


class GrantError(ValueError):
    pass


def load_grants(path: Path | str = DEFAULT_PARTNERS_FILE) -> list[PartnerGrant]:
    """The partners of a grants file (TOML, `[partners.<name>]` tables); refuses what the suite cannot grant."""
    from shared import contracts
    from shared.contracts.partners import STREAMS
    path = Path(path)
    if not path.exists():
        return []
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    grants = []
    for name, spec in sorted((doc.get("partners") or {}).items()):
        where = f"{path.name} [partners.{name}]"
        if not _NAME.match(name) or name == ADMIN or name.replace("-", "_") in contracts.PUBLISHERS:
            raise GrantError(f"{where}: a partner name is lower-case letters, digits and '-', and not a service's "
                             f"or the admin's name")
        unknown = set(spec) - {"label", "streams", "unmasked", "group_prefix", "publish", "subscribe"}
        if unknown:
            raise GrantError(f"{where}: unknown keys {sorted(unknown)}")
        grant = PartnerGrant(name=name, label=str(spec.get("label", "")), streams=tuple(spec.get("streams", [])),
                             unmasked=bool(spec.get("unmasked", False)),
                             group_prefix=str(spec.get("group_prefix", f"{name}.")),
                             publish=tuple(spec.get("publish", [])), subscribe=tuple(spec.get("subscribe", [])))
        for s in grant.streams:
            if grant.level not in STREAMS.get(s, ()):
                raise GrantError(f"{where}: {s!r} has no {grant.level} partner stream (levels: "
                                 f"{', '.join(STREAMS.get(s, ())) or 'none'})")
        bad = [t for t in grant.publish + grant.subscribe if t not in contracts.INBOUND_TOPICS]
        if bad:
            raise GrantError(f"{where}: partners publish and subscribe only on the partner contract topics "
                             f"{contracts.INBOUND_TOPICS}, not {bad}")
        if not grant.group_prefix.startswith(name):
            raise GrantError(f"{where}: group_prefix must start with the partner's name")
        grants.append(grant)
    return grants


# ------------------------------------------------------------------------------ the admin protocol requests
class _AlterUserScramCredentialsResponse_v0(Response):
    API_KEY = 51
    API_VERSION = 0
    SCHEMA = Schema(
        ("throttle_time_ms", Int32),
        ("results", CompactArray(("user", CompactString("utf-8")), ("error_code", Int16),
                                 ("error_message", CompactString("utf-8")), ("tags", TaggedFields))),
        ("tags", TaggedFields),
    )


class _AlterUserScramCredentialsRequest_v0(RequestStruct):
    FLEXIBLE_VERSION = True
    API_KEY = 51
    API_VERSION = 0
    RESPONSE_TYPE = _AlterUserScramCredentialsResponse_v0
    SCHEMA = Schema(
        ("deletions", CompactArray(("name", CompactString("utf-8")), ("mechanism", Int8), ("tags", TaggedFields))),
        ("upsertions", CompactArray(("name", CompactString("utf-8")), ("mechanism", Int8), ("iterations", Int32),
                                    ("salt", CompactBytes), ("salted_password", CompactBytes),
                                    ("tags", TaggedFields))),
        ("tags", TaggedFields),
    )


class _AlterUserScramCredentials(Request[_AlterUserScramCredentialsRequest_v0]):
    API_KEY = 51

    def __init__(self, deletions: list, upsertions: list) -> None:
        self._deletions, self._upsertions = deletions, upsertions

    def build(self, cls):
        return cls(self._deletions, self._upsertions, {})


class _CreateAcls(Request[CreateAclsRequest_v1]):
    API_KEY = 30

    def __init__(self, creations: list) -> None:
        self._creations = creations

    def build(self, cls):
        return cls(self._creations)


class _DescribeAcls(Request[DescribeAclsRequest_v1]):
    API_KEY = 29

    def build(self, cls):  # everything: any resource, pattern, principal, host, operation, permission
        return cls(_ANY, None, _ANY, None, None, _ANY, _ANY)


class _DeleteAcls(Request[DeleteAclsRequest_v1]):
    API_KEY = 31

    def __init__(self, filters: list) -> None:
        self._filters = filters

    def build(self, cls):
        return cls(self._filters)


class KafkaAdminError(RuntimeError):
    pass


def _check(results: Iterable[tuple[int, str | None]], what: str) -> None:
    """results: (error code, error message) per item."""
    errors = [(code, message) for code, message in results if code != 0]
    if errors:
        raise KafkaAdminError(f"{what} failed: {errors}")


def salted_password(password: str, salt: bytes, iterations: int, mechanism: str = "SCRAM-SHA-512") -> bytes:
    """SCRAM's SaltedPassword = Hi(password, salt, i) (RFC 5802 §2.2), i.e. PBKDF2-HMAC."""
    return hashlib.pbkdf2_hmac(SCRAM_MECHANISMS[mechanism][1], password.encode(), salt, iterations)


def _wire(acl: Acl) -> tuple:
    return (RESOURCE_TYPES[acl.resource_type], acl.name, PATTERN_TYPES[acl.pattern], acl.principal, "*",
            OPERATIONS[acl.operation], _ALLOW)


class Admin:
    """The few admin calls aiokafka has no method for (SCRAM credentials, ACLs), over its protocol classes."""

    def __init__(self, settings: Settings) -> None:
        self.client = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers,
                                          client_id="suite-security-admin", **client_options(settings))

    async def __aenter__(self) -> "Admin":
        await self.client.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.client.close()

    async def _send(self, request: Request):
        return await self.client._send_request(request)

    async def upsert_users(self, users: dict[str, str], mechanism: str = "SCRAM-SHA-512") -> None:
        if not users:
            return
        code = SCRAM_MECHANISMS[mechanism][0]
        upsertions = []
        for name, password in sorted(users.items()):
            salt = secrets.token_bytes(32)
            upsertions.append((name, code, SCRAM_ITERATIONS, salt,
                               salted_password(password, salt, SCRAM_ITERATIONS, mechanism), {}))
        response = await self._send(_AlterUserScramCredentials([], upsertions))
        _check([(r[1], f"{r[0]}: {r[2]}") for r in response.results], "AlterUserScramCredentials (upsert)")

    async def delete_users(self, names: Iterable[str], mechanism: str = "SCRAM-SHA-512") -> None:
        deletions = [(n, SCRAM_MECHANISMS[mechanism][0], {}) for n in sorted(set(names))]
        if not deletions:
            return
        response = await self._send(_AlterUserScramCredentials(deletions, []))
        # 91 RESOURCE_NOT_FOUND: the credential is already gone
        _check([(r[1], f"{r[0]}: {r[2]}") for r in response.results if r[1] != 91],
               "AlterUserScramCredentials (delete)")

    async def acls(self) -> set[Acl]:
        response = await self._send(_DescribeAcls())
        if response.error_code:
            raise KafkaAdminError(f"DescribeAcls failed: {response.error_code} {response.error_message}")
        types = {v: k for k, v in RESOURCE_TYPES.items()}
        patterns = {v: k for k, v in PATTERN_TYPES.items()}
        ops = {v: k for k, v in OPERATIONS.items()}
        found = set()
        for rtype, rname, ptype, entries in response.resources:
            for principal, host, op, permission in entries:
                if (permission == _ALLOW and host == "*" and principal.startswith("User:") and rtype in types
                        and ptype in patterns and op in ops):
                    found.add(Acl(principal[5:], types[rtype], rname, ops[op], patterns[ptype]))
                else:  # something this module never writes: shown as a foreign binding, never deleted
                    found.add(Acl(principal, f"other:{rtype}", rname, f"{op}/{permission}@{host}", str(ptype)))
        return found

    async def create_acls(self, acls: Iterable[Acl]) -> None:
        creations = [_wire(a) for a in sorted(set(acls))]
        for i in range(0, len(creations), 500):
            response = await self._send(_CreateAcls(creations[i:i + 500]))
            _check([(r[0], r[1]) for r in response.creation_responses], "CreateAcls")

    async def delete_acls(self, acls: Iterable[Acl]) -> None:
        filters = [_wire(a) for a in sorted(set(acls))]
        for i in range(0, len(filters), 500):
            response = await self._send(_DeleteAcls(filters[i:i + 500]))
            _check([(r[0], r[1]) for r in response.filter_responses], "DeleteAcls")


# ------------------------------------------------------------------------------------------------- apply
def read_password(directory: Path, user: str, generate: bool) -> str:
    path = directory / user
    if not path.exists():
        if not generate:
            raise SystemExit(f"[kafka-security] no password for {user}: {path} (use --generate-passwords locally)")
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{user}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24) + "\n")
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_text().strip()


async def apply(settings: Settings, grants: list[PartnerGrant], generate: bool = False) -> dict[str, int]:
    plan = suite_acls(grants)
    users = sorted({a.user for a in plan})
    directory = settings.kafka_credentials_dir
    passwords = {u: read_password(directory, u, generate) for u in users}
    stale = sorted(p.name for p in directory.glob("*") if p.is_file() and not p.name.startswith(".")
                   and p.name not in passwords and p.name != ADMIN) if directory.is_dir() else []
    async with Admin(settings) as admin:
        await admin.upsert_users(passwords)
        existing = await admin.acls()
        managed = set(users) | set(stale)
        missing = set(plan) - existing
        extra = {a for a in existing if a.user in managed and a not in set(plan)}
        await admin.create_acls(missing)
        await admin.delete_acls(extra)
        await admin.delete_users(stale)
    for name in stale:
        (directory / name).unlink(missing_ok=True)
    return {"users": len(users), "acls": len(plan), "created": len(missing), "deleted": len(extra),
            "removed_users": len(stale)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shared.kafka_security", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["plan", "apply"])
    parser.add_argument("--partners", default=str(DEFAULT_PARTNERS_FILE), help="grants file (TOML)")
    parser.add_argument("--generate-passwords", action="store_true",
                        help="create a missing user's password file (local set-up)")
    args = parser.parse_args(argv)
    try:
        grants = load_grants(args.partners)
    except GrantError as exc:
        print(f"[kafka-security] {exc}", file=sys.stderr)
        return 2
    if args.command == "plan":
        for a in suite_acls(grants):
            print(f"{a.principal:32} {a.operation:17} {a.resource_type:8} {a.pattern:8} {a.name}")
        return 0
    summary = asyncio.run(apply(Settings(), grants, args.generate_passwords))
    print("[kafka-security] " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
