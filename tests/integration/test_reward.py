"""reward (法信悬赏) through its HTTP API and the real broker: the case projection from asset_core, the 10-day
decision and its overdue sweep, notices and the public endpoints (masking, receipts, rate limits, body limit),
verification reaching asset_core's ledger and a 执行110 alarm, and a recovery through the tip's asset making the
reward payable exactly once under redelivery."""
import itertools
import uuid

import httpx
import pytest

from shared.contracts import asset_core as core_events
from shared.identity import resident_id_check_char
from tests.support import COURT, OTHER_COURT, auth, case_body, publish, wait_for

HIGHER = "内06"  # 鄂尔多斯市中级人民法院, above 内0621
TIPSTER = "王小明"
_addresses = itertools.count(10)


def rid(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


DEBTOR_ID = rid("15062119800101123")
TIPSTER_ID = rid("15062719900202234")
AGENT_ID = rid("15060219850303345")


def public(reward, address: str | None = None) -> httpx.AsyncClient:
    """A member of the public at their own address (the limits count per address)."""
    address = address or f"198.51.100.{next(_addresses)}"
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=reward.app, client=(address, 40000)),
                             base_url="http://test")


async def registered_case(asset_core, reward_db, **overrides) -> dict:
    body = case_body(respondents=[{"name": "李某", "kind": "person", "id_number": DEBTOR_ID}],
                     applicants=[{"name": "某银行股份有限公司鄂尔多斯分行", "kind": "organisation"}], **overrides)
    r = await asset_core.post("/api/v1/cases", json=body, headers=auth("clerk"))
    assert r.status_code == 201, r.text
    case = r.json()

    async def projected():
        return await reward_db.fetchval("select count(*) from cases where id = $1", uuid.UUID(case["id"]))
    await wait_for(projected, timeout=60, what="the case in reward's projection")
    return case


def application(case_id: str, **overrides) -> dict:
    body = {"case_id": case_id, "applicant_name": "某银行股份有限公司鄂尔多斯分行", "sought": "assets",
            "reward": {"kind": "percentage", "percent_bp": 500, "cap_fen": 5_000_000, "floor_fen": 50_000},
            "promise_to_pay": True, "promise": "线索使债权得以实现的，自愿按公告支付悬赏金",
            "channels": ["national_platform", "court_wechat"], "debtor_name": "李某", "debtor_kind": "person",
            "debtor_id_number": DEBTOR_ID, "agents": [{"name": "赵律师", "id_number": AGENT_ID}]}
    body.update(overrides)
    return body


async def published_notice(client, case_id: str, **overrides) -> dict:
    r = await client.post("/api/v1/applications", json=application(case_id, **overrides), headers=auth("clerk"))
    assert r.status_code == 201, r.text
    a = r.json()
    r = await client.post(f"/api/v1/applications/{a['id']}/decision", json={"decision": "granted"},
                          headers=auth("judge"))
    assert r.status_code == 200, r.text
    r = await client.post(f"/api/v1/applications/{a['id']}/notice", json={"court_contact": "张法官 0477-5123456"},
                          headers=auth("judge"))
    assert r.status_code == 201, r.text
    return r.json()


def tip_body(**overrides) -> dict:
    body = {"clue_kind": "asset", "clue_text": "李某在康巴什区某小区 3 号楼 2 单元 1101 室有一套住房，未登记在其名下的车库",
            "asset_identifier": "蒙(2021)康巴什区不动产权第0012345号", "place": "康巴什区某小区3-2-1101",
            "tipster": {"name": TIPSTER, "phone": "13812345678", "id_number": TIPSTER_ID,
                        "declares_no_exclusion": True}}
    body.update(overrides)
    return body


async def send_tip(reward, number: str, **overrides) -> dict:
    async with public(reward) as p:
        r = await p.post(f"/api/v1/public/notices/{number}/tips", json=tip_body(**overrides))
    assert r.status_code == 201, r.text
    return r.json()


