"""执行款发放 (issue 16) on real PostgreSQL and Kafka: recovered money paid out to an applicant of the case, never
more than received (by the payout's day) less what was paid out; the payout ledger with its 30-day deadline
(执行款物管理规定 13); the payout queue, 绿色通道 first then by how long the money has waited; the PayoutRecorded
event through the outbox with the state, the payee masked; the audit chain; the overview's 执行到位 unchanged."""
import uuid

import pytest

from shared.identity import resident_id_check_char
from tests.support import RUN_ID, auth, case_body, wait_for

COURT, CITY = "内0902", "内09"  # 乌兰察布: this file's courts only
QUEUE_COURT = "内0911"
PROBLEM = "application/problem+json"
PAYEE_ID = (lambda b: b + resident_id_check_char(b))(f"15090219750505{int(RUN_ID[:4], 16) % 1000:03d}")
PAYEE_PHONE = "13700001111"


async def register(client, court: str, category: str = "none", **kw) -> dict:
    body = case_body(court=court, livelihood_category=category, **kw)
    r = await client.post("/api/v1/cases", json=body, headers=auth("clerk", org=court))
    assert r.status_code == 201, r.text
    return r.json()


async def recover(client, court: str, cid: str, amount: int, on: str, source: str = "debtor_payment") -> None:
    r = await client.post(f"/api/v1/cases/{cid}/recoveries", json={"amount_fen": amount, "source": source,
                                                                  "received_on": on},
                          headers=auth("judge", org=court))
    assert r.status_code == 201, r.text


async def pay(client, court: str, cid: str, amount: int, payee: str, on: str, role: str = "clerk", **kw):
    body = {"amount_fen": amount, "payee_party_id": payee, "paid_on": on, "method": "bank_transfer", **kw}
    return await client.post(f"/api/v1/cases/{cid}/payouts", json=body, headers={**auth(role, org=court),
                                                                                 **kw.pop("headers", {})})


async def ledger(client, court: str, cid: str, role: str = "clerk") -> dict:
    r = await client.get(f"/api/v1/cases/{cid}/payouts", headers=auth(role, org=court))
    assert r.status_code == 200, r.text
    return r.json()


async def counts(db) -> tuple[int, int, int]:
    return (await db.fetchval("select count(*) from payouts"), await db.fetchval("select count(*) from outbox"),
            await db.fetchval("select count(*) from audit_log"))


@pytest.fixture(scope="module")
async def case(asset_core):
    c = await register(asset_core, COURT, "migrant_wages", applicants=[
        {"name": "王某某", "kind": "person", "id_number": PAYEE_ID, "phone": PAYEE_PHONE},
        {"name": "乌兰察布某某建筑劳务有限公司", "kind": "organisation"}],
        respondents=[{"name": "内蒙古某某建设有限公司", "kind": "organisation"}])
    await recover(asset_core, COURT, c["id"], 1_000_000, "2024-03-04")
    await recover(asset_core, COURT, c["id"], 5_000_000, "2024-03-05", source="in_kind")  # 以物抵债: no money
    return c


async def overview_recovered(client) -> int:
    r = await client.get("/api/v1/overview?from=2024-01-01&to=2024-12-31", headers=auth("judge", org=COURT))
    assert r.status_code == 200, r.text
    return r.json()["core"]["figures"]["recovered_fen"]["value"]


async def test_the_ledger_shows_money_received_its_deadline_and_the_payees_masked(asset_core, case):
    led = await ledger(asset_core, COURT, case["id"])
    assert (led["received_fen"], led["paid_out_fen"], led["awaiting_payout_fen"]) == (1_000_000, 0, 1_000_000)
    assert led["waiting_since"] == "2024-03-04"
    # 执行款物管理规定 13: 30 days from receipt — Wednesday 2024-04-03, long past today
    assert led["payout_deadline"] == {"deadline": "2024-04-03", "moved_for_holiday_from": None, "status": "overdue"}
    assert [p["name"] for p in led["payees"]] == ["王某某", "乌兰察布某某建筑劳务有限公司"]
    assert PAYEE_ID not in str(led) and led["payees"][0]["id_number"] == PAYEE_ID[:6] + "********" + PAYEE_ID[-4:]
    judge = await ledger(asset_core, COURT, case["id"], role="judge")
    assert judge["payees"][0]["id_number"] == PAYEE_ID  # a judge sees it in full, as on the case


