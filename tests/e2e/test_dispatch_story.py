"""执行110 end to end across the six real processes: a verified bounty tip raises an alarm; two officers are
dispatched (their devices are told live); they find the debtor's vehicle and the debtor; a detention is
decided and approved by the president; the police carry it out (custody opened, handed over, released early) and
dispatch shows each step on the penalty; asset_core's aggregate shows the vehicle under seizure."""
import asyncio
import json
import time
import uuid
from datetime import datetime, timezone

import httpx
from aiokafka import AIOKafkaProducer
from websockets.asyncio.client import connect

from shared.contracts import reward
from shared.events import new_event
from shared.kafka import client_options
from tests.support import COURT, auth, case_body, token, wait_for


async def pushed(ws, predicate, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            msg = json.loads(await asyncio.wait_for(ws.recv(), deadline - time.monotonic()))
        except asyncio.TimeoutError:
            break
        if predicate(msg):
            return msg
    raise AssertionError("no matching push")


async def test_tip_to_dispatch_to_detention_and_the_vehicle_in_asset_core(suite):
    core, disp = suite.url("asset_core"), suite.url("dispatch")
    ws_base = disp.replace("http://", "ws://")
    async with httpx.AsyncClient(timeout=30) as c:
        async def post(url, body, role="clerk", sub="tester", status=200):
            r = await c.post(url, json=body, headers={**auth(role, sub=sub), "Idempotency-Key": uuid.uuid4().hex})
            assert r.status_code == status, r.text
            return r.json()

        case = await post(f"{core}/api/v1/cases", case_body(livelihood_category="migrant_wages",
                                                             respondents=["王某"]), status=201)
        cid = case["id"]
        await post(f"{core}/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "张法官",
                                                             "on": "2024-03-02"}, role="judge")

        async def projected():
            return (await c.get(f"{disp}/api/v1/cases/{cid}", headers=auth("clerk"))).status_code == 200
        await wait_for(projected, timeout=30, what="the case in dispatch")

        officers = [f"e2e-officer-{uuid.uuid4().hex[:6]}" for _ in range(2)]
        for i, oid in enumerate(officers):
            await post(f"{disp}/api/v1/officers", {"id": oid, "name": f"干警{i}", "team": "执行一组",
                                                   "duty_status": "on_duty"}, status=201)
        async with connect(f"{ws_base}/api/v1/me/push?access_token={token('officer', sub=officers[0])}") as device:
            await pushed(device, lambda m: m["type"] == "snapshot")

            # 法信悬赏: the tip is verified in reward and arrives as an event
            tip = reward.TipVerified(case_id=cid, notice_id=str(uuid.uuid4()), tip_id=str(uuid.uuid4()),
                                     clue_kind="whereabouts", description="被执行人王某驾车出现在某宾馆",
                                     location="达拉特旗树林召镇某宾馆")
            event = new_event(tip, subject=f"cases/{cid}", caseid=cid, orgcode=COURT)
            producer = AIOKafkaProducer(bootstrap_servers=suite.world.base.kafka_bootstrap_servers,
                                        **client_options(suite.world.base))
            await producer.start()
            try:
                await producer.send_and_wait(suite.world.prefix + reward.TOPIC, event.model_dump_json().encode(),
                                             key=cid.encode())
            finally:
                await producer.stop()

            received = await pushed(device, lambda m: m["type"] == "alarm.received" and m["case_id"] == cid)
            alarm_id = received["alarm_id"]
            queue = (await c.get(f"{disp}/api/v1/alarms/queue", headers=auth("clerk"))).json()
            alarm = next(a for a in queue if a["id"] == alarm_id)
            assert alarm["source"] == "tip" and alarm["priority"] == 1 and alarm["case_number"] == case["case_number"]

            d = await post(f"{disp}/api/v1/alarms/{alarm_id}/dispatches",
                           {"officer_ids": officers, "vehicle": "蒙K·A1234"}, status=201)
            assigned = await pushed(device, lambda m: m["type"] == "assignment.created")
            assert assigned["dispatch_id"] == d["id"] and sorted(assigned["officer_ids"]) == sorted(officers)

            me = f"{disp}/api/v1/me/assignments/{d['id']}"
            for oid in officers:
                await post(f"{me}/accept", {}, role="officer", sub=oid)
            await post(f"{me}/status", {"status": "en_route"}, role="officer", sub=officers[0])
            await post(f"{me}/status", {"status": "arrived"}, role="officer", sub=officers[1])
            arrived = await pushed(device, lambda m: m["type"] == "dispatch.status_changed" and m["status"] == "arrived")
            assert arrived["by"] == officers[1]
            await post(f"{me}/outcome", {
                "debtor_located": True, "located_at": "达拉特旗树林召镇某宾馆停车场", "respondent_name": "王某",
                "assets": [{"asset_type": "vehicle", "description": "丰田越野车 蒙K·88888",
                            "estimated_value_fen": 30_000_000, "seized": True}],
                "measures": ["seize", "detain"],
                "attachments": [{"file_name": "现场.jpg", "content_type": "image/jpeg", "size_bytes": 1024,
                                 "sha256": "b" * 64}]}, role="officer", sub=officers[0], status=201)

        p = await post(f"{disp}/api/v1/penalties", {
            "kind": "detention", "alarm_id": alarm_id, "days": 15, "emergency": True,
            "subject": {"kind": "person", "name": "王某"},
            "act": {"kind": "obstruct_officers", "occurred_on": str(datetime.now(timezone.utc).date()),
                    "description": "拒不交出车辆钥匙并推搡执行人员"}}, role="judge", status=201)
        assert p["status"] == "detained_pending_approval" and p["case_id"] == cid
        p = await post(f"{disp}/api/v1/penalties/{p['id']}/approval", {"approved": True}, role="president")
        assert p["status"] == "approved" and p["family_notice"]["status"] == "pending"
        await post(f"{disp}/api/v1/dispatches/{d['id']}/status", {"status": "completed"})

        # 公安联动 (issue 12 item 3): the police carry out the detention; their custody events come back to the penalty
        pol, pid = suite.url("police"), p["id"]

        async def custody(status):
            body = (await c.get(f"{disp}/api/v1/penalties/{pid}", headers=auth("judge"))).json()
            return body["custody"] if body["custody"] and body["custody"]["status"] == status else None
        opened = await wait_for(lambda: custody("opened"), timeout=60, what="the custody opened by the police")
        assert opened["police_code"] == "内0621公"
        r = await c.post(f"{pol}/api/v1/custody/{opened['custody_id']}/handover", json={"facility": "达拉特旗拘留所"},
                         headers={**auth("police", org="内0621公"), "Idempotency-Key": uuid.uuid4().hex})
        assert r.status_code == 200, r.text
        held = await wait_for(lambda: custody("handed_over"), timeout=60, what="the hand-over on the penalty")
        assert held["facility"] == "达拉特旗拘留所" and held["ends_at"] and held["ends_moved_for_holiday_from"] is None
        r = await c.post(f"{pol}/api/v1/custody/{opened['custody_id']}/early-release",
                         json={"decision": "被执行人已履行，提前解除拘留"},
                         headers={**auth("judge"), "Idempotency-Key": uuid.uuid4().hex})
        assert r.status_code == 200, r.text
        out = await wait_for(lambda: custody("released"), timeout=60, what="the release on the penalty")
        assert out["release_kind"] == "early" and out["release_reason"] == "被执行人已履行，提前解除拘留"

        figures = (await c.get(f"{disp}/api/v1/figures", headers=auth("president"))).json()
        assert figures["total"]["alarms_received"] >= 1 and figures["total"]["officer_dispatches"] >= 2
        assert figures["total"]["detentions"] >= 1
        assert figures["response_times"]["time_to_arrival"]["count"] >= 1

        async def vehicle_in_asset_core():
            s = (await c.get(f"{core}/api/v1/cases/{cid}/asset-state", headers=auth("judge"))).json()
            cars = [a for a in s.get("assets", []) if a["asset_type"] == "vehicle"]
            return (s, cars) if cars and any("查找到被执行人" in e["summary"] for e in s["last_events"]) else None
        state, cars = await wait_for(vehicle_in_asset_core, timeout=60, what="the vehicle in asset_core")
        assert cars[0]["discovery_source"] == "on_site" and cars[0]["status"] == "controlled"
        assert cars[0]["description"] == "丰田越野车 蒙K·88888"
        assert any(m["kind"] == "seize" for m in state["measures"])
