"""mediation (和解中心) on real PostgreSQL and Kafka: automatic intake of 终本 cases from asset_core's events
published to the real broker, referral, 分案, handling, settlements, performance, resumption, supervision,
figures; authz by role and court; events in the outbox; bad input refused with nothing written."""
import json
import uuid
from datetime import date


from shared.contracts import asset_core as ac
from tests.support import RUN_ID, auth, dead_letter, wait_for
from tests.support import publish as publish_event

PROBLEM = "application/problem+json"
_courts = iter(range(10, 99))


def fresh_court() -> str:
    """Each test runs in its own court (the world is shared by the session): mediators and loads stay apart."""
    return f"内{int(RUN_ID[:2], 16) % 9 + 1}{next(_courts):02d}{int(RUN_ID[2:4], 16) % 10}"


async def publish(world, *payloads, twice: bool = False) -> list[str]:
    """asset_core's events about a case, in order (twice: each redelivered)."""
    return [await publish_event(world, p, p.case_id, orgcode=None, twice=twice) for p in payloads]


def registered(court: str, *, category: str = "none", owed: int = 50_000_000, seq: int | None = None
               ) -> ac.CaseRegistered:
    n = seq or uuid.uuid4().int % 90000 + 1
    return ac.CaseRegistered(
        case_id=str(uuid.uuid4()), case_number=f"（2024）{court}执{n}号", case_type="执", court_code=court,
        filed_on=date(2024, 3, 1), amount_owed_fen=owed, livelihood_category=category,
        applicants=["某银行"], respondents=["某公司"], state="executing")


def concluded(reg: ac.CaseRegistered, on: date = date(2024, 9, 1)) -> ac.CaseConcluded:
    return ac.CaseConcluded(case_id=reg.case_id, case_number=reg.case_number, court_code=reg.court_code,
                            concluded_on=on, outstanding_fen=reg.amount_owed_fen,
                            livelihood_category=reg.livelihood_category, requery_dates=[], respondents=reg.respondents)


async def outbox(db, case_id: str, suffix: str) -> list[dict]:
    rows = await db.fetch("select envelope from outbox where key = $1 and event_type like $2 order by seq",
                          case_id, f"%{suffix}%")
    return [json.loads(r["envelope"]) if isinstance(r["envelope"], str) else r["envelope"] for r in rows]


async def center_case_of(client, court: str, case_id: str, role="judge") -> dict | None:
    r = await client.get("/api/v1/cases?limit=200", headers=auth(role, org=court))
    assert r.status_code == 200, r.text
    return next((c for c in r.json()["items"] if c["case_id"] == case_id), None)


async def projected(db, case_id: str) -> bool:
    return bool(await db.fetchval("select count(*) from court_cases where id = $1", uuid.UUID(case_id)))


async def add_mediator(client, court, sub, team="和解一组", skills=(), capacity=10) -> dict:
    r = await client.post("/api/v1/mediators", headers=auth("president", org=court),
                          json={"user_sub": sub, "name": sub, "team": team, "skills": list(skills),
                                "capacity": capacity})
    assert r.status_code == 201, r.text
    return r.json()


async def refer(client, court, case_id, on="2025-05-01") -> dict:
    r = await client.post("/api/v1/cases", headers=auth("judge", org=court),
                          json={"case_id": case_id, "reason": "当事人有和解意愿", "referred_on": on})
    assert r.status_code == 201, r.text
    return r.json()


