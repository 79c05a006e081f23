"""dispatch (执行110) on real PostgreSQL and Kafka: alarms and triage, roster, dispatch with status times and
their percentiles, the mobile endpoints (retry-safe), on-site outcomes reaching asset_core, detention and
fine decisions with their rules, figures, and authorisation (courts and officers see only their own)."""
import json
import uuid
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from shared.calendar import act_deadline
from shared.identity import uscc_check_char
from tests.support import COURT, OTHER_COURT, auth, case_body, wait_for

PROBLEM = "application/problem+json"


def today() -> date:
    """Dates on the wire are court days (Asia/Shanghai), whatever the machine's zone."""
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


def iso(dt: datetime) -> str:
    return dt.isoformat()


async def counts(db) -> tuple[int, ...]:
    """Rows a request could write. Alarms that the consumers create from tips and police finds (events of
    other tests, possibly delayed by the broker-outage test) are left out: they arrive at any time."""
    by_consumer = {"alarms": "source in ('tip', 'police')",
                   "outbox": "envelope->'data'->>'source' in ('tip', 'police')",
                   "audit_log": "actor like 'event:%'"}
    return tuple([await db.fetchval(f"select count(*) from {t} where not ({by_consumer.get(t, 'false')})") for t in
                  ("alarms", "dispatches", "assignments", "outcomes", "penalties", "outbox", "audit_log")])


async def officer(dispatch, court=COURT, duty="on_duty", team="执行一组") -> str:
    oid = f"officer-{uuid.uuid4().hex[:8]}"
    r = await dispatch.post("/api/v1/officers", headers=auth("clerk", org=court),
                            json={"id": oid, "name": f"干警{oid[-4:]}", "team": team, "duty_status": duty,
                                  "phone": "13900001111"})
    assert r.status_code == 201, r.text
    return oid


async def projected_case(asset_core, dispatch, court=COURT, **kw) -> dict:
    case = (await asset_core.post("/api/v1/cases", json=case_body(court=court, **kw), headers=auth(org=court))).json()

    async def seen():
        r = await dispatch.get(f"/api/v1/cases/{case['id']}", headers=auth("clerk", org=court))
        return r.status_code == 200
    await wait_for(seen, timeout=30, what="the case in dispatch's projection")
    return case


async def alarm(dispatch, court=COURT, **kw) -> dict:
    body = {"source": "hotline", "urgency": "normal", "location": {"address": "达拉特旗树林召镇", "latitude": 40.4,
                                                                   "longitude": 110.0},
            "description": "被执行人出现在某小区", "reporter": {"name": "李某", "phone": "13812345678"}, **kw}
    r = await dispatch.post("/api/v1/alarms", json=body, headers={**auth("clerk", org=court), **key()})
    assert r.status_code == 201, r.text
    return r.json()


async def dispatched(dispatch, alarm_id, officers, court=COURT, vehicle="蒙K·A1234") -> dict:
    r = await dispatch.post(f"/api/v1/alarms/{alarm_id}/dispatches", headers={**auth("clerk", org=court), **key()},
                            json={"officer_ids": officers, "vehicle": vehicle})
    assert r.status_code == 201, r.text
    return r.json()


async def me(dispatch, oid, court=COURT, method="get", path="/assignments", **kw):
    fn = getattr(dispatch, method)
    headers = {**auth("officer", org=court, sub=oid), **kw.pop("headers", {})}
    return await fn(f"/api/v1/me{path}", headers=headers, **kw)


# ------------------------------------------------------------------ alarms
async def test_alarm_is_stored_masked_emitted_and_audited_once(dispatch, dispatch_db):
    body = {"source": "applicant", "urgency": "flight", "description": "被执行人正在收拾行李准备离开",
            "location": {"address": "达拉特旗某宾馆 302", "latitude": 40.41, "longitude": 110.03},
            "reporter": {"name": "张某", "phone": "13812345678"}}
    headers = {**auth("clerk"), "Idempotency-Key": f"alarm-{uuid.uuid4()}"}
    r = await dispatch.post("/api/v1/alarms", json=body, headers=headers)
    assert r.status_code == 201, r.text
    a = r.json()
    assert r.headers["location"] == f"/api/v1/alarms/{a['id']}"
    assert a["court_code"] == COURT and a["status"] == "received" and a["status_label"] == "已接警"
    assert a["reporter"] == {"name": "张某", "phone": "138****5678"}  # a clerk sees it masked
    assert a["priority"] == 10 and a["urgency_label"] == "即将离开/在逃" and a["source_label"] == "申请执行人"
    assert datetime.fromisoformat(a["received_at"]).utcoffset() is not None
    again = await dispatch.post("/api/v1/alarms", json=body, headers=headers)  # the retry of a lost response
    assert again.status_code == 201 and again.json()["id"] == a["id"]
    assert again.headers["idempotent-replayed"] == "true"
    other = await dispatch.post("/api/v1/alarms", json={**body, "urgency": "normal"}, headers=headers)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    judge = (await dispatch.get(f"/api/v1/alarms/{a['id']}", headers=auth("judge"))).json()
    assert judge["reporter"]["phone"] == "13812345678" and judge["dispatches"] == []
    rows = await dispatch_db.fetch("select event_type, key, envelope from outbox where envelope->'data'->>'alarm_id' = $1",
                                   a["id"])
    assert [r["event_type"] for r in rows] == ["cn.court.dispatch.alarm.received.v1"]
    assert "13812345678" not in str(rows[0]["envelope"]) and rows[0]["key"] == f"alarms/{a['id']}"
    assert await dispatch_db.fetchval("select count(*) from audit_log where entity_id = $1", a["id"]) == 1
    assert await dispatch_db.fetchval("select count(*) from alarms where id = $1", uuid.UUID(a["id"])) == 1


