"""Pure building blocks every service's `domain.py` shares: the error a legal rule raises, calendar-month
arithmetic, and the court's calendar day (Asia/Shanghai). Standard library only."""
from __future__ import annotations

import calendar
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


class DomainError(ValueError):
    """A rule refused the request. `.code` is a stable machine code, str(self) a clear Chinese+English reason."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


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