async def test_application_is_checked_against_the_projected_case(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    cid = case["id"]
    post = lambda body, **kw: reward.post("/api/v1/applications", json=body, headers=auth(**kw))  # noqa: E731
    cases = [
        (application(str(uuid.uuid4())), {}, 404, "case_not_found"),
        (application(cid), {"org": OTHER_COURT}, 404, "case_not_found"),  # another court: not disclosed
        (application(cid), {"org": HIGHER}, 403, "not_executing_court"),  # the higher court reads, never applies
        (application(cid, applicant_name="路人甲"), {}, 422, "not_an_applicant"),
        (application(cid, debtor_name="张三"), {}, 422, "debtor_not_respondent"),
        (application(cid, debtor_id_number=TIPSTER_ID), {}, 422, "debtor_id_mismatch"),
        (application(cid, debtor_id_number="150621198001011234"), {}, 422, "invalid_resident_id"),
        (application(cid, reward={"kind": "percentage", "percent_bp": 900}), {}, 422, "percent_out_of_range"),
        (application(cid, reward={"kind": "fixed", "fixed_fen": 1.5}), {}, 422, "validation_error"),
        (application(cid, reward={"kind": "percentage", "percent_bp": 100, "cap_fen": 10, "floor_fen": 20}), {},
         422, "floor_above_cap"),
        (application(cid, promise_to_pay=False), {}, 422, "validation_error"),
        (application(cid, channels=["other_media"]), {}, 422, "other_media_required"),
        (application(cid), {"role": "officer"}, 403, "forbidden_role"),
    ]
    for body, who, status, code in cases:
        r = await post(body, **who)
        assert (r.status_code, r.json()["code"]) == (status, code), (code, r.text)
        assert r.headers["content-type"] == "application/problem+json"
    r = await post(application(cid))
    assert r.status_code == 201, r.text
    a = r.json()
    assert a["debtor_id_masked"] == DEBTOR_ID[:4] + "*" * 10 + DEBTOR_ID[-4:] and DEBTOR_ID not in r.text
    assert AGENT_ID not in r.text and a["agents"] == [{"name": "赵律师"}]
    assert a["state"] == "received" and a["overdue"] is False


async def test_decision_due_moves_off_the_holiday_and_the_sweep_flags_it_once(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    r = await reward.post("/api/v1/applications", json=application(case["id"], received_on="2025-09-25"),
                          headers=auth("clerk"))
    assert r.status_code == 201, r.text
    a = r.json()
    # 21: 10 days from the day after receipt = 2025-10-05, in the National Day holiday → the next working day
    assert a["decision_due"] == "2025-10-09" and a["moved_for_holiday_from"] == "2025-10-05"
    assert a["overdue"] is True
    for today, flagged in (("2025-10-09", 0), ("2025-10-10", 1), ("2025-10-11", 0)):
        r = await reward.post("/api/v1/ops/sweep", json={"today": today}, headers=auth("judge"))
        assert r.status_code == 200, r.text
        mine = await reward_db.fetchval(
            "select count(*) from outbox where event_type = 'cn.court.reward.application.decision-overdue.v1' "
            "and envelope->'data'->>'application_id' = $1", a["id"])
        assert mine == (1 if today >= "2025-10-10" else 0)
    overdue = (await reward.get("/api/v1/applications?overdue=true", headers=auth("judge"))).json()["items"]
    assert a["id"] in [x["id"] for x in overdue]

    r = await reward.post(f"/api/v1/applications/{a['id']}/decision", json={"decision": "refused"},
                          headers=auth("judge"))
    assert r.status_code == 422 and r.json()["code"] == "reasons_required"
    r = await reward.post(f"/api/v1/applications/{a['id']}/decision", headers=auth("judge"),
                          json={"decision": "refused", "reasons": "申请执行人未提供悬赏金担保", "decided_on": "2025-10-13"})
    assert r.status_code == 200 and r.json()["state"] == "refused" and r.json()["decided_late"] is True
    r = await reward.post(f"/api/v1/applications/{a['id']}/notice", json={"court_contact": "张法官"},
                          headers=auth("judge"))
    assert r.status_code == 409 and r.json()["code"] == "application_refused"  # a refused one is never published


async def test_public_notice_is_masked_and_tips_get_receipts_with_status_only(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    notice = await published_notice(reward, case["id"])
    number = notice["number"]
    assert number.endswith("号") and f"{COURT}悬" in number
    async with public(reward) as p:
        listed = (await p.get("/api/v1/public/notices", params={"region": HIGHER, "limit": 200})).json()["items"]
        mine = next(n for n in listed if n["number"] == number)
        assert mine["debtor_id_masked"] == DEBTOR_ID[:4] + "**********" + DEBTOR_ID[-4:]
        assert "case_id" not in mine and DEBTOR_ID not in str(listed)
        assert not [n for n in (await p.get("/api/v1/public/notices", params={"court": OTHER_COURT})).json()["items"]
                    if n["number"] == number]
        r = await p.get(f"/api/v1/public/notices/{number}")
        assert r.status_code == 200 and r.json()["reward_text"].startswith("悬赏金为依线索执行到位金额的 5%")
        assert (await p.get("/api/v1/public/notices/（2026）内0621悬999999号")).status_code == 404

    receipt = await send_tip(reward, number)
    assert len(receipt["receipt"]) >= 32 and receipt["status"] == "received"
    stored = await reward_db.fetchrow("select receipt_hash, tipster_name from tips where notice_id = $1",
                                      uuid.UUID(notice["id"]))
    assert stored["tipster_name"] == TIPSTER and receipt["receipt"] not in stored["receipt_hash"]
    async with public(reward) as p:
        r = await p.get(f"/api/v1/public/tips/{receipt['receipt']}")
        assert r.status_code == 200 and r.json()["status"] == "received"
        assert TIPSTER not in r.text and "clue" not in r.text and "rank" not in r.text
        assert (await p.get(f"/api/v1/public/tips/{'x' * 32}")).status_code == 404
    events = await reward_db.fetch("select envelope from outbox where event_type = 'cn.court.reward.tip.received.v1'")
    assert events and all(TIPSTER not in e["envelope"] and "13812345678" not in e["envelope"] for e in events)

    register = f"/api/v1/notices/{notice['id']}/tips"
    before = await reward_db.fetchval("select count(*) from audit_log where action = 'tip.identity_read'")
    r = await reward.get(register, headers=auth("judge"))
    assert r.status_code == 200 and r.json()["items"][0]["tipster_name"] == TIPSTER
    assert await reward_db.fetchval("select count(*) from audit_log where action = 'tip.identity_read'") == before + 1
    r = await reward.get(register, headers=auth("judge", org=HIGHER))  # the higher court reads it masked
    assert r.status_code == 200 and TIPSTER not in r.text and "13812345678" not in r.text
    assert r.json()["items"][0]["tipster_name"] == "王**" and r.json()["items"][0]["clue_text"] is None
    r = await reward.get(register, headers=auth("clerk"))  # a clerk of the court: masked too
    assert TIPSTER not in r.text
    assert (await reward.get(register, headers=auth("judge", org=OTHER_COURT))).status_code == 404
    tip_id = r.json()["items"][0]["id"]
    assert (await reward.get(f"/api/v1/tips/{tip_id}", headers=auth("officer", org=OTHER_COURT))).status_code == 404


async def test_verified_tip_reaches_the_ledger_and_dispatch_and_recovery_pays_once(
        asset_core, dispatch, reward, reward_db, dispatch_db, world):
    case = await registered_case(asset_core, reward_db)
    cid = case["id"]
    notice = await published_notice(reward, cid)
    first = await send_tip(reward, notice["number"])
    second = await send_tip(reward, notice["number"], asset_identifier="蒙（2021）康巴什区不动产权第 0012345 号",
                            tipster={"name": "刘某", "phone": "13912345678", "declares_no_exclusion": True})
    tips = (await reward.get(f"/api/v1/notices/{notice['id']}/tips", headers=auth("officer"))).json()["items"]
    by_name = {t["tipster_name"]: t for t in tips}
    assert by_name[TIPSTER]["rank"] == 1 and by_name["刘某"]["rank"] == 2  # 23: same clue, by time of receipt
    assert by_name[TIPSTER]["group_key"] == by_name["刘某"]["group_key"]
    tip = by_name[TIPSTER]

    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification-start", headers=auth("officer"))
    assert r.status_code == 200 and r.json()["status"] == "under_verification"
    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification", headers=auth("officer", org=HIGHER), json={
        "outcome": "useful", "finding": "asset_found", "asset_type": "real_estate", "description": "x"})
    assert r.status_code == 403 and r.json()["code"] == "not_executing_court"
    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification", headers=auth("officer"), json={
        "outcome": "useful", "finding": "asset_found", "asset_type": "real_estate",
        "description": "康巴什区某小区 3-2-1101 住房一套", "estimated_value_fen": 120_000_000, "location": "康巴什区"})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "verified"
    event_id = await reward_db.fetchval("select verified_event_id from tips where id = $1", uuid.UUID(tip["id"]))
    envelope = await reward_db.fetchval("select envelope from outbox where event_id = $1", uuid.UUID(event_id))
    assert '"first_success": true' in envelope and f'"court_code": "{COURT}"' in envelope and TIPSTER not in envelope

    async def in_ledger():
        s = (await asset_core.get(f"/api/v1/cases/{cid}/asset-state", headers=auth("judge"))).json()
        return next((a for a in s["assets"] if a["source_event_id"] == event_id), None)
    asset = await wait_for(in_ledger, timeout=60, what="the tip's asset in asset_core's ledger")
    assert asset["discovery_source"] == "tip" and asset["asset_type"] == "real_estate"

    async def alarm():
        return await dispatch_db.fetchval("select count(*) from alarms where source_ref = $1", f"tip:{tip['id']}")
    assert await wait_for(alarm, timeout=60, what="the 执行110 alarm") == 1

    async def asset_projected():
        return await reward_db.fetchval("select count(*) from case_assets where source_event_id = $1", event_id)
    await wait_for(asset_projected, timeout=60, what="the asset in reward's projection")

    # money recovered through that asset (asset_core names the asset on its recovery event)
    r = await asset_core.post(f"/api/v1/cases/{cid}/recoveries", headers=auth("judge"), json={
        "amount_fen": 80_000_000, "source": "third_party", "asset_id": asset["id"]})
    assert r.status_code == 201, r.text

    async def payable():
        items = (await reward.get("/api/v1/rewards", params={"state": "payable"}, headers=auth("judge"))).json()
        return next((x for x in items["items"] if x["notice_id"] == notice["id"]), None)
    rw = await wait_for(payable, timeout=60, what="the reward payable")
    # 5 % of 800,000 yuan = 40,000 yuan, under the 50,000 yuan cap
    assert rw["amount_fen"] == 4_000_000 and rw["tip_id"] == tip["id"] and rw["payment_mode"] == "deducted"

    # redelivery: the same recovery event twice, and the same recovery under a new event id — no second effect
    recovery = await reward_db.fetchval("select recovery_id from attributions where tip_id = $1", uuid.UUID(tip["id"]))
    replay = core_events.RecoveryRecorded(
        case_id=cid, case_number=case["case_number"], recovery_id=str(recovery), amount_fen=80_000_000,
        source="third_party", received_on=rw["payable_on"], recovered_total_fen=80_000_000,
        outstanding_fen=0, asset_id=asset["id"])
    marker = await publish(world, replay, cid, twice=True)
    again = core_events.RecoveryRecorded(**{**replay.model_dump(), "recovery_id": str(uuid.uuid4())})
    last = await publish(world, again, cid)  # another recovery through the same clue: attributed, no 2nd reward

    async def consumed():
        return await reward_db.fetchval("select count(*) from inbox where event_id = any($1::text[])", [marker, last])
    await wait_for(lambda: _eq(consumed, 2), timeout=60, what="the replays consumed")
    assert await reward_db.fetchval("select count(*) from rewards where notice_id = $1", uuid.UUID(notice["id"])) == 1
    assert await reward_db.fetchval(
        "select count(*) from outbox where event_type = 'cn.court.reward.reward.payable.v1' "
        "and envelope->'data'->>'notice_id' = $1", notice["id"]) == 1
    assert await reward_db.fetchval("select count(*) from attributions where notice_id = $1",
                                    uuid.UUID(notice["id"])) == 2

    async with public(reward) as p:
        assert (await p.get(f"/api/v1/public/tips/{first['receipt']}")).json()["status"] == "reward_payable"
        assert (await p.get(f"/api/v1/public/tips/{second['receipt']}")).json()["status"] == "received"
    r = await reward.post(f"/api/v1/rewards/{rw['id']}/payment", json={"payment_ref": "财 2026-001"},
                          headers=auth("officer"))
    assert r.status_code == 403
    r = await reward.post(f"/api/v1/rewards/{rw['id']}/payment", json={"payment_ref": "财 2026-001"},
                          headers=auth("clerk"))
    assert r.status_code == 200 and r.json()["state"] == "paid"
    r = await reward.post(f"/api/v1/rewards/{rw['id']}/payment", json={"payment_ref": "财 2026-001"},
                          headers=auth("clerk"))
    assert r.status_code == 409
    async with public(reward) as p:
        assert (await p.get(f"/api/v1/public/tips/{first['receipt']}")).json()["status"] == "paid"
    figures = (await reward.get("/api/v1/figures", params={"court": HIGHER}, headers=auth("judge", org=HIGHER))).json()
    assert figures["notices_published"] >= 1 and figures["successes"] >= 1 and figures["recovered_fen"] >= 160_000_000
    assert (await reward.get("/api/v1/figures", params={"court": COURT},
                             headers=auth("judge", org=OTHER_COURT))).status_code == 403