# ------------------------------------------------------------------ intake
async def test_concluded_cases_reach_the_center_automatically_green_channel_first_once(mediation, mediation_db, world):
    court = fresh_court()
    ordinary, wages = registered(court), registered(court, category="migrant_wages")
    await publish(world, ordinary, wages)
    await publish(world, concluded(ordinary), concluded(wages), twice=True)

    async def both():
        items = [await center_case_of(mediation, court, c.case_id) for c in (ordinary, wages)]
        return items if all(items) else None
    got_ordinary, got_wages = await wait_for(both, timeout=60, what="the 终本 cases at the center")
    assert got_ordinary["source"] == "concluded" and got_ordinary["state"] == "received"
    assert got_ordinary["legal_status"] == "concluded_no_assets"  # intake keeps the legal status
    assert got_wages["green_channel"] is True and got_wages["priority"] == 0
    queue = (await mediation.get("/api/v1/cases/queue", headers=auth("mediator", org=court))).json()["items"]
    assert [c["case_id"] for c in queue] == [wages.case_id, ordinary.case_id]  # green channel first
    for c in (ordinary, wages):  # delivered twice, received once
        [received] = await outbox(mediation_db, c.case_id, "case.received")
        assert received["data"]["source"] == "concluded" and received["orgcode"] == court
    # a court above sees them, a peer does not
    assert await center_case_of(mediation, court[:3], ordinary.case_id)
    assert await center_case_of(mediation, "内0699", ordinary.case_id) is None
    r = await mediation.get(f"/api/v1/cases/{got_ordinary['id']}", headers=auth("judge", org="内0699"))
    assert r.status_code == 404 and r.headers["content-type"] == PROBLEM


async def test_referral_by_hand_with_authz_idempotency_and_bad_input(mediation, mediation_db, world):
    court = fresh_court()
    reg = registered(court)
    await publish(world, reg)
    await wait_for(lambda: projected(mediation_db, reg.case_id), timeout=60, what="the case projection")
    body = {"case_id": reg.case_id, "reason": "执行中当事人申请和解", "referred_on": "2025-05-01"}
    before = await mediation_db.fetchval("select count(*) from center_cases")

    r = await mediation.post("/api/v1/cases", json=body, headers=auth("mediator", org=court))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
    r = await mediation.post("/api/v1/cases", json=body, headers=auth("judge", org="内0699"))
    assert r.status_code == 404 and r.json()["code"] == "case_not_found"
    r = await mediation.post("/api/v1/cases", json={**body, "case_id": str(uuid.uuid4())}, headers=auth("judge", org=court))
    assert r.status_code == 404
    r = await mediation.post("/api/v1/cases", json={**body, "reason": ""}, headers=auth("judge", org=court))
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    r = await mediation.post("/api/v1/cases", json={**body, "referred_on": "2099-01-01"}, headers=auth("judge", org=court))
    assert r.status_code == 422 and r.json()["code"] == "date_in_future"
    assert await mediation_db.fetchval("select count(*) from center_cases") == before  # nothing written

    key = {"Idempotency-Key": f"refer-{reg.case_id}"}
    first = await mediation.post("/api/v1/cases", json=body, headers=auth("judge", org=court) | key)
    assert first.status_code == 201, first.text
    again = await mediation.post("/api/v1/cases", json=body, headers=auth("judge", org=court) | key)
    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
    assert again.headers["Idempotent-Replayed"] == "true"
    r = await mediation.post("/api/v1/cases", json={**body, "reason": "另一理由"}, headers=auth("judge", org=court) | key)
    assert r.status_code == 422 and r.json()["code"] == "idempotency_key_reused"
    r = await mediation.post("/api/v1/cases", json=body, headers=auth("judge", org=court))
    assert r.status_code == 409 and r.json()["code"] == "already_at_center"
    case = first.json()
    assert case["source"] == "referral" and case["legal_status"] == "executing" and case["state"] == "received"
    assert len(await outbox(mediation_db, reg.case_id, "case.received")) == 1
    assert await mediation_db.fetchval("select count(*) from audit_log where action = 'case.received' "
                                       "and entity_id = $1", case["id"]) == 1


