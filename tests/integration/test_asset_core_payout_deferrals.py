"""延缓发放 and overdue payouts (issue 16 follow-up) on real PostgreSQL and Kafka — 执行款物管理规定 (法发〔2017〕6号)
第十三条: a judge or president of the executing court defers a case's payout on a ground of ¶2 (PayoutDeferred; no
deadline runs while it stands), later records that the ground ceased (PayoutDeferralEnded; due 10 days after, never
sooner than the 30 days); the ledger and the queue show it; the sweep publishes PayoutOverdue once per case and
receipt batch when the money was not paid out by its deadline and no deferral stands."""
import json
import uuid

import pytest

from tests.support import auth, case_body, wait_for

COURT, CITY = "内0921", "内09"  # 卓资县: this file's courts only
SWEEP_COURT = "内0922"
PROBLEM = "application/problem+json"
OVERDUE = "cn.court.asset-core.payout.overdue.v1"
ADMIN = auth("admin")


async def register(client, court: str = COURT, category: str = "none") -> dict:
    r = await client.post("/api/v1/cases", json=case_body(court=court, livelihood_category=category),
                          headers=auth("clerk", org=court))
    assert r.status_code == 201, r.text
    return r.json()


async def recover(client, cid: str, amount: int, on: str, court: str = COURT) -> None:
    r = await client.post(f"/api/v1/cases/{cid}/recoveries", json={"amount_fen": amount, "source": "debtor_payment",
                                                                  "received_on": on},
                          headers=auth("judge", org=court))
    assert r.status_code == 201, r.text


async def defer(client, cid: str, court: str = COURT, role: str = "judge", **body):
    return await client.post(f"/api/v1/cases/{cid}/payout-deferrals",
                             json={"ground": "distribution", "decided_on": "2024-03-20", **body},
                             headers=auth(role, org=court))


async def end(client, cid: str, did: str, on: str | None, court: str = COURT, role: str = "judge"):
    return await client.post(f"/api/v1/cases/{cid}/payout-deferrals/{did}/end",
                             json={} if on is None else {"ended_on": on}, headers=auth(role, org=court))


async def ledger(client, cid: str, court: str = COURT) -> dict:
    r = await client.get(f"/api/v1/cases/{cid}/payouts", headers=auth("clerk", org=court))
    assert r.status_code == 200, r.text
    return r.json()


async def queue_item(client, cid: str, on: str, court: str = COURT) -> dict:
    r = await client.get(f"/api/v1/payouts/queue?on={on}&limit=200", headers=auth("judge", org=court))
    assert r.status_code == 200, r.text
    return next(i for i in r.json()["items"] if i["case_id"] == cid)


async def counts(db) -> tuple[int, int, int]:
    return (await db.fetchval("select count(*) from payout_deferrals"),
            await db.fetchval("select count(*) from outbox"), await db.fetchval("select count(*) from audit_log"))


async def sweep(client, on: str) -> dict:
    r = await client.post("/api/v1/ops/sweep", json={"today": on}, headers=ADMIN)
    assert r.status_code == 200, r.text
    return r.json()


async def overdue_events(db, cid: str) -> list[dict]:
    rows = await db.fetch("select envelope::text as e from outbox where event_type = $1 and key = $2 order by seq",
                          OVERDUE, cid)
    return [json.loads(r["e"])["data"] for r in rows]


