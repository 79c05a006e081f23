"""Issue 13 through asset_core's HTTP API (and mediation's events): each rule reachable, at its boundary, with its
article — the court's calendar on deadlines (民诉法 85 ¶3), the 网络查控 minimum, the traditional auction route
(拍卖变卖规定 5, 23-25), the online sale (网拍规定 26 + SPC notice), online timing (网拍规定 12, 17, 20, 26),
release grounds (查扣冻规定 28), settled cases (和解规定 8-11), the extension request (执行期限规定 1), the 终本
gate (终本规定 1(3), 1(5), 5), re-query results, the applicant's clues (财产调查规定 2), the debtor's change
reports (财产调查规定 7) and closing a case with its measures."""
import json
import uuid
from datetime import date

from shared.contracts import mediation
from tests.support import COURT, auth, case_body, publish, wait_for

ALL = ["bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds"]


async def events(db, case_id: str, type_suffix: str) -> list[dict]:
    rows = await db.fetch("select envelope from outbox where key = $1 and event_type like $2 order by seq",
                          case_id, f"%{type_suffix}%")
    return [json.loads(r["envelope"]) if isinstance(r["envelope"], str) else r["envelope"] for r in rows]


async def new_case(client, **overrides) -> dict:
    r = await client.post("/api/v1/cases", json=case_body(**overrides), headers=auth("clerk"))
    assert r.status_code == 201, r.text
    return r.json()


async def post(client, path, body, role="judge", status=200):
    r = await client.post(path, json=body, headers=auth(role))
    assert r.status_code == status, r.text
    return r.json()


async def refused(client, path, body, code, status=422, role="judge"):
    r = await client.post(path, json=body, headers=auth(role))
    assert r.status_code == status and r.json()["code"] == code, r.text
    return r.json()


async def controlled(client, case, asset_type="real_estate", kind="seal", value=100_000_000):
    asset = await post(client, f"/api/v1/cases/{case['id']}/assets", {
        "asset_type": asset_type, "description": "住宅一套" if asset_type == "real_estate" else "货车一辆",
        "estimated_value_fen": value, "discovery_source": "online_query"}, status=201)
    measure = await post(client, f"/api/v1/assets/{asset['id']}/measures", {"kind": kind, "start_on": "2025-01-02"},
                         status=201)
    return asset, measure


async def ready_for_conclusion(client, cid):
    await post(client, f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "o", "on": "2024-03-02"})
    for kind in ("execution_notice", "consumption_restriction"):
        await post(client, f"/api/v1/cases/{cid}/milestones", {"kind": kind, "on": "2024-03-05"})
    for cat in ALL:
        await post(client, f"/api/v1/cases/{cid}/investigation", {"category": cat, "status": "none",
                                                                  "source": "online_query", "queried_on": "2024-03-10"},
                   role="officer")


# ------------------------------------------------------------------ 民诉法 85 ¶3 on the API
async def test_民诉法85_deadlines_say_when_a_holiday_moved_them(asset_core):
    case = await new_case(asset_core, filed_on="2024-09-21")
    by_kind = {d["kind"]: d for d in case["deadlines"]}
    assert by_kind["execution_notice"]["deadline"] == "2024-10-08"  # 10 days → 10-01, 国庆 (解释 480)
    assert by_kind["execution_notice"]["moved_for_holiday_from"] == "2024-10-01"
    # 7 days → Saturday 09-28, a rest day: moved to Sunday 09-29, a 调休 working day
    assert by_kind["officer_assignment"]["deadline"] == "2024-09-29"
    assert by_kind["officer_assignment"]["moved_for_holiday_from"] == "2024-09-28"


# ------------------------------------------------------------------ 网络查控 minimum
async def test_网络查控_a_case_may_add_categories_never_drop_the_minimum(asset_core):
    dropped = await new_case(asset_core, required_categories=["vehicles"])
    check = (await asset_core.get(f"/api/v1/cases/{dropped['id']}/investigation", headers=auth("judge"))).json()
    assert [c["category"] for c in check["required"]] == ALL
    added = await new_case(asset_core, required_categories=["equity"])
    check = (await asset_core.get(f"/api/v1/cases/{added['id']}/investigation", headers=auth("judge"))).json()
    assert [c["category"] for c in check["required"]] == ALL + ["equity"]


