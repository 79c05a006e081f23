"""dispatch's part of issues 12, 13 and 16 on real PostgreSQL and Kafka: custody reported by the police lands on
the detention (exactly once under redelivery); review deadlines on the court's calendar; the sweep (as of a
moment) publishing a family notice overdue, a missed response target and an escalation once each, pushed to the
deciding judge / the duty commander; the officer at 2 a.m. raising an alarm from the field and revealing the
reporter's phone on an assignment they hold (audited)."""
import contextlib
import json
import uuid
from datetime import datetime, timedelta, timezone

from shared.calendar import act_deadline
from shared.contracts import police
from tests.integration.test_dispatch_api import alarm, dispatched, key, me, officer, penalty, today
from tests.support import COURT, auth, publish, wait_for

POLICE = "内0621公"


def now() -> datetime:
    return datetime.now(timezone.utc)


@contextlib.asynccontextmanager
async def listening(world):
    """Every live push dispatch sends (LISTEN on its channel, as the push hub does)."""
    conn = await world.connect("dispatch")
    got: list[dict] = []
    await conn.add_listener("dispatch_push", lambda _c, _p, _ch, payload: got.append(json.loads(payload)))
    try:
        yield got
    finally:
        await conn.close()


async def pushed(got, predicate, what="the push"):
    async def seen():
        return next((m for m in got if predicate(m)), None)
    return await wait_for(seen, timeout=15, what=what)


async def sweep(dispatch, at: datetime, court: str) -> dict:
    r = await dispatch.post("/api/v1/ops/sweep", json={"now": at.isoformat(), "court": court},
                            headers=auth("admin", org=court))
    assert r.status_code == 200, r.text
    return r.json()


async def shift(dispatch, court, user, role="judge", hours=12):
    r = await dispatch.post("/api/v1/duty/commanders", headers={**auth("president", org=court), **key()},
                            json={"user_id": user, "name": user, "role": role,
                                  "starts_at": (now() - timedelta(hours=1)).isoformat(),
                                  "ends_at": (now() + timedelta(hours=hours)).isoformat()})
    assert r.status_code == 201, r.text
    return r.json()


async def events(db, event_type, field, value):
    rows = await db.fetch(f"select envelope from outbox where event_type = $1 and envelope->'data'->>'{field}' = $2 order by seq",
                          event_type, value)
    return [json.loads(r["envelope"])["data"] for r in rows]


# ------------------------------------------------------------------ 1. custody from the police (issue 12 item 3)
async def test_custody_reported_by_the_police_lands_on_the_penalty_once(dispatch, dispatch_db, world):
    # Not approved: the police service (if running) opens nothing itself; the custody events come from the test.
    p = (await dispatch.post("/api/v1/penalties", json=penalty(days=10), headers={**auth("judge"), **key()})).json()
    assert p["custody"] is None
    cid, base = str(uuid.uuid4()), now()
    common = dict(custody_id=cid, penalty_id=p["id"], court_code=COURT, police_code=POLICE,
                  subject_name=p["subject"]["name"])
    part = f"custody/{cid}"  # police's key for a custody without a case: its subject
    ends = base + timedelta(days=10)
    sent = [await publish(world, police.CustodyOpened(**common, days=10, emergency=False, opened_at=base), part,
                          subject=part, caseid=None, orgcode=POLICE, twice=True),
            await publish(world, police.CustodyHandedOver(
                **common, facility="达拉特旗拘留所", handed_over_at=base + timedelta(hours=1), started_at=base,
                ends_at=ends, ends_on=ends.date()), part, subject=part, caseid=None, orgcode=POLICE, twice=True),
            await publish(world, police.CustodyReleased(
                **common, kind="early", released_at=base + timedelta(days=2), reason="被执行人已履行，法院决定提前解除拘留",
                ends_on=ends.date()), part, subject=part, caseid=None, orgcode=POLICE, twice=True)]

    async def released():
        body = (await dispatch.get(f"/api/v1/penalties/{p['id']}", headers=auth("clerk"))).json()
        return body if body["custody"] and body["custody"]["status"] == "released" else None
    c = (await wait_for(released, timeout=60, what="the custody released on the penalty"))["custody"]
    assert c["custody_id"] == cid and c["police_code"] == POLICE and c["status_label"] == "已释放"
    assert c["facility"] == "达拉特旗拘留所"
    assert datetime.fromisoformat(c["handed_over_at"]) == base + timedelta(hours=1)
    assert datetime.fromisoformat(c["started_at"]) == base and datetime.fromisoformat(c["ends_at"]) == ends
    assert c["ends_on"] == str(ends.date()) and c["ends_moved_for_holiday_from"] is None  # never moves
    assert datetime.fromisoformat(c["released_at"]) == base + timedelta(days=2)
    assert c["release_kind"] == "early" and c["release_reason"] == "被执行人已履行，法院决定提前解除拘留"
    for event_id in sent:  # each applied once, though delivered twice
        assert await dispatch_db.fetchval("select count(*) from inbox where event_id = $1", event_id) == 1
    assert await dispatch_db.fetchval("select count(*) from custody_projection where penalty_id = $1",
                                      uuid.UUID(p["id"])) == 1
    # a late hand-over (another event) fills nothing back: the status only moves forward
    late = await publish(world, police.CustodyHandedOver(
        **common, facility="达拉特旗拘留所", handed_over_at=base + timedelta(hours=1), started_at=base, ends_at=ends,
        ends_on=ends.date()), part, subject=part, caseid=None, orgcode=POLICE)

    async def applied():
        return await dispatch_db.fetchval("select count(*) from inbox where event_id = $1", late)
    await wait_for(applied, timeout=60, what="the late event")
    again = (await dispatch.get(f"/api/v1/penalties/{p['id']}", headers=auth("clerk"))).json()["custody"]
    assert again["status"] == "released"
    listed = (await dispatch.get("/api/v1/penalties?kind=detention&limit=200", headers=auth("judge"))).json()
    assert next(x for x in listed["items"] if x["id"] == p["id"])["custody"]["status"] == "released"