@pytest.mark.parametrize("mutate, status, code", [
    (lambda b: {**b, "source": "rumour"}, 422, "validation_error"),
    (lambda b: {**b, "reporter": {"phone": "12345"}}, 422, "validation_error"),
    (lambda b: {**b, "location": {"address": "某地", "latitude": 40.1}}, 422, "validation_error"),
    (lambda b: {**b, "location": {"address": "某地", "latitude": 91, "longitude": 1}}, 422, "validation_error"),
    (lambda b: {**b, "description": ""}, 422, "validation_error"),
    (lambda b: {**b, "extra": 1}, 422, "validation_error"),
    (lambda b: {**b, "received_at": "2024-05-01T10:00:00"}, 422, "validation_error"),  # no offset
    (lambda b: {**b, "received_at": (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()}, 422,
     "received_in_future"),
    (lambda b: {**b, "case_id": str(uuid.uuid4())}, 422, "unknown_case"),
])
async def test_bad_alarms_are_refused_and_change_nothing(dispatch, dispatch_db, mutate, status, code):
    body = {"source": "hotline", "location": {"address": "某地"}, "description": "线索"}
    before = await counts(dispatch_db)
    r = await dispatch.post("/api/v1/alarms", json=mutate(body), headers={**auth("clerk"), **key()})
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM) and r.json()["code"] == code
    assert await counts(dispatch_db) == before


async def test_roles_are_checked(dispatch, dispatch_db):
    before = await counts(dispatch_db)
    body = {"source": "hotline", "location": {"address": "某地"}, "description": "线索"}
    r = await dispatch.post("/api/v1/alarms", json=body, headers=auth("officer"))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
    r = await dispatch.post("/api/v1/alarms", json=body)
    assert r.status_code == 401 and r.headers["content-type"].startswith(PROBLEM)
    assert (await dispatch.get("/api/v1/alarms", headers=auth("officer"))).status_code == 403
    assert await counts(dispatch_db) == before


async def test_triage_queue_green_channel_first_then_urgency_then_time(asset_core, dispatch):
    court = "内0625"
    wages = await projected_case(asset_core, dispatch, court=court, livelihood_category="migrant_wages")
    t = datetime.now(timezone.utc) - timedelta(hours=1)
    ordinary_old = await alarm(dispatch, court, received_at=iso(t))
    ordinary_new = await alarm(dispatch, court, received_at=iso(t + timedelta(minutes=5)))
    flight = await alarm(dispatch, court, urgency="flight", received_at=iso(t + timedelta(minutes=10)))
    green = await alarm(dispatch, court, case_id=wages["id"], received_at=iso(t + timedelta(minutes=20)))
    assert green["priority"] == 2 and green["case_number"] == wages["case_number"]
    queue = (await dispatch.get("/api/v1/alarms/queue", headers=auth("judge", org=court))).json()
    assert [a["id"] for a in queue] == [green["id"], flight["id"], ordinary_old["id"], ordinary_new["id"]]
    o = await officer(dispatch, court)
    await dispatched(dispatch, green["id"], [o], court)
    queue = (await dispatch.get("/api/v1/alarms/queue", headers=auth("judge", org=court))).json()
    assert green["id"] not in [a["id"] for a in queue]  # dispatched: out of the waiting queue


