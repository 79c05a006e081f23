"""Append-only, hash-chained audit log. Every state change appends a row in its own transaction; each
row's hash covers its content and the previous row's hash, so an edited or deleted row breaks the chain.
A database trigger refuses UPDATE and DELETE (installed by each service's first migration)."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

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
    prev, checked = GENESIS, 0
    result = await session.stream(select(t).order_by(t.c.seq))
    async for r in result.mappings():
        expected = row_hash(prev, r["at"], r["actor"], r["org"], r["action"], r["entity_type"], r["entity_id"],
                            r["request_id"], r["data"])
        if r["prev_hash"] != prev or r["hash"] != expected:
            return {"valid": False, "checked": checked, "first_broken_seq": r["seq"],
                    "reason": "prev_hash mismatch" if r["prev_hash"] != prev else "content does not match its hash"}
        prev, checked = r["hash"], checked + 1
    return {"valid": True, "checked": checked, "first_broken_seq": None, "reason": None}


APPEND_ONLY_DDL = [
    """create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$""",
    """create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_append_only()""",
    """create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()""",
]