# ------------------------------------------------------------------ 分案
async def test_assignment_balances_load_respects_priority_and_reassignment_is_recorded(mediation, mediation_db, world):
    court = fresh_court()
    a = await add_mediator(mediation, court, f"med-a-{court}", team="和解一组", capacity=3)
    b = await add_mediator(mediation, court, f"med-b-{court}", team="和解二组", skills=["livelihood"], capacity=3)
    r = await mediation.post("/api/v1/mediators", headers=auth("judge", org=court),
                             json={"user_sub": "x", "name": "x", "team": "t"})
    assert r.status_code == 403
    regs = [registered(court), registered(court), registered(court, category="support_payments"), registered(court)]
    await publish(world, *regs)
    await publish(world, *[concluded(g) for g in regs])

    async def all_in():
        return len((await mediation.get("/api/v1/cases/queue", headers=auth("judge", org=court))).json()["items"]) == 4
    await wait_for(all_in, timeout=60, what="four cases in the queue")
    assert (await mediation.post("/api/v1/assignments/run", json={}, headers=auth("mediator", org=court))).status_code == 403
    r = await mediation.post("/api/v1/assignments/run", json={"on": "2025-01-02"}, headers=auth("president", org=court))
    assert r.status_code == 200, r.text
    done = r.json()["assigned"]
    assert done[0]["priority"] == 0 and done[0]["mediator_id"] == b["id"]  # green first, to the livelihood skill
    loads = {m["id"]: m["load"] for m in (await mediation.get("/api/v1/mediators",
                                                               headers=auth("judge", org=court))).json()["items"]}
    assert loads == {a["id"]: 2, b["id"]: 2}  # balanced
    assert r.json()["waiting"] == 0

    cc_id = done[-1]["center_case_id"]
    case = (await mediation.get(f"/api/v1/cases/{cc_id}", headers=auth("judge", org=court))).json()
    other = a["id"] if case["mediator"]["id"] == b["id"] else b["id"]
    r = await mediation.post(f"/api/v1/cases/{cc_id}/assignment", headers=auth("president", org=court) | {"If-Match": "999"},
                             json={"mediator_id": other, "reason": "回避"})
    assert r.status_code == 412 and r.json()["code"] == "version_mismatch"
    r = await mediation.post(f"/api/v1/cases/{cc_id}/assignment",
                             headers=auth("president", org=court) | {"If-Match": str(case["version"])},
                             json={"mediator_id": str(uuid.uuid4()), "reason": "回避"})
    assert r.status_code == 422 and r.json()["code"] == "unknown_mediator"
    r = await mediation.post(f"/api/v1/cases/{cc_id}/assignment",
                             headers=auth("president", org=court) | {"If-Match": str(case["version"])},
                             json={"mediator_id": other, "reason": "回避"})
    assert r.status_code == 200, r.text
    moved = r.json()
    assert moved["mediator"]["id"] == other
    assert [(h["mode"], h["mediator_id"]) for h in moved["assignments"]] == [
        ("auto", case["mediator"]["id"]), ("manual", other)]
    events = await outbox(mediation_db, moved["case_id"], "case.assigned")
    assert [e["data"]["mode"] for e in events] == ["auto", "manual"]
    assert events[1]["data"]["previous_mediator_id"] == case["mediator"]["id"]