# ------------------------------------------------------------------ disposal
async def test_拍卖变卖规定5_24_traditional_reserve_80_percent_then_movables_in_kind_or_released(asset_core, asset_db):
    case = await new_case(asset_core)
    truck, seizure = await controlled(asset_core, case, "vehicle", "seize", 1_000_000)
    rounds = f"/api/v1/assets/{truck['id']}/auction-rounds"
    first = {"method": "auction", "valuation_fen": 1_000_000, "opening_fen": 999_999, "starts_on": "2025-03-03"}
    await refused(asset_core, rounds, first, "reserve_not_valuation")  # 拍卖变卖规定 5: the valuation is the reserve
    await refused(asset_core, rounds, {**first, "opening_fen": 799_999, "valued": False}, "reserve_price_too_low")
    r1 = await post(asset_core, rounds, {**first, "opening_fen": 800_000, "valued": False}, status=201)
    await post(asset_core, f"/api/v1/auction-rounds/{r1['id']}/result", {"outcome": "failed", "on": "2025-03-03"})
    # 拍卖变卖规定 23: the re-auction within 60 days (05-02 is a holiday: 05-06)
    await refused(asset_core, rounds, {**first, "opening_fen": 640_000, "starts_on": "2025-05-07"},
                  "reauction_too_late")
    await refused(asset_core, rounds, {**first, "opening_fen": 639_999, "starts_on": "2025-04-01"},
                  "reserve_price_too_low")  # cut > 20 % of the previous reserve
    r2 = await post(asset_core, rounds, {**first, "opening_fen": 640_000, "starts_on": "2025-05-06"}, status=201)
    # a release for failed disposal before the disposal failed is refused (查扣冻规定 28(3))
    await refused(asset_core, f"/api/v1/measures/{seizure['id']}/release", {"reason": "failed_disposal"},
                  "disposal_not_exhausted")
    await post(asset_core, f"/api/v1/auction-rounds/{r2['id']}/result", {"outcome": "failed", "on": "2025-05-06"})
    [_, failed] = await events(asset_db, case["id"], "round-failed")
    assert failed["data"]["next_step"] == "in_kind_or_release" and failed["data"]["next_min_opening_fen"] is None
    body = await refused(asset_core, rounds, {"method": "sale", "valuation_fen": 1_000_000, "opening_fen": 640_000,
                                              "starts_on": "2025-05-08"}, "wrong_disposal_step")
    assert body["next_step"] == "in_kind_or_release"  # 拍卖变卖规定 24: movables are not sold
    r = await post(asset_core, f"/api/v1/measures/{seizure['id']}/release", {"reason": "failed_disposal",
                                                                           "on": "2025-05-20"})
    assert r["status"] == "released" and r["release_reason"] == "failed_disposal"


async def test_网拍规定26_online_sale_at_the_second_opening_price_for_60_days(asset_core):
    case = await new_case(asset_core)
    flat, _ = await controlled(asset_core, case)
    rounds = f"/api/v1/assets/{flat['id']}/auction-rounds"
    online = {"method": "online_auction", "valuation_fen": 100_000_000}
    r1 = await post(asset_core, rounds, {**online, "opening_fen": 70_000_000, "starts_on": "2025-03-01"}, status=201)
    await post(asset_core, f"/api/v1/auction-rounds/{r1['id']}/result", {"outcome": "failed", "on": "2025-03-02"})
    r2 = await post(asset_core, rounds, {**online, "opening_fen": 56_000_000, "starts_on": "2025-03-25"}, status=201)
    await post(asset_core, f"/api/v1/auction-rounds/{r2['id']}/result", {"outcome": "failed", "on": "2025-03-26"})
    sale = {"method": "sale", "valuation_fen": 100_000_000, "starts_on": "2025-04-01"}
    await refused(asset_core, rounds, {**sale, "opening_fen": 50_000_000}, "sale_price_mismatch")  # not ½ valuation
    await refused(asset_core, rounds, {**sale, "opening_fen": 55_999_999}, "sale_price_mismatch")
    s = await post(asset_core, rounds, {**sale, "opening_fen": 56_000_000}, status=201)
    assert s["sale_ends_on"] == "2025-05-31"  # 60 days, a duration: not moved off the Saturday


