"""`make demo` against the six real uvicorn processes, with a tenth of the article's counts for a court of its own
(the suite's other tests write as 内0621): the overview shows exactly the seeded figures, and a second run —
every request replayed by its Idempotency-Key, registrations checked by 案号 — counts nothing twice, in the
overview (asset_core's counters from the events) and in each linkage's own figures (its own tables)."""
import asyncio
import sys
from datetime import date

import httpx
import pytest

from shared.legal import today_cn
from shared.settings import ROOT
from tests.support import auth

COURT = "内0628"  # 乌审旗人民法院: no other e2e test writes as it
PROCURATORATE = "内0505检"
COUNTS = {"alarms": 41, "dispatches": 79, "detentions": 12, "notices": 44, "successes": 6,
          "bounty-recovered-yuan": 170_000, "pushed": 350, "fully-executed": 37, "settled": 13, "batches": 2,
          "people": 32, "transfers": 1, "transfer-persons": 1}


async def run_demo(suite) -> str:
    args = [f"--{k}={v}" for k, v in COUNTS.items()]
    args += [f"--base-url={s}={suite.url(s)}" for s in suite.procs]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "demo", "--court", COURT, "--procuratorate", PROCURATORATE, "--timeout", "300", *args,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    text = out.decode(errors="replace")
    assert proc.returncode == 0, text[-6000:]
    return text


async def figures(suite) -> dict:
    year = today_cn().year
    period = {"from": str(date(year, 1, 1)), "to": str(date(year, 12, 31)), "court": COURT}
    async with httpx.AsyncClient(timeout=60) as c:
        async def get(service, path):
            r = await c.get(suite.url(service) + path, params=period, headers=auth("president", org=COURT))
            assert r.status_code == 200, r.text
            return r.json()
        overview = await get("asset_core", "/api/v1/overview")
        own = {"dispatch": (await get("dispatch", "/api/v1/figures"))["total"],
               "reward": await get("reward", "/api/v1/figures"),
               "mediation": await get("mediation", "/api/v1/figures"),
               "police": await get("police", "/api/v1/figures")}
    flat = {m: f["value"] for link in overview["linkages"].values() for m, f in link["figures"].items()}
    return {"overview": flat, "own": own}


def expected_overview() -> dict:
    c = COUNTS
    return {"alarms_received": c["alarms"], "officer_dispatches": c["dispatches"], "detentions": c["detentions"],
            "notices_published": c["notices"], "successes": c["successes"],
            "recovered_fen": c["bounty-recovered-yuan"] * 100, "cases_pushed": c["pushed"],
            "fully_executed": c["fully-executed"], "settled": c["settled"], "joint_search_batches": c["batches"],
            "people_searched": c["people"], "refusal_transfers": c["transfers"],
            "refusal_transfer_persons": c["transfer-persons"]}


def check_own(own: dict) -> None:
    """Each linkage's own figures (counted from its tables as it writes them) agree with the seeded counts."""
    c = COUNTS
    d, r, m, p = own["dispatch"], own["reward"], own["mediation"], own["police"]
    assert (d["alarms_received"], d["officer_dispatches"], d["detentions"]) == (
        c["alarms"], c["dispatches"], c["detentions"])
    assert (r["notices_published"], r["successes"], r["recovered_fen"]) == (
        c["notices"], c["successes"], c["bounty-recovered-yuan"] * 100)
    assert (m["settled"], m["fully_executed"]) == (c["settled"], c["fully-executed"])
    assert (p["search_batches"], p["people_searched"], p["transfer_cases"], p["transfer_persons"]) == (
        c["batches"], c["people"], c["transfers"], c["transfer-persons"])


@pytest.mark.timeout(2400)
async def test_demo_seeds_the_articles_figures_and_a_second_run_counts_nothing_twice(suite):
    out = await run_demo(suite)
    assert "figures match" in out
    first = await figures(suite)
    assert first["overview"] == expected_overview()
    check_own(first["own"])

    again = await run_demo(suite)  # every seeded request replays its first answer
    assert "figures match" in again
    second = await figures(suite)
    assert second == first
    check_own(second["own"])
