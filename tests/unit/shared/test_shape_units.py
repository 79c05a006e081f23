"""The shared pieces of the service shape: domain errors → problem+json, typed subscriptions, organisation
hierarchy, identity numbers, version checks and the court's calendar."""
from datetime import date
from types import SimpleNamespace

import httpx
import pytest
from fastapi import FastAPI

from shared import errors
from shared.calendar import act_deadline, is_working_day
from shared.consumer import Delivery, PoisonMessage, Subscription
from shared.contracts import dispatch, police
from shared.events import new_event
from shared.identity import mask_id_number, validate_id_number, validate_phone
from shared.legal import Conflict, DomainError, Forbidden, NotFound, Refused, Stale, as_uuid, fen
from shared.orgs import below_pattern, is_above, org_kind, parse_org
from shared.usecase import check_version


@pytest.mark.parametrize("exc,status", [(NotFound("x_not_found", "不存在"), 404), (Forbidden("nope", "禁止"), 403),
                                        (Conflict("taken", "冲突"), 409), (Stale("version_mismatch", "过期"), 412),
                                        (Refused("rule", "拒绝"), 422), (DomainError("rule", "拒绝"), 422)])
async def test_one_handler_maps_domain_errors_to_problem_json(exc, status):
    app = FastAPI()
    errors.install(app)

    @app.get("/x")
    async def x():
        raise exc
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        r = await client.get("/x")
    assert r.status_code == status and r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == exc.code and r.json()["title"] == exc.message


async def test_extra_members_and_detail_reach_the_problem_body():
    app = FastAPI()
    errors.install(app)

    @app.get("/x")
    async def x():
        raise Conflict("transition_not_allowed", "不允许", "from filed", allowed=["executing"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        body = (await client.get("/x")).json()
    assert body["detail"] == "from filed" and body["allowed"] == ["executing"]


def test_version_check_is_stale_with_the_current_version():
    check_version(SimpleNamespace(version=3), 3)
    check_version(SimpleNamespace(version=3), None)
    with pytest.raises(Stale) as e:
        check_version(SimpleNamespace(version=4), 3)
    assert e.value.extra == {"current_version": 4} and e.value.status == 412


def test_money_and_ids():
    assert fen(0, "x") == 0 and fen(5, "x", positive=True) == 5
    for bad in (1.5, True, -1, "3"):
        with pytest.raises(Refused):
            fen(bad, "x")
    with pytest.raises(Refused):
        fen(0, "x", positive=True)
    with pytest.raises(Refused):
        as_uuid("not-a-uuid")


def test_org_codes_parse_by_grammar_and_nest_by_level():
    assert parse_org("内0621").level == 3 and parse_org("内06").level == 2 and parse_org("内").level == 1
    assert org_kind("内05检") == "procuratorate" and org_kind("内0621公") == "police" and org_kind("内0621") == "court"
    for bad in ("", "0621", "内062", "内062100", "内0621检公", "nei0621", "内06 21"):
        assert parse_org(bad) is None, bad
    assert is_above("内06", "内0621") and is_above("内", "内0621") and is_above("内", "内06")
    assert not is_above("内06", "内0721") and not is_above("内0621", "内0621") and not is_above("内0621", "内06")
    assert not is_above("内06", "内0621检") and not is_above("内06检", "内0621") and is_above("内06公", "内0621公")
    assert not is_above("内0", "内0621")  # a string prefix is not a level
    assert below_pattern("内0621") is None and below_pattern("内06检") == r"^内06(\d{2}){1,1}检$"


def test_identity_numbers_by_kind():
    assert validate_id_number("person", " 11010519491231002x ") == "11010519491231002X"
    with pytest.raises(DomainError):
        validate_id_number("person", "110105194912310021")
    assert validate_id_number("organisation", "91150621MA0N0L9X58") == "91150621MA0N0L9X58"
    assert mask_id_number("person", "11010519491231002X") == "110105********002X"
    assert validate_phone("13812345678") == "13812345678"
    with pytest.raises(DomainError):
        validate_phone("12345")


def test_act_deadline_moves_off_holidays_and_keeps_tiaoxiu_working_days():
    """民诉法 85 ¶3: a period ending on a rest day ends on the next working day (State Council schedule)."""
    national_day = act_deadline(date(2025, 10, 1))  # 国庆 2025: 10-01 … 10-08 off
    assert national_day.on == date(2025, 10, 9) and national_day.moved_for_holiday_from == date(2025, 10, 1)
    assert is_working_day(date(2025, 9, 28))  # a Sunday that is a working day (调休)
    assert act_deadline(date(2025, 9, 28)).moved_for_holiday_from is None
    assert act_deadline(date(2025, 10, 10)).on == date(2025, 10, 10)  # Friday, working
    assert act_deadline(date(2025, 10, 11)).on == date(2025, 10, 11)  # Saturday 调休 working day
    assert act_deadline(date(2025, 10, 12)).on == date(2025, 10, 13)  # ordinary Sunday


def test_calendar_overrides_cover_unknown_years(monkeypatch):
    from shared import calendar
    monkeypatch.setenv("COURT_CALENDAR_OVERRIDES", '{"2031-01-01": "rest", "2031-01-04": "work"}')
    calendar.reload_overrides()
    try:
        assert act_deadline(date(2031, 1, 1)).on == date(2031, 1, 2)
        assert is_working_day(date(2031, 1, 4))  # a Saturday declared a working day
    finally:
        monkeypatch.delenv("COURT_CALENDAR_OVERRIDES")
        calendar.reload_overrides()


def _located():
    return police.PersonLocated(case_id="5f0c8a52-1b7e-4a54-9d38-0b1f2c3d4e5f", court_code="内0621", search_id="s", location="x",
                                found_at="2025-01-01T00:00:00+00:00", person_name="王某")


async def test_typed_subscription_validates_the_payload_and_refuses_contract_breaches():
    sub = Subscription("g", [police.TOPIC])
    got = []

    @sub.on(police.PersonLocated)
    async def located(p: police.PersonLocated, d: Delivery) -> None:
        got.append((p, d.event.id))

    event = new_event(_located(), subject="s")
    await sub.dispatch(None, None, event)
    assert isinstance(got[0][0], police.PersonLocated) and got[0][1] == event.id
    assert sub.contracts == {police.PersonLocated.EVENT_TYPE: police.PersonLocated}
    broken = event.model_copy(update={"data": {**event.data, "person_name": None}})
    with pytest.raises(PoisonMessage):
        await sub.dispatch(None, None, broken)
    malformed = event.model_copy(update={"data": {**event.data, "case_id": "not-a-uuid"}})
    with pytest.raises(PoisonMessage):  # poison at once: no retries of a database error
        await sub.dispatch(None, None, malformed)


def test_a_subscription_refuses_a_contract_of_a_topic_it_does_not_read_and_a_second_handler():
    sub = Subscription("g", [police.TOPIC])
    with pytest.raises(ValueError):
        sub.on(dispatch.AlarmReceived)
    sub.on(police.PersonLocated)(lambda p, d: None)
    with pytest.raises(ValueError):
        sub.on(police.PersonLocated)(lambda p, d: None)
