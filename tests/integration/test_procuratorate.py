"""procuratorate on real PostgreSQL and Kafka: clues evaluated into cases, the state machine (no litigation
without a prior recommendation — 行政诉讼法 25), records, meetings, rectification items, recommendations with
their reply deadline, the overdue sweep (published once), replies, reviews, closure; authz by organisation and
explicit shares; rivers, campaign metrics and follow-on projects."""
import json
import uuid
from datetime import date, timedelta

from services.procuratorate.service import today_cn
from tests.support import auth

PROBLEM = "application/problem+json"
_n = iter(range(30, 100))


def org() -> str:
    """A fresh procuratorate code per test (the session's database is shared by the tests): 内0530检, 内0531检, …
    (codes follow the organisation-code grammar, shared.orgs; the run's databases are its own)."""
    return f"内05{next(_n):02d}检"


def proc(o: str, role: str = "procurator") -> dict:
    return auth(role, org=o, sub=f"{role}@{o}")


async def outbox(db, *, key: str | None = None, suffix: str = "") -> list[dict]:
    rows = await db.fetch("select envelope from outbox where ($1::text is null or key = $1) and event_type like $2 "
                          "order by seq", key, f"%{suffix}%")
    return [json.loads(r["envelope"]) if isinstance(r["envelope"], str) else r["envelope"] for r in rows]


