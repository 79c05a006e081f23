"""asset_core's case API on real PostgreSQL and Kafka: the slice's write path, authz and bad input."""
import json
import uuid
from datetime import datetime

import pytest

from tests.support import COURT, OTHER_COURT, auth, case_body, token, wait_for

PROBLEM = "application/problem+json"


async def counts(db) -> tuple[int, int, int]:
    return (await db.fetchval("select count(*) from cases"), await db.fetchval("select count(*) from outbox"),
            await db.fetchval("select count(*) from audit_log"))


async def test_register_case_stores_it_and_emits_one_event(asset_core, asset_db):
    body = case_body(livelihood_category="migrant_wages")
    r = await asset_core.post("/api/v1/cases", json=body, headers=auth("clerk"))
    assert r.status_code == 201, r.text
    case = r.json()
    assert r.headers["location"] == f"/api/v1/cases/{case['id']}"
    assert case["case_number"] == body["case_number"]
    assert case["court_code"] == COURT and case["case_type"] == "执" and case["state"] == "filed"
    assert case["state_label"] == "已立案" and case["priority"] == 0
    assert datetime.fromisoformat(case["created_at"]).utcoffset() is not None
    rows = await asset_db.fetch("select event_type, key, envelope from outbox where key = $1", case["id"])
    assert [r["event_type"] for r in rows] == ["cn.court.asset-core.case.registered.v1"]
    r2 = await asset_core.get(f"/api/v1/cases/{case['id']}", headers=auth("judge"))
    assert r2.status_code == 200 and r2.json() == case


async def test_case_number_is_normalised_from_ascii_brackets(asset_core):
    body = case_body()
    ascii_number = body["case_number"].replace("（", "(").replace("）", ")")
    r = await asset_core.post("/api/v1/cases", json={**body, "case_number": ascii_number}, headers=auth())
    assert r.status_code == 201, r.text
    assert r.json()["case_number"] == body["case_number"]


async def test_duplicate_case_number_is_a_conflict(asset_core, asset_db):
    body = case_body()
    assert (await asset_core.post("/api/v1/cases", json=body, headers=auth())).status_code == 201
    before = await counts(asset_db)
    r = await asset_core.post("/api/v1/cases", json=body, headers=auth())
    assert r.status_code == 409 and r.json()["code"] == "case_number_taken"
    assert await counts(asset_db) == before


@pytest.mark.parametrize("mutate, status, code", [
    (lambda b: {**b, "case_number": "（2024）内0621民123号"}, 422, "validation_error"),
    (lambda b: {**b, "case_number": "2024内0621执123"}, 422, "validation_error"),
    (lambda b: {**b, "amount_owed_fen": -5}, 422, "validation_error"),
    (lambda b: {**b, "amount_owed_fen": 12.5}, 422, "validation_error"),
    (lambda b: {**b, "applicants": []}, 422, "validation_error"),
    (lambda b: {**b, "livelihood_category": "vip"}, 422, "validation_error"),
    (lambda b: {**b, "unknown_field": 1}, 422, "validation_error"),
    (lambda b: {**b, "filed_on": "2023-03-01"}, 422, "filing_year_mismatch"),
    (lambda b: {**b, "filed_on": "not a date"}, 422, "validation_error"),
    (lambda b: {k: v for k, v in b.items() if k != "respondents"}, 422, "validation_error"),
])
async def test_bad_bodies_are_refused_and_change_nothing(asset_core, asset_db, mutate, status, code):
    before = await counts(asset_db)
    r = await asset_core.post("/api/v1/cases", json=mutate(case_body()), headers=auth())
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    assert r.json()["code"] == code and r.json()["status"] == status and r.json()["title"]
    assert await counts(asset_db) == before


@pytest.mark.parametrize("raw", [b"{not json", b"", b"[]", "中文".encode()])
async def test_malformed_json_is_a_problem(asset_core, asset_db, raw):
    before = await counts(asset_db)
    r = await asset_core.post("/api/v1/cases", content=raw,
                              headers={**auth(), "content-type": "application/json"})
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM)
    assert await counts(asset_db) == before


