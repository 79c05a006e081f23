"""asset_core consumes the linkages' events from the real broker and applies them to the ledger, once."""
import uuid
from datetime import date, datetime, timezone

from shared.contracts import dispatch, mediation, police, reward
from tests.support import auth, case_body, dead_letter, publish, wait_for


async def state_of(client, case_id):
    return (await client.get(f"/api/v1/cases/{case_id}/asset-state", headers=auth("judge"))).json()


async def test_linkage_events_reach_the_ledger_once(asset_core, asset_db, world):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    cid = case["id"]
    await asset_core.post(f"/api/v1/cases/{cid}/milestones", headers=auth("judge"),
                          json={"kind": "officer_assigned", "officer_id": "o1", "on": "2024-03-02"})
    alarm = str(uuid.uuid4())
    found = await publish(world, dispatch.AssetFoundOnSite(
        case_id=cid, alarm_id=alarm, asset_type="vehicle", description="丰田越野车 蒙K·88888",
        estimated_value_fen=30_000_000, location="达拉特旗树林召镇", seized=True), cid, twice=True)
    await publish(world, reward.TipVerified(
        case_id=cid, notice_id=str(uuid.uuid4()), tip_id=str(uuid.uuid4()), clue_kind="asset",
        asset_type="securities", description="某证券账户", estimated_value_fen=5_000_000), cid)
    await publish(world, dispatch.DebtorLocated(case_id=cid, alarm_id=alarm, located_at="某宾馆",
                                                respondent_name="王某"), cid)

    async def applied():
        s = await state_of(asset_core, cid)
        return s if len(s["assets"]) == 2 and any("查找到被执行人" in e["summary"] for e in s["last_events"]) else None
    state = await wait_for(applied, timeout=60, what="the linkage events in the ledger")
    car = next(a for a in state["assets"] if a["asset_type"] == "vehicle")
    assert car["source_event_id"] == found and car["discovery_source"] == "on_site" and car["status"] == "controlled"
    assert [m["kind"] for m in state["measures"]] == ["seize"]
    assert next(a for a in state["assets"] if a["asset_type"] == "securities")["discovery_source"] == "tip"

    # 转债化解: the settlement releases the seizure and suspends execution; payments become recoveries
    measure_id = state["measures"][0]["id"]
    settlement = str(uuid.uuid4())
    await publish(world, mediation.SettlementReached(
        case_id=cid, settlement_id=settlement, reached_on=date(2025, 6, 1), total_fen=1_000_000,
        installments=[mediation.Installment(due_on=date(2025, 7, 1), amount_fen=500_000),
                      mediation.Installment(due_on=date(2025, 8, 1), amount_fen=500_000)],
        release_measure_ids=[measure_id], remortgage_asset_ids=[car["id"]]), cid)
    await publish(world, mediation.PaymentReceived(case_id=cid, settlement_id=settlement,
                                                   payment_id=str(uuid.uuid4()), amount_fen=500_000,
                                                   received_on=date(2025, 7, 1)), cid, twice=True)

    async def settled():
        s = await state_of(asset_core, cid)
        return s if s["state"] == "suspended_settlement" and s["recovered_fen"] else None
    state = await wait_for(settled, timeout=60, what="the settlement in the ledger")
    assert state["recovered_fen"] == 500_000  # delivered twice, counted once
    assert state["measures"][0]["status"] == "released" and state["measures"][0]["release_reason"] == "settlement"
    assert next(a for a in state["assets"] if a["id"] == car["id"])["remortgage_requested_on"] == "2025-06-01"
    assert await asset_db.fetchval("select count(*) from assets where case_id = $1", uuid.UUID(cid)) == 2

    # default: a proposal to resume the original judgment, shown on the case (和解规定 9)
    await publish(world, mediation.SettlementDefaulted(case_id=cid, settlement_id=settlement,
                                                       defaulted_on=date(2025, 8, 2), paid_fen=500_000,
                                                       resume_deadline=date(2027, 8, 1)), cid)

    async def proposed():
        s = await state_of(asset_core, cid)
        return next((e for e in s["last_events"] if "建议恢复执行" in e["summary"]), None)
    note = await wait_for(proposed, timeout=60, what="the resumption proposal")
    assert "500000" in note["summary"] and "2027-08-01" in note["summary"]

    # full performance after all closes the case (和解规定 8)
    await publish(world, mediation.CaseFullyExecuted(case_id=cid, settlement_id=settlement,
                                                     center_case_id=str(uuid.uuid4()), paid_fen=1_000_000,
                                                     fully_executed_on=date(2025, 9, 1)), cid)

    async def closed():
        return (await state_of(asset_core, cid))["state"] == "fully_executed"
    await wait_for(closed, timeout=60, what="the case closed as fully executed")