async def test_网拍规定12_17_20_26_the_rounds_timing_fields_are_checked(asset_core):
    case = await new_case(asset_core)
    flat, _ = await controlled(asset_core, case)
    rounds = f"/api/v1/assets/{flat['id']}/auction-rounds"
    first = {"method": "online_auction", "valuation_fen": 100_000_000, "opening_fen": 70_000_000,
             "starts_on": "2025-03-31", "announced_on": "2025-03-01", "deposit_fen": 7_000_000, "bidding_hours": 24}
    await refused(asset_core, rounds, {**first, "announced_on": "2025-03-02"}, "notice_too_short")  # 30 days (12)
    await refused(asset_core, rounds, {**first, "deposit_fen": 3_499_999}, "deposit_out_of_range")  # 5 % (17)
    await refused(asset_core, rounds, {**first, "deposit_fen": 14_000_001}, "deposit_out_of_range")  # 20 %
    await refused(asset_core, rounds, {**first, "bidding_hours": 23}, "bidding_too_short")  # 24 h (20)
    await refused(asset_core, rounds, {**first, "deposit_fen": None}, "timing_incomplete")
    r1 = await post(asset_core, rounds, first, status=201)
    assert (r1["announced_on"], r1["deposit_fen"], r1["bidding_hours"]) == ("2025-03-01", 7_000_000, 24)
    await post(asset_core, f"/api/v1/auction-rounds/{r1['id']}/result", {"outcome": "failed", "on": "2025-04-01"})
    second = {**first, "opening_fen": 56_000_000, "deposit_fen": 5_600_000}
    # re-announced within 30 days of the 流拍 (05-01 is a holiday: 05-06), at least 15 days ahead (26)
    await refused(asset_core, rounds, {**second, "announced_on": "2025-05-07", "starts_on": "2025-05-30"},
                  "reauction_too_late")
    await refused(asset_core, rounds, {**second, "announced_on": "2025-05-06", "starts_on": "2025-05-20"},
                  "notice_too_short")
    r2 = await post(asset_core, rounds, {**second, "announced_on": "2025-05-06", "starts_on": "2025-05-21"},
                    status=201)
    state = (await asset_core.get(f"/api/v1/cases/{case['id']}/asset-state", headers=auth("judge"))).json()
    [a] = state["assets"]
    assert [r["announced_on"] for r in a["auction_rounds"]] == ["2025-03-01", "2025-05-06"] and r2["round_no"] == 2


# ------------------------------------------------------------------ 查扣冻规定 28
async def test_查扣冻规定28_release_grounds(asset_core):
    case = await new_case(asset_core)
    _, m1 = await controlled(asset_core, case)
    await refused(asset_core, f"/api/v1/measures/{m1['id']}/release", {"reason": "guarantee_accepted"},
                  "applicant_consent_required")
    r = await post(asset_core, f"/api/v1/measures/{m1['id']}/release", {"reason": "guarantee_accepted",
                                                                      "applicant_consents": True})
    assert r["release_reason"] == "guarantee_accepted"
    _, m2 = await controlled(asset_core, case)
    await refused(asset_core, f"/api/v1/measures/{m2['id']}/release", {"reason": "payment"}, "debt_not_paid")
    r = await post(asset_core, f"/api/v1/measures/{m2['id']}/release", {"reason": "third_party_property"})
    assert r["release_reason"] == "third_party_property"
    _, m3 = await controlled(asset_core, case)
    assert (await post(asset_core, f"/api/v1/measures/{m3['id']}/release",
                       {"reason": "claim_withdrawn"}))["release_reason"] == "claim_withdrawn"


# ------------------------------------------------------------------ 执行期限规定 1: the request date
async def test_执行期限规定1_the_extension_request_date_is_checked_not_the_approval(asset_core):
    case = await new_case(asset_core, filed_on="2024-03-01")  # expires 2024-09-02 (09-01 Sunday)
    path = f"/api/v1/cases/{case['id']}/milestones"
    await refused(asset_core, path, {"kind": "extension_approved", "on": "2024-08-29"},
                  "extension_request_date_required", role="president")
    await refused(asset_core, path, {"kind": "extension_approved", "on": "2024-08-29", "requested_on": "2024-08-29"},
                  "extension_too_late", role="president")
    r = await post(asset_core, path, {"kind": "extension_approved", "on": "2024-08-30", "requested_on": "2024-08-28"},
                   role="president")  # requested on the last allowed day, approved later
    assert r["milestones"]["extension_requested"] == "2024-08-28"
    assert {d["kind"]: d["deadline"] for d in r["deadlines"]}["finishing"] == "2024-12-02"