@pytest.mark.parametrize("headers, code", [
    ({}, "unauthenticated"),
    ({"Authorization": "Basic dXNlcjpwdw=="}, "unauthenticated"),
    ({"Authorization": "Bearer not.a.jwt"}, "unauthenticated"),
    ({"Authorization": "Bearer " + token("clerk", hours=-1)}, "unauthenticated"),
    ({"Authorization": "Bearer " + token("clerk")[:-4] + "AAAA"}, "unauthenticated"),
])
async def test_missing_or_bad_tokens_are_401(asset_core, asset_db, headers, code):
    before = await counts(asset_db)
    r = await asset_core.post("/api/v1/cases", json=case_body(), headers=headers)
    assert r.status_code == 401 and r.json()["code"] == code
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert await counts(asset_db) == before


async def test_wrong_role_and_other_court_are_refused(asset_core, asset_db):
    before = await counts(asset_db)
    r = await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("officer"))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
    r = await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk", org=OTHER_COURT))
    assert r.status_code == 403 and r.json()["code"] == "court_mismatch"
    assert await counts(asset_db) == before


async def test_another_courts_case_is_not_visible(asset_core):
    created = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    r = await asset_core.get(f"/api/v1/cases/{created['id']}", headers=auth("judge", org=OTHER_COURT))
    assert r.status_code == 404 and r.json()["code"] == "case_not_found"
    listed = (await asset_core.get("/api/v1/cases?limit=200", headers=auth("judge", org=OTHER_COURT))).json()
    assert created["id"] not in [c["id"] for c in listed["items"]]
    r = await asset_core.get(f"/api/v1/cases/{uuid.uuid4()}", headers=auth("judge"))
    assert r.status_code == 404
    r = await asset_core.get("/api/v1/cases/not-a-uuid", headers=auth("judge"))
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM)


async def test_list_pages_with_a_cursor(asset_core):
    court = "内0627"
    ids = [(await asset_core.post("/api/v1/cases", json=case_body(court=court), headers=auth(org=court))).json()["id"]
           for _ in range(5)]
    seen, cursor = [], None
    while True:
        url = "/api/v1/cases?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = (await asset_core.get(url, headers=auth("judge", org=court))).json()
        seen += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == ids
    r = await asset_core.get("/api/v1/cases?cursor=garbage!!", headers=auth("judge", org=court))
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"
    r = await asset_core.get("/api/v1/cases?limit=0", headers=auth("judge", org=court))
    assert r.status_code == 422


async def test_the_case_reaches_dispatchs_projection(asset_core, dispatch):
    created = (await asset_core.post("/api/v1/cases", json=case_body(livelihood_category="support_payments"),
                                     headers=auth())).json()

    async def projected():
        r = await dispatch.get(f"/api/v1/cases/{created['id']}", headers=auth("officer"))
        return r.json() if r.status_code == 200 else None

    case = await wait_for(projected, timeout=30, what="dispatch's projection of the case")
    assert case["case_number"] == created["case_number"] and case["priority"] == 0
    r = await dispatch.get(f"/api/v1/cases/{created['id']}", headers=auth("officer", org=OTHER_COURT))
    assert r.status_code == 404


@pytest.mark.parametrize("name", ["某\u0000公司", "\ud800孤立代理项"])
async def test_text_postgresql_cannot_store_is_a_422_and_changes_nothing(asset_core, asset_db, name):
    before = await counts(asset_db)
    raw = json.dumps(case_body(respondents=[name]))  # ASCII-escaped, as a client would send \u0000 or \ud800
    r = await asset_core.post("/api/v1/cases", content=raw, headers={**auth(), "content-type": "application/json"})
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM), r.text
    assert r.json()["code"] in ("invalid_value", "invalid_characters", "validation_error")
    assert await counts(asset_db) == before


async def test_dates_beyond_arithmetic_range_are_a_422(dispatch):
    r = await dispatch.get("/api/v1/figures?from=0001-01-01", headers=auth("president"))
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM), r.text