# ------------------------------------------------------------------ settlement, performance, default
async def test_settlement_with_asset_terms_payments_overdue_sweep_and_resumption(mediation, mediation_db, world):
    court = fresh_court()
    med = await add_mediator(mediation, court, f"med-{court}")
    reg = registered(court, owed=100_000_000)
    flats, deposit = str(uuid.uuid4()), str(uuid.uuid4())
    seal, freeze = str(uuid.uuid4()), str(uuid.uuid4())
    base = dict(case_id=reg.case_id, case_number=reg.case_number)
    await publish(world, reg,
                  ac.AssetDiscovered(**base, asset_id=flats, asset_type="real_estate", description="住房 45 套",
                                     estimated_value_fen=90_000_000, discovery_source="online_query",
                                     source_event_id=None),
                  ac.AssetDiscovered(**base, asset_id=deposit, asset_type="bank_deposit", description="存款",
                                     estimated_value_fen=1_000_000, discovery_source="online_query",
                                     source_event_id=None),
                  ac.MeasureApplied(**base, asset_id=flats, measure_id=seal, kind="seal", flexible=True,
                                    amount_fen=None, start_on=date(2024, 3, 10), expiry_on=date(2027, 3, 10),
                                    queued=False),
                  ac.MeasureApplied(**base, asset_id=deposit, measure_id=freeze, kind="freeze", flexible=False,
                                    amount_fen=1_000_000, start_on=date(2024, 3, 10), expiry_on=date(2025, 3, 10),
                                    queued=False),
                  ac.MeasureReleased(**base, asset_id=deposit, measure_id=freeze, kind="freeze", reason="court_order",
                                     released_on=date(2024, 6, 1)))

    async def picture_ready():
        return await mediation_db.fetchval("select count(*) from case_measures where case_id = $1 and status = "
                                           "'released'", uuid.UUID(reg.case_id)) == 1
    await wait_for(picture_ready, timeout=60, what="the asset picture projection")
    cc = await refer(mediation, court, reg.case_id)
    picture = (await mediation.get(f"/api/v1/cases/{cc['id']}/asset-picture", headers=auth("mediator", org=court))).json()
    assert picture["measures_by_status"] == {"active": 1, "released": 1}
    assert {a["id"] for a in picture["assets"]} == {flats, deposit}

    r = await mediation.post(f"/api/v1/cases/{cc['id']}/settlements", headers=auth("judge", org=court), json={
        "reached_on": "2025-06-01", "total_fen": 30_000_000,
        "installments": [{"due_on": "2025-07-01", "amount_fen": 30_000_000}]})
    assert r.status_code == 409 and r.json()["code"] == "illegal_transition"  # not yet handled by a mediator
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/assignment", headers=auth("president", org=court),
                             json={"mediator_id": med["id"], "reason": "指定", "on": "2025-05-02"})
    assert r.status_code == 200, r.text
    step = {"kind": "session", "channel": "in_person", "parties": ["某银行", "某公司"], "held_on": "2025-05-20",
            "outcome": "agreed", "note": "同意转债化解"}
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", json=step, headers=auth("mediator", org=court, sub="someone"))
    assert r.status_code == 403 and r.json()["code"] == "not_assigned_mediator"
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", json={**step, "outcome": "no_answer"},
                             headers=auth("mediator", org=court, sub=med["user_sub"]))
    assert r.status_code == 422  # a session's outcome is not a contact's
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", json=step,
                             headers=auth("mediator", org=court, sub=med["user_sub"]))
    assert r.status_code == 201, r.text
    [held] = await outbox(mediation_db, reg.case_id, "session.held")
    assert held["data"]["outcome"] == "agreed"

    mediator = auth("mediator", org=court, sub=med["user_sub"])
    good = {"reached_on": "2025-06-01", "total_fen": 30_000_000,
            "installments": [{"due_on": "2025-07-01", "amount_fen": 10_000_000},
                             {"due_on": "2025-08-01", "amount_fen": 20_000_000}],
            "guarantor": {"name": "某担保公司", "kind": "organisation", "guarantee": "连带责任保证"},
            "release_measure_ids": [seal], "remortgage_asset_ids": [flats], "terms": "转债化解"}
    before = await mediation_db.fetchval("select count(*) from settlements")
    for bad, code in [({"total_fen": 29_999_999}, "installments_do_not_add_up"),
                      ({"release_measure_ids": [freeze]}, "unknown_measure"),  # already released
                      ({"remortgage_asset_ids": [str(uuid.uuid4())]}, "unknown_asset"),
                      ({"installments": [{"due_on": "2025-05-01", "amount_fen": 30_000_000}]},
                       "installment_before_settlement")]:
        r = await mediation.post(f"/api/v1/cases/{cc['id']}/settlements", json={**good, **bad}, headers=mediator)
        assert r.status_code == 422 and r.json()["code"] == code, r.text
    assert await mediation_db.fetchval("select count(*) from settlements") == before
    assert await outbox(mediation_db, reg.case_id, "settlement.reached") == []

    r = await mediation.post(f"/api/v1/cases/{cc['id']}/settlements", json=good, headers=mediator)
    assert r.status_code == 201, r.text
    s = r.json()
    # 2 years from the last due date end on Sunday 2027-08-01: the deadline is Monday 2027-08-02 (和解规定 10,
    # 民诉法 85 ¶3; 2027 judged by weekends until its holiday schedule is known — shared.calendar)
    assert s["outstanding_at_settlement_fen"] == 100_000_000 and s["resume_deadline"] == "2027-08-02"
    assert s["resume_deadline_moved_for_holiday_from"] == "2027-08-01"
    [reached] = await outbox(mediation_db, reg.case_id, "settlement.reached")
    assert reached["data"]["release_measure_ids"] == [seal] and reached["data"]["remortgage_asset_ids"] == [flats]
    assert reached["data"]["guarantor"]["name"] == "某担保公司" and reached["caseid"] == reg.case_id

    sid = s["id"]
    r = await mediation.post(f"/api/v1/settlements/{sid}/resumption-proposals", json={"on": "2025-06-20"},
                             headers=auth("judge", org=court))
    assert r.status_code == 422 and r.json()["code"] == "resumption_refused_not_due"  # 和解规定 11
    r = await mediation.post(f"/api/v1/settlements/{sid}/payments", json={"amount_fen": 10_000_000,
                                                                         "received_on": "2025-06-30"},
                             headers=mediator | {"Idempotency-Key": f"pay-{sid}"})
    assert r.status_code == 201, r.text
    assert r.json()["settlement"]["paid_fen"] == 10_000_000
    [paid] = await outbox(mediation_db, reg.case_id, "payment.received")
    assert paid["data"]["amount_fen"] == 10_000_000 and paid["data"]["remaining_fen"] == 20_000_000
    r = await mediation.post(f"/api/v1/settlements/{sid}/payments", json={"amount_fen": 20_000_001}, headers=mediator)
    assert r.status_code == 422 and r.json()["code"] == "overpayment"
    r = await mediation.post(f"/api/v1/settlements/{sid}/resumption-proposals", json={"on": "2025-07-15"},
                             headers=auth("judge", org=court))
    assert r.status_code == 422 and r.json()["code"] == "resumption_refused_on_schedule"  # 和解规定 11

    assert (await mediation.post("/api/v1/ops/sweep", json={"today": "2025-08-02"},
                                 headers=auth("judge", org=court))).status_code == 403
    for _ in range(2):  # flagged once
        r = await mediation.post("/api/v1/ops/sweep", json={"today": "2025-08-02"}, headers=auth("admin"))
        assert r.status_code == 200, r.text
    [overdue] = await outbox(mediation_db, reg.case_id, "installment.overdue")
    assert overdue["data"]["installment_no"] == 2 and overdue["data"]["unpaid_fen"] == 20_000_000
    view = (await mediation.get(f"/api/v1/settlements/{sid}?on=2025-08-02", headers=auth("judge", org=court))).json()
    assert view["performance"] == "in_default" and [i["status"] for i in view["installments"]] == ["paid", "overdue"]

    r = await mediation.post(f"/api/v1/settlements/{sid}/resumption-proposals", json={"on": "2025-08-05"},
                             headers=auth("judge", org=court))
    assert r.status_code == 201, r.text
    assert r.json()["state"] == "defaulted" and r.json()["resume_amount_fen"] == 90_000_000  # 和解规定 17
    [defaulted] = await outbox(mediation_db, reg.case_id, "settlement.defaulted")
    assert defaulted["data"] == {"case_id": reg.case_id, "settlement_id": sid, "defaulted_on": "2025-08-05",
                                 "paid_fen": 10_000_000, "resume_deadline": "2027-08-02",
                                 "resume_amount_fen": 90_000_000, "ground": "default", "anticipatory_breach_on": None,
                                 "performance_period_end": "2025-08-01",
                                 "resume_deadline_moved_for_holiday_from": "2027-08-01"}
    r = await mediation.post(f"/api/v1/settlements/{sid}/payments", json={"amount_fen": 1}, headers=mediator)
    assert r.status_code == 409 and r.json()["code"] == "settlement_not_performing"
    case = (await mediation.get(f"/api/v1/cases/{cc['id']}", headers=auth("judge", org=court))).json()
    assert case["state"] == "defaulted" and case["steps"][0]["outcome"] == "agreed"

    figures = (await mediation.get(f"/api/v1/figures?from=2025-01-01&to=2025-12-31&court={court}",
                                   headers=auth("president", org=court))).json()
    assert figures["pushed"] == 1 and figures["settled"] == 1 and figures["defaulted"] == 1
    assert figures["paid_fen"] == 10_000_000 and figures["fully_executed"] == 0
    r = await mediation.get(f"/api/v1/figures?court={court}", headers=auth("president", org="内0699"))
    assert r.status_code == 403 and r.json()["code"] == "court_not_visible"