# ------------------------------------------------------------------ 终本规定 1(3), 1(5), 5; re-queries
async def test_终本规定_obstruction_applicant_heard_undisposable_property_and_requery_results(asset_core, asset_db):
    case = await new_case(asset_core, filed_on="2024-03-01")
    cid = case["id"]
    await ready_for_conclusion(asset_core, cid)
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "obstruction", "on": "2024-04-01"})
    flat = await post(asset_core, f"/api/v1/cases/{cid}/assets", {
        "asset_type": "real_estate", "description": "被执行人名下唯一住房（已设定足额抵押）",
        "discovery_source": "online_query"}, status=201)
    check = (await asset_core.get(f"/api/v1/cases/{cid}/conclusion-check?on=2024-07-01", headers=auth("judge"))).json()
    assert {c["code"] for c in check["failing_conditions"]} == {
        "obstruction_not_sanctioned", "applicant_not_heard", "disposable_property_found"}
    r = await post(asset_core, f"/api/v1/assets/{flat['id']}/undisposable", {"reason": "足额抵押, 无剩余价值"})
    assert r["undisposable_reason"]
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "obstruction_sanctioned", "on": "2024-05-01"})
    check = (await asset_core.get(f"/api/v1/cases/{cid}/conclusion-check?on=2024-07-01", headers=auth("judge"))).json()
    assert [c["code"] for c in check["failing_conditions"]] == ["applicant_not_heard"]  # 终本规定 5
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "applicant_heard", "on": "2024-06-20"})
    await post(asset_core, f"/api/v1/cases/{cid}/transitions", {"to_state": "concluded_no_assets",
                                                                "reason": "无可供处置财产", "on": "2024-07-01"})
    await post(asset_core, f"/api/v1/cases/{cid}/requeries/1", {"result": "none", "on": "2025-01-02"}, role="officer")
    await post(asset_core, f"/api/v1/cases/{cid}/requeries/2", {"result": "found", "on": "2025-07-02"}, role="officer")
    got = [(e["data"]["sequence"], e["data"]["result"], e["data"]["proposes_resumption"], e["data"]["applicants"])
           for e in await events(asset_db, cid, "requery-result")]
    assert got == [(1, "none", False, case["applicants"] and ["中国某银行股份有限公司鄂尔多斯分行"]),
                   (2, "found", True, ["中国某银行股份有限公司鄂尔多斯分行"])]


# ------------------------------------------------------------------ 财产调查规定 2, 7
async def test_财产调查规定2_7_clues_due_in_7_or_3_days_overdue_once_and_late_change_reports(asset_core, asset_db):
    case = await new_case(asset_core, filed_on="2024-03-01")
    cid = case["id"]
    clue = await post(asset_core, f"/api/v1/cases/{cid}/asset-clues", {
        "description": "被执行人在某银行另有账户", "received_on": "2024-09-24", "asset_type": "bank_deposit"}, status=201)
    assert (clue["due_on"], clue["moved_for_holiday_from"]) == ("2024-10-08", "2024-10-01")  # 7 days → 国庆
    urgent = await post(asset_core, f"/api/v1/cases/{cid}/asset-clues", {
        "description": "车辆即将转移", "received_on": "2024-03-04", "urgent": True}, status=201)
    assert urgent["due_on"] == "2024-03-07"
    admin = auth("admin")
    for today in ("2024-03-07", "2024-03-08", "2024-03-09"):
        r = await asset_core.post("/api/v1/ops/sweep", json={"today": today}, headers=admin)
        assert r.status_code == 200, r.text
    overdue = await events(asset_db, cid, "clue.overdue")
    assert [(e["data"]["clue_id"], e["data"]["due_on"]) for e in overdue] == [(urgent["id"], "2024-03-07")]
    done = await post(asset_core, f"/api/v1/asset-clues/{clue['id']}/verification",
                      {"result": "found", "on": "2024-10-08", "estimated_value_fen": 500_000}, role="officer")
    assert done["status"] == "done" and done["asset_id"]
    listed = (await asset_core.get(f"/api/v1/cases/{cid}/asset-clues", headers=auth("judge"))).json()
    assert {c["id"]: c["status"] for c in listed["items"]} == {clue["id"]: "done", urgent["id"]: "overdue"}

    path = f"/api/v1/cases/{cid}/change-reports"
    on_time = await post(asset_core, path, {"changed_on": "2024-03-01", "reported_on": "2024-03-11",
                                            "description": "出售车辆一辆"}, role="officer", status=201)
    assert on_time["late"] is False and on_time["due_on"] == "2024-03-11"
    late = await post(asset_core, path, {"changed_on": "2024-03-01", "reported_on": "2024-03-12",
                                         "description": "新增银行账户"}, role="officer", status=201)
    assert late["late"] is True
    [e] = await events(asset_db, cid, "change-report.late")
    assert e["data"]["report_id"] == late["id"] and e["data"]["due_on"] == "2024-03-11"


