"""Audit anchoring: signed checkpoints of each service's audit chain, kept by an outside witness.

The hash chain (shared/audit.py) shows an edited or deleted middle row, but not rows deleted at the end, nor a
last row rewritten with a recomputed hash: the chain that is left is consistent. So every service publishes its
chain head — (seq, hash, row count), signed with Ed25519 by a key the database does not hold — to the Kafka topic
`audit.checkpoints.v1` (key = service name): every `audit_checkpoint_seconds` when the head moved, and on
shutdown. `/api/v1/audit/verify` checks the table against the checkpoints it reads back: `truncated` when a
checkpointed row is gone, `rehashed` when it has another hash.

The checkpointer never blesses a tampered chain: before publishing it walks the rows from its last checkpoint
(read back from the topic when it starts) and publishes only a head that extends it (`audit.extend`). Every
replica publishes (checkpoints are idempotent statements about the chain); `verify` trusts a record only when its
signature checks with the public key and it names this service, and compares the table with every valid
checkpoint it reads back (the last `audit_witness_scan` per partition), so a replayed old checkpoint hides nothing.

    python -m shared.checkpoints keygen      # the local key, .run/audit/signing.pem (+ signing.pub.pem)
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import audit
from shared.db import PlatformTables
from shared.kafka import client_options
from shared.settings import Settings
from shared.topics import AUDIT_CHECKPOINTS, ensure_topics

log = logging.getLogger(__name__)
ALG = "Ed25519"


# ------------------------------------------------------------------------------------------------------- keys
def keygen(settings: Settings) -> bool:
    """Create the local signing key if missing (atomically: concurrent first starts agree on one key).
    Returns True when created. Production passes AUDIT_SIGNING_KEY instead."""
    path = settings.audit_signing_key_file
    if path.exists():
        return False
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    try:
        os.link(tmp, path)  # fails when another process won the race: its key stays
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)
    public_file(settings).write_bytes(_public_pem(key.public_key()))
    return True


def public_file(settings: Settings):
    return settings.audit_signing_key_file.with_name(settings.audit_signing_key_file.stem + ".pub.pem")


def _public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def signing_key(settings: Settings) -> Ed25519PrivateKey:
    """The service's signing key; refused in production unless it comes from AUDIT_SIGNING_KEY (or a file outside
    .run/). Locally it is generated on first use."""
    pem = settings.audit_signing_pem()
    if pem is None:
        if settings.environment == "production":
            raise ValueError(f"AUDIT_SIGNING_KEY_FILE {settings.audit_signing_key_file} does not exist")
        keygen(settings)
        pem = settings.audit_signing_pem()
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("AUDIT_SIGNING_KEY must be an Ed25519 private key (PEM, PKCS#8)")
    return key


def verifying_key(settings: Settings) -> Ed25519PublicKey:
    if settings.audit_public_key:
        key = serialization.load_pem_public_key(settings.audit_public_key.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("AUDIT_PUBLIC_KEY must be an Ed25519 public key (PEM)")
        return key
    return signing_key(settings).public_key()


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


# ------------------------------------------------------------------------------------------------ checkpoints
@dataclass(frozen=True)
class Checkpoint:
    service: str
    seq: int
    hash: str
    rows: int
    issued_at: datetime
    reason: str  # interval | shutdown | manual
    key_id: str = ""

    @property
    def head(self) -> audit.Head:
        return audit.Head(self.seq, self.hash, self.rows)

    def statement(self) -> dict:
        return {"v": 1, "service": self.service, "seq": self.seq, "hash": self.hash, "rows": self.rows,
                "issued_at": self.issued_at.isoformat(), "reason": self.reason}


def _canonical(statement: dict) -> bytes:
    return json.dumps(statement, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(checkpoint: Checkpoint, key: Ed25519PrivateKey) -> bytes:
    """The record value: the statement, the algorithm, the key id and the signature over the canonical JSON."""
    statement = checkpoint.statement()
    signature = key.sign(_canonical(statement))
    return json.dumps({"checkpoint": statement, "alg": ALG, "key_id": key_id(key.public_key()),
                       "signature": base64.b64encode(signature).decode()}, ensure_ascii=False).encode()


class Forged(ValueError):
    """Not a checkpoint this key signed (bad signature, malformed, or another service's)."""


def open_signed(value: bytes, key: Ed25519PublicKey, service: str) -> Checkpoint:
    try:
        doc = json.loads(value)
        statement, signature = doc["checkpoint"], base64.b64decode(doc["signature"], validate=True)
        if doc.get("alg") != ALG or not isinstance(statement, dict):
            raise Forged(f"unsupported algorithm {doc.get('alg')!r}")
        key.verify(signature, _canonical(statement))
    except InvalidSignature:
        raise Forged("signature does not verify") from None
    except Forged:
        raise
    except Exception as exc:
        raise Forged(f"malformed checkpoint: {type(exc).__name__}") from None
    if statement.get("v") != 1 or statement.get("service") != service:
        raise Forged(f"a checkpoint of {statement.get('service')!r}, not of {service!r}")
    return Checkpoint(service=service, seq=int(statement["seq"]), hash=str(statement["hash"]),
                      rows=int(statement["rows"]), issued_at=datetime.fromisoformat(statement["issued_at"]),
                      reason=str(statement["reason"]), key_id=str(doc.get("key_id", "")))


# ------------------------------------------------------------------------------------------------ the witness
@dataclass
class WitnessRead:
    checkpoints: list[Checkpoint]  # valid ones of this service, in topic order
    forged: int = 0

    @property
    def latest(self) -> Checkpoint | None:
        return max(self.checkpoints, key=lambda c: (c.seq, c.issued_at), default=None)


async def read_witness(settings: Settings, key: Ed25519PublicKey | None = None) -> WitnessRead:
    """This service's checkpoints among the last `audit_witness_scan` records of each partition (widened until
    one is found or the partition's start is reached). Raises on a broker that does not answer in time."""
    key = key or verifying_key(settings)
    return await asyncio.wait_for(_read(settings, key), timeout=settings.audit_witness_timeout_seconds)


async def _read(settings: Settings, key: Ed25519PublicKey) -> WitnessRead:
    topic, me = settings.topic(AUDIT_CHECKPOINTS), settings.service_name.encode()
    timeout_ms = int(settings.audit_witness_timeout_seconds * 1000)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers, group_id=None,
                                enable_auto_commit=False, client_id=f"{settings.service_name}-audit-witness",
                                request_timeout_ms=max(timeout_ms, 1000), retry_backoff_ms=100,
                                **client_options(settings))
    found = WitnessRead([])
    try:
        await consumer.start()
        if topic not in await consumer.topics():
            return found
        consumer.subscribe([topic])  # without a group: every partition is assigned once the metadata is in
        while not consumer.assignment():
            await asyncio.sleep(0.02)
        tps = sorted(consumer.assignment())
        begins, ends = await consumer.beginning_offsets(tps), await consumer.end_offsets(tps)
        for tp in tps:
            window, stop = settings.audit_witness_scan, ends[tp]
            while stop > begins[tp]:
                start = max(begins[tp], stop - window)
                mine = []
                consumer.seek(tp, start)
                while await consumer.position(tp) < stop:
                    batch = await consumer.getmany(tp, timeout_ms=200)
                    for record in batch.get(tp, []):
                        if record.offset >= stop:
                            break
                        if record.key == me:
                            mine.append(record.value)
                for value in mine:
                    try:
                        found.checkpoints.append(open_signed(value, key, settings.service_name))
                    except Forged as exc:
                        found.forged += 1
                        log.warning("audit witness: ignored a record in %s: %s", topic, exc)
                if found.checkpoints or mine:
                    break  # this partition holds this service's checkpoints: its last window is enough
                stop, window = start, window * 2
        return found
    finally:
        try:
            await asyncio.wait_for(consumer.stop(), timeout=2)
        except Exception:
            pass


