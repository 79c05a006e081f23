"""Opaque cursors for keyset pagination (`limit`, `cursor`)."""
from __future__ import annotations

import base64
from typing import Any

from sqlalchemy import ColumnElement, Select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.errors import Problem


def encode_cursor(seq: int | None) -> str | None:
    return None if seq is None else base64.urlsafe_b64encode(f"s:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not raw.startswith("s:"):
            raise ValueError
        return int(raw[2:])
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "invalid_cursor", "分页游标无效 (invalid cursor)", "use next_cursor from a previous page")


async def keyset_page(session: AsyncSession, query: Select, seq: ColumnElement[int], limit: int,
                      after_seq: int | None) -> tuple[list[Any], int | None]:
    """One page of `query` in `seq` order after `after_seq`: (rows, the seq to continue after, or None)."""
    q = query.order_by(seq).limit(limit + 1)
    if after_seq is not None:
        q = q.where(seq > after_seq)
    rows = (await session.execute(q)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (getattr(rows[-1], seq.key) if more and rows else None)