async def test_a_court_cannot_see_another_courts_alarms(dispatch, dispatch_db):
    a = await alarm(dispatch)
    r = await dispatch.get(f"/api/v1/alarms/{a['id']}", headers=auth("judge", org=OTHER_COURT))
    assert r.status_code == 404 and r.json()["code"] == "alarm_not_found"
    listed = (await dispatch.get("/api/v1/alarms?limit=200", headers=auth("judge", org=OTHER_COURT))).json()
    assert a["id"] not in [x["id"] for x in listed["items"]]
    o = await officer(dispatch, OTHER_COURT)
    before = await counts(dispatch_db)
    r = await dispatch.post(f"/api/v1/alarms/{a['id']}/dispatches", headers=auth("clerk", org=OTHER_COURT),
                            json={"officer_ids": [o]})
    assert r.status_code == 404 and await counts(dispatch_db) == before


async def test_alarm_list_pages_and_filters(dispatch):
    court = "内0624"
    ids = [(await alarm(dispatch, court))["id"] for _ in range(3)]
    seen, cursor = [], None
    while True:
        page = (await dispatch.get("/api/v1/alarms?limit=2" + (f"&cursor={cursor}" if cursor else ""),
                                   headers=auth("clerk", org=court))).json()
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == ids
    day = today()
    r = await dispatch.get(f"/api/v1/alarms?from={day + timedelta(days=2)}", headers=auth("clerk", org=court))
    assert r.json()["items"] == []
    r = await dispatch.get(f"/api/v1/alarms?from={day}&to={day - timedelta(days=1)}", headers=auth("clerk", org=court))
    assert r.status_code == 400 and r.json()["code"] == "invalid_date_range"


# ------------------------------------------------------------------ roster and dispatch
async def test_roster_and_duty(dispatch):
    court = "内0623"
    a = await officer(dispatch, court, team="执行二组")
    b = await officer(dispatch, court, duty="off_duty", team="执行二组")
    roster = (await dispatch.get("/api/v1/officers?team=执行二组", headers=auth("clerk", org=court))).json()
    assert {o["id"]: o["duty_label"] for o in roster} == {a: "值班", b: "不在岗"}
    r = await dispatch.post(f"/api/v1/officers/{b}/duty", json={"duty_status": "on_duty"},
                            headers=auth("officer", org=court, sub=b))
    assert r.status_code == 200 and r.json()["duty_status"] == "on_duty" and r.json()["version"] == 2
    r = await dispatch.post(f"/api/v1/officers/{a}/duty", json={"duty_status": "off_duty"},
                            headers=auth("officer", org=court, sub=b))
    assert r.status_code == 404  # an officer sets only their own
    r = await dispatch.post("/api/v1/officers", json={"id": a, "name": "x", "team": "y"}, headers=auth("clerk", org=court))
    assert r.status_code == 409 and r.json()["code"] == "officer_exists"
    on = (await dispatch.get("/api/v1/officers?duty_status=on_duty", headers=auth("clerk", org=court))).json()
    assert {a, b} <= {o["id"] for o in on}
    elsewhere = (await dispatch.get("/api/v1/officers", headers=auth("clerk", org=OTHER_COURT))).json()
    assert not {a, b} & {o["id"] for o in elsewhere}  # another court's roster does not list them


