"""The base of every request body (`In`) and the date types of query parameters (`Day`, `Instant`).

A date a client sends must lie in the legal range `EARLIEST_DAY`..`LATEST_DAY` (shared.legal): outside it the
request is a 422 naming the field, before any rule computes with it (a 9999-12-31 start would otherwise
overflow month arithmetic). The check walks lists and nested models, so every date field of a body is
covered without each schema repeating it."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo, field_validator

from shared.legal import EARLIEST_DAY, LATEST_DAY


def check_day(value: Any) -> Any:
    """`value` if it is a date/datetime in the legal range (or not a date at all); ValueError otherwise."""
    day = value.date() if isinstance(value, datetime) else value
    if isinstance(day, date) and not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(f"日期超出范围 / date out of range: {value.isoformat()} is not between "
                         f"{EARLIEST_DAY.isoformat()} and {LATEST_DAY.isoformat()}")
    return value


def _walk(value: Any) -> None:
    if isinstance(value, (date, datetime)):
        check_day(value)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _walk(v)
    elif isinstance(value, dict):
        for v in value.values():
            _walk(v)
    elif isinstance(value, BaseModel) and not isinstance(value, In):  # an In checked itself already
        for v in value.__dict__.values():
            _walk(v)


class In(BaseModel):
    """A request body: unknown fields refused, strings stripped, every date in the legal range."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _dates_in_legal_range(cls, value: Any, info: ValidationInfo) -> Any:
        _walk(value)
        return value


Day = Annotated[date, AfterValidator(check_day)]
Instant = Annotated[datetime, AfterValidator(check_day)]