async def post(client, path, body, headers, status):
    r = await client.post(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    return r.json()


CLUE = {"source": "cppcc_member", "source_name": "某政协委员", "received_on": "2024-05-06",
        "summary": "西辽河上浮桥影响行洪安全和通行安全", "segment_code": "xiliao-150523", "location": "开鲁县境内"}
CASE = {"title": "西辽河浮桥行洪及通行安全行政公益诉讼案", "domain": "flood_safety", "kind": "administrative",
        "filed_on": "2024-05-10"}


async def new_case(client, o: str, **overrides) -> dict:
    clue = await post(client, "/api/v1/clues", CLUE, proc(o), 201)
    out = await post(client, f"/api/v1/clues/{clue['id']}/evaluation",
                     {"decision": "file_case", "case": {**CASE, **overrides}}, proc(o), 200)
    return out["case"]


# ------------------------------------------------------------------ clues and filing
async def test_a_clue_is_evaluated_into_a_case_once(procuratorate, procuratorate_db):
    o = org()
    clue = await post(procuratorate, "/api/v1/clues", CLUE, {**proc(o), "Idempotency-Key": "clue-1"}, 201)
    assert clue["status"] == "received" and clue["source_label"] == "政协委员"
    assert (clue["river_code"], clue["county_code"]) == ("xiliao", "150523")  # from the segment
    again = await procuratorate.post("/api/v1/clues", json=CLUE, headers={**proc(o), "Idempotency-Key": "clue-1"})
    assert again.status_code == 201 and again.json()["id"] == clue["id"]
    assert again.headers["idempotent-replayed"] == "true"
    other = await procuratorate.post("/api/v1/clues", json={**CLUE, "summary": "x"},
                                     headers={**proc(o), "Idempotency-Key": "clue-1"})
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    [received] = await outbox(procuratorate_db, key=f"clues/{clue['id']}", suffix="clue.received")
    assert received["data"]["river"] == "西辽河" and received["orgcode"] == o

    out = await post(procuratorate, f"/api/v1/clues/{clue['id']}/evaluation",
                     {"decision": "file_case", "case": CASE}, proc(o), 200)
    case = out["case"]
    assert out["clue"]["status"] == "filed" and out["clue"]["case_id"] == case["id"]
    assert case["state"] == "filed" and case["state_label"] == "立案" and case["domain_label"] == "行洪安全"
    assert case["county_code"] == "150523" and case["clue_id"] == clue["id"]
    [filed] = await outbox(procuratorate_db, key=case["id"], suffix="case.filed")
    assert filed["type"] == "cn.procuratorate.public-interest.case.filed.v1" and filed["caseid"] == case["id"]
    assert filed["data"]["filed_on"] == "2024-05-10"
    # 3 months from 2024-05-10 end on Saturday 2024-08-10: the decision is due Monday 2024-08-12 (民诉法 85 ¶3)
    assert case["deadlines"][0] == {"kind": "recommendation_decision", "label": "决定是否提出检察建议",
                                    "deadline": "2024-08-12", "moved_for_holiday_from": "2024-08-10",
                                    "status": "overdue"}

    r = await procuratorate.post(f"/api/v1/clues/{clue['id']}/evaluation", headers=proc(o),
                                 json={"decision": "close", "reason": "重复线索"})
    assert r.status_code == 409 and r.json()["code"] == "clue_already_evaluated"


async def test_a_clue_is_closed_with_a_reason_or_referred(procuratorate, procuratorate_db):
    o = org()
    a = await post(procuratorate, "/api/v1/clues", {**CLUE, "source": "public"}, proc(o), 201)
    closed = await post(procuratorate, f"/api/v1/clues/{a['id']}/evaluation",
                        {"decision": "close", "reason": "经核查不属实", "on": "2024-05-20"}, proc(o), 200)
    assert closed["clue"]["status"] == "closed" and closed["case"] is None
    assert (await outbox(procuratorate_db, key=f"clues/{a['id']}", suffix="clue.closed"))[0]["data"]["reason"] == \
        "经核查不属实"
    b = await post(procuratorate, "/api/v1/clues", {**CLUE, "source": "patrol"}, proc(o), 201)
    referred = await post(procuratorate, f"/api/v1/clues/{b['id']}/referrals",
                          {"to_org": "辽12检", "to_kind": "procuratorate", "reason": "属铁岭辖区", "on": "2024-05-21"},
                          proc(o), 200)
    assert referred["status"] == "referred" and referred["referred_to"] == "辽12检"
    [ev] = await outbox(procuratorate_db, key=f"clues/{b['id']}", suffix="clue.referred")
    assert ev["data"]["to_org"] == "辽12检" and ev["data"]["to_kind"] == "procuratorate"
    listed = (await procuratorate.get("/api/v1/clues?status=referred", headers=proc(o))).json()["items"]
    assert [c["id"] for c in listed] == [b["id"]]


async def test_bad_input_is_refused_and_nothing_is_written(procuratorate, procuratorate_db):
    o = org()
    # clues written through the API (the consumer meanwhile takes in other tests' referrals to partner
    # procuratorates as clues of theirs: those carry the event they came from)
    direct = "select count(*) from clues where source_event_id is null"
    before = await procuratorate_db.fetchval(direct)
    future = str(today_cn() + timedelta(days=1))
    for body, code in [({**CLUE, "segment_code": "nowhere"}, "unknown_segment"),
                       ({**CLUE, "segment_code": "xiliao-150523", "county_code": "150525"}, "segment_not_in_county"),
                       ({**CLUE, "received_on": future}, "date_in_future"),
                       ({**CLUE, "source": "rumour"}, "validation_error"),
                       ({**CLUE, "extra": 1}, "validation_error")]:
        r = await procuratorate.post("/api/v1/clues", json=body, headers=proc(o))
        assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM), r.text
        assert r.json()["code"] == code
    assert await procuratorate_db.fetchval(direct) == before
    clue = await post(procuratorate, "/api/v1/clues", CLUE, proc(o), 201)
    r = await procuratorate.post(f"/api/v1/clues/{clue['id']}/evaluation", headers=proc(o), json={"decision": "close"})
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    r = await procuratorate.post(f"/api/v1/clues/{clue['id']}/evaluation", headers=proc(o),
                                 json={"decision": "file_case", "case": {**CASE, "filed_on": "2024-05-01"}})
    assert r.status_code == 422 and r.json()["code"] == "date_out_of_order"  # filed before the clue arrived
    assert await procuratorate_db.fetchval("select count(*) from cases where clue_id = $1", uuid.UUID(clue["id"])) == 0
    assert (await procuratorate.get(f"/api/v1/clues/{clue['id']}", headers=proc(o))).json()["status"] == "received"


