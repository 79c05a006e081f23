"""The case search (issue 16) on real PostgreSQL: 案号 and party names as before, and now a party's id number by
its keyed hash (POST /api/v1/cases/search — never in a URL), the executing court (a court and those below it,
still only the caller's visible cases), 绿色通道, and the order 绿色通道 first then by filing date, paged by a
keyset cursor over (priority, filed_on, seq); the pg_trgm and btree indexes the migration made."""
import pytest

from shared.identity import resident_id_check_char, uscc_check_char
from tests.support import RUN_ID, auth, case_body

CITY, COUNTY, OTHER = "内08", "内0802", "内0803"  # 巴彦淖尔: this file's courts only
PROBLEM = "application/problem+json"


def rid(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


DEBTOR_ID = rid(f"15080219800101{int(RUN_ID[:4], 16) % 1000:03d}")
ORG_ID = (lambda b: b + uscc_check_char(b))(f"91150802MA0{int(RUN_ID[:5], 16) % 1000000:06d}")


async def register(client, court: str, filed_on: str, category: str = "none", respondents=None) -> dict:
    body = case_body(court=court, filed_on=filed_on, livelihood_category=category,
                     respondents=respondents or ["内蒙古某某商贸有限公司"])
    r = await client.post("/api/v1/cases", json=body, headers=auth("clerk", org=court))
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture(scope="module")
async def seeded(asset_core):
    debtor = {"name": "钱某某", "kind": "person", "id_number": DEBTOR_ID}
    a = await register(asset_core, COUNTY, "2024-03-01", respondents=[debtor])
    b = await register(asset_core, COUNTY, "2024-05-01", "migrant_wages")
    c = await register(asset_core, COUNTY, "2024-01-15",
                       respondents=[{"name": "巴彦淖尔某某农牧有限公司", "kind": "organisation", "id_number": ORG_ID}])
    d = await register(asset_core, COUNTY, "2024-02-01", "support_payments")
    e = await register(asset_core, OTHER, "2024-03-01", respondents=[debtor])  # the same debtor, another court
    return {k: v["id"] for k, v in dict(a=a, b=b, c=c, d=d, e=e).items()}


async def listed(client, org: str, query: str = "", role: str = "judge") -> list[str]:
    r = await client.get(f"/api/v1/cases?limit=200&{query}", headers=auth(role, org=org))
    assert r.status_code == 200, r.text
    return [c["id"] for c in r.json()["items"]]


async def searched(client, org: str, body: dict, role: str = "judge") -> dict:
    r = await client.post("/api/v1/cases/search", json=body, headers=auth(role, org=org))
    assert r.status_code == 200, r.text
    return r.json()


async def test_green_channel_first_then_by_filing_date(asset_core, seeded):
    s = seeded
    assert await listed(asset_core, CITY) == [s["d"], s["b"], s["c"], s["a"], s["e"]]
    # the registration order stays available
    assert await listed(asset_core, CITY, "sort=registered") == [s["a"], s["b"], s["c"], s["d"], s["e"]]


async def test_the_keyset_cursor_walks_the_priority_order(asset_core, seeded):
    s = seeded
    seen, cursor = [], None
    while True:
        body = {"limit": 2, "court": CITY, **({"cursor": cursor} if cursor else {})}
        page = await searched(asset_core, CITY, body)
        seen += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [s["d"], s["b"], s["c"], s["a"], s["e"]]
    first = (await asset_core.get("/api/v1/cases?limit=1", headers=auth("judge", org=CITY))).json()
    r = await asset_core.get(f"/api/v1/cases?limit=1&sort=registered&cursor={first['next_cursor']}",
                             headers=auth("judge", org=CITY))
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"  # one order's cursor is not another's
    r = await asset_core.post("/api/v1/cases/search", json={"cursor": "a2Zvbw"}, headers=auth("judge", org=CITY))
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"


async def test_green_channel_filter(asset_core, seeded):
    s = seeded
    assert await listed(asset_core, CITY, "green_channel=true") == [s["d"], s["b"]]
    assert await listed(asset_core, CITY, "green_channel=false") == [s["c"], s["a"], s["e"]]
    page = await searched(asset_core, CITY, {"green_channel": True, "filed_from": "2024-03-01"})
    assert [c["id"] for c in page["items"]] == [s["b"]]
    assert page["items"][0]["priority"] == 0 and page["items"][0]["livelihood_category"] == "migrant_wages"


async def test_executing_court_filter_keeps_to_what_the_caller_sees(asset_core, seeded):
    s = seeded
    assert await listed(asset_core, CITY, f"court={OTHER}") == [s["e"]]
    assert set(await listed(asset_core, CITY, f"court={COUNTY}")) == {s["a"], s["b"], s["c"], s["d"]}
    # a county court naming its neighbour (or the city above it) still sees only its own cases
    assert await listed(asset_core, OTHER, f"court={COUNTY}") == []
    assert await listed(asset_core, OTHER, f"court={CITY}") == [s["e"]]
    for bad in ("nonsense", "内08检", "内0802公"):
        r = await asset_core.get(f"/api/v1/cases?court={bad}", headers=auth("judge", org=CITY))
        assert r.status_code == 422 and r.json()["code"] == "invalid_court", r.text
        assert r.headers["content-type"].startswith(PROBLEM)


async def test_search_by_id_number_matches_the_keyed_hash(asset_core, asset_db, seeded):
    s = seeded
    page = await searched(asset_core, CITY, {"id_number": DEBTOR_ID})
    assert [c["id"] for c in page["items"]] == [s["a"], s["e"]]
    # lower-case check character and blanks around it: the same person
    page = await searched(asset_core, CITY, {"id_number": " " + DEBTOR_ID.lower() + " "})
    assert [c["id"] for c in page["items"]] == [s["a"], s["e"]]
    # each court sees its own case of the debtor only
    assert [c["id"] for c in (await searched(asset_core, COUNTY, {"id_number": DEBTOR_ID}))["items"]] == [s["a"]]
    # an organisation by its 统一社会信用代码, combined with the other filters
    page = await searched(asset_core, CITY, {"id_number": ORG_ID, "green_channel": False, "court": COUNTY})
    assert [c["id"] for c in page["items"]] == [s["c"]]
    assert (await searched(asset_core, CITY, {"id_number": ORG_ID, "green_channel": True}))["items"] == []
    # the number is matched by its hash: the stored key is what the search compares
    key = await asset_db.fetchval("select party_key from parties where case_id = $1 and role = 'respondent'",
                                  __import__("uuid").UUID(s["a"]))
    assert key and DEBTOR_ID not in key
    # a clerk finds the case but sees the number masked, as everywhere
    clerk = await searched(asset_core, COUNTY, {"id_number": DEBTOR_ID}, role="clerk")
    assert DEBTOR_ID not in str(clerk) and clerk["items"][0]["respondents"][0]["id_number"].startswith("150802***")


async def test_an_id_number_in_the_url_or_an_invalid_one_is_refused(asset_core, seeded):
    r = await asset_core.get(f"/api/v1/cases?id_number={DEBTOR_ID}", headers=auth("judge", org=CITY))
    assert r.status_code == 400 and r.json()["code"] == "id_number_in_url"
    assert DEBTOR_ID not in r.text
    # a last character that is the check character neither of a 身份证号 nor of a 统一社会信用代码 (18 digits may be a
    # valid code of either kind: then the search rightly takes it)
    wrong_check = next(DEBTOR_ID[:-1] + c for c in "0123456789"
                       if c not in (DEBTOR_ID[-1], uscc_check_char(DEBTOR_ID[:-1])))
    for bad in (wrong_check, "12345", "91150802MA0000000I"):
        r = await asset_core.post("/api/v1/cases/search", json={"id_number": bad}, headers=auth("judge", org=CITY))
        assert r.status_code == 422 and r.json()["code"] == "invalid_id_number", (bad, r.text)
        assert r.headers["content-type"].startswith(PROBLEM)


@pytest.mark.parametrize("body, status, code", [
    ({"unknown": 1}, 422, "validation_error"),
    ({"limit": 0}, 422, "validation_error"),
    ({"limit": 201}, 422, "validation_error"),
    ({"state": "lost"}, 422, "validation_error"),
    ({"sort": "random"}, 422, "validation_error"),
    ({"filed_from": "2024-05-01", "filed_to": "2024-01-01"}, 400, "invalid_date_range"),
    ({"filed_from": "9999-12-31"}, 422, "validation_error"),
    ({"court": "内08检"}, 422, "invalid_court"),
])
async def test_bad_search_bodies_are_problems(asset_core, body, status, code):
    r = await asset_core.post("/api/v1/cases/search", json=body, headers=auth("judge", org=CITY))
    assert r.status_code == status and r.json()["code"] == code, r.text
    assert r.headers["content-type"].startswith(PROBLEM)


async def test_search_needs_a_reader_role(asset_core):
    r = await asset_core.post("/api/v1/cases/search", json={}, headers=auth("admin", org=CITY))
    assert r.status_code == 403
    r = await asset_core.post("/api/v1/cases/search", json={})
    assert r.status_code == 401


async def test_party_names_and_case_numbers_by_prefix_or_part_still_work(asset_core, seeded):
    s = seeded
    page = await searched(asset_core, CITY, {"party_name": "巴彦淖尔某某农"})
    assert [c["id"] for c in page["items"]] == [s["c"]]
    number = (await asset_core.get(f"/api/v1/cases/{s['e']}", headers=auth("judge", org=CITY))).json()["case_number"]
    part = number.replace("（", "(").replace("）", ")")[6:]  # "内0803执…号" after "(2024)"
    page = await searched(asset_core, CITY, {"case_number": part})
    assert [c["id"] for c in page["items"]] == [s["e"]]


async def test_the_migration_made_the_search_indexes_and_the_planner_uses_them(asset_db):
    idx = {r["indexname"]: r["indexdef"] for r in await asset_db.fetch(
        "select indexname, indexdef from pg_indexes where tablename in ('cases', 'parties')")}
    assert "gin_trgm_ops" in idx["ix_parties_name_trgm"] and "USING gin" in idx["ix_parties_name_trgm"]
    assert "gin_trgm_ops" in idx["ix_cases_case_number_trgm"]
    assert "(priority, filed_on, seq)" in idx["ix_cases_priority_filed_on_seq"]
    async with asset_db.transaction():
        await asset_db.execute("set local enable_seqscan = off")
        plan = "\n".join(r[0] for r in await asset_db.fetch(
            "explain select case_id from parties where name like '钱某%'"))
        assert "ix_parties_name_trgm" in plan, plan
        plan = "\n".join(r[0] for r in await asset_db.fetch(
            "explain select id from cases where case_number ilike '%内0803执%'"))
        assert "ix_cases_case_number_trgm" in plan, plan
        plan = "\n".join(r[0] for r in await asset_db.fetch(
            "explain select id from cases order by priority, filed_on, seq limit 50"))
        assert "ix_cases_priority_filed_on_seq" in plan, plan
    # the stored priority is domain.priority
    rows = await asset_db.fetch("select livelihood_category, priority from cases")
    from services.asset_core.domain import LivelihoodCategory, priority
    assert rows and all(r["priority"] == priority(LivelihoodCategory(r["livelihood_category"])) for r in rows)
