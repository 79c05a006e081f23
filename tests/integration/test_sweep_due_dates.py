"""asset_core's sweep by stored due date (issue 10) and the overview's roll-up (migration 0150): the sweep looks
at an open case on the day stored for it, a write to the case makes it look again, a sweep run by hand for an
earlier day still sees the case; the overview reads the same figures before and after the sweep folds the
appended counts into the roll-up, for a court and the courts above it."""
import uuid
from datetime import date

from tests.support import auth, case_body

COURT = "内0628"  # a court of its own, and a year no other test uses: the city's and province's sums are ours


async def stored(db, case_id: str) -> tuple[date | None, date | None]:
    row = await db.fetchrow("select sweep_due_on, swept_on from cases where id = $1", uuid.UUID(case_id))
    return row["sweep_due_on"], row["swept_on"]


async def sweep(client, today: str) -> dict:
    r = await client.post("/api/v1/ops/sweep", json={"today": today}, headers=auth("admin"))
    assert r.status_code == 200, r.text
    return r.json()


async def due_notices(db, case_id: str) -> list[tuple[str, str]]:
    rows = await db.fetch("select envelope->'data'->>'kind' as kind, envelope->'data'->>'level' as level from outbox "
                          "where key = $1 and event_type like '%deadline-due%' order by seq", case_id)
    return [(r["kind"], r["level"]) for r in rows]


async def test_the_sweep_finds_a_case_by_its_stored_due_date(asset_core, asset_db):
    r = await asset_core.post("/api/v1/cases", json=case_body(court=COURT, year=2025, filed_on="2025-06-02"),
                              headers=auth("clerk", org=COURT))
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    assert await stored(asset_db, cid) == (None, None)  # never looked at: the next sweep does
    # officer assignment by 2025-06-09 (due from 06-07), notice by 06-12 (due from 06-10)
    await sweep(asset_core, "2025-06-05")
    assert await stored(asset_db, cid) == (date(2025, 6, 7), date(2025, 6, 5))
    await sweep(asset_core, "2025-06-06")  # not due: not looked at (it would have stored 06-06)
    assert await stored(asset_db, cid) == (date(2025, 6, 7), date(2025, 6, 5))
    assert await due_notices(asset_db, cid) == []
    await sweep(asset_core, "2025-06-07")  # the first day of the assignment's warning window
    assert await due_notices(asset_db, cid) == [("officer_assignment", "due")]
    assert await stored(asset_db, cid) == (date(2025, 6, 10), date(2025, 6, 7))

    # a write to the case clears the stored day: the next sweep looks, whatever day it is
    r = await asset_core.post(f"/api/v1/cases/{cid}/milestones", headers=auth("judge", org=COURT),
                              json={"kind": "officer_assigned", "officer_id": "张法官", "on": "2025-06-08"})
    assert r.status_code == 200, r.text
    assert (await stored(asset_db, cid))[0] is None
    await sweep(asset_core, "2025-06-08")
    assert await stored(asset_db, cid) == (date(2025, 6, 10), date(2025, 6, 8))  # the notice's window next
    await sweep(asset_core, "2025-06-10")
    assert await due_notices(asset_db, cid) == [("officer_assignment", "due"), ("execution_notice", "due")]
    assert await stored(asset_db, cid) == (date(2025, 6, 13), date(2025, 6, 10))

    # a sweep by hand for an earlier day than the case was last looked at still looks at it (and emits nothing twice)
    await sweep(asset_core, "2025-06-09")
    assert (await stored(asset_db, cid))[1] == date(2025, 6, 9)
    await sweep(asset_core, "2025-06-13")
    await sweep(asset_core, "2025-06-13")
    assert await due_notices(asset_db, cid) == [("officer_assignment", "due"), ("execution_notice", "due"),
                                                ("execution_notice", "overdue")]