# ------------------------------------------------------------------ state machine
async def test_no_litigation_without_a_prior_recommendation_行政诉讼法25(procuratorate, procuratorate_db):
    o = org()
    case = await new_case(procuratorate, o)
    rec = await post(procuratorate, f"/api/v1/cases/{case['id']}/records", {
        "kind": "site_inspection", "recorded_on": "2024-05-15", "participants": ["检察官甲"],
        "findings": "浮桥锚固松动", "evidence": [{"kind": "photo", "title": "现场照片 1", "sha256": "a" * 64}]},
        proc(o), 201)
    assert rec["case_state"] == "investigating"
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions", headers=proc(o),
                                 json={"to_state": "litigation", "reason": "行政机关未履职", "court": "通辽市中级人民法院"})
    assert r.status_code == 409 and r.json()["code"] == "recommendation_required"
    assert "行政诉讼法第25条" in r.json()["title"]
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions", headers=proc(o),
                                 json={"to_state": "replied", "reason": "x"})
    assert r.status_code == 422 and r.json()["code"] == "use_specific_endpoint"
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/reviews", headers=proc(o), json={
        "reviewed_on": "2024-06-01", "led_by": "检察长", "findings": [{"item_id": str(uuid.uuid4()), "rectified": True}]})
    assert r.status_code == 409 and r.json()["code"] == "illegal_transition"
    assert await outbox(procuratorate_db, key=case["id"], suffix="litigation") == []
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/records", headers=proc(o), json={
        "kind": "interview", "recorded_on": "2024-05-15", "findings": "x", "evidence": [{"kind": "photo", "title": "p",
                                                                                          "sha256": "XYZ"}]})
    assert r.status_code == 422


async def test_litigation_after_the_agency_did_not_perform(procuratorate, procuratorate_db):
    o = org()
    case = await new_case(procuratorate, o)
    await post(procuratorate, f"/api/v1/cases/{case['id']}/records",
               {"kind": "document_request", "recorded_on": "2024-05-12", "agencies": ["县水利局"],
                "findings": "调取浮桥审批材料"}, proc(o), 201)
    await post(procuratorate, f"/api/v1/cases/{case['id']}/recommendations",
               {"addressee": "某县人民政府", "content": "依法履职", "issued_on": "2024-08-01"}, proc(o), 201)
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions", headers=proc(o),
                                 json={"to_state": "litigation", "reason": "逾期未回复且未整改"})
    assert r.status_code == 422 and r.json()["code"] == "court_required"
    current = (await procuratorate.get(f"/api/v1/cases/{case['id']}", headers=proc(o))).json()
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions",
                                 headers={**proc(o), "If-Match": f'"{current["version"] - 1}"'},
                                 json={"to_state": "litigation", "reason": "逾期未回复且未整改", "court": "某市中级人民法院"})
    assert r.status_code == 412 and r.json()["code"] == "version_mismatch"
    done = await post(procuratorate, f"/api/v1/cases/{case['id']}/transitions",
                      {"to_state": "litigation", "reason": "逾期未回复且未整改", "court": "某市中级人民法院",
                       "on": "2024-12-01"}, {**proc(o), "If-Match": f'"{current["version"]}"'}, 200)
    assert done["state"] == "litigation" and done["outcome"] == "litigation"
    assert done["litigation"]["defendant"] == "某县人民政府"
    [lit] = await outbox(procuratorate_db, key=case["id"], suffix="litigation.filed")
    assert lit["data"]["court"] == "某市中级人民法院"
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/transitions", headers=proc(o),
                                 json={"to_state": "closed", "reason": "x"})
    assert r.status_code == 409 and r.json()["code"] == "illegal_transition"


