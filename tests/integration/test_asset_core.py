"""asset_core on real PostgreSQL and Kafka: parties, state machine, designations and court access, the
investigation checklist and the 终本 gate, the measure ledger with its sweep, disposal, recoveries."""
import uuid

import pytest

from shared.identity import resident_id_check_char, uscc_check_char
from tests.support import COURT, OTHER_COURT, auth, case_body

INTERMEDIATE = "内06"  # 鄂尔多斯市中级人民法院
PROBLEM = "application/problem+json"


def resident_id(body17: str = "15062119800101123") -> str:
    return body17 + resident_id_check_char(body17)


def uscc(body17: str = "91150621MA0N1234K") -> str:
    return body17 + uscc_check_char(body17)


async def events(db, case_id: str, type_suffix: str) -> list[dict]:
    rows = await db.fetch("select envelope from outbox where key = $1 and event_type like $2 order by seq",
                          case_id, f"%{type_suffix}%")
    import json
    return [json.loads(r["envelope"]) if isinstance(r["envelope"], str) else r["envelope"] for r in rows]


async def new_case(client, court=COURT, **overrides) -> dict:
    r = await client.post("/api/v1/cases", json=case_body(court=court, **overrides), headers=auth("clerk", org=court))
    assert r.status_code == 201, r.text
    return r.json()


async def start(client, case, court=COURT, on="2024-03-02") -> dict:
    r = await client.post(f"/api/v1/cases/{case['id']}/milestones", headers=auth("judge", org=court),
                          json={"kind": "officer_assigned", "officer_id": "officer-7", "on": on})
    assert r.status_code == 200, r.text
    return r.json()


# ------------------------------------------------------------------ parties
async def test_parties_ids_are_checked_and_masked_by_role(asset_core):
    pid, org = resident_id(), uscc()
    body = case_body(respondents=[{"name": "张三", "kind": "person", "id_number": pid, "phone": "13812345678"},
                                  {"name": "某公司", "kind": "organisation", "id_number": org}])
    r = await asset_core.post("/api/v1/cases", json=body, headers=auth("clerk"))
    assert r.status_code == 201, r.text
    clerk_view = r.json()["respondents"]
    assert clerk_view[0]["id_number"] == pid[:6] + "*" * 8 + pid[-4:] and clerk_view[0]["phone"] == "138****5678"
    assert clerk_view[1]["id_number"] == org and len(clerk_view[0]["party_key"]) == 32
    judge_view = (await asset_core.get(f"/api/v1/cases/{r.json()['id']}", headers=auth("judge"))).json()
    assert judge_view["respondents"][0]["id_number"] == pid and judge_view["respondents"][0]["phone"] == "13812345678"


@pytest.mark.parametrize("party", [
    {"name": "张三", "kind": "person", "id_number": "150621198001011230"},  # wrong check digit
    {"name": "张三", "kind": "person", "id_number": "15062119801301123X"},  # month 13
    {"name": "某公司", "kind": "organisation", "id_number": "91150621MA0N1234KO"},
    {"name": "张三", "kind": "person", "phone": "12345"},
])
async def test_bad_identity_numbers_are_refused(asset_core, asset_db, party):
    before = await asset_db.fetchval("select count(*) from parties")
    r = await asset_core.post("/api/v1/cases", json=case_body(respondents=[party]), headers=auth("clerk"))
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM)
    assert await asset_db.fetchval("select count(*) from parties") == before


# ------------------------------------------------------------------ state machine
async def test_illegal_transitions_are_refused_with_the_reason(asset_core, asset_db):
    case = await new_case(asset_core)
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/transitions", headers=auth("judge"),
                              json={"to_state": "fully_executed", "reason": "x"})
    assert r.status_code == 409 and r.json()["code"] == "illegal_transition"
    assert set(r.json()["allowed"]) == {"executing", "terminated"}
    started = await start(asset_core, case)
    assert started["state"] == "executing" and started["version"] == case["version"] + 1
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/transitions", headers={**auth("judge"), "If-Match": '"1"'},
                              json={"to_state": "terminated", "reason": "申请人撤回"})
    assert r.status_code == 412 and r.json()["current_version"] == started["version"]
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/transitions", headers=auth("clerk"),
                              json={"to_state": "terminated", "reason": "申请人撤回"})
    assert r.status_code == 403
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/transitions",
                              headers={**auth("judge"), "If-Match": str(started["version"])},
                              json={"to_state": "terminated", "reason": "申请人撤回", "on": "2024-05-01"})
    assert r.status_code == 200 and r.json()["state"] == "terminated"
    changes = await events(asset_db, case["id"], "state-changed")
    assert [(e["data"]["from_state"], e["data"]["to_state"]) for e in changes] == [
        ("filed", "executing"), ("executing", "terminated")]