async def test_full_performance_closes_the_case_and_settlement_payments_are_not_counted_twice(
        mediation, mediation_db, world):
    court = fresh_court()
    med = await add_mediator(mediation, court, f"med-{court}")
    reg = registered(court, owed=5_000_000)
    await publish(world, reg)
    await wait_for(lambda: projected(mediation_db, reg.case_id), timeout=60, what="the case projection")
    cc = await refer(mediation, court, reg.case_id)
    await mediation.post(f"/api/v1/cases/{cc['id']}/assignment", headers=auth("president", org=court),
                         json={"mediator_id": med["id"], "reason": "指定", "on": "2025-05-02"})
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/settlements", headers=auth("judge", org=court), json={
        "reached_on": "2025-06-01", "total_fen": 4_000_000,
        "installments": [{"due_on": "2025-07-01", "amount_fen": 1_000_000},
                         {"due_on": "2025-08-01", "amount_fen": 3_000_000}]})
    assert r.status_code == 201, r.text
    sid = r.json()["id"]
    r = await mediation.post(f"/api/v1/settlements/{sid}/payments", headers=auth("judge", org=court),
                             json={"amount_fen": 1_000_000, "received_on": "2025-07-01"})
    assert r.status_code == 201, r.text
    base = dict(case_id=reg.case_id, case_number=reg.case_number)
    # asset_core's echo of our own PaymentReceived is not counted again; a debtor payment recorded there is
    await publish(world,
                  ac.RecoveryRecorded(**base, recovery_id=str(uuid.uuid4()), amount_fen=1_000_000,
                                      source="settlement_payment", received_on=date(2025, 7, 1),
                                      recovered_total_fen=1_000_000, outstanding_fen=4_000_000),
                  ac.RecoveryRecorded(**base, recovery_id=str(uuid.uuid4()), amount_fen=3_000_000,
                                      source="debtor_payment", received_on=date(2025, 7, 25),
                                      recovered_total_fen=4_000_000, outstanding_fen=1_000_000))

    async def performed():
        v = (await mediation.get(f"/api/v1/settlements/{sid}", headers=auth("judge", org=court))).json()
        return v if v["state"] == "fully_performed" else None
    view = await wait_for(performed, timeout=60, what="full performance")
    assert view["paid_fen"] == 4_000_000 and [p["source"] for p in view["payments"]] == ["recorded", "recovery"]
    assert len(await outbox(mediation_db, reg.case_id, "payment.received")) == 1  # no echo back to asset_core
    [done] = await outbox(mediation_db, reg.case_id, "case.fully-executed")
    assert done["data"]["paid_fen"] == 4_000_000 and done["data"]["fully_executed_on"] == "2025-07-25"
    case = (await mediation.get(f"/api/v1/cases/{cc['id']}", headers=auth("judge", org=court))).json()
    assert case["state"] == "fully_executed" and case["asset_picture"]["recovered_fen"] == 4_000_000
    r = await mediation.post(f"/api/v1/settlements/{sid}/resumption-proposals", json={"on": "2025-09-01"},
                             headers=auth("judge", org=court))
    assert r.status_code == 409 and r.json()["code"] == "settlement_not_performing"
    figures = (await mediation.get("/api/v1/figures?from=2025-07-01&to=2025-07-31",
                                   headers=auth("judge", org=court))).json()
    assert figures["fully_executed"] == 1 and figures["settled"] == 0 and figures["paid_fen"] == 4_000_000