async def test_dispatch_status_times_and_officer_privacy(dispatch, dispatch_db):
    court = "内0626"
    a, b = await officer(dispatch, court), await officer(dispatch, court)
    off = await officer(dispatch, court, duty="off_duty")
    stranger = await officer(dispatch, court)
    received = datetime.now(timezone.utc) - timedelta(minutes=30)
    al = await alarm(dispatch, court, received_at=iso(received))
    before = await counts(dispatch_db)
    r = await dispatch.post(f"/api/v1/alarms/{al['id']}/dispatches", headers=auth("clerk", org=court),
                            json={"officer_ids": [a, off]})
    assert r.status_code == 422 and r.json()["code"] == "officer_not_on_duty" and off in r.json()["title"]
    r = await dispatch.post(f"/api/v1/alarms/{al['id']}/dispatches", headers=auth("clerk", org=court),
                            json={"officer_ids": [a, "ghost"]})
    assert r.status_code == 422 and r.json()["code"] == "unknown_officer"
    assert await counts(dispatch_db) == before
    d = await dispatched(dispatch, al["id"], [b, a], court)
    assert d["status"] == "dispatched" and d["officer_count"] == 2 and d["vehicle"] == "蒙K·A1234"
    assert d["alarm"]["reporter"]["phone"] == "138****5678"
    env = await dispatch_db.fetchrow("select envelope from outbox where event_type = $1 and "
                                     "envelope->'data'->>'dispatch_id' = $2",
                                     "cn.court.dispatch.dispatch.assigned.v1", d["id"])
    envelope = json.loads(env["envelope"])
    assert envelope["data"]["officer_count"] == 2 and envelope["orgcode"] == court

    mine = (await me(dispatch, a, court)).json()["items"]
    assert [x["id"] for x in mine] == [d["id"]]
    assert (await me(dispatch, stranger, court)).json()["items"] == []
    # an officer cannot read another's assignment, nor act on it
    assert (await dispatch.get(f"/api/v1/dispatches/{d['id']}", headers=auth("officer", org=court, sub=stranger))
            ).status_code == 404
    assert (await dispatch.get(f"/api/v1/alarms/{al['id']}", headers=auth("officer", org=court, sub=stranger))
            ).status_code == 404
    r = await me(dispatch, stranger, court, "post", f"/assignments/{d['id']}/accept", json={})
    assert r.status_code == 404 and r.json()["code"] == "dispatch_not_found"
    assert (await dispatch.get(f"/api/v1/alarms/{al['id']}", headers=auth("officer", org=court, sub=a))
            ).status_code == 200

    r = await me(dispatch, a, court, "post", f"/assignments/{d['id']}/accept", json={}, headers=key())
    assert r.status_code == 200 and next(o for o in r.json()["officers"] if o["officer_id"] == a)["accepted_at"]
    t_route = datetime.now(timezone.utc)
    k = key()
    r = await me(dispatch, a, court, "post", f"/assignments/{d['id']}/status",
                 json={"status": "en_route", "at": iso(t_route)}, headers=k)
    assert r.status_code == 200 and r.json()["status"] == "en_route"
    replay = await me(dispatch, a, court, "post", f"/assignments/{d['id']}/status",
                      json={"status": "en_route", "at": iso(t_route)}, headers=k)  # lost signal, retried
    assert replay.json() == r.json() and replay.headers["idempotent-replayed"] == "true"
    r = await me(dispatch, a, court, "post", f"/assignments/{d['id']}/status",
                 json={"status": "arrived", "at": iso(t_route - timedelta(minutes=1))}, headers=key())
    assert r.status_code == 422 and r.json()["code"] == "status_time_before_previous"
    r = await dispatch.post(f"/api/v1/dispatches/{d['id']}/status", headers={**auth("clerk", org=court), "If-Match": '"1"'},
                            json={"status": "arrived"})
    assert r.status_code == 412 and r.json()["code"] == "version_mismatch"
    r = await me(dispatch, b, court, "post", f"/assignments/{d['id']}/status", json={"status": "arrived"}, headers=key())
    assert r.status_code == 200 and r.json()["status"] == "arrived"
    r = await me(dispatch, b, court, "post", f"/assignments/{d['id']}/status", json={"status": "en_route"}, headers=key())
    assert r.status_code == 409 and r.json()["code"] == "invalid_dispatch_transition"
    r = await me(dispatch, b, court, "post", f"/assignments/{d['id']}/status", json={"status": "cancelled"})
    assert r.status_code == 422  # cancelling needs a reason
    detail = (await dispatch.get(f"/api/v1/alarms/{al['id']}", headers=auth("judge", org=court))).json()
    assert detail["status"] == "dispatched"
    assert 1700 < detail["time_to_dispatch_s"] < 1900 and detail["time_to_arrival_s"] >= detail["time_to_dispatch_s"]
    ts = detail["dispatches"][0]["timestamps"]
    assert ts["dispatched"] and ts["en_route"] and ts["arrived"] and ts["completed"] is None
    r = await dispatch.post(f"/api/v1/dispatches/{d['id']}/status", headers={**auth("clerk", org=court), **key()},
                            json={"status": "completed"})
    assert r.status_code == 200
    assert (await dispatch.get(f"/api/v1/alarms/{al['id']}", headers=auth("judge", org=court))).json()["status"] == "closed"
    types = [r["event_type"] for r in await dispatch_db.fetch(
        "select event_type from outbox where envelope->'data'->>'alarm_id' = $1 order by seq", al["id"])]
    assert types == ["cn.court.dispatch.alarm.received.v1", "cn.court.dispatch.dispatch.assigned.v1"] + \
        ["cn.court.dispatch.dispatch.status-changed.v1"] * 3
    assert (await me(dispatch, a, court)).json()["items"] == []  # no active assignment left
    assert [x["id"] for x in (await me(dispatch, a, court, params={"active": "false"})).json()["items"]] == [d["id"]]