async def test_deadlines_are_shown_with_flags(asset_core):
    case = await new_case(asset_core, filed_on="2024-03-01")
    by_kind = {d["kind"]: d for d in case["deadlines"]}
    assert by_kind["officer_assignment"]["deadline"] == "2024-03-08"
    assert by_kind["execution_notice"]["deadline"] == "2024-03-11"
    # issue 13: 2024-09-01 is a Sunday; the period for an act ends on Monday 09-02 and says so (民诉法 85 ¶3)
    assert by_kind["finishing"]["deadline"] == "2024-09-02"
    assert by_kind["finishing"]["moved_for_holiday_from"] == "2024-09-01"
    assert by_kind["officer_assignment"]["moved_for_holiday_from"] is None
    assert {d["status"] for d in case["deadlines"]} == {"overdue"}  # today is long after 2024
    started = await start(asset_core, case, on="2024-03-05")
    assert {d["kind"]: d["status"] for d in started["deadlines"]}["officer_assignment"] == "done"


# ------------------------------------------------------------------ designations and court access
async def test_designation_moves_the_case_and_shares_it_with_the_courts_involved(asset_core, asset_db):
    case = await new_case(asset_core, court=OTHER_COURT, filed_on="2024-01-10")
    body = {"to_court": COURT, "form": "instruct", "reason": "超过六个月未执行完毕，指令达拉特旗法院执行",
            "designated_on": "2024-08-01"}
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/designations", json=body, headers=auth("judge", org=COURT))
    assert r.status_code == 404  # a peer court does not even learn that the case exists
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/designations", json=body,
                              headers=auth("judge", org=OTHER_COURT))
    assert r.status_code == 403 and r.json()["code"] == "not_higher_court"
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/designations", json=body,
                              headers=auth("judge", org=INTERMEDIATE))
    assert r.status_code == 200, r.text
    moved = r.json()
    assert moved["executing_court_code"] == COURT and moved["designations"][0]["form_label"] == "指令执行"
    for org in (COURT, OTHER_COURT, INTERMEDIATE):
        assert (await asset_core.get(f"/api/v1/cases/{case['id']}", headers=auth("judge", org=org))).status_code == 200
    assert (await asset_core.get(f"/api/v1/cases/{case['id']}", headers=auth("judge", org="内0622"))).status_code == 404
    # only the executing court changes it now
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/milestones", headers=auth("judge", org=OTHER_COURT),
                              json={"kind": "execution_notice", "on": "2024-08-02"})
    assert r.status_code == 403 and r.json()["code"] == "not_executing_court"
    [e] = await events(asset_db, case["id"], "designated")
    assert (e["data"]["from_court"], e["data"]["to_court"], e["data"]["designating_court"]) == (
        OTHER_COURT, COURT, INTERMEDIATE)
    listed = (await asset_core.get("/api/v1/cases?limit=200", headers=auth("judge", org=INTERMEDIATE))).json()
    assert case["id"] in [c["id"] for c in listed["items"]]


async def test_designation_before_six_months_is_refused(asset_core):
    case = await new_case(asset_core, court=OTHER_COURT, filed_on="2024-01-10")
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/designations", headers=auth("judge", org=INTERMEDIATE),
                              json={"to_court": COURT, "form": "instruct", "reason": "x", "designated_on": "2024-06-01"})
    assert r.status_code == 422 and r.json()["code"] == "designation_too_early"


# ------------------------------------------------------------------ investigation, 终本, re-queries, resumption
ALL = ["bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds"]


