"""dispatch consumes verified tips (reward) and police finds (police) from the real broker: each raises one
alarm linked to its case, with the case's 绿色通道 priority; a redelivered event raises nothing more."""
import uuid
from datetime import datetime, timezone


from shared.contracts import police, reward
from tests.support import COURT, auth, case_body, publish, wait_for


async def projected(asset_core, dispatch, **kw) -> dict:
    case = (await asset_core.post("/api/v1/cases", json=case_body(**kw), headers=auth())).json()

    async def seen():
        return (await dispatch.get(f"/api/v1/cases/{case['id']}", headers=auth("clerk"))).status_code == 200
    await wait_for(seen, timeout=30, what="the case in dispatch's projection")
    return case


async def alarms_of(dispatch_db, case_id: str):
    return await dispatch_db.fetch("select * from alarms where case_id = $1 order by seq", uuid.UUID(case_id))


async def test_a_verified_tip_raises_one_alarm_linked_to_its_case(asset_core, dispatch, dispatch_db, world):
    case = await projected(asset_core, dispatch, livelihood_category="migrant_wages")
    tip = str(uuid.uuid4())
    event_id = await publish(world, reward.TipVerified(
        case_id=case["id"], notice_id=str(uuid.uuid4()), tip_id=tip, clue_kind="whereabouts",
        description="被执行人每晚在某小区出现", location="达拉特旗某小区"), case["id"], twice=True)

    async def raised():
        return await alarms_of(dispatch_db, case["id"])
    rows = await wait_for(raised, timeout=60, what="the tip's alarm")
    assert len(rows) == 1
    a = rows[0]
    assert a["source"] == "tip" and a["urgency"] == "urgent" and a["priority"] == 1  # 绿色通道, urgent
    assert a["court_code"] == COURT and a["case_number"] == case["case_number"] and a["source_event_id"] == event_id
    assert a["source_ref"] == f"tip:{tip}" and "被执行人每晚" in a["description"]
    view = (await dispatch.get(f"/api/v1/alarms/{a['id']}", headers=auth("clerk"))).json()
    assert view["source_label"] == "悬赏线索" and view["case_id"] == case["id"]
    queue = (await dispatch.get("/api/v1/alarms/queue", headers=auth("clerk"))).json()
    assert str(a["id"]) in [x["id"] for x in queue]
    assert await dispatch_db.fetchval("select count(*) from outbox where event_type = $1 and "
                                      "envelope->'data'->>'alarm_id' = $2",
                                      "cn.court.dispatch.alarm.received.v1", str(a["id"])) == 1
    assert await dispatch_db.fetchval("select count(*) from inbox where event_id = $1", event_id) == 1


async def test_police_finds_raise_alarms(asset_core, dispatch, dispatch_db, world):
    case = await projected(asset_core, dispatch)
    now = datetime.now(timezone.utc)
    await publish(world, police.PersonLocated(
        case_id=case["id"], court_code=COURT, search_id="协查-2024-001", location="包头火车站候车室",
        latitude=40.6, longitude=109.8, found_at=now, leaving=True, person_name="王某"), case["id"])
    await publish(world, police.AssetLocated(
        case_id=case["id"], court_code=COURT, search_id="协查-2024-002", location="某停车场",
        found_at=now, asset_type="vehicle", description="丰田越野车 蒙K·88888"), case["id"])

    async def both():
        rows = await alarms_of(dispatch_db, case["id"])
        return rows if len(rows) == 2 else None
    rows = sorted(await wait_for(both, timeout=60, what="the police alarms"), key=lambda r: r["priority"])
    person, asset = rows
    assert (person["source"], person["urgency"], person["priority"]) == ("police", "flight", 10)
    assert person["latitude"] == 40.6 and "王某" in person["description"]
    assert (asset["source"], asset["urgency"], asset["priority"]) == ("police", "normal", 12)


async def test_a_find_before_the_case_is_projected_uses_the_court_named_in_the_event(dispatch, dispatch_db, world):
    case_id = str(uuid.uuid4())  # asset_core's event for it has not arrived (yet)
    await publish(world, police.PersonLocated(
        case_id=case_id, court_code="内0622", search_id="协查-x", location="某地", found_at=datetime.now(timezone.utc),
        person_name="赵某"), case_id)

    async def raised():
        return await alarms_of(dispatch_db, case_id)
    a = (await wait_for(raised, timeout=60, what="the alarm"))[0]
    assert a["court_code"] == "内0622" and a["case_number"] is None and a["priority"] == 11
