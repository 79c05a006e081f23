"""MISSION.md Article 2, the floating-bridge case (河长+检察长, 通辽), replayed with its real dates against the
procuratorate running as a real uvicorn process, its events read back from the real broker.

May 2024 a CPPCC member passes the clue; 2024-05-10 filed; documents requested, residents asked, site
inspection, consultation (磋商); 14 floating bridges with defects and business violations; 2024-06-03 the
responsibility meeting (county water bureau and emergency bureau hold the duty); 2024-08-01 the recommendation
to the county government — the 2 months (两高公益诉讼解释 21) end 2024-10-01, in 国庆, so the reply is due the next
working day 2024-10-08 (民诉法 85 ¶3) and overdue since 2024-10-09;
2025-02-26 the reply; 2025-04-16 the chief procurator's 回头看: rectified, case closed — read back as the
case's timeline (GET /api/v1/cases/{id}/timeline). Follow-on: 8 public-interest bridges 2025–2028. The article gives only the month of the clue and no dates for the
investigation steps: those days below are assumptions inside the article's intervals."""
import hashlib
import json

import httpx
from aiokafka import AIOKafkaConsumer

from shared.contracts import procuratorate as contract
from shared.kafka import client_options
from tests.support import RUN_ID, auth, wait_for

# 通辽 (科尔沁区人民检察院, a code on the organisation-code grammar): the run's databases are its own, and the fuzzer
# of test_no_server_errors writes as 内05检, so the story keeps a code of its own
TONGLIAO = "内0502检"
SAFETY = ["uncertified_pontoon", "loose_anchor", "damaged_deck", "damaged_approach", "unknown_load"]
BUSINESS = ["toll_not_posted", "no_receipt"]