async def test_conclusion_gate_lists_failing_conditions_then_allows_and_schedules_requeries(asset_core, asset_db):
    case = await new_case(asset_core, filed_on="2024-02-01")
    cid = case["id"]
    await start(asset_core, case, on="2024-02-02")
    r = await asset_core.post(f"/api/v1/cases/{cid}/transitions", headers=auth("judge"),
                              json={"to_state": "concluded_no_assets", "reason": "无财产可供执行", "on": "2024-05-01"})
    assert r.status_code == 422 and r.json()["code"] == "conclusion_refused"
    codes = {c["code"] for c in r.json()["failing_conditions"]}
    # issue 13: the applicant told and heard before 终本 is a condition too (终本规定 5)
    assert codes == {"execution_notice_missing", "asset_report_order_missing", "consumption_restriction_missing",
                     "investigation_incomplete", "too_early", "applicant_not_heard"}
    assert (await asset_core.get(f"/api/v1/cases/{cid}", headers=auth("judge"))).json()["state"] == "executing"

    for kind in ("execution_notice", "consumption_restriction", "applicant_heard"):  # 终本规定 5 (issue 13)
        r = await asset_core.post(f"/api/v1/cases/{cid}/milestones", headers=auth("judge"),
                                  json={"kind": kind, "on": "2024-02-05"})
        assert r.status_code == 200, r.text
    for cat in ALL:
        r = await asset_core.post(f"/api/v1/cases/{cid}/investigation", headers=auth("officer"),
                                  json={"category": cat, "status": "none", "source": "online_query",
                                        "queried_on": "2024-02-10"})
        assert r.status_code == 200, r.text
    assert r.json()["complete"] is True and r.json()["coverage"] == 1.0
    assert len(await events(asset_db, cid, "investigation-completed")) == 1
    r = await asset_core.post(f"/api/v1/cases/{cid}/investigation", headers=auth("officer"),
                              json={"category": "ships", "status": "not_applicable", "source": "online_query"})
    assert r.status_code == 422  # not applicable needs its reason

    check = (await asset_core.get(f"/api/v1/cases/{cid}/conclusion-check?on=2024-06-01", headers=auth("judge"))).json()
    assert check == {"allowed": True, "failing_conditions": []}
    r = await asset_core.post(f"/api/v1/cases/{cid}/transitions", headers=auth("judge"),
                              json={"to_state": "concluded_no_assets", "reason": "无财产可供执行", "on": "2024-06-01"})
    assert r.status_code == 200, r.text
    [concluded] = await events(asset_db, cid, "case.concluded")
    assert concluded["data"]["requery_dates"][0] == "2024-12-01" and len(concluded["data"]["requery_dates"]) == 10
    requeries = (await asset_core.get(f"/api/v1/cases/{cid}/requeries", headers=auth("judge"))).json()["items"]
    assert [q["due_on"] for q in requeries][-1] == "2029-06-01"
    assert [q["status"] for q in requeries][:4] == ["due", "due", "due", "due"]  # today is 2026-11 or later

    r = await asset_core.post(f"/api/v1/cases/{cid}/requeries/1", headers=auth("officer"),
                              json={"result": "found", "on": "2024-12-02"})
    assert r.status_code == 200 and r.json()["next"]
    resumed_number = case["case_number"].replace("执", "执恢").replace("（2024）", "（2025）")
    r = await asset_core.post(f"/api/v1/cases/{cid}/resumptions", headers=auth("clerk"),
                              json={"case_number": resumed_number, "filed_on": "2025-01-05", "reason": "复查发现房产"})
    assert r.status_code == 201, r.text
    child = r.json()
    assert child["case_type"] == "执恢" and child["parent_case_id"] == cid and child["state"] == "filed"
    assert len(await events(asset_db, cid, "case.resumed")) == 1


# ------------------------------------------------------------------ measures, sweep, disposal, recoveries
async def add_asset(client, case_id, **kw) -> dict:
    body = {"asset_type": "bank_deposit", "description": "银行存款", "discovery_source": "online_query", **kw}
    r = await client.post(f"/api/v1/cases/{case_id}/assets", json=body, headers=auth("officer"))
    assert r.status_code == 201, r.text
    return r.json()