# ------------------------------------------------------------------ recommendation → overdue → reply → review → closed
async def test_reply_overdue_is_published_once_and_the_case_closes_when_all_items_are_verified(
        procuratorate, procuratorate_db):
    o = org()
    case = await new_case(procuratorate, o)
    cid = case["id"]
    meeting = await post(procuratorate, f"/api/v1/cases/{cid}/meetings", {
        "held_on": "2024-06-03", "participants": ["市水利局", "县水利局", "县交通运输局", "县应急管理局"],
        "duties": [{"agency": "县水利局", "problem": "浮桥影响行洪", "legal_basis": "防洪法"},
                   {"agency": "县应急管理局", "problem": "浮桥通行安全"}]}, proc(o), 201)
    assert meeting["responsible_agencies"] == ["县水利局", "县应急管理局"]
    objs = await post(procuratorate, f"/api/v1/cases/{cid}/objects", {"objects": [
        {"kind": "floating_bridge", "name": "1号浮桥", "defects": [{"defect": "loose_anchor"},
                                                                 {"defect": "toll_not_posted"}]}]}, proc(o), 201)
    items = [i["id"] for i in objs["objects"][0]["items"]]
    received = today_cn() - timedelta(days=3)  # recent: the timed sweep (real today) cannot flag it
    rec = await post(procuratorate, f"/api/v1/cases/{cid}/recommendations", {
        "addressee": "某县人民政府", "content": "依法履行监管职责", "issued_on": str(received - timedelta(days=1)),
        "received_on": str(received)}, proc(o), 201)
    due = date.fromisoformat(rec["reply_due_on"])
    assert rec["reply_status"] == "pending" and sorted(rec["item_ids"]) == sorted(items)
    [issued] = await outbox(procuratorate_db, key=cid, suffix="recommendation.issued")
    assert issued["data"]["item_count"] == 2 and issued["data"]["reply_due_on"] == str(due)

    admin = auth("admin", org=o)
    assert (await post(procuratorate, "/api/v1/ops/sweep", {"today": str(due)}, admin, 200))["overdue_flagged"] == 0
    first = await post(procuratorate, "/api/v1/ops/sweep", {"today": str(due + timedelta(days=1))}, admin, 200)
    assert rec["id"] in first["recommendation_ids"]
    again = await post(procuratorate, "/api/v1/ops/sweep", {"today": str(due + timedelta(days=9))}, admin, 200)
    assert rec["id"] not in again["recommendation_ids"]
    [overdue] = await outbox(procuratorate_db, key=cid, suffix="reply.overdue")
    assert overdue["data"]["overdue_since"] == str(due + timedelta(days=1))
    r = await procuratorate.post("/api/v1/ops/sweep", json={}, headers=proc(o))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"

    reply = await post(procuratorate, f"/api/v1/recommendations/{rec['id']}/reply", {
        "received_on": str(today_cn()), "summary": "已责令整改",
        "measures": [{"item_id": i, "measures": "加固锚固 / 公示收费标准"} for i in items]}, proc(o), 201)
    assert reply["case_state"] == "replied" and reply["late"] is False
    r = await procuratorate.post(f"/api/v1/recommendations/{rec['id']}/reply", headers=proc(o),
                                 json={"received_on": str(today_cn()), "summary": "again"})
    assert r.status_code == 409 and r.json()["code"] == "already_replied"

    review = await post(procuratorate, f"/api/v1/cases/{cid}/reviews", {
        "reviewed_on": str(today_cn()), "led_by": "检察长", "findings": [
            {"item_id": items[0], "rectified": True, "finding": "已加固"},
            {"item_id": items[1], "rectified": False, "finding": "未公示"}]}, proc(o), 201)
    assert (review["items_verified"], review["items_open"], review["case_state"]) == (1, 1, "following_up")
    r = await procuratorate.post(f"/api/v1/cases/{cid}/transitions", headers=proc(o),
                                 json={"to_state": "closed", "reason": "整改完毕"})
    assert r.status_code == 422 and r.json()["code"] == "close_refused"
    review = await post(procuratorate, f"/api/v1/cases/{cid}/reviews", {
        "reviewed_on": str(today_cn()), "led_by": "检察长",
        "findings": [{"item_id": items[1], "rectified": True, "finding": "已公示"}]}, proc(o), 201)
    assert review["case_state"] == "closed"
    view = (await procuratorate.get(f"/api/v1/cases/{cid}", headers=proc(o))).json()
    assert view["outcome"] == "rectified" and view["items_by_status"] == {"verified": 2}
    assert view["recommendations"][0]["overdue_event_published"] is True
    types = [e["type"].split(".", 3)[3] for e in await outbox(procuratorate_db, key=cid)]
    assert types == ["case.filed.v1", "meeting.held.v1", "recommendation.issued.v1", "reply.overdue.v1",
                     "reply.received.v1", "item.rectified.v1", "review.completed.v1", "item.rectified.v1",
                     "review.completed.v1", "case.closed.v1"]
    chain = (await procuratorate.get("/api/v1/audit/verify", headers=auth("auditor", org=o))).json()
    assert chain["valid"] is True


async def test_urgent_recommendation_reply_due_in_fifteen_days(procuratorate):
    o = org()
    case = await new_case(procuratorate, o)
    await post(procuratorate, f"/api/v1/cases/{case['id']}/records",
               {"kind": "consultation", "recorded_on": "2024-05-20", "agencies": ["县水利局"], "findings": "磋商"},
               proc(o), 201)
    assert (await procuratorate.get(f"/api/v1/cases/{case['id']}", headers=proc(o))).json()["state"] == "consulting"
    rec = await post(procuratorate, f"/api/v1/cases/{case['id']}/recommendations", {
        "addressee": "县水利局", "content": "立即消除行洪隐患", "issued_on": "2024-06-10", "urgent": True}, proc(o), 201)
    assert rec["reply_due_on"] == "2024-06-25" and rec["received_on"] == "2024-06-10"
    r = await procuratorate.post(f"/api/v1/cases/{case['id']}/recommendations", headers=proc(o), json={
        "addressee": "县水利局", "content": "x", "issued_on": "2024-06-10", "received_on": "2024-06-01"})
    assert r.status_code in (409, 422)