# ------------------------------------------------------------------ 2. periods on the court's calendar (issue 13)
async def test_review_deadlines_say_whether_the_holiday_rule_moved_them(dispatch):
    p = (await dispatch.post("/api/v1/penalties", json=penalty("fine", amount_fen=2_000_000),
                             headers={**auth("judge"), **key()})).json()
    p = (await dispatch.post(f"/api/v1/penalties/{p['id']}/approval", json={"approved": True},
                             headers={**auth("president"), **key()})).json()
    review = p["review"]
    due = act_deadline(today() + timedelta(days=3))  # 解释 185, 民诉法 85 ¶3
    assert review["request_deadline"] == str(due.on)
    assert review["request_deadline_moved_for_holiday_from"] == (str(due.moved_for_holiday_from)
                                                                 if due.moved_for_holiday_from else None)
    r = await dispatch.post(f"/api/v1/penalties/{p['id']}/review-request", json={"requested_on": str(today())},
                            headers={**auth("clerk"), **key()})
    review = r.json()["review"]
    due = act_deadline(today() + timedelta(days=5))
    assert review["decision_deadline"] == str(due.on)
    assert review["decision_deadline_moved_for_holiday_from"] == (str(due.moved_for_holiday_from)
                                                                  if due.moved_for_holiday_from else None)
    d = (await dispatch.post("/api/v1/penalties", json=penalty(emergency=True), headers={**auth("judge"), **key()})).json()
    assert d["family_notice"]["moved_for_holiday_from"] is None and d["ends_moved_for_holiday_from"] is None
    assert datetime.fromisoformat(d["family_notice"]["deadline"]) - datetime.fromisoformat(d["detained_at"]) == \
        timedelta(hours=24)


# ------------------------------------------------------------------ 3. family notice overdue (解释 180)
async def test_family_notice_overdue_is_published_once_and_pushed_to_the_judge_and_commander(dispatch, dispatch_db,
                                                                                             world):
    court = "内0631"
    s = await shift(dispatch, court, "值班法官甲")
    on_duty = (await dispatch.get("/api/v1/duty/commanders", params={"at": now().isoformat()},
                                  headers=auth("clerk", org=court))).json()
    assert [x["id"] for x in on_duty] == [s["id"]]

    async def detain(hours_ago):
        r = await dispatch.post("/api/v1/penalties", headers={**auth("judge", org=court, sub="承办法官"), **key()},
                                json=penalty(emergency=True, detained_at=(now() - timedelta(hours=hours_ago)).isoformat()))
        assert r.status_code == 201, r.text
        return r.json()
    late, soon, told = await detain(25), await detain(23), await detain(26)
    await dispatch.post(f"/api/v1/penalties/{told['id']}/family-notice", headers={**auth("officer", org=court), **key()},
                        json={"unable_reason": "被拘留人无近亲属"})
    etype = "cn.court.dispatch.detention.family-notice-overdue.v1"
    async with listening(world) as got:
        out = await sweep(dispatch, now(), court)
        assert f"family_notice_overdue:{late['id']}" in out["details"]
        assert f"family_notice_overdue:{soon['id']}" not in out["details"]
        assert f"family_notice_overdue:{told['id']}" not in out["details"]
        msg = await pushed(got, lambda m: m["msg"]["type"] == "family_notice.overdue"
                           and m["msg"]["penalty_id"] == late["id"])
        assert msg["court"] == court and msg["officers"] == ["值班法官甲", "承办法官"]
    again = await sweep(dispatch, now(), court)
    assert f"family_notice_overdue:{late['id']}" not in again["details"]
    [data] = await events(dispatch_db, etype, "penalty_id", late["id"])
    assert data["deciding_judge"] == "承办法官" and data["commander_ids"] == ["值班法官甲"]
    assert data["status"] == "detained_pending_approval" and data["court_code"] == court
    # as of two hours later the 23 h one is overdue too (the sweep "as of" a moment)
    later = await sweep(dispatch, now() + timedelta(hours=2), court)
    assert f"family_notice_overdue:{soon['id']}" in later["details"]
    assert len(await events(dispatch_db, etype, "penalty_id", soon["id"])) == 1
    assert await events(dispatch_db, etype, "penalty_id", told["id"]) == []