async def test_a_payout_is_recorded_with_its_event_and_audit_and_the_overview_is_unchanged(asset_core, asset_db,
                                                                                          case):
    cid = case["id"]
    payee = (await ledger(asset_core, COURT, cid))["payees"][0]["party_id"]
    recovered_before = await overview_recovered(asset_core)
    r = await pay(asset_core, COURT, cid, 600_000, payee, "2024-03-20", reference="回单 2024032000017")
    assert r.status_code == 201, r.text
    out = r.json()
    assert (out["amount_fen"], out["paid_on"], out["method"], out["method_label"]) == (600_000, "2024-03-20",
                                                                                       "bank_transfer", "转账")
    assert out["payee"]["name"] == "王某某" and out["payee"]["id_number"] != PAYEE_ID and PAYEE_ID not in r.text
    # the event went through the outbox with the payout, the payee masked, and reached Kafka
    row = await asset_db.fetchrow("select event_type, key, envelope::text as envelope from outbox "
                                  "where event_type = 'cn.court.asset-core.payout.recorded.v1' and key = $1", cid)
    assert row is not None and out["id"] in row["envelope"]
    assert PAYEE_ID not in row["envelope"] and PAYEE_PHONE not in row["envelope"]
    import json
    data = json.loads(row["envelope"])["data"]
    assert data["payee_id_number_masked"] == PAYEE_ID[:6] + "********" + PAYEE_ID[-4:]
    assert (data["received_fen"], data["paid_out_fen"], data["awaiting_payout_fen"]) == (1_000_000, 600_000, 400_000)
    assert data["livelihood_category"] == "migrant_wages" and data["payee_party_key"]

    async def published():
        return await asset_db.fetchval("select published_at is not null from outbox where event_type = "
                                       "'cn.court.asset-core.payout.recorded.v1' and key = $1", cid)
    await wait_for(published, what="the PayoutRecorded event published to Kafka")
    audit = await asset_db.fetchrow("select action, data::text as data from audit_log where entity_id = $1", out["id"])
    assert audit["action"] == "payout.recorded" and "600000" in audit["data"]
    # the overview's 执行到位 counts recoveries, not payouts
    assert await overview_recovered(asset_core) == recovered_before
    led = await ledger(asset_core, COURT, cid)
    assert (led["paid_out_fen"], led["awaiting_payout_fen"]) == (600_000, 400_000)
    assert [i["id"] for i in led["items"]] == [out["id"]]
    timeline = (await asset_core.get(f"/api/v1/cases/{cid}/timeline", headers=auth("judge", org=COURT))).json()
    assert any(i["summary"].startswith("执行款发放 600000 分") for i in timeline["items"])


async def test_never_more_than_received_and_not_yet_paid_out(asset_core, asset_db, case):
    cid = case["id"]
    led = await ledger(asset_core, COURT, cid)
    payee, available = led["payees"][1]["party_id"], led["awaiting_payout_fen"]
    before = await counts(asset_db)
    r = await pay(asset_core, COURT, cid, available + 1, payee, "2024-03-25")
    assert r.status_code == 409 and r.json()["code"] == "payout_exceeds_received", r.text
    assert r.json()["available_fen"] == available and r.headers["content-type"].startswith(PROBLEM)
    assert await counts(asset_db) == before
    # the rest, exactly, is fine; then nothing is left
    assert (await pay(asset_core, COURT, cid, available, payee, "2024-03-25")).status_code == 201
    r = await pay(asset_core, COURT, cid, 1, payee, "2024-03-26")
    assert r.status_code == 409 and r.json()["available_fen"] == 0
    assert (await ledger(asset_core, COURT, cid))["payout_deadline"] is None


async def test_money_is_not_paid_out_before_it_arrived(asset_core, asset_db):
    c = await register(asset_core, COURT)
    await recover(asset_core, COURT, c["id"], 300_000, "2024-04-10")
    payee = (await ledger(asset_core, COURT, c["id"]))["payees"][0]["party_id"]
    before = await counts(asset_db)
    r = await pay(asset_core, COURT, c["id"], 100_000, payee, "2024-04-09")
    assert r.status_code == 409 and r.json()["available_fen"] == 0
    assert await counts(asset_db) == before
    assert (await pay(asset_core, COURT, c["id"], 100_000, payee, "2024-04-10")).status_code == 201


async def test_the_payee_must_be_an_applicant_of_the_case(asset_core, asset_db, case):
    c = await register(asset_core, COURT, respondents=[{"name": "某某", "kind": "person"}])
    await recover(asset_core, COURT, c["id"], 100_000, "2024-04-01")
    respondent = await asset_db.fetchval("select id::text from parties where case_id = $1 and role = 'respondent'",
                                         uuid.UUID(c["id"]))
    others = (await ledger(asset_core, COURT, case["id"]))["payees"][0]["party_id"]  # another case's applicant
    before = await counts(asset_db)
    for party in (respondent, others, str(uuid.uuid4())):
        r = await pay(asset_core, COURT, c["id"], 1_000, party, "2024-04-02")
        assert r.status_code == 422 and r.json()["code"] == "payee_not_applicant", r.text
    assert await counts(asset_db) == before