# ------------------------------------------------------------------ supervision and closing
async def test_supervision_queue_reminders_and_closing(mediation, mediation_db, world):
    court = fresh_court()
    med = await add_mediator(mediation, court, f"med-{court}", team="和解三组")
    reg = registered(court)
    await publish(world, reg)
    await wait_for(lambda: projected(mediation_db, reg.case_id), timeout=60, what="the case projection")
    cc = await refer(mediation, court, reg.case_id, on="2025-01-02")
    await mediation.post(f"/api/v1/cases/{cc['id']}/assignment", headers=auth("president", org=court),
                         json={"mediator_id": med["id"], "reason": "指定", "on": "2025-01-03"})
    assert (await mediation.get("/api/v1/supervision/queue", headers=auth("mediator", org=court))).status_code == 403
    q = (await mediation.get("/api/v1/supervision/queue?on=2025-02-01", headers=auth("president", org=court))).json()
    [late] = q["overdue_steps"]
    assert late["center_case_id"] == cc["id"] and late["days_without_step"] == 29 and late["team"] == "和解三组"
    [mine] = q["per_mediator"]
    assert mine["overdue_steps"] == 1 and mine["open_cases"] == 1
    assert q["per_team"] == [{"team": "和解三组", "open_cases": 1, "overdue_steps": 1, "overdue_installments": 0,
                              "mediators": 1}]

    r = await mediation.post("/api/v1/supervision/actions", headers=auth("president", org=court),
                             json={"kind": "reminder", "note": "请三日内联系当事人"})
    assert r.status_code == 422 and r.json()["code"] == "action_target_required"
    r = await mediation.post("/api/v1/supervision/actions", headers=auth("president", org=court),
                             json={"kind": "reminder", "center_case_id": cc["id"], "note": "请三日内联系当事人"})
    assert r.status_code == 201, r.text
    assert r.json()["mediator_id"] == med["id"] and r.json()["kind_label"] == "催办"
    q = (await mediation.get("/api/v1/supervision/queue?on=2025-02-01", headers=auth("president", org=court))).json()
    assert q["per_mediator"][0]["reminders"] == 1 and q["actions"][0]["note"] == "请三日内联系当事人"
    assert await mediation_db.fetchval("select count(*) from audit_log where action = 'supervision.reminder'") >= 1

    r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", headers=auth("mediator", org=court, sub=med["user_sub"]),
                             json={"kind": "contact", "channel": "phone", "held_on": "2025-02-02", "outcome": "reached"})
    assert r.status_code == 201, r.text
    q = (await mediation.get("/api/v1/supervision/queue?on=2025-02-03", headers=auth("president", org=court))).json()
    assert q["overdue_steps"] == []
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/close", headers=auth("judge", org=court),
                             json={"reason": "申请执行人拒绝和解", "on": "2025-02-10"})
    assert r.status_code == 200 and r.json()["state"] == "closed"
    [closed] = await outbox(mediation_db, reg.case_id, "case.closed")
    assert closed["data"]["reason"] == "申请执行人拒绝和解"
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/close", headers=auth("judge", org=court), json={"reason": "x"})
    assert r.status_code == 409 and r.json()["code"] == "illegal_transition"