async def publish(settings: Settings, producer: AIOKafkaProducer, checkpoint: Checkpoint,
                  key: Ed25519PrivateKey) -> None:
    await asyncio.wait_for(producer.send_and_wait(settings.topic(AUDIT_CHECKPOINTS), sign(checkpoint, key),
                                                  key=checkpoint.service.encode(),
                                                  headers=[("content-type", b"application/json")]),
                           timeout=settings.audit_witness_timeout_seconds)


# ------------------------------------------------------------------------------------------- the checkpointer
class AuditCheckpointer:
    """Publishes the chain head every `audit_checkpoint_seconds` when it moved since the last checkpoint, and at
    shutdown. `checkpoint()` is the one step, also for tests."""

    def __init__(self, settings: Settings, sessions: async_sessionmaker[AsyncSession],
                 platform: PlatformTables) -> None:
        self.settings, self.sessions, self.platform = settings, sessions, platform
        self.key = signing_key(settings)  # refuses the local key in production: the service does not start
        self.base: audit.Head | None = None  # the last checkpoint: what a new head must extend
        self.base_known = False
        self.last: Checkpoint | None = None  # the last one this process published
        self.refused: str | None = None  # why the current head is not published (the chain does not extend)
        self._lock = asyncio.Lock()
        self._producer: AIOKafkaProducer | None = None
        self._topic_ready = False
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"audit-checkpointer-{self.settings.service_name}")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        try:
            if await _reachable(self.settings.kafka_bootstrap_servers):
                await asyncio.wait_for(self.checkpoint("shutdown"), timeout=self.settings.audit_witness_timeout_seconds)
        except Exception as exc:
            log.warning("audit checkpoint at shutdown not published: %s: %s", type(exc).__name__, exc)
        await self._drop_producer()

    async def _run(self) -> None:
        # The first tick waits one interval: a clean stop anchored the head already, and after a crash the next
        # tick does (and a tick at start would race the first requests' rows).
        while True:
            await asyncio.sleep(self.settings.audit_checkpoint_seconds)
            try:
                await self.checkpoint("interval")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker or database away: the next tick tries again
                await self._drop_producer()
                log.warning("audit checkpoint not published: %s: %s; next try in %.0fs", type(exc).__name__, exc,
                            self.settings.audit_checkpoint_seconds)

    async def checkpoint(self, reason: str = "manual") -> Checkpoint | None:
        """Publish the head if it moved since the last checkpoint and extends it; None when nothing to publish
        (an empty chain, an unmoved head, or a chain that does not extend the last checkpoint: see `refused`)."""
        async with self._lock:
            if not self.base_known:
                latest = (await read_witness(self.settings, self.key.public_key())).latest
                self.base, self.base_known = (latest.head if latest else None), True
            async with self.sessions() as session:
                try:
                    head = await audit.extend(session, self.platform, self.base)
                except audit.ChainBroken as exc:
                    if self.refused != str(exc):
                        log.error("audit chain does not extend its last checkpoint (%s): not publishing", exc)
                    self.refused = str(exc)
                    return None
            self.refused = None
            if head.seq == 0 or head == self.base:
                return None
            cp = Checkpoint(service=self.settings.service_name, seq=head.seq, hash=head.hash, rows=head.rows,
                            issued_at=datetime.now(timezone.utc), reason=reason,
                            key_id=key_id(self.key.public_key()))
            if not self._topic_ready:  # created with its configs, never auto-created by a first send
                await asyncio.wait_for(ensure_topics(self.settings, [self.settings.topic(AUDIT_CHECKPOINTS)]),
                                       timeout=self.settings.audit_witness_timeout_seconds)
                self._topic_ready = True
            if self._producer is None:
                self._producer = await _start_producer(self.settings)
            await publish(self.settings, self._producer, cp, self.key)
            self.base, self.last = head, cp
            log.info("audit checkpoint %s: seq %d, %d rows (%s)", self.settings.service_name, cp.seq, cp.rows, reason)
            return cp

    async def _drop_producer(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await asyncio.wait_for(producer.stop(), timeout=2)
            except Exception:
                pass


async def _start_producer(settings: Settings) -> AIOKafkaProducer:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers,
                                client_id=f"{settings.service_name}-audit-checkpoints", enable_idempotence=True,
                                acks="all", request_timeout_ms=int(settings.audit_witness_timeout_seconds * 1000),
                                **client_options(settings))
    try:
        await asyncio.wait_for(producer.start(), timeout=settings.audit_witness_timeout_seconds)
    except BaseException:
        try:
            await asyncio.wait_for(producer.stop(), timeout=2)
        except Exception:
            pass
        raise
    return producer


