"""Opaque cursors for keyset pagination (`limit`, `cursor`)."""
from __future__ import annotations

import base64

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