async def test_cancelled_dispatch_puts_the_alarm_back_in_the_queue(dispatch):
    court = "内0627"
    o = await officer(dispatch, court)
    al = await alarm(dispatch, court)
    d = await dispatched(dispatch, al["id"], [o], court)
    r = await dispatch.post(f"/api/v1/dispatches/{d['id']}/status", headers={**auth("clerk", org=court), **key()},
                            json={"status": "cancelled", "reason": "警车故障，改派"})
    assert r.status_code == 200 and r.json()["cancel_reason"] == "警车故障，改派"
    queue = (await dispatch.get("/api/v1/alarms/queue", headers=auth("clerk", org=court))).json()
    assert al["id"] in [a["id"] for a in queue]


async def test_location_pings_are_buffered_and_scoped(dispatch, dispatch_db):
    court = "内0628"
    o, other = await officer(dispatch, court), await officer(dispatch, court)
    al = await alarm(dispatch, court)
    d = await dispatched(dispatch, al["id"], [o], court)
    now = datetime.now(timezone.utc)
    pings = [{"latitude": 40.4 + i / 1000, "longitude": 110.0, "accuracy_m": 8, "dispatch_id": d["id"],
              "recorded_at": iso(now - timedelta(seconds=60 - i))} for i in range(5)]
    k = key()
    r = await me(dispatch, o, court, "post", "/locations", json={"pings": pings}, headers=k)
    assert r.status_code == 202 and r.json()["accepted"] == 5
    r = await me(dispatch, o, court, "post", "/locations", json={"pings": pings}, headers=k)  # retried batch
    assert r.headers["idempotent-replayed"] == "true"
    assert await dispatch_db.fetchval("select count(*) from location_pings where officer_id = $1", o) == 5
    latest = (await dispatch.get(f"/api/v1/dispatches/{d['id']}/locations", headers=auth("clerk", org=court))).json()
    assert latest["items"][0]["officer_id"] == o and latest["items"][0]["latitude"] == pytest.approx(40.404)
    r = await me(dispatch, other, court, "post", "/locations", json={"pings": pings[:1]})
    assert r.status_code == 422 and r.json()["code"] == "not_your_dispatch"
    r = await me(dispatch, "not-on-roster", court, "post", "/locations",
                 json={"pings": [{"latitude": 1, "longitude": 1, "recorded_at": iso(now)}]})
    assert r.status_code == 403 and r.json()["code"] == "not_on_roster"


async def test_on_site_outcome_reaches_asset_core_once(asset_core, dispatch, dispatch_db):
    case = await projected_case(asset_core, dispatch)
    cid = case["id"]
    a, b = await officer(dispatch), await officer(dispatch)
    al = await alarm(dispatch, case_id=cid, urgency="flight")
    d = await dispatched(dispatch, al["id"], [a, b])
    body = {"debtor_located": True, "located_at": "达拉特旗某宾馆", "respondent_name": "内蒙古某房地产开发有限公司法定代表人王某",
            "assets": [{"asset_type": "vehicle", "description": "丰田越野车 蒙K·88888", "estimated_value_fen": 30_000_000,
                        "seized": True}],
            "measures": ["seize", "summon"],
            "attachments": [{"file_name": "扣押现场.jpg", "content_type": "image/jpeg", "size_bytes": 204800,
                             "sha256": "a" * 64, "storage_url": "https://files.example.cn/x.jpg"}]}
    r = await me(dispatch, a, "内0621", "post", f"/assignments/{d['id']}/outcome", json=body, headers=key())
    assert r.status_code == 409 and r.json()["code"] == "not_on_site"
    await me(dispatch, a, COURT, "post", f"/assignments/{d['id']}/status", json={"status": "arrived"}, headers=key())
    k = key()
    r = await me(dispatch, a, COURT, "post", f"/assignments/{d['id']}/outcome", json=body, headers=k)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["case_id"] == cid and out["attachments"][0]["sha256"] == "a" * 64
    assert (await me(dispatch, a, COURT, "post", f"/assignments/{d['id']}/outcome", json=body, headers=k)).json() == out
    r = await me(dispatch, b, COURT, "post", f"/assignments/{d['id']}/outcome", json=body, headers=key())
    assert r.status_code == 409 and r.json()["code"] == "outcome_already_reported"
    bad = {**body, "debtor_located": True, "located_at": None}
    assert (await me(dispatch, b, COURT, "post", f"/assignments/{d['id']}/outcome", json=bad)).status_code == 422
    types = sorted(r["event_type"] for r in await dispatch_db.fetch(
        "select event_type from outbox where envelope->'data'->>'alarm_id' = $1", al["id"]))
    assert "cn.court.dispatch.asset.found-on-site.v1" in types and "cn.court.dispatch.debtor.located.v1" in types
    assert types.count("cn.court.dispatch.outcome.reported.v1") == 1

    async def recorded():
        s = (await asset_core.get(f"/api/v1/cases/{cid}/asset-state", headers=auth("judge"))).json()
        return s if s["assets"] and any("查找到被执行人" in e["summary"] for e in s["last_events"]) else None
    state = await wait_for(recorded, timeout=60, what="the on-site finds in asset_core")
    assert [(x["asset_type"], x["discovery_source"], x["status"]) for x in state["assets"]] == [
        ("vehicle", "on_site", "controlled")]
    got = (await dispatch.get(f"/api/v1/dispatches/{d['id']}/outcome", headers=auth("judge"))).json()
    assert got["id"] == out["id"]