async def test_measures_respect_maximum_periods_queue_and_release(asset_core, asset_db):
    case = await new_case(asset_core)
    deposit = await add_asset(asset_core, case["id"], estimated_value_fen=1_000_000_00)
    r = await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                              json={"kind": "freeze", "amount_fen": 1_000_000_00, "start_on": "2026-01-10", "months": 13})
    assert r.status_code == 422 and r.json()["code"] == "period_exceeds_maximum"
    r = await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                              json={"kind": "seal", "start_on": "2026-01-10"})
    assert r.status_code == 422 and r.json()["code"] == "measure_not_allowed"
    first = (await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                                   json={"kind": "freeze", "amount_fen": 1_000_000_00, "start_on": "2026-01-10"})).json()
    assert first["status"] == "active" and first["expiry_on"] == "2027-01-10"
    queued = (await asset_core.post(f"/api/v1/assets/{deposit['id']}/measures", headers=auth("judge"),
                                    json={"kind": "freeze", "amount_fen": 50_000_00, "start_on": "2026-02-01"})).json()
    assert queued["status"] == "queued" and queued["expiry_on"] is None
    r = await asset_core.post(f"/api/v1/measures/{first['id']}/release", headers=auth("judge"),
                              json={"reason": "over_seizure", "on": "2026-03-01"})
    assert r.status_code == 200 and r.json()["status"] == "released"
    [released] = await events(asset_db, case["id"], "measure.released")
    assert released["data"]["activated_measure_id"] == queued["id"]
    state = (await asset_core.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("judge"))).json()
    now_active = next(m for m in state["measures"] if m["id"] == queued["id"])
    assert now_active["start_on"] == "2026-03-01" and now_active["expiry_on"] == "2027-03-01"
    assert state["frozen_fen"] == 50_000_00
    r = await asset_core.post(f"/api/v1/measures/{first['id']}/release", headers=auth("judge"),
                              json={"reason": "over_seizure"})
    assert r.status_code == 409


async def test_sweep_warns_once_then_lapses_and_renewal_is_refused_after(asset_core, asset_db):
    case = await new_case(asset_core)
    car = await add_asset(asset_core, case["id"], asset_type="vehicle", description="蒙K·12345 轿车")
    m = (await asset_core.post(f"/api/v1/assets/{car['id']}/measures", headers=auth("judge"),
                               json={"kind": "seize", "start_on": "2025-01-01", "months": 12})).json()
    assert m["expiry_on"] == "2026-01-01"
    admin = auth("admin")
    for _ in range(2):
        r = await asset_core.post("/api/v1/ops/sweep", json={"today": "2025-12-10"}, headers=admin)
        assert r.status_code == 200
    [warning] = await events(asset_db, case["id"], "measure.expiring")
    assert warning["data"]["days_left"] == 22
    r = await asset_core.post(f"/api/v1/measures/{m['id']}/renewals", headers=auth("judge"),
                              json={"on": "2025-12-20", "months": 30})
    assert r.status_code == 422  # each renewal at most the legal maximum (24 months for movables)
    await asset_core.post("/api/v1/ops/sweep", json={"today": "2026-01-02"}, headers=admin)
    [lapsed] = await events(asset_db, case["id"], "measure.lapsed")
    assert lapsed["data"]["measure_id"] == m["id"]
    r = await asset_core.post(f"/api/v1/measures/{m['id']}/renewals", headers=auth("judge"), json={"on": "2026-01-03"})
    assert r.status_code == 409
    assert (await asset_core.post("/api/v1/ops/sweep", json={}, headers=auth("judge"))).status_code == 403


async def test_auction_rounds_follow_the_price_rules(asset_core, asset_db):
    case = await new_case(asset_core)
    flat = await add_asset(asset_core, case["id"], asset_type="real_estate", description="住宅一套",
                           estimated_value_fen=100_000_000)
    r = await asset_core.post(f"/api/v1/assets/{flat['id']}/auction-rounds", headers=auth("judge"),
                              json={"method": "online_auction", "valuation_fen": 100_000_000,
                                    "opening_fen": 70_000_000, "starts_on": "2025-03-01"})
    assert r.status_code == 409 and r.json()["code"] == "asset_not_controlled"
    await asset_core.post(f"/api/v1/assets/{flat['id']}/measures", headers=auth("judge"),
                          json={"kind": "seal", "start_on": "2025-01-01"})
    r = await asset_core.post(f"/api/v1/assets/{flat['id']}/auction-rounds", headers=auth("judge"),
                              json={"method": "online_auction", "valuation_fen": 100_000_000,
                                    "opening_fen": 69_999_999, "starts_on": "2025-03-01"})
    assert r.status_code == 422 and r.json()["code"] == "opening_price_too_low"
    first = (await asset_core.post(f"/api/v1/assets/{flat['id']}/auction-rounds", headers=auth("judge"),
                                   json={"method": "online_auction", "valuation_fen": 100_000_000,
                                         "opening_fen": 70_000_000, "starts_on": "2025-03-01"})).json()
    r = await asset_core.post(f"/api/v1/auction-rounds/{first['id']}/result", headers=auth("judge"),
                              json={"outcome": "failed", "on": "2025-03-02"})
    assert r.status_code == 200
    [failed] = await events(asset_db, case["id"], "round-failed")
    assert failed["data"]["next_min_opening_fen"] == 56_000_000
    r = await asset_core.post(f"/api/v1/assets/{flat['id']}/auction-rounds", headers=auth("judge"),
                              json={"method": "online_auction", "valuation_fen": 100_000_000,
                                    "opening_fen": 55_999_999, "starts_on": "2025-03-20"})
    assert r.status_code == 422
    second = (await asset_core.post(f"/api/v1/assets/{flat['id']}/auction-rounds", headers=auth("judge"),
                                    json={"method": "online_auction", "valuation_fen": 100_000_000,
                                          "opening_fen": 56_000_000, "starts_on": "2025-03-20"})).json()
    r = await asset_core.post(f"/api/v1/auction-rounds/{second['id']}/result", headers=auth("judge"),
                              json={"outcome": "sold", "on": "2025-03-21", "price_fen": 60_000_000})
    assert r.status_code == 200
    state = (await asset_core.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("judge"))).json()
    assert state["assets_by_status"] == {"sold": 1} and state["recovered_fen"] == 60_000_000
    assert state["outstanding_fen"] == case["amount_owed_fen"] - 60_000_000