async def test_floating_bridge_case_overdue_reply_then_rectified(suite):
    base = suite.url("procuratorate")
    headers = auth("procurator", org=TONGLIAO, sub="检察官")
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        async def post(path, body, status=200, h=headers):
            key = hashlib.sha256(json.dumps([RUN_ID, path, body], sort_keys=True).encode()).hexdigest()
            r = await c.post(path, json=body, headers={**h, "Idempotency-Key": key})
            assert r.status_code == status, r.text
            return r.json()

        async def view(cid):
            r = await c.get(f"/api/v1/cases/{cid}", headers=headers)
            assert r.status_code == 200, r.text
            return r.json()

        # May 2024: a CPPCC member's clue → evaluated → filed 2024-05-10
        clue = await post("/api/v1/clues", {
            "source": "cppcc_member", "source_name": "政协委员", "received_on": "2024-05-06",
            "summary": "西辽河上的浮桥危及行洪安全和群众通行安全", "river_code": "xiliao"}, 201)
        filed = await post(f"/api/v1/clues/{clue['id']}/evaluation", {"decision": "file_case", "case": {
            "title": "西辽河浮桥行洪及通行安全行政公益诉讼案", "domain": "flood_safety", "kind": "administrative",
            "filed_on": "2024-05-10"}})
        cid = filed["case"]["id"]
        assert filed["case"]["state"] == "filed" and filed["clue"]["status"] == "filed"

        # investigation: documents from agencies, residents asked, site inspection, consultation (磋商)
        for kind, on, findings in [
                ("document_request", "2024-05-13", "向水利、交通、应急部门调取浮桥审批、监管材料"),
                ("interview", "2024-05-15", "询问沿河群众浮桥通行及收费情况"),
                ("site_inspection", "2024-05-17", "现场勘查 14 座浮桥: 浮箱无合格证明、锚固松动、引道及桥面破损、承载力不明; "
                                                  "未公示收费标准、未开具票据"),
                ("consultation", "2024-05-28", "与相关行政机关磋商")]:
            await post(f"/api/v1/cases/{cid}/records", {
                "kind": kind, "recorded_on": on, "participants": ["承办检察官"], "agencies": ["县水利局", "县应急管理局"],
                "findings": findings,
                "evidence": [{"kind": "photo" if kind == "site_inspection" else "document", "title": f"{kind} 证据",
                              "collected_on": on}]}, 201)
        assert (await view(cid))["state"] == "consulting"
        # 14 bridges; the article lists the defect types found across them — recorded here for every bridge
        objects = await post(f"/api/v1/cases/{cid}/objects", {"objects": [
            {"kind": "floating_bridge", "name": f"{i}号浮桥", "defects": [{"defect": d} for d in SAFETY + BUSINESS]}
            for i in range(1, 15)]}, 201)
        items = [i["id"] for o in objects["objects"] for i in o["items"]]
        assert len(objects["objects"]) == 14 and len(items) == 14 * 7

        meeting = await post(f"/api/v1/cases/{cid}/meetings", {
            "held_on": "2024-06-03",
            "participants": ["市水利局", "市交通运输局", "市应急管理局", "县水利局", "县交通运输局", "县应急管理局"],
            "duties": [{"agency": "县水利局", "problem": "浮桥影响行洪安全"},
                       {"agency": "县应急管理局", "problem": "浮桥通行安全"}],
            "summary": "明确县水利局、县应急管理局负有法定监管职责"}, 201)
        assert meeting["responsible_agencies"] == ["县水利局", "县应急管理局"]

        rec = await post(f"/api/v1/cases/{cid}/recommendations", {
            "addressee": "县人民政府", "content": "依法全面履行浮桥安全及行洪监管职责", "issued_on": "2024-08-01"}, 201)
        # 2 months end 2024-10-01, in 国庆 (10-01…10-07): the deadline is the next working day (民诉法 85 ¶3)
        assert rec["reply_due_on"] == "2024-10-08" and len(rec["item_ids"]) == 98
        assert rec["moved_for_holiday_from"] == "2024-10-01"

        # the sweep "as of" a date: not on the (moved) last day; on the day after, once; never again
        admin = auth("admin", org=TONGLIAO)
        assert (await post("/api/v1/ops/sweep", {"today": "2024-10-01", "org": TONGLIAO}, h=admin))["overdue_flagged"] == 0
        assert (await post("/api/v1/ops/sweep", {"today": "2024-10-08", "org": TONGLIAO}, h=admin))["overdue_flagged"] == 0
        assert (await post("/api/v1/ops/sweep", {"today": "2024-10-09", "org": TONGLIAO}, h=admin))["recommendation_ids"] == [rec["id"]]
        assert (await post("/api/v1/ops/sweep", {"today": "2024-11-15", "org": TONGLIAO}, h=admin))["overdue_flagged"] == 0
        overdue = (await view(cid))["recommendations"][0]
        assert (overdue["reply_status"], overdue["overdue"], overdue["overdue_since"]) == ("overdue", True, "2024-10-09")

        # 2025-02-26: the government's reply, measures per item
        reply = await post(f"/api/v1/recommendations/{rec['id']}/reply", {
            "received_on": "2025-02-26", "summary": "依法处罚、限期整改; 14 座浮桥全部维修; 公示收费标准; 开具税务票据",
            "measures": [{"item_id": i, "measures": "已整改"} for i in items]}, 201)
        assert reply["late"] is True and reply["case_state"] == "replied"
        assert (await post("/api/v1/ops/sweep", {"today": "2025-03-01", "org": TONGLIAO}, h=admin))["overdue_flagged"] == 0

        # 2025-04-16: 回头看 led by the chief procurator — every item rectified, the case closes
        review = await post(f"/api/v1/cases/{cid}/reviews", {
            "reviewed_on": "2025-04-16", "led_by": "检察长", "participants": ["检察长", "承办检察官"],
            "findings": [{"item_id": i, "rectified": True, "finding": "整改到位"} for i in items]}, 201)
        assert review["case_state"] == "closed" and review["items_verified"] == 98
        case = await view(cid)
        assert (case["state"], case["state_label"], case["outcome"], case["closed_on"]) == \
            ("closed", "结案", "rectified", "2025-04-16")
        r = case["recommendations"][0]
        assert (r["reply_status"], r["overdue_since"], r["replied_on"]) == ("replied_late", "2024-10-09", "2025-02-26")
        reply_deadline = next(d for d in case["deadlines"] if d["kind"] == "reply")
        assert (reply_deadline["deadline"], reply_deadline["moved_for_holiday_from"], reply_deadline["status"]) == \
            ("2024-10-08", "2024-10-01", "replied_late")

        # the case read back as the article tells it: every dated step, in order
        r = await c.get(f"/api/v1/cases/{cid}/timeline", headers=headers)
        assert r.status_code == 200, r.text
        assert [(s["on"], s["label"]) for s in r.json()["steps"]] == [
            ("2024-05-06", "受理线索"), ("2024-05-10", "立案"), ("2024-05-13", "调取书证"), ("2024-05-15", "询问"),
            ("2024-05-17", "现场勘查"), ("2024-05-28", "磋商"), ("2024-06-03", "责任认定会议"),
            ("2024-08-01", "诉前检察建议"), ("2024-10-09", "回复逾期"), ("2025-02-26", "书面回复"),
            ("2025-04-16", "跟进调查/回头看"), ("2025-04-16", "结案")]
        steps = r.json()["steps"]
        assert steps[0]["summary"].startswith("政协委员") and "县水利局、县应急管理局" in steps[6]["summary"]
        assert "县人民政府" in steps[7]["summary"] and "2024-10-08" in steps[7]["summary"]
        assert steps[10]["summary"].startswith("检察长带队; 98/98")

        # follow-on: 8 free public-interest bridges, 2025–2028
        for i, year in enumerate([2025, 2025, 2026, 2026, 2027, 2027, 2028, 2028], start=1):
            await post("/api/v1/projects", {"name": f"公益桥{i}号", "planned_year": year, "case_id": cid}, 201)
        projects = (await c.get("/api/v1/projects", headers=headers)).json()
        assert len(projects["items"]) == 8 and projects["by_status"] == {"planned": 8}

    # the events on the real broker, in the case's order; the overdue reply exactly once
    consumer = AIOKafkaConsumer(suite.world.prefix + contract.TOPIC,
                                bootstrap_servers=suite.world.base.kafka_bootstrap_servers,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                **client_options(suite.world.base))
    await consumer.start()
    events: list[dict] = []
    try:
        async def closed():
            batch = await consumer.getmany(timeout_ms=500)
            events.extend(e for rs in batch.values() for e in (json.loads(r.value) for r in rs)
                          if e.get("caseid") == cid)
            return any(e["type"] == contract.CaseClosed.EVENT_TYPE for e in events)
        await wait_for(closed, timeout=60, what="the case's events on the broker")
    finally:
        await consumer.stop()
    kinds = [e["type"].split(".")[3] + "." + e["type"].split(".")[4] for e in events]
    assert kinds[:4] == ["case.filed", "meeting.held", "recommendation.issued", "reply.overdue"]
    assert kinds[4] == "reply.received" and kinds[-2:] == ["review.completed", "case.closed"]
    assert kinds.count("item.rectified") == 98
    [overdue_event] = [e for e in events if e["type"] == contract.ReplyOverdue.EVENT_TYPE]
    assert overdue_event["data"]["overdue_since"] == "2024-10-09" and overdue_event["data"]["reply_due_on"] == \
        "2024-10-08"
    assert overdue_event["data"]["moved_for_holiday_from"] == "2024-10-01"
    assert overdue_event["orgcode"] == TONGLIAO