# ------------------------------------------------------------------ consumer guarantees and the audit chain
async def test_an_asset_event_that_breaks_the_contract_goes_to_the_dlq_and_the_audit_chain_holds(mediation, world):
    court = fresh_court()
    reg = registered(court)
    [event_id] = await publish(world, ac.AssetDiscovered(
        case_id=reg.case_id, case_number=reg.case_number, asset_id="lot-1", asset_type="real_estate",
        description="住房", estimated_value_fen=None, discovery_source="online_query", source_event_id=None))
    headers = await dead_letter(world, ac.TOPIC, event_id)
    assert b"not a UUID" in headers["dlq_error"] and headers["dlq_attempts"] == b"1"
    r = await mediation.get("/api/v1/audit/verify", headers=auth("auditor"))
    assert r.status_code == 200 and r.json()["valid"] is True and r.json()["checked"] > 0


# ------------------------------------------------------------------ truthful responses
async def test_a_reply_its_replay_and_the_openapi_schema_agree(mediation, mediation_db, world):
    court = fresh_court()
    schemas = (await mediation.get("/openapi.json")).json()["components"]["schemas"]
    key = {"Idempotency-Key": f"mediator-{uuid.uuid4()}"}
    body = {"user_sub": f"med-{court}", "name": "李调解员", "team": "和解一组", "skills": ["livelihood"]}
    first = await mediation.post("/api/v1/mediators", json=body, headers=auth("president", org=court) | key)
    again = await mediation.post("/api/v1/mediators", json=body, headers=auth("president", org=court) | key)
    assert first.status_code == again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert first.json() == again.json()
    assert set(first.json()) == set(schemas["MediatorOut"]["properties"]) and first.json()["load"] == 0

    reg = registered(court)
    await publish(world, reg)
    await wait_for(lambda: projected(mediation_db, reg.case_id), timeout=60, what="the case projection")
    referred = await refer(mediation, court, reg.case_id)
    shown = (await mediation.get(f"/api/v1/cases/{referred['id']}", headers=auth("judge", org=court))).json()
    assert referred == shown and set(shown) == set(schemas["CaseOut"]["properties"])
    figures = (await mediation.get("/api/v1/figures", headers=auth("judge", org=court))).json()
    assert set(figures) == set(schemas["FiguresOut"]["properties"]) and "from" in figures