# ------------------------------------------------------------------ authz: own cases and what partners share
async def test_a_procuratorate_sees_its_own_cases_and_what_partners_share(procuratorate):
    tongliao, tieling = org(), "辽12检"
    case = await new_case(procuratorate, tongliao)
    url = f"/api/v1/cases/{case['id']}"
    assert (await procuratorate.get(url)).status_code == 401
    for headers in (proc(tieling), proc(tieling, "partner")):
        r = await procuratorate.get(url, headers=headers)
        assert r.status_code == 404 and r.json()["code"] == "case_not_found"
    r = await procuratorate.get(url, headers=auth("clerk", org=tongliao))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
    assert case["id"] not in [c["id"] for c in (await procuratorate.get(
        "/api/v1/cases", headers=proc(tieling, "partner"))).json()["items"]]

    shared = await post(procuratorate, f"{url}/shares", {"grantee_org": tieling, "note": "跨区域协作"}, proc(tongliao), 200)
    assert shared["shared_with"] == [tieling]
    seen = await procuratorate.get(url, headers=proc(tieling, "partner"))
    assert seen.status_code == 200 and seen.json()["shared_with"] == [tieling]
    assert case["id"] in [c["id"] for c in (await procuratorate.get(
        "/api/v1/cases", headers=proc(tieling, "partner"))).json()["items"]]
    # shared is read-only: a partner cannot write, a procurator of the grantee is not the handling procuratorate
    r = await procuratorate.post(f"{url}/records", headers=proc(tieling, "partner"),
                                 json={"kind": "interview", "recorded_on": "2024-05-12", "findings": "x"})
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
    r = await procuratorate.post(f"{url}/records", headers=proc(tieling),
                                 json={"kind": "interview", "recorded_on": "2024-05-12", "findings": "x"})
    assert r.status_code == 403 and r.json()["code"] == "not_case_owner"
    # a third procuratorate still sees nothing; clues are never shared
    assert (await procuratorate.get(url, headers=proc("吉0382检", "partner"))).status_code == 404
    assert (await procuratorate.get(f"/api/v1/clues/{case['clue_id']}", headers=proc(tieling))).status_code == 404