# ------------------------------------------------------------------ 4. the officer at 2 a.m. (issue 16)
async def test_an_officer_raises_an_alarm_from_the_field_and_reveals_the_reporter_on_their_assignment(
        dispatch, dispatch_db):
    court = "内0632"
    a, b = await officer(dispatch, court), await officer(dispatch, court)
    body = {"source": "officer", "urgency": "flight", "description": "巡逻中发现被执行人王某驾车准备离开",
            "location": {"address": "达拉特旗某加油站", "latitude": 40.39, "longitude": 110.05},
            "reporter": {"name": "加油站员工", "phone": "13812345678"}}
    r = await me(dispatch, a, court, "post", "/alarms", json=body, headers=key())
    assert r.status_code == 201, r.text
    al = r.json()
    assert al["source"] == "officer" and al["source_label"] == "干警现场报警" and al["court_code"] == court
    assert al["reporter"]["phone"] == "138****5678"  # masked in the alarm, even for the officer
    t = al["targets"]
    assert t["class"] == "first" and t["dispatch"]["minutes"] == 10 and t["arrival"]["minutes"] == 60
    assert t["dispatch"]["status"] == "pending" and 500 < t["dispatch"]["seconds_left"] <= 600
    row = await dispatch_db.fetchrow("select created_by, source from alarms where id = $1", uuid.UUID(al["id"]))
    assert (row["created_by"], row["source"]) == (a, "officer")
    r = await me(dispatch, a, court, "post", "/alarms", json={**body, "source": "hotline"}, headers=key())
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    r = await me(dispatch, "not-on-roster", court, "post", "/alarms", json=body, headers=key())
    assert r.status_code == 403 and r.json()["code"] == "not_on_roster"
    r = await dispatch.post("/api/v1/me/alarms", json=body, headers=auth("clerk", org=court))
    assert r.status_code == 403

    d = await dispatched(dispatch, al["id"], [a], court)
    assert d["alarm"]["reporter"]["phone"] == "138****5678"
    audits = "select count(*) from audit_log where action = 'alarm.reporter_revealed' and entity_id = $1"
    r = await me(dispatch, a, court, "post", f"/assignments/{d['id']}/reporter")
    assert r.status_code == 200, r.text
    assert r.json()["phone"] == "13812345678" and r.json()["name"] == "加油站员工"
    await me(dispatch, a, court, "post", f"/assignments/{d['id']}/reporter")
    assert await dispatch_db.fetchval(audits, al["id"]) == 2  # each reveal
    r = await me(dispatch, b, court, "post", f"/assignments/{d['id']}/reporter")
    assert r.status_code == 404  # not theirs
    assert await dispatch_db.fetchval(audits, al["id"]) == 2
    for status in ("arrived", "completed"):
        await me(dispatch, a, court, "post", f"/assignments/{d['id']}/status", json={"status": status},
                 headers=key())
    r = await me(dispatch, a, court, "post", f"/assignments/{d['id']}/reporter")
    assert r.status_code == 409 and r.json()["code"] == "dispatch_not_active"  # no longer held
    done = (await dispatch.get(f"/api/v1/alarms/{al['id']}", headers=auth("judge", org=court))).json()
    assert done["targets"]["dispatch"]["status"] == "met" and done["targets"]["arrival"]["status"] == "met"
    assert (await dispatch.get("/api/v1/audit/verify", headers=auth("auditor"))).json()["valid"] is True