# ------------------------------------------------------------------ closing a case ends its measures
async def test_closing_a_case_releases_its_measures_and_the_sweep_no_longer_warns(asset_core, asset_db):
    case = await new_case(asset_core, filed_on="2024-03-01")
    cid = case["id"]
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "o",
                                                               "on": "2024-03-02"})
    _, m = await controlled(asset_core, case)
    await post(asset_core, f"/api/v1/cases/{cid}/transitions", {"to_state": "terminated", "reason": "申请执行人撤回申请",
                                                                "on": "2025-02-01"})
    [released] = await events(asset_db, cid, "measure.released")
    assert released["data"]["measure_id"] == m["id"] and released["data"]["reason"] == "case_terminated"
    await asset_core.post("/api/v1/ops/sweep", json={"today": "2027-12-20"}, headers=auth("admin"))
    assert await events(asset_db, cid, "measure.expiring") == []


# ------------------------------------------------------------------ 和解规定 8-11 in the core
async def test_和解规定9_11_a_settled_case_resumes_only_on_a_proven_default(asset_core, asset_db, world):
    case = await new_case(asset_core, filed_on="2024-03-01")
    cid = case["id"]
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "o",
                                                               "on": "2024-03-02"})
    settlement = str(uuid.uuid4())
    await publish(world, mediation.SettlementReached(
        case_id=cid, settlement_id=settlement, reached_on=date(2024, 6, 1), total_fen=1_000_000,
        installments=[mediation.Installment(due_on=date(2024, 7, 1), amount_fen=500_000),
                      mediation.Installment(due_on=date(2024, 8, 1), amount_fen=500_000)]), cid)

    async def suspended():
        r = (await asset_core.get(f"/api/v1/cases/{cid}", headers=auth("judge"))).json()
        return r if r["state"] == "suspended_settlement" else None
    await wait_for(suspended, timeout=60, what="the settlement applied")
    resume = {"to_state": "executing", "reason": "申请恢复执行"}
    path = f"/api/v1/cases/{cid}/transitions"
    await refused(asset_core, path, {**resume, "on": "2024-07-01"}, "resumption_refused_not_due")  # 11(2)
    r = await post(asset_core, path, {**resume, "on": "2024-06-20", "anticipatory_breach": True}, status=200)
    assert r["state"] == "executing"  # 民法典 578: the debtor said it will not perform

    other = await new_case(asset_core, filed_on="2024-03-01")
    oid = other["id"]
    await post(asset_core, f"/api/v1/cases/{oid}/milestones", {"kind": "officer_assigned", "officer_id": "o",
                                                               "on": "2024-03-02"})
    s2 = str(uuid.uuid4())
    await publish(world, mediation.SettlementReached(
        case_id=oid, settlement_id=s2, reached_on=date(2024, 6, 1), total_fen=1_000_000,
        installments=[mediation.Installment(due_on=date(2024, 7, 1), amount_fen=1_000_000)]), oid)

    async def suspended2():
        r = (await asset_core.get(f"/api/v1/cases/{oid}", headers=auth("judge"))).json()
        return r if r["state"] == "suspended_settlement" else None
    await wait_for(suspended2, timeout=60, what="the second settlement applied")
    path = f"/api/v1/cases/{oid}/transitions"
    await refused(asset_core, path, {**resume, "on": "2024-07-05"}, "resumption_refused_on_schedule")  # 11(3)
    number = other["case_number"].replace("执", "执恢")
    await refused(asset_core, f"/api/v1/cases/{oid}/resumptions",
                  {"case_number": number, "filed_on": "2024-07-05", "reason": "未履行"},
                  "resumption_refused_on_schedule", role="clerk")
    await publish(world, mediation.SettlementDefaulted(case_id=oid, settlement_id=s2, defaulted_on=date(2024, 7, 2),
                                                       paid_fen=0, resume_deadline=date(2026, 7, 1)), oid)

    async def defaulted():
        s = (await asset_core.get(f"/api/v1/cases/{oid}/asset-state", headers=auth("judge"))).json()
        return any("建议恢复执行" in e["summary"] for e in s["last_events"]) or None
    await wait_for(defaulted, timeout=60, what="the default in asset_core")
    # 和解规定 10: 2 years from the last day of performance (2024-07-01 → 2026-07-01, a Wednesday)
    await refused(asset_core, path, {**resume, "on": "2026-07-02"}, "resumption_time_barred")
    r = await post(asset_core, path, {**resume, "on": "2026-07-01"})
    assert r["state"] == "executing"


