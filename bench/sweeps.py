"""(g) asset_core's sweep with 100,000 open cases of which 1 % are due.

A fresh asset_core database (bench_sweeps_<run>) gets `cases` open cases in bulk (bench/seed.py), officer assigned
and notice sent, filed over 100 days from 2025-01-11 so that each day from 2025-06-11 on, 1 % of them enter the
30-day warning window of their 6-month limit (审限规定 5; the first day's 1,000 end on Friday 2025-07-11, no rest
day to move them). The sweep (services/asset_core/sweep.py) runs in this process, each run one transaction:

1. 2025-06-10, the first sweep after migration 0150: no day stored yet, every open case looked at (what every
   sweep did before: compute each open case's deadlines in Python), nothing due; each case's next day stored;
2. 2025-06-11, by the stored day: the 1 % due are looked at and their notices emitted;
3. 2025-06-12 with every stored day cleared (as before 0150): every open case looked at again, to compare.

    python -m bench.sweeps --cases 100000
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import secrets
import sys
from dataclasses import dataclass, field
from datetime import date

import asyncpg

from bench.common import Resources, Timer, database_dsn, wait_for_infra
from bench.seed import seed_cases

log = logging.getLogger("bench.sweeps")
FIRST_FILED, DAYS = date(2025, 1, 11), 100
FIRST, DUE, AGAIN = date(2025, 6, 10), date(2025, 6, 11), date(2025, 6, 12)


@dataclass
class SweepRun:
    label: str
    today: date
    seconds: float
    counts: dict

    @property
    def looked_at(self) -> int:
        return self.counts.get("cases_looked_at", 0)


@dataclass
class SweepsResult:
    cases: int
    seed_seconds: float
    runs: list[SweepRun] = field(default_factory=list)


async def _sweep(settings, today: date) -> tuple[float, dict]:
    from services.asset_core import sweep
    from shared.db import make_engine, make_session_factory
    engine = make_engine(settings)
    try:
        sessions = make_session_factory(engine)
        async with sessions() as session:  # connect before the clock
            await session.execute(__import__("sqlalchemy").text("select 1"))
        with Timer() as t:
            async with sessions() as session, session.begin():
                counts = await sweep.sweep(sweep.make_ctx(session, settings), today)
        return t.seconds, counts
    finally:
        await engine.dispose()


async def run(res: Resources, rid: str, cases: int = 100_000) -> SweepsResult:
    from services.asset_core.settings import AssetCoreSettings
    db = await res.database(f"bench_sweeps_{rid}", "asset_core")
    dsn = database_dsn(db)
    conn = await asyncpg.connect(dsn)
    try:
        with Timer() as t:
            n = await seed_cases(conn, cases, FIRST_FILED, DAYS, open_share=1.0)
        out = SweepsResult(n, t.seconds)
        settings = AssetCoreSettings(service_name="asset_core", database_name=db, topic_prefix=f"bench{rid}-sweeps.")
        for label, today, reset in (("first sweep: every open case (no day stored yet)", FIRST, False),
                                    ("by stored due date: 1 % due", DUE, False),
                                    ("every open case again (stored days cleared, as before)", AGAIN, True)):
            if reset:
                await conn.execute("update cases set sweep_due_on = null, swept_on = null")
                await conn.execute("vacuum analyze cases")
            seconds, counts = await _sweep(settings, today)
            out.runs.append(SweepRun(label, today, seconds, counts))
    finally:
        await conn.close()
    return out


def check(out: SweepsResult) -> list[str]:
    """What each run must have found: the bench seeds 1 % due on the second day."""
    problems = []
    due = out.runs[1] if len(out.runs) > 1 else None
    if due is not None and due.counts.get("deadlines") != out.cases // DAYS:
        problems.append(f"{due.today}: {due.counts.get('deadlines')} deadlines due, {out.cases // DAYS} expected")
    if out.runs and out.runs[0].looked_at != out.cases:
        problems.append(f"first sweep looked at {out.runs[0].looked_at} of {out.cases} open cases")
    return problems


def table_rows(out: SweepsResult) -> list[tuple[str, ...]]:
    """(g)'s rows in `make bench`'s table (bench/run.py)."""
    return [(f"(g) sweep {r.today}: {r.label}", f"{r.looked_at:,}", f"{r.seconds:.2f}",
             f"{r.looked_at / r.seconds:,.0f}" if r.seconds else "—", "", "",
             f"{r.seconds * 1000 / r.looked_at:.3f}" if r.looked_at else "", "") for r in out.runs]


def table_notes(out: SweepsResult) -> list[str]:
    notes = [f"(g) {out.cases:,} open cases seeded in {out.seed_seconds:.0f} s; count = cases looked at, "
             f"per second = those per second, CPU column = wall ms per case looked at; deadlines emitted: "
             + ", ".join(f"{r.today} {r.counts.get('deadlines', 0):,}" for r in out.runs)
             + "; one transaction each, in this process"]
    notes += [f"(g) WRONG: {p}" for p in check(out)]
    return notes


async def _main(args: argparse.Namespace) -> int:
    await wait_for_infra()
    res = Resources()
    rid = secrets.token_hex(4)
    try:
        out = await run(res, rid, args.cases)
    finally:
        await res.cleanup()
    print(json.dumps({"cases": out.cases, "seed_s": round(out.seed_seconds, 1), "problems": check(out),
                      "runs": [{"label": r.label, "today": str(r.today), "seconds": round(r.seconds, 3),
                                **r.counts} for r in out.runs]}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(prog="python -m bench.sweeps", description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=100_000)
    logging.basicConfig(level=logging.WARNING)
    sys.exit(asyncio.run(_main(p.parse_args())))