async def test_a_deferral_stops_the_deadline_and_its_end_sets_it_ten_days_after(asset_core, asset_db):
    c = await register(asset_core)
    cid = c["id"]
    await recover(asset_core, cid, 500_000, "2024-03-04")
    assert (await ledger(asset_core, cid))["payout_deadline"]["deadline"] == "2024-04-03"
    r = await defer(asset_core, cid, note="多个债权人申请参与分配")
    assert r.status_code == 201, r.text
    d = r.json()
    assert (d["ground"], d["ground_label"], d["decided_on"], d["standing"], d["ended_on"]) == (
        "distribution", "需要进行案款分配", "2024-03-20", True, None)
    row = await asset_db.fetchrow("select envelope::text as e from outbox where event_type = "
                                  "'cn.court.asset-core.payout.deferred.v1' and key = $1", cid)
    assert row is not None and json.loads(row["e"])["data"]["deferral_id"] == d["id"]

    async def published():
        return await asset_db.fetchval("select published_at is not null from outbox where event_type = "
                                       "'cn.court.asset-core.payout.deferred.v1' and key = $1", cid)
    await wait_for(published, what="the PayoutDeferred event published to Kafka")
    assert await asset_db.fetchval("select action from audit_log where entity_id = $1", d["id"]) == "payout.deferred"
    led = await ledger(asset_core, cid)
    assert led["deferred"] is True and led["payout_deadline"] is None
    assert [x["id"] for x in led["deferrals"]] == [d["id"]]
    item = await queue_item(asset_core, cid, "2024-04-10")
    assert (item["deferred"], item["status"], item["deadline"]) == (True, "deferred", "2024-04-03")
    # 第十三条 ¶3: the ground ceased Monday 2024-05-06 → due Thursday 2024-05-16
    r = await end(asset_core, cid, d["id"], "2024-05-06")
    assert r.status_code == 200, r.text
    assert (r.json()["ended_on"], r.json()["standing"]) == ("2024-05-06", False)
    ended = await asset_db.fetchrow("select envelope::text as e from outbox where event_type = "
                                    "'cn.court.asset-core.payout.deferral-ended.v1' and key = $1", cid)
    assert json.loads(ended["e"])["data"]["deadline"] == "2024-05-16"
    led = await ledger(asset_core, cid)
    assert led["deferred"] is False and led["deferral_ended_on"] == "2024-05-06"
    assert led["payout_deadline"]["deadline"] == "2024-05-16"
    item = await queue_item(asset_core, cid, "2024-05-16")
    assert (item["deferred"], item["deadline"], item["status"], item["deferral_ended_on"]) == (
        False, "2024-05-16", "due", "2024-05-06")
    assert (await queue_item(asset_core, cid, "2024-05-17"))["status"] == "overdue"
    # ended once only
    before = await counts(asset_db)
    r = await end(asset_core, cid, d["id"], "2024-05-07")
    assert r.status_code == 409 and r.json()["code"] == "deferral_already_ended", r.text
    assert r.headers["content-type"].startswith(PROBLEM) and await counts(asset_db) == before


async def test_ending_a_deferral_is_checked_and_bad_ends_change_nothing(asset_core, asset_db):
    c = await register(asset_core)
    cid = c["id"]
    d = (await defer(asset_core, cid, ground="not_collected")).json()
    other = await register(asset_core)
    before = await counts(asset_db)
    for did, on, status, code in [(d["id"], "2024-03-19", 422, "ended_before_decided"),
                                  (d["id"], "2099-01-01", 422, "ended_in_future"),
                                  (d["id"], "9999-12-31", 422, "validation_error"),
                                  (str(uuid.uuid4()), "2024-04-01", 404, "deferral_not_found")]:
        r = await end(asset_core, cid, did, on)
        assert (r.status_code, r.json()["code"]) == (status, code), r.text
        assert r.headers["content-type"].startswith(PROBLEM)
    r = await end(asset_core, other["id"], d["id"], "2024-04-01")  # another case's deferral
    assert (r.status_code, r.json()["code"]) == (404, "deferral_not_found")
    r = await end(asset_core, cid, d["id"], "2024-04-01", role="clerk")
    assert r.status_code == 403
    assert await counts(asset_db) == before
    assert (await ledger(asset_core, cid))["deferrals"][0]["standing"] is True


@pytest.mark.parametrize("change, code", [
    ({"ground": "weather"}, "validation_error"),
    ({"ground": None}, "validation_error"),
    ({"decided_on": "9999-12-31"}, "validation_error"),
    ({"decided_on": "2099-01-01"}, "decided_in_future"),
    ({"decided_on": "2024-02-01"}, "decided_before_filing"),
    ({"note": "x" * 2001}, "validation_error"),
    ({"extra": 1}, "validation_error"),
])
async def test_bad_deferral_bodies_are_refused_and_change_nothing(asset_core, asset_db, change, code):
    c = await register(asset_core)
    before = await counts(asset_db)
    r = await defer(asset_core, c["id"], **change)
    assert r.status_code == 422 and r.json()["code"] == code, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    assert await counts(asset_db) == before


async def test_only_a_judge_or_president_of_the_executing_court_defers(asset_core, asset_db):
    c = await register(asset_core)
    before = await counts(asset_db)
    assert (await defer(asset_core, c["id"], role="clerk")).status_code == 403
    assert (await defer(asset_core, c["id"], role="officer")).status_code == 403
    assert (await defer(asset_core, c["id"], court="内0602")).status_code == 404  # another court: no such case
    r = await defer(asset_core, c["id"], court=CITY)
    assert r.status_code == 403 and r.json()["code"] == "not_executing_court"
    assert await counts(asset_db) == before
    assert (await defer(asset_core, c["id"], role="president")).status_code == 201


