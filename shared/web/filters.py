"""Jinja2 filters of the pages: money in 元 from integer 分 (never floats), times and dates in Asia/Shanghai, counts
with thousands separators. The same rules exist in static/api.js for data fetched by the browser."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

CN = ZoneInfo("Asia/Shanghai")
MISSING = "—"


def _int(value: object, what: str) -> int:
    # bool is an int in Python and a float is never money: both refused rather than guessed at
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} needs an integer, got {type(value).__name__} {value!r}")
    return value


def yuan(fen: int | None, symbol: str = "¥") -> str:
    """12345678901 分 → '¥123,456,789.01'; negative amounts keep their sign in front: '-¥12.00'."""
    if fen is None:
        return MISSING
    fen = _int(fen, "yuan(fen)")
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{symbol}{whole:,}.{cents:02d}"


def num(count: int | None) -> str:
    """3500 → '3,500'."""
    if count is None:
        return MISSING
    return f"{_int(count, 'num(count)'):,}"


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if not isinstance(value, datetime):
        raise TypeError(f"a datetime is needed, got {type(value).__name__}")
    # the suite stores timestamps with their zone; a naive one is taken as UTC (as the services write them)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def cn_time(value: datetime | str | None) -> str:
    """A moment as the court reads it: Asia/Shanghai, '2024-05-10 09:30'."""
    if value is None or value == "":
        return MISSING
    return _aware(value).astimezone(CN).strftime("%Y-%m-%d %H:%M")


def cn_date(value: date | datetime | str | None) -> str:
    """A calendar date '2024-05-10'; a moment is first put in Asia/Shanghai (23:30 UTC is the next day there)."""
    if value is None or value == "":
        return MISSING
    if isinstance(value, str):
        value = date.fromisoformat(value) if len(value) == 10 else _aware(value)
    if isinstance(value, datetime):
        value = _aware(value).astimezone(CN).date()
    if not isinstance(value, date):
        raise TypeError(f"a date is needed, got {type(value).__name__}")
    return value.isoformat()


FILTERS = {"yuan": yuan, "num": num, "cn_time": cn_time, "cn_date": cn_date}
