"""procuratorate on real PostgreSQL: the court's calendar on the reply deadline (两高公益诉讼解释 21 with 民诉法
85 ¶3 — a last day on a holiday or rest day ends on the next working day; overdue counts from the moved day),
shown with `moved_for_holiday_from`, and the litigation gate (行政诉讼法 25 ¶4; 两高公益诉讼解释 21): refused
before the reply deadline has passed unless the agency's reply shows no action, with the date it is allowed."""
import json

from tests.support import auth

# codes of their own (the session's database is shared by the tests; see test_procuratorate.org)
CALENDAR, GATE, NO_ACTION, ACTING = "内0524检", "内0525检", "内0526检", "内0527检"
CLUE = {"source": "cppcc_member", "received_on": "2024-05-06", "summary": "西辽河浮桥影响行洪安全",
        "segment_code": "xiliao-150523"}
CASE = {"title": "西辽河浮桥行洪安全行政公益诉讼案", "domain": "flood_safety", "kind": "administrative",
        "filed_on": "2024-05-10"}


def proc(o: str) -> dict:
    return auth("procurator", org=o, sub=f"procurator@{o}")


async def post(client, path, body, headers, status=200):
    r = await client.post(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    return r.json()


async def outbox(db, key: str, suffix: str) -> list[dict]:
    rows = await db.fetch("select envelope from outbox where key = $1 and event_type like $2 order by seq", key,
                          f"%{suffix}")
    return [json.loads(r["envelope"]) if isinstance(r["envelope"], str) else r["envelope"] for r in rows]


async def case_with_recommendation(client, o: str, items: bool = False) -> tuple[dict, dict]:
    clue = await post(client, "/api/v1/clues", CLUE, proc(o), 201)
    case = (await post(client, f"/api/v1/clues/{clue['id']}/evaluation",
                       {"decision": "file_case", "case": CASE}, proc(o)))["case"]
    await post(client, f"/api/v1/cases/{case['id']}/records", {"kind": "site_inspection", "recorded_on": "2024-05-17",
                                                              "findings": "浮桥锚固松动"}, proc(o), 201)
    if items:
        await post(client, f"/api/v1/cases/{case['id']}/objects", {"objects": [
            {"kind": "floating_bridge", "name": "1号浮桥", "defects": [{"defect": "loose_anchor"}]}]}, proc(o), 201)
    rec = await post(client, f"/api/v1/cases/{case['id']}/recommendations",
                     {"addressee": "某县人民政府", "content": "依法履职", "issued_on": "2024-08-01"}, proc(o), 201)
    return case, rec


async def test_reply_deadline_on_national_day_moves_and_overdue_counts_from_the_moved_day_两高公益诉讼解释21_民诉法85(
        procuratorate, procuratorate_db):
    case, rec = await case_with_recommendation(procuratorate, CALENDAR)
    assert (rec["reply_due_on"], rec["moved_for_holiday_from"]) == ("2024-10-08", "2024-10-01")
    [issued] = await outbox(procuratorate_db, case["id"], "recommendation.issued.v1")
    assert (issued["data"]["reply_due_on"], issued["data"]["moved_for_holiday_from"]) == ("2024-10-08", "2024-10-01")

    view = (await procuratorate.get(f"/api/v1/cases/{case['id']}", headers=proc(CALENDAR))).json()
    by_kind = {d["kind"]: d for d in view["deadlines"]}
    assert (by_kind["reply"]["deadline"], by_kind["reply"]["moved_for_holiday_from"]) == ("2024-10-08", "2024-10-01")
    # older guidance (configurable): 2 months after the reply deadline end on Sunday 2024-12-08 → Monday 12-09
    assert (by_kind["litigation_decision"]["deadline"], by_kind["litigation_decision"]["moved_for_holiday_from"],
            by_kind["litigation_decision"]["litigation_allowed_from"]) == ("2024-12-09", "2024-12-08", "2024-10-09")
    assert view["recommendations"][0]["moved_for_holiday_from"] == "2024-10-01"

    admin = auth("admin", org=CALENDAR)
    last_day = await post(procuratorate, "/api/v1/ops/sweep", {"today": "2024-10-08"}, admin)
    assert rec["id"] not in last_day["recommendation_ids"]  # the moved last day is still in time
    next_day = await post(procuratorate, "/api/v1/ops/sweep", {"today": "2024-10-09"}, admin)
    assert rec["id"] in next_day["recommendation_ids"]
    [overdue] = await outbox(procuratorate_db, case["id"], "reply.overdue.v1")
    assert (overdue["data"]["reply_due_on"], overdue["data"]["overdue_since"],
            overdue["data"]["moved_for_holiday_from"]) == ("2024-10-08", "2024-10-09", "2024-10-01")


async def test_litigation_refused_until_the_day_after_the_reply_deadline_行政诉讼法25_两高公益诉讼解释21(
        procuratorate, procuratorate_db):
    case, rec = await case_with_recommendation(procuratorate, GATE)
    body = {"to_state": "litigation", "reason": "行政机关逾期未依法履职", "court": "通辽市中级人民法院"}
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions", headers=proc(GATE),
                                 json={**body, "on": "2024-10-08"})  # the reply deadline's (moved) last day
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
    problem = r.json()
    assert problem["code"] == "reply_period_running"
    assert (problem["allowed_from"], problem["reply_due_on"]) == ("2024-10-09", "2024-10-08")
    assert "行政诉讼法第25条" in problem["title"] and "2024-10-09" in problem["title"]
    assert await outbox(procuratorate_db, case["id"], "litigation.filed.v1") == []
    assert (await procuratorate.get(f"/api/v1/cases/{case['id']}", headers=proc(GATE))).json()["state"] == \
        "recommended"
    done = await post(procuratorate, f"/api/v1/cases/{case['id']}/transitions", {**body, "on": "2024-10-09"},
                      proc(GATE))
    assert (done["state"], done["litigation"]["filed_on"]) == ("litigation", "2024-10-09")


async def test_a_reply_showing_no_action_opens_litigation_before_the_deadline_两高公益诉讼解释21(procuratorate):
    case, rec = await case_with_recommendation(procuratorate, NO_ACTION, items=True)
    item = rec["item_ids"][0]
    await post(procuratorate, f"/api/v1/recommendations/{rec['id']}/reply", {
        "received_on": "2024-09-02", "summary": "经研究，暂不整改",
        "measures": [{"item_id": item, "measures": "不予整改", "done": False}]}, proc(NO_ACTION), 201)
    done = await post(procuratorate, f"/api/v1/cases/{case['id']}/transitions", {
        "to_state": "litigation", "reason": "行政机关回复不予整改", "court": "通辽市中级人民法院", "on": "2024-09-03"},
        proc(NO_ACTION))
    assert done["state"] == "litigation"


async def test_a_reply_reporting_measures_keeps_the_reply_period_running_行政诉讼法25(procuratorate):
    case, rec = await case_with_recommendation(procuratorate, ACTING, items=True)
    await post(procuratorate, f"/api/v1/recommendations/{rec['id']}/reply", {
        "received_on": "2024-09-02", "summary": "正在整改",
        "measures": [{"item_id": rec["item_ids"][0], "measures": "加固锚固", "done": True}]}, proc(ACTING), 201)
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions", headers=proc(ACTING), json={
        "to_state": "litigation", "reason": "整改不到位", "court": "通辽市中级人民法院", "on": "2024-09-03"})
    assert r.status_code == 422 and r.json()["code"] == "reply_period_running"
    assert r.json()["allowed_from"] == "2024-10-09"