async def test_recoveries_reduce_the_outstanding_amount_and_the_debtor_view_sums_cases(asset_core):
    org = uscc("91150621MA0N9999K")
    debtor = {"name": "某建筑公司", "kind": "organisation", "id_number": org}
    a = await new_case(asset_core, respondents=[debtor], amount_owed_fen=500_000)
    b = await new_case(asset_core, respondents=[debtor], amount_owed_fen=300_000,
                       livelihood_category="migrant_wages")
    r = await asset_core.post(f"/api/v1/cases/{a['id']}/recoveries", headers=auth("judge"),
                              json={"amount_fen": 200_000, "source": "deduction", "received_on": "2025-01-01"})
    assert r.status_code == 201
    key = a["respondents"][0]["party_key"]
    assert key == b["respondents"][0]["party_key"]
    view = (await asset_core.get(f"/api/v1/debtors/{key}/asset-state", headers=auth("judge"))).json()
    assert view["amount_owed_fen"] == 800_000 and view["recovered_fen"] == 200_000
    assert view["outstanding_fen"] == 600_000 and len(view["cases"]) == 2
    r = await asset_core.get(f"/api/v1/debtors/{key}/asset-state", headers=auth("judge", org="内0622"))
    assert r.status_code == 404
    r = await asset_core.post(f"/api/v1/cases/{a['id']}/recoveries", headers=auth("judge"),
                              json={"amount_fen": 0, "source": "deduction"})
    assert r.status_code == 422


async def test_sweep_emits_each_due_deadline_and_requery_once(asset_core, asset_db):
    case = await new_case(asset_core, year=2025, filed_on="2025-06-02")
    admin = auth("admin")
    # officer assignment due by 2025-06-09, execution notice by 2025-06-12 (解释 480)
    await asset_core.post("/api/v1/ops/sweep", json={"today": "2025-06-08"}, headers=admin)
    assert [(e["data"]["kind"], e["data"]["level"]) for e in await events(asset_db, case["id"], "deadline-due")] == [
        ("officer_assignment", "due")]
    for _ in range(2):
        await asset_core.post("/api/v1/ops/sweep", json={"today": "2025-06-13"}, headers=admin)
    got = [(e["data"]["kind"], e["data"]["level"]) for e in await events(asset_db, case["id"], "deadline-due")]
    # the notice's "due" window (2 days before) was never swept: it is reported overdue directly
    assert got == [("officer_assignment", "due"), ("officer_assignment", "overdue"), ("execution_notice", "overdue")]


