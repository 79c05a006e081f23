"""(f) `GET /api/v1/overview` over a year of figures from 1,000,000 counted events.

A fresh asset_core database (bench_overview_<run>) is seeded in bulk (bench/seed.py): `events` counted linkage
events over a year and the 120 county courts of 内 summed into `figures` (as projections.count does) and the
roll-up the overview reads (migration 0150's back-fill), plus `cases` filed over the same year (the core's
立案 / 终本 / 执行到位 / 绿色通道 figures) with their recoveries, counted by the write path's triggers and folded
into the roll-up as the sweep does. Then asset_core runs as a uvicorn process and a
president of 内 asks for the year's overview of the high court (every court), a city court and a county court,
one request at a time; p50/p99 per court. Target ≤ 50 ms.

    python -m bench.overview --events 1000000 --cases 150000 --requests 200
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import logging
import secrets
import sys
import time
from dataclasses import dataclass, field
from datetime import date

import asyncpg
import httpx

from bench.common import (LOG_DIR, Resources, Timer, database_dsn, free_port, percentile, process_cpu_seconds,
                          start_uvicorn, stop_process, wait_for_infra)
from bench.http_bench import wait_ready
from bench.seed import CITIES, COUNTIES, PROVINCE, seed_cases, seed_figures
from shared.auth import issue_token, keygen
from shared.settings import ROOT, Settings

log = logging.getLogger("bench.overview")
FIRST_DAY, DAYS = date(2025, 1, 1), 365


@dataclass
class OverviewResult:
    events: int
    figure_rows: int
    rollup_rows: int
    cases: int
    seed_seconds: float
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)  # court → sorted
    errors: dict[str, int] = field(default_factory=dict)
    server_cpu_ms: dict[str, float] = field(default_factory=dict)  # court → server CPU per request
    sample: dict | None = None
    db_ms: list[float] = field(default_factory=list)  # the overview's one query for 内, in the database (sorted)

    def p(self, court: str, q: float) -> float:
        return percentile(self.latencies_ms.get(court, []), q)


def _backfill_sql() -> str:
    """Migration 0150's back-fill of the linkages' counters into the roll-up, the statement a deployment ran once."""
    path = ROOT / "services/asset_core/migrations/versions/0150_overview_rollup.py"
    spec = importlib.util.spec_from_file_location("overview_rollup_migration", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BACKFILL_FIGURES


async def seed(dsn: str, events: int, cases: int) -> tuple[int, int, int]:
    """Figures as the projection would have summed them (rolled up as the migration did), then cases and their
    recoveries through the write path's triggers (appended to figures_pending), folded as the sweep does."""
    from services.asset_core.projections import FOLD
    conn = await asyncpg.connect(dsn)
    try:
        figure_rows = await seed_figures(conn, events, FIRST_DAY, DAYS)
        await conn.execute(_backfill_sql())
        n = await seed_cases(conn, cases, FIRST_DAY, DAYS, open_share=0.3) if cases else 0
        await conn.execute(FOLD.text)
        await conn.execute("vacuum analyze figures_rollup, figures_pending")
        total = await conn.fetchval("select sum(value) from figures")
        assert total == events, (total, events)
        rollup_rows = await conn.fetchval("select count(*) from figures_rollup")
        return figure_rows, rollup_rows, n
    finally:
        await conn.close()


async def run(res: Resources, rid: str, events: int = 1_000_000, cases: int = 150_000, requests: int = 200
              ) -> OverviewResult:
    base = Settings()
    keygen(base)
    db = await res.database(f"bench_overview_{rid}", "asset_core")
    with Timer() as t:
        figure_rows, rollup_rows, n = await seed(database_dsn(db), events, cases)
    out = OverviewResult(events, figure_rows, rollup_rows, n, t.seconds)
    prefix = f"bench{rid}-overview."
    res.topic_prefixes.append(prefix)
    port = free_port()
    log_path = LOG_DIR / f"{rid}-overview.log"
    proc = start_uvicorn("services.asset_core.app:create_app", port, log_path, factory=True, env={
        "SERVICE_NAME": "asset_core", "DATABASE_URL": base.database_url, "DATABASE_NAME": db,
        "KAFKA_BOOTSTRAP_SERVERS": base.kafka_bootstrap_servers, "TOPIC_PREFIX": prefix, "LOG_LEVEL": "WARNING"})
    res.processes.append(proc)
    token = issue_token(base, sub="bench-president", org=PROVINCE, roles=["president"])
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30,
                                     headers={"authorization": f"Bearer {token}"}) as client:
            await wait_ready(client, proc, "asset_core")
            params = {"from": FIRST_DAY.isoformat(), "to": date(2025, 12, 31).isoformat()}
            for court in (PROVINCE, CITIES[5], COUNTIES[50]):
                for _ in range(10):  # warm-up: connections, plans
                    await client.get("/api/v1/overview", params={**params, "court": court})
                lat: list[float] = []
                cpu0 = process_cpu_seconds(proc.pid)
                for _ in range(requests):
                    t0 = time.perf_counter()
                    r = await client.get("/api/v1/overview", params={**params, "court": court})
                    ms = (time.perf_counter() - t0) * 1000
                    if r.status_code == 200:
                        lat.append(ms)
                        if court == PROVINCE and out.sample is None:
                            out.sample = r.json()
                    else:
                        out.errors[f"{court} {r.status_code}"] = out.errors.get(f"{court} {r.status_code}", 0) + 1
                cpu1 = process_cpu_seconds(proc.pid)
                out.latencies_ms[court] = sorted(lat)
                if cpu0 is not None and cpu1 is not None and lat:
                    out.server_cpu_ms[court] = (cpu1 - cpu0) * 1000 / len(lat)
    finally:
        stop_process(proc)
        res.logs.append((log_path, bool(out.errors)))
    out.db_ms = await _query_ms(database_dsn(db), requests)
    return out