@pytest.mark.parametrize("change, code", [
    ({"amount_fen": 0}, "validation_error"),
    ({"amount_fen": -5}, "validation_error"),
    ({"amount_fen": 10.5}, "validation_error"),
    ({"method": "bitcoin"}, "validation_error"),
    ({"paid_on": "2099-01-01"}, "paid_in_future"),
    ({"paid_on": "9999-12-31"}, "validation_error"),
    ({"payee_party_id": "not-a-uuid"}, "validation_error"),
    ({"extra": 1}, "validation_error"),
    ({"reference": "x" * 101}, "validation_error"),
])
async def test_bad_payout_bodies_are_refused_and_change_nothing(asset_core, asset_db, case, change, code):
    payee = (await ledger(asset_core, COURT, case["id"]))["payees"][0]["party_id"]
    body = {"amount_fen": 1, "payee_party_id": payee, "paid_on": "2024-03-20", "method": "cash", **change}
    before = await counts(asset_db)
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/payouts", json=body, headers=auth("clerk", org=COURT))
    assert r.status_code == 422 and r.json()["code"] == code, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    assert await counts(asset_db) == before


async def test_only_the_executing_courts_writers_pay_out(asset_core, asset_db, case):
    payee = (await ledger(asset_core, COURT, case["id"]))["payees"][0]["party_id"]
    before = await counts(asset_db)
    r = await pay(asset_core, "内0602", case["id"], 1, payee, "2024-03-20", role="judge")
    assert r.status_code == 404  # another court does not learn the case exists
    r = await pay(asset_core, CITY, case["id"], 1, payee, "2024-03-20", role="judge")
    assert r.status_code == 403 and r.json()["code"] == "not_executing_court"
    r = await pay(asset_core, COURT, case["id"], 1, payee, "2024-03-20", role="officer")
    assert r.status_code == 403
    assert (await asset_core.get(f"/api/v1/cases/{case['id']}/payouts",
                                 headers=auth("judge", org="内0602"))).status_code == 404
    assert await counts(asset_db) == before


async def test_a_retried_payout_is_recorded_once(asset_core, asset_db):
    c = await register(asset_core, COURT)
    await recover(asset_core, COURT, c["id"], 500_000, "2024-05-06")
    payee = (await ledger(asset_core, COURT, c["id"]))["payees"][0]["party_id"]
    key = {"Idempotency-Key": f"payout-{uuid.uuid4()}"}
    body = {"amount_fen": 200_000, "payee_party_id": payee, "paid_on": "2024-05-07", "method": "cheque"}
    first = await asset_core.post(f"/api/v1/cases/{c['id']}/payouts", json=body,
                                  headers={**auth("clerk", org=COURT), **key})
    again = await asset_core.post(f"/api/v1/cases/{c['id']}/payouts", json=body,
                                  headers={**auth("clerk", org=COURT), **key})
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    assert await asset_db.fetchval("select count(*) from payouts where case_id = $1", uuid.UUID(c["id"])) == 1


