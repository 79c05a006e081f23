"""The three 500s found by hand (issue 15, item 2) answer 4xx problems now and change nothing, and every date a
client sends lies in the legal range (shared.legal EARLIEST_DAY..LATEST_DAY) or the request is a 422 naming the
field — in bodies and in query parameters, on every service."""
from tests.integration.test_asset_core import add_asset, events, new_case
from tests.support import auth, case_body

PROBLEM = "application/problem+json"


def out_of_range(r, field: str) -> None:
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM, r.text
    assert field in r.text and "out of range" in r.text, r.text


async def test_an_auction_round_on_a_bank_deposit_is_a_refusal_not_a_500(asset_core, asset_db):
    case = await new_case(asset_core)
    deposit = await add_asset(asset_core, case["id"], estimated_value_fen=1_000_000)
    await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                          json={"kind": "freeze", "amount_fen": 1_000_000, "start_on": "2026-01-10"})
    r = await asset_core.post(f"/api/v1/assets/{deposit['id']}/auction-rounds", headers=auth("judge"),
                              json={"method": "online_auction", "valuation_fen": 1_000_000,
                                    "opening_fen": 700_000, "starts_on": "2026-03-01"})
    assert 400 <= r.status_code < 500 and r.headers["content-type"] == PROBLEM, r.text
    assert not await events(asset_db, case["id"], "auction")


async def test_measure_and_release_dates_far_in_the_future_are_422(asset_core, asset_db):
    case = await new_case(asset_core)
    deposit = await add_asset(asset_core, case["id"], estimated_value_fen=1_000_000)
    r = await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                              json={"kind": "freeze", "amount_fen": 1_000_000, "start_on": "9999-12-31"})
    out_of_range(r, "start_on")
    r = await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                              json={"kind": "freeze", "amount_fen": 1_000_000, "start_on": "2100-12-31"})
    assert r.status_code == 201, r.text  # the last day of the range is accepted
    measure = r.json()
    r = await asset_core.post(f"/api/v1/measures/{measure['id']}/release", headers=auth("judge"),
                              json={"reason": "over_seizure", "on": "9999-12-31"})
    out_of_range(r, "on")
    state = (await asset_core.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("judge"))).json()
    assert [m["status"] for m in state["measures"]] == ["active"]  # nothing changed
    assert not await events(asset_db, case["id"], "measure.released")


async def test_the_range_bounds_are_inclusive(asset_core):
    r = await asset_core.get("/api/v1/cases", headers=auth("clerk"), params={"filed_from": "1949-09-30"})
    out_of_range(r, "filed_from")
    r = await asset_core.get("/api/v1/cases", headers=auth("clerk"), params={"filed_from": "1949-10-01"})
    assert r.status_code == 200, r.text
    r = await asset_core.post("/api/v1/cases", headers=auth("clerk"),
                              json={**case_body(), "filed_on": "2101-01-01"})
    out_of_range(r, "filed_on")


ALL = ["clerk", "judge", "officer", "president", "mediator", "police", "procurator"]


async def refused(client, path, params, org="内0621"):
    out_of_range(await client.get(path, params=params, headers=auth(ALL, org=org)), next(iter(params)))


async def test_dispatch_refuses_query_dates_out_of_range(dispatch):
    await refused(dispatch, "/api/v1/alarms", {"from": "0001-01-01"})


async def test_mediation_refuses_query_dates_out_of_range(mediation):
    await refused(mediation, "/api/v1/supervision/queue", {"on": "9999-12-31"})


async def test_police_refuses_query_dates_out_of_range(police):
    await refused(police, "/api/v1/figures", {"from": "9999-12-31"})


async def test_procuratorate_refuses_query_dates_out_of_range(procuratorate):
    await refused(procuratorate, "/api/v1/cases", {"filed_from": "1900-01-01"}, org="内05检")


async def test_reward_refuses_query_dates_out_of_range(reward):
    await refused(reward, "/api/v1/figures", {"from": "1900-01-01"})
