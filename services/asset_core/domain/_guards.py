"""Guards the rules share: whole days, percentages of fen rounded up (no floats for money; amounts are
checked with `shared.legal.fen`)."""
from __future__ import annotations

from shared.legal import DomainError


def _ceil_pct(value: int, pct: int) -> int:
    """ceil(value * pct / 100) in integers (no floats for money)."""
    return -(-value * pct // 100)


def _days(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DomainError("invalid_days", f"{what} 必须是非负整数天数 / {what} must be a non-negative whole number of "
                                          f"days, got {value!r}")
    return value