# ------------------------------------------------------------------ detention and fines
def penalty(kind="detention", name=None, act="obstruct_officers", on=None, **kw) -> dict:
    body = {"kind": kind, "subject": {"kind": "person", "name": name or f"王某{uuid.uuid4().hex[:4]}"},
            "act": {"kind": act, "occurred_on": str(on or today()), "description": "以暴力方法阻碍执行人员执行职务"}}
    body.update({"days": 15} if kind == "detention" else {"amount_fen": 5_000_000})
    body.update(kw)
    return body


@pytest.mark.parametrize("body, code", [
    (penalty(days=16), "detention_too_long"),
    (penalty(days=0), "invalid_detention_days"),
    (penalty(subject={"kind": "organisation", "name": "某公司"}), "detention_of_organisation"),
    (penalty("fine", amount_fen=10_000_001), "fine_above_limit"),
    (penalty("fine", subject={"kind": "organisation", "name": "某公司"}, amount_fen=4_999_999), "fine_below_minimum"),
    (penalty("fine", subject={"kind": "organisation", "name": "某公司"}, amount_fen=100_000_001), "fine_above_limit"),
    (penalty("fine", emergency=True), "emergency_fine"),
    (penalty(on=today() + timedelta(days=1)), "act_in_future"),
    (penalty("fine", amount_fen=12.5), "validation_error"),
    (penalty(amount_fen=100), "validation_error"),
    (penalty(detained_at=datetime.now(timezone.utc).isoformat()), "validation_error"),
])
async def test_decisions_breaking_a_rule_are_refused_with_the_reason(dispatch, dispatch_db, body, code):
    before = await counts(dispatch_db)
    r = await dispatch.post("/api/v1/penalties", json=body, headers={**auth("judge"), **key()})
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith(PROBLEM) and r.json()["code"] == code and r.json()["title"]
    assert await counts(dispatch_db) == before


@pytest.mark.parametrize("subject, code", [
    ({"kind": "person", "name": "王某", "id_number": "110105194912310021"}, "invalid_resident_id"),  # check char
    ({"kind": "person", "name": "王某", "id_number": "11010519491331002X"}, "invalid_resident_id"),  # month 13
    ({"kind": "organisation", "name": "某公司", "id_number": "11010519491231002X"}, "invalid_uscc"),
    ({"kind": "organisation", "name": "某公司", "id_number": "91150621MA0N1234KO"}, "invalid_uscc"),
])
async def test_a_penalty_subjects_id_number_is_validated(dispatch, dispatch_db, subject, code):
    before = await counts(dispatch_db)
    r = await dispatch.post("/api/v1/penalties", json=penalty("fine", subject=subject),
                            headers={**auth("judge"), **key()})
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith(PROBLEM) and r.json()["code"] == code and r.json()["title"]
    assert await counts(dispatch_db) == before


async def test_a_valid_subject_id_number_is_stored_normalised(dispatch):
    uscc = "91150621MA0R8C4D3" + uscc_check_char("91150621MA0R8C4D3")
    r = await dispatch.post("/api/v1/penalties", headers={**auth("judge"), **key()}, json=penalty(
        "fine", subject={"kind": "organisation", "name": f"某公司{uuid.uuid4().hex[:4]}", "id_number": uscc.lower()}))
    assert r.status_code == 201, r.text
    assert r.json()["subject"]["id_number"] == uscc
    r = await dispatch.post("/api/v1/penalties", headers={**auth("judge"), **key()}, json=penalty(
        subject={"kind": "person", "name": "赵某", "id_number": "15062119800101103x"}))
    assert r.status_code == 201 and r.json()["subject"]["id_number"] == "15062119800101103X"