async def test_the_queue_puts_green_channel_first_then_the_money_that_waited_longest(asset_core):
    court = QUEUE_COURT
    g = await register(asset_core, court)  # ordinary, money since 03-01 (two receipts)
    await recover(asset_core, court, g["id"], 100_000, "2024-03-01")
    await recover(asset_core, court, g["id"], 100_000, "2024-03-20")
    h = await register(asset_core, court, "support_payments")  # 绿色通道, money since 04-01
    await recover(asset_core, court, h["id"], 70_000, "2024-04-01")
    i = await register(asset_core, court)  # ordinary, money since 02-01
    await recover(asset_core, court, i["id"], 50_000, "2024-02-01")
    j = await register(asset_core, court)  # everything paid out: not waiting
    await recover(asset_core, court, j["id"], 40_000, "2024-02-02")
    k = await register(asset_core, court)  # 以物抵债 only: nothing to pay out
    await recover(asset_core, court, k["id"], 40_000, "2024-02-03", source="in_kind")
    pj = (await ledger(asset_core, court, j["id"]))["payees"][0]["party_id"]
    assert (await pay(asset_core, court, j["id"], 40_000, pj, "2024-02-10")).status_code == 201

    async def queue(org: str, query: str = "") -> dict:
        r = await asset_core.get(f"/api/v1/payouts/queue?on=2024-04-15&{query}", headers=auth("judge", org=org))
        assert r.status_code == 200, r.text
        return r.json()
    q = await queue(court)
    assert q["as_of"] == "2024-04-15"
    assert [e["case_id"] for e in q["items"]] == [h["id"], i["id"], g["id"]]
    first, second, third = q["items"]
    assert (first["priority"], first["livelihood_category"], first["waiting_since"]) == (0, "support_payments",
                                                                                         "2024-04-01")
    # 30 days from 04-01 end on 05-01, 劳动节: moved to Monday 2024-05-06 (民诉法 85 ¶3)
    assert (first["deadline"], first["moved_for_holiday_from"], first["status"]) == ("2024-05-06", "2024-05-01",
                                                                                      "pending")
    # from 02-01: Saturday 03-02 → Monday 03-04, overdue on 04-15
    assert (second["deadline"], second["moved_for_holiday_from"], second["status"]) == ("2024-03-04", "2024-03-02",
                                                                                        "overdue")
    assert (second["waiting_days"], second["awaiting_payout_fen"]) == (74, 50_000)
    assert (third["received_fen"], third["paid_out_fen"], third["waiting_since"]) == (200_000, 0, "2024-03-01")
    # the oldest money is paid out first: after 100 000 fen the case waits since its second receipt
    pg = (await ledger(asset_core, court, g["id"]))["payees"][0]["party_id"]
    assert (await pay(asset_core, court, g["id"], 100_000, pg, "2024-04-12")).status_code == 201
    q = await queue(court)
    assert [e["case_id"] for e in q["items"]] == [h["id"], i["id"], g["id"]]
    assert q["items"][2]["waiting_since"] == "2024-03-20" and q["items"][2]["awaiting_payout_fen"] == 100_000
    assert q["items"][2]["deadline"] == "2024-04-19"  # 30 days from 03-20: Friday 04-19
    # paged by a cursor in the same order; the city court above sees them too, another court none
    seen, cursor = [], None
    while True:
        page = await queue("内09", f"court={court}&limit=1" + (f"&cursor={cursor}" if cursor else ""))
        seen += [e["case_id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [h["id"], i["id"], g["id"]]
    assert (await queue("内0602"))["items"] == []
    assert (await queue("内0602", f"court={court}"))["items"] == []
    r = await asset_core.get("/api/v1/payouts/queue?court=内09检", headers=auth("judge", org=court))
    assert r.status_code == 422 and r.json()["code"] == "invalid_court"
    r = await asset_core.get("/api/v1/payouts/queue?cursor=zzz", headers=auth("judge", org=court))
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"


async def test_a_suspended_case_in_the_queue_shows_the_ground_for_deferral(asset_core):
    court = "内0912"
    c = await register(asset_core, court)
    await recover(asset_core, court, c["id"], 80_000, "2024-03-01")
    h = auth("judge", org=court)
    assert (await asset_core.post(f"/api/v1/cases/{c['id']}/transitions", json={
        "to_state": "executing", "reason": "开始执行"}, headers=h)).status_code == 200
    r = await asset_core.post(f"/api/v1/cases/{c['id']}/transitions", json={
        "to_state": "suspended", "reason": "案外人异议", "suspension_ground": "third_party_objection"}, headers=h)
    assert r.status_code == 200, r.text
    q = (await asset_core.get("/api/v1/payouts/queue?on=2024-03-10", headers=h)).json()
    assert [e["case_id"] for e in q["items"]] == [c["id"]]
    e = q["items"][0]
    assert e["state"] == "suspended" and e["deferrable_ground"] == "case_suspended"
    assert e["deferrable_ground_label"] == "案件被依法中止或者暂缓执行"


async def test_two_payouts_at_once_cannot_spend_the_same_money(asset_core, asset_db):
    import asyncio
    c = await register(asset_core, COURT)
    await recover(asset_core, COURT, c["id"], 100_000, "2024-06-03")
    payee = (await ledger(asset_core, COURT, c["id"]))["payees"][0]["party_id"]
    results = await asyncio.gather(*[pay(asset_core, COURT, c["id"], 60_000, payee, "2024-06-04") for _ in range(4)])
    assert sorted(r.status_code for r in results) == [201, 409, 409, 409], [r.text for r in results]
    assert await asset_db.fetchval("select sum(amount_fen) from payouts where case_id = $1",
                                   uuid.UUID(c["id"])) == 60_000