async def test_an_event_for_an_unknown_case_goes_to_the_dlq(asset_core, world):
    bad = str(uuid.uuid4())
    event_id = await publish(world, dispatch.DebtorLocated(case_id=bad, alarm_id="a", located_at="x",
                                                           respondent_name="y"), bad)
    headers = await dead_letter(world, dispatch.TOPIC, event_id)
    assert b"no case" in headers["dlq_error"] and headers["dlq_attempts"] == b"1"


async def test_police_finds_reach_the_ledger_once(asset_core, asset_db, world):
    """公安联动: a located asset joins the ledger (discovery_source police), a located debtor is no longer
    missing and the case's timeline says so — each exactly once although every event is delivered twice."""
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    cid = case["id"]
    r = await asset_core.post(f"/api/v1/cases/{cid}/milestones", headers=auth("judge"),
                              json={"kind": "debtor_missing", "on": "2024-03-05"})
    assert r.status_code == 200, r.text
    version = r.json()["version"]
    search = str(uuid.uuid4())
    found_at = datetime(2025, 5, 20, 17, 30, tzinfo=timezone.utc)  # 2025-05-21 01:30 in Asia/Shanghai
    located = await publish(world, police.AssetLocated(
        case_id=cid, court_code="内0621", search_id=search, location="达拉特旗 某停车场", found_at=found_at,
        asset_type="vehicle", description="白色轿车 蒙K·12345"), cid, twice=True)
    await publish(world, police.PersonLocated(
        case_id=cid, court_code="内0621", search_id=search, location="达拉特旗 某宾馆", found_at=found_at,
        person_name="王某"), cid, twice=True)

    async def applied():
        s = await state_of(asset_core, cid)
        return s if s["assets"] and any("公安联动" in e["summary"] for e in s["last_events"]) else None
    state = await wait_for(applied, timeout=60, what="the police finds in the ledger")
    [car] = state["assets"]
    assert (car["discovery_source"], car["source_event_id"], car["status"]) == ("police", located, "discovered")
    assert [e["summary"] for e in state["last_events"] if "公安联动" in e["summary"]] == [
        "公安联动 查找到被执行人 王某: 达拉特旗 某宾馆"]
    row = await asset_db.fetchrow("select debtor_missing, missing_debtor_searched_on, version from cases "
                                  "where id = $1", uuid.UUID(cid))
    assert (row["debtor_missing"], row["missing_debtor_searched_on"]) == (False, date(2025, 5, 21))
    assert row["version"] == version + 1
    assert await asset_db.fetchval("select count(*) from assets where case_id = $1", uuid.UUID(cid)) == 1
    assert await asset_db.fetchval("select count(*) from inbox where event_id = $1", located) == 1
    discovered = await asset_db.fetchval("select count(*) from outbox where key = $1 and event_type like $2",
                                         cid, "%asset.discovered%")
    assert discovered == 1


async def test_a_police_find_of_an_unknown_asset_type_goes_to_the_dlq(asset_core, world):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    event_id = await publish(world, police.AssetLocated(
        case_id=case["id"], court_code="内0621", search_id="s", location="x",
        found_at=datetime(2025, 5, 20, tzinfo=timezone.utc), asset_type="spaceship", description="?"), case["id"])
    headers = await dead_letter(world, police.TOPIC, event_id)
    assert b"unknown_asset_type" in headers["dlq_error"] and headers["dlq_attempts"] == b"1"