async def test_a_missed_response_target_is_published_once_and_pushed_to_the_duty_commander(dispatch, dispatch_db,
                                                                                           world):
    court = "内0633"
    await shift(dispatch, court, "指挥长乙", role="president")
    o = await officer(dispatch, court)
    fleeing = await alarm(dispatch, court, urgency="flight", received_at=(now() - timedelta(minutes=15)).isoformat())
    ordinary = await alarm(dispatch, court, received_at=(now() - timedelta(minutes=5)).isoformat())
    t = fleeing["targets"]
    assert t["class"] == "first" and t["dispatch"]["status"] == "overdue" and t["dispatch"]["seconds_left"] < 0
    assert ordinary["targets"]["class"] == "normal" and ordinary["targets"]["dispatch"]["status"] == "pending"
    etype = "cn.court.dispatch.alarm.target-missed.v1"
    async with listening(world) as got:
        out = await sweep(dispatch, now(), court)
        assert out["details"] == [f"dispatch_target_missed:{fleeing['id']}"]
        msg = await pushed(got, lambda m: m["msg"]["type"] == "alarm.target_missed"
                           and m["msg"]["alarm_id"] == fleeing["id"])
        assert msg["officers"] == ["指挥长乙"] and msg["msg"]["target"] == "dispatch"
    assert (await sweep(dispatch, now(), court))["details"] == []
    [data] = await events(dispatch_db, etype, "alarm_id", fleeing["id"])
    assert data["target"] == "dispatch" and data["target_class"] == "first" and data["done_at"] is None
    assert data["commander_ids"] == ["指挥长乙"]
    await dispatched(dispatch, fleeing["id"], [o], court)  # late: already told, nothing more
    assert (await sweep(dispatch, now(), court))["details"] == []
    # 50 minutes on, nobody has arrived (received 15 min ago + 60): the arrival target is missed, once
    out = await sweep(dispatch, now() + timedelta(minutes=50), court)
    assert out["details"] == [f"arrival_target_missed:{fleeing['id']}"]
    assert [x["target"] for x in await events(dispatch_db, etype, "alarm_id", fleeing["id"])] == \
        ["dispatch", "arrival"]
    assert await events(dispatch_db, etype, "alarm_id", ordinary["id"]) == []


async def test_an_unaccepted_assignment_escalates_to_the_next_available_officer(dispatch, dispatch_db, world):
    court = "内0634"
    first = await officer(dispatch, court, team="执行一组")
    same_team = await officer(dispatch, court, team="执行一组")
    await officer(dispatch, court, team="执行二组")
    await officer(dispatch, court, duty="off_duty", team="执行一组")
    al = await alarm(dispatch, court)
    d = await dispatched(dispatch, al["id"], [first], court)
    assert (await sweep(dispatch, now() + timedelta(minutes=4), court))["escalated"] == 0
    async with listening(world) as got:
        out = await sweep(dispatch, now() + timedelta(minutes=6), court)
        assert out["details"] == [f"escalated:{d['id']}:{first}->{same_team}"]
        msg = await pushed(got, lambda m: m["msg"]["type"] == "assignment.created"
                           and m["msg"]["dispatch_id"] == d["id"])
        assert msg["officers"] == [same_team] and msg["msg"]["escalated_from"] == first
    view = (await dispatch.get(f"/api/v1/dispatches/{d['id']}", headers=auth("clerk", org=court))).json()
    by = {x["officer_id"]: x for x in view["officers"]}
    assert by[first]["escalated_to"] == same_team and by[same_team]["escalated_from"] == first
    assert view["officer_count"] == 1
    [data] = await events(dispatch_db, "cn.court.dispatch.assignment.escalated.v1", "dispatch_id", d["id"])
    assert (data["from_officer_id"], data["to_officer_id"], data["accept_minutes"]) == (first, same_team, 5)
    r = await me(dispatch, first, court, "post", f"/assignments/{d['id']}/accept", json={})
    assert r.status_code == 409 and r.json()["code"] == "assignment_escalated"
    r = await me(dispatch, same_team, court, "post", f"/assignments/{d['id']}/accept", json={}, headers=key())
    assert r.status_code == 200
    assert [x["id"] for x in (await me(dispatch, same_team, court)).json()["items"]] == [d["id"]]
    assert (await sweep(dispatch, now() + timedelta(minutes=20), court))["escalated"] == 0
    f = (await dispatch.get("/api/v1/figures", headers=auth("judge", org=court))).json()
    assert f["total"]["officer_dispatches"] == 1  # the replacement, not both
