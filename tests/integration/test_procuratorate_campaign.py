"""碍洪图斑 records (乱占 / 乱采 / 乱堆 / 乱建) and the campaign's figures derived from cases, verified items and
rectified 图斑 for any period — the manual figures count only where no record exists, marked as such; and the
东西辽河 geography (the West Liao River's four provinces, the 东辽河 beside it, segments with their counties)."""
import json
import uuid

from tests.support import auth


def proc(o: str, role: str = "procurator") -> dict:
    return auth(role, org=o, sub=f"{role}@{o}")


async def post(client, path, body, headers, status=200):
    r = await client.post(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    return r.json()


async def test_map_spots_are_recorded_and_rectified_with_their_dates(procuratorate, procuratorate_db):
    o = "内0512检"
    h = proc(o)
    spot = await post(procuratorate, "/api/v1/map-spots", {
        "number": "TB-150523-001", "kind": "building", "location": "西辽河开鲁段左岸河道管理范围内",
        "segment_code": "xiliao-150523", "found_on": "2023-06-12"}, {**h, "Idempotency-Key": "spot-1"}, 201)
    assert (spot["kind_label"], spot["status"], spot["status_label"]) == ("乱建", "pending", "待整改")
    assert (spot["river_code"], spot["county_code"], spot["version"]) == ("xiliao", "150523", 1)
    [ev] = await procuratorate_db.fetch("select envelope from outbox where key = $1", f"map-spots/{spot['id']}")
    data = json.loads(ev["envelope"])["data"]
    assert (data["kind"], data["river"], data["found_on"]) == ("building", "西辽河", "2023-06-12")

    for body, status, code in [
            ({"kind": "mining", "location": "x", "found_on": "2023-06-12", "number": "TB-150523-001"}, 409,
             "map_spot_number_taken"),
            ({"kind": "mining", "location": "x", "found_on": "2023-06-12", "segment_code": "nowhere"}, 422,
             "unknown_segment"),
            ({"kind": "flooding", "location": "x", "found_on": "2023-06-12"}, 422, "validation_error"),
            ({"kind": "mining", "location": "x", "found_on": "2099-01-01"}, 422, "date_in_future")]:
        r = await procuratorate.post("/api/v1/map-spots", json=body, headers=h)
        assert r.status_code == status and r.json()["code"] == code, r.text

    url = f"/api/v1/map-spots/{spot['id']}/status"
    r = await procuratorate.post(url, json={"status": "rectified", "on": "2023-06-01"}, headers=h)
    assert r.status_code == 422 and r.json()["code"] == "date_out_of_order"  # before it was found
    r = await procuratorate.post(url, json={"status": "rectifying", "on": "2023-07-01"},
                                 headers={**h, "If-Match": '"7"'})
    assert r.status_code == 412
    rectifying = await post(procuratorate, url, {"status": "rectifying", "on": "2023-07-01"}, {**h, "If-Match": '"1"'})
    assert (rectifying["status_label"], rectifying["rectified_on"], rectifying["version"]) == ("整改中", None, 2)
    done = await post(procuratorate, url, {"status": "rectified", "on": "2023-09-30", "note": "违建已拆除"}, h)
    assert (done["status"], done["rectified_on"], done["rectification_note"]) == ("rectified", "2023-09-30", "违建已拆除")
    assert [x["to"] for x in done["history"]] == ["rectifying", "rectified"]
    r = await procuratorate.post(url, json={"status": "rectifying"}, headers=h)
    assert r.status_code == 409 and r.json()["code"] == "illegal_map_spot_transition"
    rectified = await procuratorate_db.fetch("select envelope from outbox where key = $1 and event_type like "
                                             "'%map-spot.rectified%'", f"map-spots/{spot['id']}")
    assert len(rectified) == 1 and json.loads(rectified[0]["envelope"])["data"]["rectified_on"] == "2023-09-30"

    other = await post(procuratorate, "/api/v1/map-spots", {
        "kind": "piling", "location": "西辽河奈曼段", "segment_code": "xiliao-150525", "found_on": "2023-05-01"}, h, 201)
    listed = (await procuratorate.get("/api/v1/map-spots?status=pending", headers=h)).json()["items"]
    assert [s["id"] for s in listed] == [other["id"]]
    assert [s["id"] for s in (await procuratorate.get("/api/v1/map-spots?county_code=150523", headers=h)).json()[
        "items"]] == [spot["id"]]
    assert (await procuratorate.get(f"/api/v1/map-spots/{spot['id']}", headers=proc("辽12检"))).status_code == 404
    assert (await procuratorate.get(f"/api/v1/map-spots/{spot['id']}", headers=proc(o, "partner"))
            ).json()["status"] == "rectified"


async def test_campaign_figures_are_derived_from_the_records_manual_only_without_records(procuratorate):
    o = "内0513检"
    h = proc(o)
    # manual figures for 2023 (before the records here exist)
    await post(procuratorate, "/api/v1/campaign-metrics", {
        "period_start": "2023-01-01", "period_end": "2023-12-31", "cases": 120, "mu_cleared": 3000,
        "buildings_removed": 100, "garbage_tonnes": 1900, "river_km_protected": 240, "map_spots_rectified": 140}, h)
    # a 2024 case: items with what they clear, verified by the review
    clue = await post(procuratorate, "/api/v1/clues", {"source": "patrol", "received_on": "2024-05-02",
                                                         "summary": f"河道清障 {uuid.uuid4()}",
                                                         "segment_code": "xiliao-150502"}, h, 201)
    cid = (await post(procuratorate, f"/api/v1/clues/{clue['id']}/evaluation", {
        "decision": "file_case", "case": {"title": "科尔沁区段河道清障案", "domain": "flood_safety",
                                          "filed_on": "2024-05-10"}}, h))["case"]["id"]
    objects = await post(procuratorate, f"/api/v1/cases/{cid}/objects", {"objects": [
        {"kind": "crops_trees", "name": "河道内高秆作物", "defects": [
            {"defect": "flood_obstruction", "quantity": 264.5, "unit": "mu"}]},
        {"kind": "building", "name": "河道违建", "defects": [{"defect": "illegal_building", "quantity": 6,
                                                           "unit": "building"}]},
        {"kind": "garbage_site", "name": "垃圾堆放点", "defects": [
            {"defect": "garbage", "quantity": 100, "unit": "tonne"},
            {"defect": "flood_obstruction", "quantity": 20, "unit": "km"}]}]}, h, 201)
    items = [i["id"] for ob in objects["objects"] for i in ob["items"]]
    r = await procuratorate.post(f"/api/v1/cases/{cid}/objects", headers=h, json={"objects": [
        {"kind": "other", "name": "x", "defects": [{"defect": "other", "quantity": 3}]}]})
    assert r.status_code == 422 and r.json()["code"] == "validation_error"  # a quantity names its unit
    await post(procuratorate, f"/api/v1/cases/{cid}/records", {
        "kind": "site_inspection", "recorded_on": "2024-05-20", "findings": "河道内阻水作物、违建、垃圾"}, h, 201)
    await post(procuratorate, f"/api/v1/cases/{cid}/recommendations", {
        "addressee": "科尔沁区水务局", "content": "清障", "issued_on": "2024-06-01"}, h, 201)
    await post(procuratorate, f"/api/v1/cases/{cid}/reviews", {
        "reviewed_on": "2024-09-02", "led_by": "检察长", "findings": [{"item_id": i, "rectified": True}
                                                                    for i in items]}, h, 201)
    # 图斑: two rectified in 2024, one pending
    for n, (kind, rect) in enumerate([("occupation", "2024-07-01"), ("mining", "2024-08-15"), ("piling", None)]):
        s = await post(procuratorate, "/api/v1/map-spots", {"kind": kind, "location": f"图斑 {n}",
                                                            "found_on": "2024-03-01"}, h, 201)
        if rect:
            await post(procuratorate, f"/api/v1/map-spots/{s['id']}/status", {"status": "rectified", "on": rect}, h)

    async def figures(start, end):
        r = await procuratorate.get(f"/api/v1/campaign-metrics/derived?period_from={start}&period_to={end}",
                                    headers=proc(o, "partner"))
        assert r.status_code == 200, r.text
        return {f["metric"]: (f["value"], f["source"], f["records"]) for f in r.json()["figures"]}, r.json()

    year, out = await figures("2024-01-01", "2024-12-31")
    assert year == {"cases": (1, "derived", 1), "mu_cleared": (264.5, "derived", 1),
                    "buildings_removed": (6, "derived", 1), "garbage_tonnes": (100, "derived", 1),
                    "river_km_protected": (20, "derived", 1), "map_spots_rectified": (2, "derived", 2)}
    assert out["manual_periods"] == [] and out["totals"]["mu_cleared"] == 264.5
    # the whole campaign: records exist for every figure, so the manual 2023 figures are not added
    whole, out = await figures("2023-01-01", "2024-12-31")
    assert {k: v[:2] for k, v in whole.items()} == {k: v[:2] for k, v in year.items()}
    assert [p["period_start"] for p in out["manual_periods"]] == ["2023-01-01"]
    # 2023 alone: no record at all — the manual figures, marked manual
    manual, _ = await figures("2023-01-01", "2023-12-31")
    assert manual == {"cases": (120, "manual", 0), "mu_cleared": (3000, "manual", 0),
                      "buildings_removed": (100, "manual", 0), "garbage_tonnes": (1900, "manual", 0),
                      "river_km_protected": (240, "manual", 0), "map_spots_rectified": (140, "manual", 0)}
    # a period with the case filed but nothing verified nor rectified yet: derived where records exist
    mixed, _ = await figures("2023-01-01", "2024-06-30")
    assert mixed["cases"] == (1, "derived", 1) and mixed["mu_cleared"] == (3000, "manual", 0)
    assert mixed["map_spots_rectified"] == (140, "manual", 0)
    # nothing anywhere: none
    empty, _ = await figures("2020-01-01", "2020-12-31")
    assert set(empty.values()) == {(0, "none", 0)}
    r = await procuratorate.get("/api/v1/campaign-metrics/derived?period_from=2024-02-01&period_to=2024-01-01",
                                headers=h)
    assert r.status_code == 422 and r.json()["code"] == "invalid_period"


async def test_the_east_and_west_liao_rivers_with_their_provinces_segments_and_counties(procuratorate):
    h = proc("内0514检", "partner")
    rivers = {r["code"]: r for r in (await procuratorate.get("/api/v1/rivers", headers=h)).json()["items"]}
    xiliao, dongliao = rivers["xiliao"], rivers["dongliao"]
    assert xiliao["provinces"] == ["河北省", "内蒙古自治区", "吉林省", "辽宁省"]
    assert (dongliao["name"], dongliao["provinces"]) == ("东辽河", ["吉林省", "辽宁省"])
    segs = {s["county_name"]: s for s in xiliao["segments"]}
    assert (segs["开鲁县"]["code"], segs["开鲁县"]["city"], segs["开鲁县"]["province"]) == \
        ("xiliao-150523", "通辽市", "内蒙古自治区")
    assert [s["county_name"] for s in dongliao["segments"]] == ["昌图县", "梨树县", "双辽市", "东辽县"]
    east = {s["county_name"]: s for s in dongliao["segments"]}
    assert (east["双辽市"]["code"], east["双辽市"]["city"], east["双辽市"]["province"]) == \
        ("dongliao-220382", "四平市", "吉林省")
    assert (east["昌图县"]["city"], east["昌图县"]["province"]) == ("铁岭市", "辽宁省")
    liaoning = (await procuratorate.get("/api/v1/rivers?province=辽宁省", headers=h)).json()["items"]
    assert {r["code"] for r in liaoning} == {"xiliao", "dongliao"}
    hebei = (await procuratorate.get("/api/v1/rivers?province=河北省", headers=h)).json()["items"]
    assert [r["code"] for r in hebei] == ["xiliao"]
    counties = {c["code"]: c for c in (await procuratorate.get("/api/v1/counties", headers=h)).json()["items"]}
    assert (counties["220382"]["name"], counties["211224"]["name"], counties["220422"]["province"]) == \
        ("双辽市", "昌图县", "吉林省")
    # a clue on the 东辽河 takes its county from the segment
    clue = await post(procuratorate, "/api/v1/clues", {
        "source": "procuratorate", "source_name": "双辽市人民检察院", "received_on": "2024-05-02",
        "summary": "东辽河双辽段河道采砂", "segment_code": "dongliao-220382"}, proc("内0514检"), 201)
    assert (clue["river_code"], clue["county_code"]) == ("dongliao", "220382")