async def test_requeries_after_conclusion_come_due_once(asset_core, asset_db):
    case = await new_case(asset_core, filed_on="2024-02-01")
    cid = case["id"]
    await start(asset_core, case, on="2024-02-02")
    for kind in ("execution_notice", "consumption_restriction", "applicant_heard"):  # 终本规定 5 (issue 13)
        await asset_core.post(f"/api/v1/cases/{cid}/milestones", headers=auth("judge"), json={"kind": kind, "on": "2024-02-05"})
    for cat in ALL:
        await asset_core.post(f"/api/v1/cases/{cid}/investigation", headers=auth("officer"),
                              json={"category": cat, "status": "none", "source": "online_query", "queried_on": "2024-02-10"})
    r = await asset_core.post(f"/api/v1/cases/{cid}/transitions", headers=auth("judge"),
                              json={"to_state": "concluded_no_assets", "reason": "无财产可供执行", "on": "2024-06-01"})
    assert r.status_code == 200, r.text
    for today in ("2024-11-30", "2024-12-01", "2024-12-02", "2025-06-01"):
        await asset_core.post("/api/v1/ops/sweep", json={"today": today}, headers=auth("admin"))
    due = await events(asset_db, cid, "requery-due")
    assert [(e["data"]["sequence"], e["data"]["due_on"]) for e in due] == [(1, "2024-12-01"), (2, "2025-06-01")]


async def test_part_of_a_sealed_lot_is_released_and_the_rest_stays_sealed(asset_core, asset_db):
    case = await new_case(asset_core)
    flats = await add_asset(asset_core, case["id"], asset_type="real_estate", description="抵押住房", quantity=135,
                            estimated_value_fen=135 * 60_000_000, mortgaged=True)
    seal = (await asset_core.post(f"/api/v1/assets/{flats['id']}/measures", headers=auth("judge"),
                                  json={"kind": "seal", "flexible": True, "start_on": "2026-01-10"})).json()
    r = await asset_core.post(f"/api/v1/measures/{seal['id']}/release", headers=auth("judge"),
                              json={"reason": "settlement", "on": "2026-06-01", "quantity": 136})
    assert r.status_code == 422 and r.json()["code"] == "quantity_exceeds_lot"
    r = await asset_core.post(f"/api/v1/measures/{seal['id']}/release", headers=auth("judge"),
                              json={"reason": "settlement", "on": "2026-06-01", "quantity": 45})
    assert r.status_code == 200 and r.json()["status"] == "active"
    state = (await asset_core.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("judge"))).json()
    lots = {a["status"]: a for a in state["assets"]}
    assert lots["controlled"]["quantity"] == 90 and lots["controlled"]["estimated_value_fen"] == 90 * 60_000_000
    assert lots["released"]["quantity"] == 45 and lots["released"]["estimated_value_fen"] == 45 * 60_000_000
    [released] = await events(asset_db, case["id"], "measure.released")
    assert released["data"]["released_quantity"] == 45 and released["data"]["released_asset_id"] == lots["released"]["id"]


async def test_a_resumed_case_takes_over_the_assets_and_measures_of_the_concluded_one(asset_core, asset_db):
    """恢复执行: the new case (执恢) is written by the commit message, and the original case's assets and measures move to
    it in the same message, after it (docs/adr/0022)."""
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))).json()
    cid = case["id"]
    asset = await add_asset(asset_core, cid)
    r = await asset_core.post(f"/api/v1/assets/{asset['id']}/measures", headers=auth("judge"), json={
        "kind": "freeze", "amount_fen": 100_000, "start_on": "2024-03-05"})
    assert r.status_code == 201, r.text
    measure = r.json()
    await asset_db.execute("update cases set state = 'concluded_no_assets', concluded_on = '2024-06-01' where id = $1",
                           uuid.UUID(cid))  # arranged: the 终本 itself is tested above
    number = case["case_number"].replace("执", "执恢").replace("（2024）", "（2025）")
    r = await asset_core.post(f"/api/v1/cases/{cid}/resumptions", headers=auth("clerk"),
                              json={"case_number": number, "filed_on": "2025-01-05", "reason": "复查发现存款"})
    assert r.status_code == 201, r.text
    child = r.json()["id"]
    assert str(await asset_db.fetchval("select case_id from assets where id = $1", uuid.UUID(asset["id"]))) == child
    assert str(await asset_db.fetchval("select case_id from measures where id = $1", uuid.UUID(measure["id"]))) == child
    state = (await asset_core.get(f"/api/v1/cases/{child}/asset-state", headers=auth("judge"))).json()
    assert [a["id"] for a in state["assets"]] == [asset["id"]]
    again = await asset_core.post(f"/api/v1/cases/{cid}/resumptions", headers=auth("clerk"),
                                  json={"case_number": number, "filed_on": "2025-01-05", "reason": "复查发现存款"})
    assert again.status_code == 409  # the parent is no longer concluded (or the number is taken): nothing moves twice