async def test_the_sweep_publishes_payout_overdue_once_after_the_last_day(asset_core, asset_db):
    c = await register(asset_core, SWEEP_COURT, "migrant_wages")
    cid = c["id"]
    await recover(asset_core, cid, 300_000, "2024-03-04", court=SWEEP_COURT)  # 第十三条: last day Wed 2024-04-03
    await sweep(asset_core, "2024-04-03")
    assert await overdue_events(asset_db, cid) == []  # the last day itself is in time
    out = await sweep(asset_core, "2024-04-04")
    assert out["payouts"] >= 1
    [e] = await overdue_events(asset_db, cid)
    assert (e["waiting_since"], e["deadline"], e["awaiting_payout_fen"], e["livelihood_category"]) == (
        "2024-03-04", "2024-04-03", 300_000, "migrant_wages")
    assert e["deferral_ended_on"] is None and e["court_code"] == SWEEP_COURT
    await sweep(asset_core, "2024-04-05")
    await sweep(asset_core, "2024-04-04")
    assert len(await overdue_events(asset_db, cid)) == 1  # once

    async def published():
        return await asset_db.fetchval("select bool_and(published_at is not null) from outbox where event_type = $1 "
                                       "and key = $2", OVERDUE, cid)
    await wait_for(published, what="the PayoutOverdue event published to Kafka")
    # the batch is paid out; new money arriving later is a new batch, overdue on its own deadline
    payee = (await ledger(asset_core, cid, SWEEP_COURT))["payees"][0]["party_id"]
    r = await asset_core.post(f"/api/v1/cases/{cid}/payouts", json={
        "amount_fen": 300_000, "payee_party_id": payee, "paid_on": "2024-04-08", "method": "cash"},
        headers=auth("clerk", org=SWEEP_COURT))
    assert r.status_code == 201, r.text
    await recover(asset_core, cid, 20_000, "2024-04-01", court=SWEEP_COURT)  # day 30 = 05-01 劳动节 → Mon 05-06
    await sweep(asset_core, "2024-05-06")
    assert len(await overdue_events(asset_db, cid)) == 1  # a holiday moved the deadline
    await sweep(asset_core, "2024-05-07")
    events = await overdue_events(asset_db, cid)
    assert [(e["waiting_since"], e["deadline"]) for e in events] == [("2024-03-04", "2024-04-03"),
                                                                    ("2024-04-01", "2024-05-06")]


async def test_no_overdue_while_a_deferral_stands_then_ten_days_after_it_ended(asset_core, asset_db):
    c = await register(asset_core, SWEEP_COURT)
    cid = c["id"]
    await recover(asset_core, cid, 90_000, "2024-03-04", court=SWEEP_COURT)
    d = (await defer(asset_core, cid, court=SWEEP_COURT, ground="applicant_funds_frozen")).json()
    await sweep(asset_core, "2024-04-10")
    assert await overdue_events(asset_db, cid) == []  # a deferral stands
    assert (await end(asset_core, cid, d["id"], "2024-05-06", court=SWEEP_COURT)).status_code == 200
    await sweep(asset_core, "2024-05-16")  # day 10 after the ground ceased: still in time
    assert await overdue_events(asset_db, cid) == []
    await sweep(asset_core, "2024-05-17")
    [e] = await overdue_events(asset_db, cid)
    assert (e["deadline"], e["deferral_ended_on"]) == ("2024-05-16", "2024-05-06")


async def test_the_sweep_reads_overdue_payout_candidates_by_index(asset_core, asset_db):
    from sqlalchemy.dialects import postgresql

    from services.asset_core.sweep import payouts_to_look_at
    from datetime import date
    sql = str(payouts_to_look_at(date(2024, 5, 17)).compile(dialect=postgresql.dialect(),
                                                           compile_kwargs={"literal_binds": True}))
    await asset_db.execute("set enable_seqscan = off")  # the small test tables would be scanned anyway
    plan = "\n".join(r[0] for r in await asset_db.fetch("explain " + sql))
    assert "ix_recoveries_received_on_case_id" in plan and "ix_payout_deferrals_standing" in plan, plan


@pytest.mark.parametrize("sql", ["update payout_deferrals set ground = 'other'",
                                 "update payout_deferrals set decided_on = '2024-01-01'",
                                 "delete from payout_deferrals"])
async def test_a_deferral_decision_is_appended_only_its_end_is_written_later(world, sql):
    import asyncpg
    conn = await asyncpg.connect(world.settings("asset_core").asyncpg_dsn())  # the service's own role
    try:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            async with conn.transaction():
                await conn.execute(sql)
        async with conn.transaction():  # the end (ended_on, ended_by) is the one update granted
            await conn.execute("update payout_deferrals set ended_by = ended_by where false")
    finally:
        await conn.close()