async def test_detention_needs_the_presidents_approval_and_one_penalty_per_act(dispatch, dispatch_db):
    al = await alarm(dispatch)
    body = penalty(alarm_id=al["id"], subject={"kind": "person", "name": "王某", "id_number": "11010519491231002X"})
    r = await dispatch.post("/api/v1/penalties", json=body, headers={**auth("judge"), **key()})
    assert r.status_code == 201, r.text
    p = r.json()
    assert p["status"] == "pending_approval" and p["detained_at"] is None and p["kind_label"] == "司法拘留"
    assert p["subject"]["id_number"] == "11010519491231002X"  # a judge sees it in full
    assert (await dispatch.get(f"/api/v1/penalties/{p['id']}", headers=auth("clerk"))).json()["subject"][
        "id_number"] == "110105********002X"
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/approval", json={"approved": True}, headers=auth("judge"))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"  # 民诉法 119: the president
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/approval", json={"approved": True},
                            headers={**auth("president", sub="院长"), **key()})
    assert r.status_code == 200, r.text
    p = r.json()
    assert p["status"] == "approved" and p["approval"]["by"] == "院长" and p["served_on"] == str(today())
    detained = datetime.fromisoformat(p["detained_at"])
    assert datetime.fromisoformat(p["ends_at"]) - detained == timedelta(days=15)
    assert p["family_notice"]["status"] == "pending"
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/approval", json={"approved": True}, headers=auth("president"))
    assert r.status_code == 409 and r.json()["code"] == "not_awaiting_approval"
    before = await counts(dispatch_db)
    r = await dispatch.post("/api/v1/penalties", json={**body, "days": 5}, headers={**auth("judge"), **key()})
    assert r.status_code == 422 and r.json()["code"] == "second_penalty_same_act"  # 解释 184
    assert await counts(dispatch_db) == before
    fine = {**body, "kind": "fine", "amount_fen": 10_000_000}
    fine.pop("days")
    r = await dispatch.post("/api/v1/penalties", json=fine, headers={**auth("judge"), **key()})
    assert r.status_code == 201 and r.json()["status"] == "pending_approval"  # 解释 183: combined
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/family-notice", headers={**auth("officer"), **key()},
                            json={"notified_at": datetime.now(timezone.utc).isoformat()})
    assert r.status_code == 200 and r.json()["family_notice"]["status"] == "notified"
    types = [r["event_type"] for r in await dispatch_db.fetch(
        "select event_type from outbox where envelope->'data'->>'penalty_id' = $1 order by seq", p["id"])]
    assert types == ["cn.court.dispatch.detention.decided.v1", "cn.court.dispatch.penalty.status-changed.v1"]


async def test_emergency_detention_first_then_approval_and_family_notice_overdue(dispatch):
    taken = datetime.now(timezone.utc) - timedelta(hours=25)
    body = penalty(emergency=True, detained_at=iso(taken), days=10)
    r = await dispatch.post("/api/v1/penalties", json=body, headers={**auth("judge"), **key()})
    assert r.status_code == 201, r.text
    p = r.json()
    assert p["status"] == "detained_pending_approval" and datetime.fromisoformat(p["detained_at"]) == taken
    assert p["family_notice"]["status"] == "overdue"  # 解释 180: 24 h passed
    overdue = (await dispatch.get("/api/v1/penalties?family_notice_overdue=true&limit=200", headers=auth("judge"))).json()
    assert p["id"] in [x["id"] for x in overdue["items"]]
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/family-notice", headers={**auth("officer"), **key()},
                            json={"notified_at": iso(taken - timedelta(hours=1))})
    assert r.status_code == 422 and r.json()["code"] == "invalid_notice_time"
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/family-notice", headers={**auth("officer"), **key()},
                            json={"unable_reason": "被拘留人拒绝提供家属联系方式"})
    assert r.json()["family_notice"]["status"] == "unable_recorded"
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/approval", json={"approved": False, "note": "拘留不当"},
                            headers={**auth("president"), **key()})
    assert r.status_code == 200 and r.json()["status"] == "released"  # 解释 181: 解除拘留
    again = await dispatch.post("/api/v1/penalties", json={**body, "emergency": False, "detained_at": None},
                                headers={**auth("judge"), **key()})
    assert again.status_code == 201  # the released detention no longer stands


async def test_review_within_3_days_by_the_court_above(dispatch):
    p = (await dispatch.post("/api/v1/penalties", json=penalty("fine", amount_fen=2_000_000),
                             headers={**auth("judge"), **key()})).json()
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/review-request", json={"requested_on": str(today())},
                            headers={**auth("clerk"), **key()})
    assert r.status_code == 409 and r.json()["code"] == "decision_not_in_force"
    await dispatch.post(f"/api/v1/penalties/{p['id']}/approval", json={"approved": True}, headers=auth("president"))
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/review-request",
                            json={"requested_on": str(today() - timedelta(days=1))}, headers=auth("clerk"))
    assert r.status_code == 422 and r.json()["code"] == "review_before_service"
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/review-request", json={"requested_on": str(today())},
                            headers={**auth("clerk"), **key()})
    assert r.status_code == 200, r.text
    review = r.json()["review"]
    assert review["status"] == "pending"
    # issue 13: the decision is an act, its last day moves off a rest day (民诉法 85 ¶3)
    assert review["decision_deadline"] == str(act_deadline(today() + timedelta(days=5)).on)
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/review-decision",
                            json={"outcome": "revoked", "decided_on": str(today())}, headers=auth("president"))
    assert r.status_code == 403 and r.json()["code"] == "not_higher_court"
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/review-decision", headers={**auth("judge", org="内06"), **key()},
                            json={"outcome": "revoked", "decided_on": str(today())})
    assert r.status_code == 200 and r.json()["status"] == "revoked" and r.json()["review"]["status"] == "decided"
    r = await dispatch.get(f"/api/v1/penalties/{p['id']}", headers=auth("judge", org=OTHER_COURT))
    assert r.status_code == 404


