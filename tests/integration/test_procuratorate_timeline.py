"""A case's timeline (`GET /api/v1/cases/{id}/timeline`): every dated step in order — clue, filing, records,
meetings, recommendation, reply overdue, reply, reviews, closure — readable by the handling procuratorate and a
partner it shared the case with, nobody else."""
import uuid

from tests.support import auth


def proc(o: str, role: str = "procurator") -> dict:
    return auth(role, org=o, sub=f"{role}@{o}")


async def post(client, path, body, headers, status=200):
    r = await client.post(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    return r.json()


async def test_the_timeline_reads_every_dated_step_in_order(procuratorate):
    o = "内0511检"
    h = proc(o)
    clue = await post(procuratorate, "/api/v1/clues", {
        "source": "river_chief_office", "source_name": "开鲁县河长办", "received_on": "2024-03-01",
        "summary": f"河道内违建 {uuid.uuid4()}", "segment_code": "xiliao-150523"}, h, 201)
    out = await post(procuratorate, f"/api/v1/clues/{clue['id']}/evaluation", {
        "decision": "file_case", "on": "2024-03-04", "reason": "符合立案条件",
        "case": {"title": "西辽河开鲁段违建案", "case_number": "开检行公立〔2024〕1号", "domain": "shoreline",
                 "filed_on": "2024-03-05"}}, h)
    cid = out["case"]["id"]
    # posted out of order: the timeline orders by date (and a day's steps by the workflow)
    await post(procuratorate, f"/api/v1/cases/{cid}/records", {
        "kind": "site_inspection", "recorded_on": "2024-03-12", "findings": "河道管理范围内违建 1 处"}, h, 201)
    await post(procuratorate, f"/api/v1/cases/{cid}/records", {
        "kind": "document_request", "recorded_on": "2024-03-08", "findings": "调取审批材料"}, h, 201)
    objects = await post(procuratorate, f"/api/v1/cases/{cid}/objects", {"objects": [
        {"kind": "building", "name": "1号违建", "defects": [{"defect": "illegal_building", "quantity": 1,
                                                          "unit": "building"}]}]}, h, 201)
    item = objects["objects"][0]["items"][0]["id"]
    await post(procuratorate, f"/api/v1/cases/{cid}/meetings", {
        "held_on": "2024-03-20", "participants": ["县水利局", "县自然资源局"],
        "duties": [{"agency": "县水利局", "problem": "河道违建"}]}, h, 201)
    rec = await post(procuratorate, f"/api/v1/cases/{cid}/recommendations", {
        "addressee": "开鲁县水利局", "content": "依法拆除河道内违建", "issued_on": "2024-04-01",
        "received_on": "2024-04-02", "urgent": True}, h, 201)
    assert rec["reply_due_on"] == "2024-04-17"
    await post(procuratorate, f"/api/v1/recommendations/{rec['id']}/reply", {
        "received_on": "2024-04-25", "summary": "已拆除", "measures": [{"item_id": item, "measures": "拆除"}]}, h, 201)
    review = await post(procuratorate, f"/api/v1/cases/{cid}/reviews", {
        "reviewed_on": "2024-05-06", "led_by": "检察长", "findings": [{"item_id": item, "rectified": True}]}, h, 201)
    assert review["case_state"] == "closed"

    r = await procuratorate.get(f"/api/v1/cases/{cid}/timeline", headers=h)
    assert r.status_code == 200, r.text
    t = r.json()
    assert (t["id"], t["case_number"], t["state"], t["state_label"]) == (cid, "开检行公立〔2024〕1号", "closed", "结案")
    assert [(s["on"], s["kind"], s["label"]) for s in t["steps"]] == [
        ("2024-03-01", "clue_received", "受理线索"),
        ("2024-03-04", "clue_evaluated", "线索评估"),
        ("2024-03-05", "case_filed", "立案"),
        ("2024-03-08", "record", "调取书证"),
        ("2024-03-12", "record", "现场勘查"),
        ("2024-03-20", "meeting", "责任认定会议"),
        ("2024-04-01", "recommendation_issued", "诉前检察建议"),
        ("2024-04-02", "recommendation_received", "行政机关收到检察建议"),
        ("2024-04-18", "reply_overdue", "回复逾期"),  # urgent: 15 days, due 04-17, replied 04-25
        ("2024-04-25", "reply_received", "书面回复"),
        ("2024-05-06", "review", "跟进调查/回头看"),
        ("2024-05-06", "case_closed", "结案"),
    ]
    steps = {s["kind"]: s for s in t["steps"]}
    assert steps["clue_received"]["ref_id"] == clue["id"] and "开鲁县河长办" in steps["clue_received"]["summary"]
    assert steps["meeting"]["summary"].endswith("县水利局")
    assert "2024-04-17" in steps["recommendation_issued"]["summary"]
    assert steps["review"]["summary"].startswith("检察长带队; 1/1")

    # read access as for the case: a partner once shared with; 404 for anyone else
    assert (await procuratorate.get(f"/api/v1/cases/{cid}/timeline", headers=proc("辽12检", "partner"))
            ).status_code == 404
    await post(procuratorate, f"/api/v1/cases/{cid}/shares", {"grantee_org": "辽12检"}, h)
    shared = await procuratorate.get(f"/api/v1/cases/{cid}/timeline", headers=proc("辽12检", "partner"))
    assert shared.status_code == 200 and len(shared.json()["steps"]) == 12
    r = await procuratorate.get(f"/api/v1/cases/{uuid.uuid4()}/timeline", headers=h)
    assert r.status_code == 404 and r.json()["code"] == "case_not_found"
