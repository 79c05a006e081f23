"""Append-only, hash-chained audit log. Every state change appends a row in its own transaction; each
row's hash covers its content and the previous row's hash, so an edited or deleted row breaks the chain.
A database trigger refuses UPDATE and DELETE (installed by each service's first migration)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db import PlatformTables, utcnow

GENESIS = "0" * 64
_LOCK = 0x6175646974  # 'audit': serialises appenders for the few ms up to commit


def row_hash(prev_hash: str, at: datetime, actor: str, org: str, action: str, entity_type: str, entity_id: str,
             request_id: str, data: dict[str, Any]) -> str:
    canonical = json.dumps([prev_hash, at.isoformat(), actor, org, action, entity_type, entity_id, request_id, data],
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def append(session: AsyncSession, platform: PlatformTables, *, actor: str, org: str, action: str,
                 entity_type: str, entity_id: str, request_id: str | None, data: dict[str, Any]) -> None:
    """Call last in the transaction: the chain lock is held until commit."""
    await session.execute(text("select pg_advisory_xact_lock(:k)"), {"k": _LOCK})
    t = platform.audit_log
    prev = (await session.execute(select(t.c.hash).order_by(t.c.seq.desc()).limit(1))).scalar() or GENESIS
    at = utcnow()
    data = json.loads(json.dumps(data, default=str))
    rid = request_id or "-"
    await session.execute(t.insert(), {
        "at": at, "actor": actor, "org": org, "action": action, "entity_type": entity_type, "entity_id": entity_id,
        "request_id": rid, "data": data, "prev_hash": prev,
        "hash": row_hash(prev, at, actor, org, action, entity_type, entity_id, rid, data)})


async def verify(session: AsyncSession, platform: PlatformTables) -> dict[str, Any]:
    t = platform.audit_log
    prev, checked, head = GENESIS, 0, None
    result = await session.stream(select(t).order_by(t.c.seq))
    async for r in result.mappings():
        expected = row_hash(prev, r["at"], r["actor"], r["org"], r["action"], r["entity_type"], r["entity_id"],
                            r["request_id"], r["data"])
        if r["prev_hash"] != prev or r["hash"] != expected:
            return {"valid": False, "checked": checked, "first_broken_seq": r["seq"],
                    "reason": "prev_hash mismatch" if r["prev_hash"] != prev else "content does not match its hash"}
        prev, checked, head = r["hash"], checked + 1, r["seq"]
    return {"valid": True, "checked": checked, "first_broken_seq": None, "reason": None,
            "head_seq": head if checked else None, "head_hash": prev if checked else None}


# ---------------------------------------------------------------- anchoring (shared/checkpoints.py signs and publishes)
@dataclass(frozen=True)
class Head:
    """A point of the chain: the row `seq` has `hash`, and `rows` rows have seq <= `seq`."""
    seq: int
    hash: str
    rows: int


EMPTY = Head(0, GENESIS, 0)


class ChainBroken(Exception):
    """The rows do not extend the last checkpoint: never publish such a head."""


async def extend(session: AsyncSession, platform: PlatformTables, base: Head | None) -> Head:
    """The chain's head, walking only the rows from `base` on (all rows when None): the row at base.seq must still
    have base.hash and content that matches it, and every later row must chain from it. A checkpointer that
    publishes the result therefore never blesses a truncated or re-hashed chain."""
    t = platform.audit_log
    base = base or EMPTY
    prev, rows, seq, found = base.hash, base.rows, base.seq, base.seq == 0
    result = await session.stream(select(t).where(t.c.seq >= base.seq).order_by(t.c.seq))
    async for r in result.mappings():
        expected = row_hash(r["prev_hash"], r["at"], r["actor"], r["org"], r["action"], r["entity_type"],
                            r["entity_id"], r["request_id"], r["data"])
        if r["hash"] != expected:
            raise ChainBroken(f"row {r['seq']}: content does not match its hash")
        if not found:
            if r["seq"] != base.seq:
                raise ChainBroken(f"row {base.seq} of the last checkpoint is gone")
            if r["hash"] != base.hash:
                raise ChainBroken(f"row {base.seq} has another hash than the last checkpoint")
            found = True
            continue
        if r["prev_hash"] != prev:
            raise ChainBroken(f"row {r['seq']}: prev_hash mismatch")
        prev, rows, seq = r["hash"], rows + 1, r["seq"]
    if not found:
        raise ChainBroken(f"row {base.seq} of the last checkpoint is gone (the chain ends before it)")
    return Head(seq, prev, rows)


async def against(session: AsyncSession, platform: PlatformTables,
                  anchors: Iterable[Head]) -> list[tuple[Head, str | None]]:
    """Each anchor with None when the table still has its row and hash, else `truncated` (the row is gone: the
    table ends before it, or it was deleted) or `rehashed` (the row has another hash)."""
    anchors = list(anchors)
    if not anchors:
        return []
    t = platform.audit_log
    rows = dict((await session.execute(select(t.c.seq, t.c.hash).where(
        t.c.seq.in_(sorted({a.seq for a in anchors}))))).all())
    return [(a, None if rows.get(a.seq) == a.hash else "truncated" if a.seq not in rows else "rehashed")
            for a in anchors]


APPEND_ONLY_DDL = [
    """create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$""",
    """create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_append_only()""",
    """create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()""",
]