async def overview_of(client, court: str) -> dict:
    r = await client.get(f"/api/v1/overview?from=2019-08-01&to=2019-08-31&court={court}",
                         headers=auth("president", org="内"))
    assert r.status_code == 200, r.text
    body = r.json()
    return {**{k: f["value"] for k, f in body["core"]["figures"].items()},
            **{f"{n}.{k}": f["value"] for n, link in body["linkages"].items() for k, f in link["figures"].items()}}


async def test_the_overview_reads_the_roll_up_and_what_is_not_folded_yet(asset_core, asset_db):
    await sweep(asset_core, "2019-09-01")  # fold what earlier tests counted: the pending rows below are ours
    cases = []
    for filed, category in (("2019-08-05", "migrant_wages"), ("2019-08-06", "none")):
        r = await asset_core.post("/api/v1/cases", json=case_body(court=COURT, year=2019, filed_on=filed,
                                                                  livelihood_category=category),
                                  headers=auth("clerk", org=COURT))
        assert r.status_code == 201, r.text
        cases.append(r.json()["id"])
    r = await asset_core.post(f"/api/v1/cases/{cases[0]}/recoveries", headers=auth("judge", org=COURT),
                              json={"amount_fen": 123_400, "source": "deduction", "received_on": "2019-08-20"})
    assert r.status_code == 201, r.text
    expected = {"cases_registered": 2, "green_channel_cases": 1, "recovered_fen": 123_400, "concluded_no_assets": 0}
    pending = await asset_db.fetchval("select count(*) from figures_pending where org_code = any($1) "
                                      "and day between '2019-08-01' and '2019-08-31'", [COURT, "内06", "内"])
    assert pending == 3 * 4  # 2 立案, 1 绿色通道, 1 到位, each for 内0628, 内06 and 内
    before = {court: await overview_of(asset_core, court) for court in (COURT, "内06", "内")}
    for court, figures in before.items():
        assert {k: figures[k] for k in expected} == expected, court
    assert before["内06"] == before[COURT] == before["内"]

    await sweep(asset_core, "2019-09-02")  # folds
    assert await asset_db.fetchval("select count(*) from figures_pending") == 0
    assert {court: await overview_of(asset_core, court) for court in before} == before
    assert await asset_db.fetchval("select sum(value) from figures_rollup where org_code = '内' and "
                                   "metric = 'core.cases_registered' and day between '2019-08-01' and '2019-08-31'") == 2


async def test_a_designated_case_and_its_recoveries_count_where_it_is_executed_now(asset_core):
    other = "内0629"
    r = await asset_core.post("/api/v1/cases", json=case_body(court=other, year=2018, filed_on="2018-01-10"),
                              headers=auth("clerk", org=other))
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    r = await asset_core.post(f"/api/v1/cases/{cid}/recoveries", headers=auth("judge", org=other),
                              json={"amount_fen": 50_000, "source": "deduction", "received_on": "2018-03-01"})
    assert r.status_code == 201, r.text

    async def year(court: str) -> tuple[int, int]:
        r = await asset_core.get(f"/api/v1/overview?from=2018-01-01&to=2018-12-31&court={court}",
                                 headers=auth("president", org="内"))
        f = r.json()["core"]["figures"]
        return f["cases_registered"]["value"], f["recovered_fen"]["value"]
    assert (await year(other), await year(COURT), await year("内06")) == ((1, 50_000), (0, 0), (1, 50_000))
    r = await asset_core.post(f"/api/v1/cases/{cid}/designations", headers=auth("judge", org="内06"), json={
        "to_court": COURT, "form": "instruct", "reason": "超过六个月未执行完毕，指令执行", "designated_on": "2018-08-01"})
    assert r.status_code == 200, r.text
    assert (await year(other), await year(COURT), await year("内06")) == ((0, 0), (1, 50_000), (1, 50_000))
    await sweep(asset_core, "2018-08-02")  # folded: the same
    assert (await year(other), await year(COURT), await year("内06")) == ((0, 0), (1, 50_000), (1, 50_000))