async def test_和解规定8_a_终本_case_fully_paid_through_the_center_closes_as_fully_executed(asset_core, asset_db,
                                                                                       world):
    case = await new_case(asset_core, filed_on="2024-03-01")
    cid = case["id"]
    await ready_for_conclusion(asset_core, cid)
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "applicant_heard", "on": "2024-06-20"})
    flat = await post(asset_core, f"/api/v1/cases/{cid}/assets", {
        "asset_type": "real_estate", "description": "已足额抵押住房", "discovery_source": "online_query"}, status=201)
    seal = await post(asset_core, f"/api/v1/assets/{flat['id']}/measures", {"kind": "seal", "start_on": "2024-04-01"},
                      status=201)
    await post(asset_core, f"/api/v1/assets/{flat['id']}/undisposable", {"reason": "足额抵押"})
    await post(asset_core, f"/api/v1/cases/{cid}/transitions", {"to_state": "concluded_no_assets",
                                                                "reason": "无可供处置财产", "on": "2024-07-01"})
    settlement = str(uuid.uuid4())
    await publish(world, mediation.CaseFullyExecuted(case_id=cid, settlement_id=settlement,
                                                     center_case_id=str(uuid.uuid4()), paid_fen=1_000_000,
                                                     fully_executed_on=date(2024, 12, 2)), cid)

    async def closed():
        r = (await asset_core.get(f"/api/v1/cases/{cid}/asset-state", headers=auth("judge"))).json()
        return r if r["state"] == "fully_executed" else None
    state = await wait_for(closed, timeout=60, what="the 终本 case closed as fully executed")
    assert [(m["id"], m["status"], m["release_reason"]) for m in state["measures"]] == [
        (seal["id"], "released", "payment")]
    [changed] = [e for e in await events(asset_db, cid, "state-changed") if e["data"]["to_state"] == "fully_executed"]
    assert changed["data"]["from_state"] == "concluded_no_assets"
    assert COURT == changed["orgcode"]


# ------------------------------------------------------------------ 民诉法 267: general 中止
async def test_民诉法267_a_suspension_needs_its_ground_and_its_days_do_not_count(asset_core, asset_db):
    case = await new_case(asset_core, filed_on="2024-03-01")
    cid = case["id"]
    await post(asset_core, f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "o",
                                                               "on": "2024-03-02"})
    path = f"/api/v1/cases/{cid}/transitions"
    await refused(asset_core, path, {"to_state": "suspended", "reason": "案外人异议", "on": "2024-04-01"},
                  "suspension_ground_required")
    r = await post(asset_core, path, {"to_state": "suspended", "reason": "案外人异议", "on": "2024-04-01",
                                      "suspension_ground": "third_party_objection"})
    assert r["state"] == "suspended" and {d["kind"]: d["status"] for d in r["deadlines"]}["finishing"] == "suspended"
    r = await post(asset_core, path, {"to_state": "executing", "reason": "异议已驳回", "on": "2024-04-11"})
    finishing = {d["kind"]: d for d in r["deadlines"]}["finishing"]
    assert finishing["deadline"] == "2024-09-11"  # 09-01 + the 10 suspended days
    assert finishing["moved_for_holiday_from"] is None
