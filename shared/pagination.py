"""Opaque cursors for keyset pagination (`limit`, `cursor`)."""
from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, tuple_
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


# Keyset cursors over several columns (ascending), e.g. the case search's (priority, filed_on, seq): the cursor names
# its order ("p"), so one order's cursor is refused by another.
def encode_keyset(order: str, values: tuple | None) -> str | None:
    if values is None:
        return None
    raw = json.dumps([order, *[v.isoformat() if isinstance(v, date) else v for v in values]], separators=(",", ":"))
    return base64.urlsafe_b64encode(("k:" + raw).encode()).decode().rstrip("=")


def decode_keyset(cursor: str | None, order: str, types: tuple[type, ...]) -> tuple | None:
    """The values a cursor of `order` continues after, each of its type (int, date or str); a cursor of another
    order or of another shape is a 400."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not raw.startswith("k:"):
            raise ValueError
        items = json.loads(raw[2:])
        if not isinstance(items, list) or len(items) != len(types) + 1 or items[0] != order:
            raise ValueError
        out = []
        for t, v in zip(types, items[1:]):
            if t is date:
                out.append(date.fromisoformat(v))
            elif t is int and isinstance(v, int) and not isinstance(v, bool):
                out.append(v)
            elif t is str and isinstance(v, str):
                out.append(v)
            else:
                raise ValueError
        return tuple(out)
    except (ValueError, TypeError, UnicodeDecodeError, json.JSONDecodeError):
        raise Problem(400, "invalid_cursor", "分页游标无效 (invalid cursor)", "use next_cursor from a previous page "
                      "with the same sort")


async def keyset_page_by(session: AsyncSession, query: Select, columns: list[ColumnElement], limit: int,
                         after: tuple | None) -> tuple[list[Any], tuple | None]:
    """One page of `query` in the order of `columns` (ascending; the last one unique) after the values `after`:
    (rows, the values to continue after, or None)."""
    q = query.order_by(*columns).limit(limit + 1)
    if after is not None:
        q = q.where(tuple_(*columns) > tuple_(*[literal(v) for v in after]))
    rows = (await session.execute(q)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (tuple(getattr(rows[-1], c.key) for c in columns) if more and rows else None)
