"""shared.inputs: every date of a request body, however nested, lies in the legal range; the bounds pass."""
from datetime import date, datetime, timezone

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from shared.inputs import Day, In, Instant
from shared.legal import EARLIEST_DAY, LATEST_DAY


class Item(BaseModel):
    on: date


class Body(In):
    start_on: date | None = None
    at: datetime | None = None
    days: list[date] = []
    items: list[Item] = []


def test_the_bounds_pass_and_the_next_day_is_refused():
    assert Body(start_on=EARLIEST_DAY).start_on == EARLIEST_DAY
    assert Body(start_on=LATEST_DAY).start_on == LATEST_DAY
    for bad in (date(1949, 9, 30), date(2101, 1, 1), date(9999, 12, 31)):
        with pytest.raises(ValidationError) as e:
            Body(start_on=bad)
        assert e.value.errors()[0]["loc"] == ("start_on",) and "out of range" in str(e.value)


def test_nested_lists_models_and_datetimes_are_checked():
    with pytest.raises(ValidationError):
        Body(days=[date(2024, 1, 1), date(9999, 1, 1)])
    with pytest.raises(ValidationError):
        Body(items=[{"on": "9999-12-31"}])
    with pytest.raises(ValidationError):
        Body(at=datetime(2200, 1, 1, tzinfo=timezone.utc))
    assert Body(at="2026-12-02T08:00:00+08:00", items=[{"on": "2026-12-02"}]).items[0].on == date(2026, 12, 2)


def test_unknown_fields_are_still_refused():
    with pytest.raises(ValidationError):
        Body(nonsense=1)


def test_query_parameter_types():
    assert TypeAdapter(Day).validate_python("2100-12-31") == LATEST_DAY
    with pytest.raises(ValidationError):
        TypeAdapter(Day).validate_python("1900-01-01")
    with pytest.raises(ValidationError):
        TypeAdapter(Instant).validate_python("9999-12-31T00:00:00Z")