async def _eq(fn, n):
    return (await fn()) == n


async def test_a_clue_the_court_already_held_earns_nothing(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    cid = case["id"]
    r = await asset_core.post(f"/api/v1/cases/{cid}/assets", headers=auth("judge"), json={
        "asset_type": "vehicle", "description": "小型轿车 蒙K·66666", "discovery_source": "online_query"})
    assert r.status_code == 201, r.text

    async def held():
        return await reward_db.fetchval("select count(*) from case_assets where case_id = $1", uuid.UUID(cid))
    await wait_for(held, timeout=60, what="the ledger's asset in reward's projection")
    notice = await published_notice(reward, cid)
    await send_tip(reward, notice["number"], asset_identifier="蒙K66666", place=None, clue_text="李某开一辆蒙K66666")
    tip = (await reward.get(f"/api/v1/notices/{notice['id']}/tips", headers=auth("officer"))).json()["items"][0]
    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification", headers=auth("officer"), json={
        "outcome": "useful", "finding": "asset_found", "asset_type": "vehicle", "description": "蒙K66666 轿车"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["outcome"] == "already_known" and body["status"] == "not_useful"  # 24: 尚未掌握 only
    assert body["known_asset_id"] is not None
    assert await reward_db.fetchval("select verified_event_id from tips where id = $1", uuid.UUID(tip["id"])) is None


async def test_the_case_ending_withdraws_the_notice(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    notice = await published_notice(reward, case["id"])
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/transitions", headers=auth("judge"),
                              json={"to_state": "terminated", "reason": "申请执行人撤回申请", "on": "2024-04-01"})
    assert r.status_code == 200, r.text

    async def withdrawn():
        n = (await reward.get(f"/api/v1/notices/{notice['id']}", headers=auth("judge"))).json()
        return n if n["state"] == "withdrawn" else None
    n = await wait_for(withdrawn, timeout=60, what="the notice withdrawn")
    assert n["withdrawn_on"] >= notice["published_on"]
    async with public(reward) as p:
        assert (await p.get(f"/api/v1/public/notices/{notice['number']}")).status_code == 404
        r = await p.post(f"/api/v1/public/notices/{notice['number']}/tips", json=tip_body())
        assert r.status_code == 404
    r = await reward.post("/api/v1/applications", json=application(case["id"]), headers=auth("clerk"))
    assert r.status_code == 409 and r.json()["code"] == "case_ended"


async def test_public_endpoints_limit_bursts_with_429_and_refuse_large_bodies(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    notice = await published_notice(reward, case["id"])
    async with public(reward, "203.0.113.77") as p:
        statuses = [(await p.get("/api/v1/public/notices", params={"limit": 1})) for _ in range(130)]
    codes = {r.status_code for r in statuses}
    assert codes == {200, 429}, codes
    limited = next(r for r in statuses if r.status_code == 429)
    assert limited.headers["content-type"] == "application/problem+json" and limited.json()["code"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) >= 1

    async with public(reward, "203.0.113.78") as p:  # tips: a few per minute per address
        sent = [(await p.post(f"/api/v1/public/notices/{notice['number']}/tips", json=tip_body())).status_code
                for _ in range(8)]
    assert sent[:5] == [201] * 5 and set(sent[5:]) == {429}

    receipt = "r" * 40  # per receipt, whatever the address
    got = []
    for _ in range(12):
        async with public(reward) as p:
            got.append((await p.get(f"/api/v1/public/tips/{receipt}")).status_code)
    assert got[:10] == [404] * 10 and set(got[10:]) == {429}

    async with public(reward) as p:
        r = await p.post(f"/api/v1/public/notices/{notice['number']}/tips", content=b'{"clue_text": "' + b"x" * 20_000
                         + b'"}', headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
        r = await p.post(f"/api/v1/public/notices/{notice['number']}/tips", json=tip_body(clue_text=" "))
        assert r.status_code == 422


@pytest.mark.parametrize("tipster,reason", [
    ({"name": "李某", "phone": "13800000001", "declares_no_exclusion": True}, "debtor"),
    ({"name": "某人", "id_number": AGENT_ID, "declares_no_exclusion": True}, "applicant_agent"),
    ({"name": "某人", "phone": "13800000002"}, "duty_to_report"),
    ({"declares_no_exclusion": True}, "anonymous"),
])
async def test_24_excluded_tipsters_get_no_reward(asset_core, reward, reward_db, tipster, reason):
    case = await registered_case(asset_core, reward_db)
    cid = case["id"]
    notice = await published_notice(reward, cid, reward={"kind": "fixed", "fixed_fen": 200_000})
    await send_tip(reward, notice["number"], tipster=tipster, asset_identifier=f"证券账户 {uuid.uuid4().hex[:8]}")
    tip = (await reward.get(f"/api/v1/notices/{notice['id']}/tips", headers=auth("officer"))).json()["items"][0]
    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification", headers=auth("officer"), json={
        "outcome": "useful", "finding": "asset_found", "asset_type": "securities", "description": "证券账户一个"})
    assert r.status_code == 200, r.text
    event_id = await reward_db.fetchval("select verified_event_id from tips where id = $1", uuid.UUID(tip["id"]))

    async def asset_id():
        return await reward_db.fetchval("select asset_id from case_assets where source_event_id = $1", event_id)
    aid = await wait_for(asset_id, timeout=60, what="the tip's asset")
    r = await asset_core.post(f"/api/v1/cases/{cid}/recoveries", headers=auth("judge"), json={
        "amount_fen": 1_000_000, "source": "deduction", "asset_id": str(aid)})
    assert r.status_code == 201, r.text

    async def decided():
        return await reward_db.fetchrow("select state, excluded_reason, amount_fen from rewards where notice_id = $1",
                                        uuid.UUID(notice["id"]))
    row = await wait_for(decided, timeout=60, what="the reward decision")
    assert (row["state"], row["excluded_reason"], row["amount_fen"]) == ("excluded", reason, 0)


async def test_24_a_whereabouts_tip_is_paid_when_the_judge_attributes_a_recovery_to_it(asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    cid = case["id"]
    notice = await published_notice(reward, cid, sought="whereabouts", reward={"kind": "fixed", "fixed_fen": 200_000})
    await send_tip(reward, notice["number"], clue_kind="whereabouts", asset_identifier=None,
                   place="达拉特旗树林召镇某宾馆", clue_text="李某这几天住在树林召镇某宾馆 302")
    tip = (await reward.get(f"/api/v1/notices/{notice['id']}/tips", headers=auth("officer"))).json()["items"][0]
    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification", headers=auth("officer"), json={
        "outcome": "useful", "finding": "person_located", "description": "在某宾馆找到被执行人李某",
        "location": "达拉特旗树林召镇某宾馆"})
    assert r.status_code == 200, r.text
    r = await asset_core.post(f"/api/v1/cases/{cid}/recoveries", headers=auth("judge"),
                              json={"amount_fen": 5_000_000, "source": "debtor_payment"})
    assert r.status_code == 201, r.text
    recovery_id = r.json()["id"]

    async def projected():
        return await reward_db.fetchval("select count(*) from case_recoveries where recovery_id = $1",
                                        uuid.UUID(recovery_id))
    await wait_for(projected, timeout=60, what="the recovery in reward's projection")
    path = f"/api/v1/tips/{tip['id']}/realisation"
    assert (await reward.post(path, json={"recovery_id": recovery_id}, headers=auth("officer"))).status_code == 403
    r = await reward.post(path, json={"recovery_id": str(uuid.uuid4())}, headers=auth("judge"))
    assert r.status_code == 404 and r.json()["code"] == "recovery_not_found"
    r = await reward.post(path, json={"recovery_id": recovery_id}, headers=auth("judge"))
    assert r.status_code == 200 and r.json()["status"] == "reward_payable", r.text
    r = await reward.post(path, json={"recovery_id": recovery_id}, headers=auth("judge"))
    assert r.status_code == 409 and r.json()["code"] == "recovery_attributed"
    row = await reward_db.fetchrow("select amount_fen, state from rewards where notice_id = $1",
                                   uuid.UUID(notice["id"]))
    assert (row["amount_fen"], row["state"]) == (200_000, "payable")