# ------------------------------------------------------------------ figures
async def test_figures_for_a_period_and_court(dispatch):
    court = "内0629"
    a, b, c = [await officer(dispatch, court) for _ in range(3)]
    first = await alarm(dispatch, court, received_at=iso(datetime.now(timezone.utc) - timedelta(minutes=10)))
    second = await alarm(dispatch, court, received_at=iso(datetime.now(timezone.utc) - timedelta(minutes=4)))
    await alarm(dispatch, court)
    d1 = await dispatched(dispatch, first["id"], [a, b], court)
    await dispatched(dispatch, second["id"], [c], court)
    await dispatch.post(f"/api/v1/dispatches/{d1['id']}/status", headers={**auth("clerk", org=court), **key()},
                        json={"status": "arrived"})
    p = (await dispatch.post("/api/v1/penalties", json=penalty(emergency=True), headers={**auth("judge", org=court), **key()})).json()
    assert p["status"] == "detained_pending_approval"
    day = today()
    f = (await dispatch.get(f"/api/v1/figures?from={day - timedelta(days=1)}&to={day}",
                            headers=auth("president", org=court))).json()
    assert f["total"]["alarms_received"] == 3 and f["total"]["dispatches"] == 2
    assert f["total"]["officer_dispatches"] == 3 and f["total"]["detentions"] == 1  # 人次
    rt = f["response_times"]
    assert rt["time_to_dispatch"]["count"] == 2 and rt["time_to_arrival"]["count"] == 1
    assert 200 < rt["time_to_dispatch"]["p50_s"] < 600 <= rt["time_to_dispatch"]["p99_s"] + 60
    assert rt["time_to_dispatch"]["p50_s"] <= rt["time_to_dispatch"]["p90_s"] <= rt["time_to_dispatch"]["p99_s"]
    empty = (await dispatch.get(f"/api/v1/figures?from={day + timedelta(days=5)}", headers=auth("judge", org=court))).json()
    assert empty["total"]["alarms_received"] == 0 and empty["response_times"]["time_to_dispatch"]["p50_s"] is None
    above = (await dispatch.get(f"/api/v1/figures?court={court}", headers=auth("judge", org="内06"))).json()
    assert above["total"]["officer_dispatches"] == 3
    whole = (await dispatch.get("/api/v1/figures", headers=auth("judge", org="内06"))).json()
    assert court in [c["court_code"] for c in whole["courts"]]
    r = await dispatch.get(f"/api/v1/figures?court={court}", headers=auth("judge", org=OTHER_COURT))
    assert r.status_code == 403 and r.json()["code"] == "court_out_of_scope"


async def test_audit_chain_holds(dispatch):
    r = await dispatch.get("/api/v1/audit/verify", headers=auth("auditor"))
    assert r.status_code == 200 and r.json()["valid"] is True


async def test_a_posts_reply_its_replay_and_the_openapi_schema_agree(dispatch):
    spec = (await dispatch.get("/openapi.json")).json()

    def declared(path: str, status: str) -> set[str]:
        ref = spec["paths"][path]["post"]["responses"][status]["content"]["application/json"]["schema"]["$ref"]
        return set(spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]["properties"])

    o = await officer(dispatch)
    al = await alarm(dispatch)
    for path, body in ((f"/api/v1/alarms/{al['id']}/dispatches", {"officer_ids": [o]}),
                       ("/api/v1/penalties", penalty("fine"))):
        headers = {**auth("judge"), **key()}
        first = await dispatch.post(path, json=body, headers=headers)
        again = await dispatch.post(path, json=body, headers=headers)
        assert first.status_code == again.status_code == 201, first.text
        assert again.headers["idempotent-replayed"] == "true" and again.json() == first.json()
        assert set(first.json()) == declared(path.replace(al["id"], "{alarm_id}"), "201")