async def _reachable(bootstrap: str, timeout: float = 1.0) -> bool:
    for server in bootstrap.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), timeout)
            writer.close()
            return True
        except (OSError, asyncio.TimeoutError, ValueError):
            continue
    return False


# ------------------------------------------------------------------------------------------------- verifying
class CheckpointView(BaseModel):
    seq: int
    hash: str
    rows: int
    issued_at: datetime
    reason: str
    key_id: str


class AuditVerification(BaseModel):
    valid: bool  # the chain holds AND agrees with every checkpoint read back
    checked: int
    first_broken_seq: int | None
    reason: str | None
    head_seq: int | None = None  # the table's last row
    anchored: bool = False  # compared with at least one valid checkpoint of this service
    anchor_reason: str | None = None  # why not anchored (no checkpoint yet, witness unreachable)
    witness: Literal["ok", "unreachable"] = "ok"
    truncated: bool = False  # a checkpointed row is gone (rows deleted at the end)
    rehashed: bool = False  # a checkpointed row has another hash (rewritten and re-hashed)
    checkpoint: CheckpointView | None = None  # the latest valid checkpoint
    checkpoints_checked: int = 0
    forged_ignored: int = 0  # records under this service's key whose signature did not verify


async def verify_anchored(settings: Settings, sessions: async_sessionmaker[AsyncSession],
                          platform: PlatformTables) -> AuditVerification:
    """The chain as `audit.verify` checks it, and against the checkpoints of this service. The witness is read
    first: a checkpoint issued while the table is read cannot be beyond what the table shows."""
    witness, why = None, None
    try:
        witness = await read_witness(settings)
    except Exception as exc:  # the broker away must not make verify fail: the witness is reported unreachable
        why = f"witness unreachable: {type(exc).__name__}: {exc}".rstrip(": ")
    async with sessions() as session:
        chain = await audit.verify(session, platform)
        result = AuditVerification(**{k: chain.get(k) for k in ("valid", "checked", "first_broken_seq", "reason",
                                                                "head_seq")})
        if witness is None:
            result.witness, result.anchor_reason = "unreachable", why
            return result
        result.forged_ignored = witness.forged
        latest = witness.latest
        if latest is None:
            result.anchor_reason = "no checkpoint of this service yet" + (
                f" ({witness.forged} forged record(s) ignored)" if witness.forged else "")
            return result
        outcomes = await audit.against(session, platform, [c.head for c in witness.checkpoints])
    result.anchored, result.checkpoints_checked = True, len(outcomes)
    result.checkpoint = CheckpointView(seq=latest.seq, hash=latest.hash, rows=latest.rows,
                                       issued_at=latest.issued_at, reason=latest.reason, key_id=latest.key_id)
    bad = sorted((h.seq, status) for h, status in outcomes if status)
    result.truncated = any(s == "truncated" for _, s in bad)
    result.rehashed = any(s == "rehashed" for _, s in bad)
    if bad and result.valid:
        seq, status = bad[0]
        result.valid, result.first_broken_seq = False, seq
        if status == "rehashed":
            result.reason = f"rehashed: row {seq} has another hash than its checkpoint"
        elif result.head_seq is None or seq > result.head_seq:
            result.reason = f"truncated: checkpointed row {seq} is gone (the table ends at {result.head_seq})"
        else:
            result.reason = f"truncated: checkpointed row {seq} is gone (rows were deleted and the chain goes on)"
    elif bad:
        result.valid = False
    return result


def main(argv: list[str]) -> int:
    if argv != ["keygen"]:
        print("usage: python -m shared.checkpoints keygen", file=sys.stderr)
        return 2
    settings = Settings()
    created = keygen(settings)
    print(f"[audit] {'created' if created else 'present'}: local checkpoint signing key "
          f"{settings.audit_signing_key_file} (public: {public_file(settings)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
