"""Pure building blocks every service's `domain.py` shares: the errors a rule or a use case raises,
calendar-month arithmetic, and the court's calendar day (Asia/Shanghai). Standard library only."""
from __future__ import annotations

import calendar
import uuid
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

# The range of dates a client may send (shared.inputs): from the founding of the People's Republic, whose
# courts' judgments are the ones enforced, to a far but finite future; outside it a request is a 422.
EARLIEST_DAY = date(1949, 10, 1)
LATEST_DAY = date(2100, 12, 31)


class DomainError(ValueError):
    """A rule refused the request. `.code` is a stable machine code, `.message` a clear Chinese (+English)
    reason, `.detail` an optional longer English explanation; `.extra` goes into the problem body as is.
    Use cases raise one of the subclasses; `shared.errors` maps `.status` to the HTTP status, and a
    consumer treats it as a record that cannot be applied."""

    status = 422

    def __init__(self, code: str, message: str, detail: str | None = None, **extra: Any):
        super().__init__(message)
        self.code = code
        self.message = message
        self.detail = detail
        self.extra = extra

    def __str__(self) -> str:
        return self.message


class Refused(DomainError):
    """A legal or business rule refuses the request as it stands (422)."""

    status = 422


class NotFound(DomainError):
    """No such thing, or not visible to the one asking (404: its existence is not disclosed)."""

    status = 404


class Forbidden(DomainError):
    """Visible, but this organisation or role may not do this to it (403)."""

    status = 403


class Conflict(DomainError):
    """The thing's current state does not allow it (409): a duplicate, a transition not allowed from here."""

    status = 409


class Stale(DomainError):
    """The caller's version (If-Match) is not the current one (412)."""

    status = 412


def add_months(d: date, months: int) -> date:
    """Calendar months (民诉法 85; 民法典 202): the corresponding day `months` later (or earlier if negative),
    clamped to the month's last day when it has none: Jan 31 + 1 month = Feb 28 (Feb 29 in a leap year)."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def today_cn() -> date:
    """Today in the courts' time zone: legal deadlines are counted in calendar days of Asia/Shanghai."""
    return datetime.now(SHANGHAI).date()


def day_cn(moment: datetime) -> date:
    """The Asia/Shanghai calendar day of an instant (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(SHANGHAI).date()


def fen(value: int, what: str, *, positive: bool = False) -> int:
    """Money is an int number of fen (never a float or bool, so no rounding creeps in); not negative (or, with
    `positive`, above zero)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused("invalid_amount", f"{what} 必须是以分为单位的整数 / {what} must be an integer amount in fen, "
                                        f"got {value!r}")
    if value < 0 or (positive and value == 0):
        raise Refused("invalid_amount", f"{what} 必须{'大于零' if positive else '不能为负数'} / {what} must be "
                                        f"{'positive' if positive else 'non-negative'}, got {value}")
    return value


def as_uuid(value: str, what: str = "id") -> uuid.UUID:
    """An id from an event or a client as a UUID; an unparseable one is refused (a consumer dead-letters it)."""
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise Refused("invalid_id", f"{what} 不是有效的 UUID / {what} {value!r} is not a UUID") from None