async def _query_ms(dsn: str, n: int) -> list[float]:
    """The overview's query (views.overview) for the high court's year, timed in the database alone."""
    conn = await asyncpg.connect(dsn)
    try:
        sql = ("select metric, sum(value) from (select metric, value from figures_rollup where org_code = $1 and "
               "day between $2 and $3 union all select metric, value from figures_pending where org_code = $1 and "
               "day between $2 and $3) c group by metric")
        stmt = await conn.prepare(sql)
        out = []
        for _ in range(n):
            t0 = time.perf_counter()
            await stmt.fetch(PROVINCE, FIRST_DAY, date(2025, 12, 31))
            out.append((time.perf_counter() - t0) * 1000)
        return sorted(out)
    finally:
        await conn.close()


def check(out: OverviewResult) -> list[str]:
    """The high court's overview adds up to every counted event (the roll-up lost nothing)."""
    if not out.sample:
        return ["no overview answered"]
    got = sum(f["value"] or 0 for link in out.sample["linkages"].values() for f in link["figures"].values())
    return [] if got == out.events else [f"overview of {PROVINCE} sums to {got:,}, {out.events:,} events were counted"]


def table_rows(out: OverviewResult) -> list[tuple[str, ...]]:
    """(f)'s rows in `make bench`'s table (bench/run.py): one per court level."""
    rows = []
    for court, label in zip(out.latencies_ms, ("high court 内 (every court)", "city court", "county court")):
        lat = out.latencies_ms[court]
        rows.append((f"(f) GET /api/v1/overview, a year, {label} {court} (≤ 50)" if court != PROVINCE else
                     f"(f) GET /api/v1/overview, a year, {label} (≤ 50)", f"{len(lat):,}",
                     f"{sum(lat) / 1000:.2f}", f"{len(lat) / (sum(lat) / 1000):.0f}" if lat else "—",
                     f"{out.p(court, 50):.1f}", f"{out.p(court, 99):.1f}",
                     f"{out.server_cpu_ms[court]:.2f}" if court in out.server_cpu_ms else "", ""))
    return rows


def table_notes(out: OverviewResult) -> list[str]:
    notes = [f"(f) {out.events:,} counted events over 2025 and {len(COUNTIES)} county courts → {out.figure_rows:,} "
             f"figures rows, {out.rollup_rows:,} roll-up rows (court and the courts above it), {out.cases:,} cases "
             f"filed in the year (core figures, by triggers into the roll-up); seeded in {out.seed_seconds:.0f} s; "
             f"one request at a time; CPU = the server per request; the query alone (asyncpg, prepared) p50 "
             f"{percentile(out.db_ms, 50):.1f} ms, p99 {percentile(out.db_ms, 99):.1f} ms"]
    notes += [f"(f) WRONG: {p}" for p in check(out)]
    if out.errors:
        notes.append(f"(f) errors: {out.errors}")
    return notes


async def _main(args: argparse.Namespace) -> int:
    await wait_for_infra()
    res = Resources()
    rid = secrets.token_hex(4)
    try:
        out = await run(res, rid, args.events, args.cases, args.requests)
    finally:
        await res.cleanup()
    print(json.dumps({"seed_s": round(out.seed_seconds, 1), "query_p50_ms": round(percentile(out.db_ms, 50), 2), "figure_rows": out.figure_rows,
                      "rollup_rows": out.rollup_rows, "cases": out.cases, "errors": out.errors,
                      "problems": check(out),
                      **{court: {"p50_ms": round(out.p(court, 50), 2), "p99_ms": round(out.p(court, 99), 2),
                                 "server_cpu_ms": round(out.server_cpu_ms.get(court, float("nan")), 2)}
                         for court in out.latencies_ms}}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(prog="python -m bench.overview", description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--cases", type=int, default=150_000)
    p.add_argument("--requests", type=int, default=200)
    logging.basicConfig(level=logging.WARNING)
    sys.exit(asyncio.run(_main(p.parse_args())))
