"""The court's calendar (民诉法 85 ¶3; 刑诉法 105): when the last day of a period for an act (a reply, a request, a
decision, a filing, a notice, an appeal) is a statutory holiday or rest day, the period ends on the next working
day, by the State Council's yearly holiday schedule — including 调休 (weekend days that are working days) and
holidays on weekdays. Durations (detention, custody, control measures) do not move: do not call this for them.

The schedule comes from the maintained `chinesecalendar` package (the published years); `COURT_CALENDAR_OVERRIDES`
(JSON: {"2027-01-01": "rest", "2027-02-07": "work", …}) covers years it does not know yet and wins over it. A day
in a year neither knows is judged by the weekend alone, with a loud warning in the log (never silently)."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _overrides() -> dict[date, bool]:
    """date → True when it is a working day."""
    raw = os.environ.get("COURT_CALENDAR_OVERRIDES", "").strip()
    if not raw:
        return {}
    parsed = json.loads(raw)
    return {date.fromisoformat(k): v == "work" for k, v in parsed.items()}


def reload_overrides() -> None:
    _overrides.cache_clear()
    is_working_day.cache_clear()


@lru_cache(maxsize=64)
def _warn_unknown_year(year: int) -> None:
    log.warning("court calendar: the holiday schedule of %s is not known (chinesecalendar %s, no override); "
                "judging by weekends only — set COURT_CALENDAR_OVERRIDES", year, chinese_calendar.__version__)


@lru_cache(maxsize=8192)  # a pure lookup, asked for every deadline of every case shown: ~22 years of days
def is_working_day(day: date) -> bool:
    override = _overrides().get(day)
    if override is not None:
        return override
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        _warn_unknown_year(day.year)
        return day.weekday() < 5


@dataclass(frozen=True)
class ActDeadline:
    """A period's last day for an act: `on`, and `moved_for_holiday_from` when a rest day moved it."""

    on: date
    moved_for_holiday_from: date | None = None


def act_deadline(last_day: date) -> ActDeadline:
    """民诉法 85 ¶3: a period ending on a holiday or rest day ends on the next working day."""
    day = last_day
    while not is_working_day(day):
        day += timedelta(days=1)
    return ActDeadline(day, last_day if day != last_day else None)


def days_after(start: date, days: int) -> date:
    """The last day of a period of `days` days counted from the day after `start` (民诉法 85 ¶2), before any
    holiday rule."""
    return start + timedelta(days=days)