# ------------------------------------------------------------------ rivers, campaign, projects
async def test_rivers_campaign_metrics_and_follow_on_projects(procuratorate):
    o = org()
    rivers = (await procuratorate.get("/api/v1/rivers", headers=proc(o, "partner"))).json()["items"]
    xiliao = next(r for r in rivers if r["code"] == "xiliao")
    assert (xiliao["name"], xiliao["main_stream_km"], xiliao["local_km"], xiliao["basin_km2"]) == \
        ("西辽河", 403, 367, 138300)
    assert {s["county_name"] for s in xiliao["segments"]} == {"开鲁县", "奈曼旗", "科尔沁区", "科尔沁左翼中旗",
                                                              "科尔沁左翼后旗"}
    for start, end, figures in [("2023-01-01", "2023-12-31", {"cases": 60, "mu_cleared": 1500}),
                                ("2024-01-01", "2024-12-31", {"cases": 62, "mu_cleared": 1764,
                                                              "buildings_removed": 106, "garbage_tonnes": 2000,
                                                              "river_km_protected": 260,
                                                              "map_spots_rectified": 150})]:
        await post(procuratorate, "/api/v1/campaign-metrics",
                   {"period_start": start, "period_end": end, **figures}, proc(o), 200)
    m = (await procuratorate.get("/api/v1/campaign-metrics?campaign=守护美丽西辽河", headers=proc(o))).json()
    assert m["totals"] == {"cases": 122, "mu_cleared": 3264, "buildings_removed": 106, "garbage_tonnes": 2000,
                           "river_km_protected": 260, "map_spots_rectified": 150}
    only_2024 = (await procuratorate.get("/api/v1/campaign-metrics?period_from=2024-01-01", headers=proc(o))).json()
    assert only_2024["totals"]["cases"] == 62
    r = await procuratorate.post("/api/v1/campaign-metrics", headers=proc(o),
                                 json={"period_start": "2024-02-01", "period_end": "2024-01-01"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_period"

    ids = []
    for i, year in enumerate([2025, 2025, 2026, 2026, 2027, 2027, 2028, 2028], start=1):
        p = await post(procuratorate, "/api/v1/projects", {"name": f"公益桥 {i} 号", "planned_year": year,
                                                            "county_code": "150523"}, proc(o), 201)
        ids.append(p["id"])
    await post(procuratorate, f"/api/v1/projects/{ids[0]}/status", {"status": "under_construction"}, proc(o), 200)
    built = await post(procuratorate, f"/api/v1/projects/{ids[0]}/status", {"status": "completed"}, proc(o), 200)
    assert built["status_label"] == "建成" and len(built["history"]) == 2
    r = await procuratorate.post(f"/api/v1/projects/{ids[0]}/status", headers=proc(o), json={"status": "planned"})
    assert r.status_code == 409 and r.json()["code"] == "illegal_project_transition"
    listing = (await procuratorate.get("/api/v1/projects?year_from=2025&year_to=2028", headers=proc(o))).json()
    assert len(listing["items"]) == 8 and listing["by_status"] == {"completed": 1, "planned": 7}
    schedule = (await procuratorate.get("/api/v1/river-chiefs/patrol-schedule?level=township&last_patrol_on=2024-05-01",
                                        headers=proc(o))).json()
    assert schedule["next_due_on"] == "2024-05-11"


# ------------------------------------------------------------------ truthful responses, partners by their codes
async def test_a_post_its_replay_and_the_schema_agree(procuratorate):
    o = org()
    case = await new_case(procuratorate, o)
    body = {"kind": "document_request", "recorded_on": "2024-05-12", "agencies": ["县水利局"], "findings": "调取材料",
            "evidence": [{"kind": "document", "title": "审批材料", "collected_on": "2024-05-12"}]}
    headers = {**proc(o), "Idempotency-Key": f"record-{case['id']}"}
    first = await procuratorate.post(f"/api/v1/cases/{case['id']}/records", json=body, headers=headers)
    replay = await procuratorate.post(f"/api/v1/cases/{case['id']}/records", json=body, headers=headers)
    assert first.status_code == replay.status_code == 201 and replay.headers["idempotent-replayed"] == "true"
    assert first.json() == replay.json()
    spec = (await procuratorate.get("/openapi.json")).json()
    ref = spec["paths"]["/api/v1/cases/{case_id}/records"]["post"]["responses"]["201"]["content"][
        "application/json"]["schema"]["$ref"]
    schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert set(first.json()) == set(schema["properties"]) and set(schema["required"]) <= set(first.json())
    assert first.json()["evidence"][0]["collected_on"] == "2024-05-12" and first.json()["case_state"] == "investigating"
    for path, op in spec["paths"].items():
        for method, detail in op.items():
            if path.startswith("/api/v1/") and method in ("get", "post"):
                ok = next(v for k, v in detail["responses"].items() if k.startswith("2"))
                assert "schema" in ok.get("content", {}).get("application/json", {}), (method, path)


async def test_a_referral_names_the_kind_of_the_receiving_organisation(procuratorate):
    o = org()
    clue = await post(procuratorate, "/api/v1/clues", CLUE, proc(o), 201)
    for to_org, kind, code in [("内0523河长办", "procuratorate", "partner_kind_mismatch"),
                               ("辽12检", "river_chief_office", "partner_kind_mismatch"),
                               ("开鲁县河长办", "river_chief_office", "validation_error"),
                               (o, "procuratorate", "referral_to_self")]:
        r = await procuratorate.post(f"/api/v1/clues/{clue['id']}/referrals", headers=proc(o),
                                     json={"to_org": to_org, "to_kind": kind, "reason": "属其辖区"})
        assert r.status_code == 422 and r.json()["code"] == code, r.text
    referred = await post(procuratorate, f"/api/v1/clues/{clue['id']}/referrals",
                          {"to_org": "内0523河长办", "to_kind": "river_chief_office", "reason": "属河长办职责"},
                          proc(o), 200)
    assert referred["status"] == "referred" and referred["referred_to"] == "内0523河长办"
