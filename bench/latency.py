"""(d) dispatch outcome → asset_core aggregate visible: p50/p99 from an officer's on-site outcome POST at dispatch
(an asset found on site) to the asset in asset_core's `GET /api/v1/cases/{id}/asset-state`.

Both services run as real uvicorn processes on fresh databases (bench_latency_<run>_{asset_core,dispatch}) with
one topic prefix. Cases are registered in asset_core and projected into dispatch; for every outcome to come an
alarm on one of them is raised and dispatched and its officers reported on site, and asset_core is given time
to count all that (its overview shows every alarm and 出警). Then, open loop at `rate` per second for `seconds`
seconds, an outcome with one asset (a unique description) is POSTed; asset_core's database is asked every
`poll_ms` whether the asset is there (cheap, and not a load on the service measured), and when it is, the
case's asset-state is read once: the latency ends when that GET answers with the asset. The path: dispatch's outbox row → its relay (woken by NOTIFY)
→ Kafka → asset_core's consumer → asset_core's database → the GET. Everything it creates is removed.

    python -m bench.latency --seconds 60 --rate 20
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import secrets
import sys
import time
import uuid
from dataclasses import dataclass, field

import asyncpg
import httpx

from bench.common import (LOG_DIR, Resources, database_dsn, free_port, percentile, tree_cpu_seconds,
                          start_uvicorn, stop_process, wait_for_infra)
from bench.http_bench import wait_ready
from shared.auth import issue_token, keygen
from shared.settings import Settings

log = logging.getLogger("bench.latency")
COURT = "内0621"


@dataclass
class LatencyResult:
    seconds: float
    rate: float
    outcomes: int = 0
    achieved_rate: float = 0.0
    visible_ms: list[float] = field(default_factory=list)  # sorted
    post_ms: list[float] = field(default_factory=list)  # sorted
    missing: int = 0  # not visible within the wait
    polls: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    prepare_seconds: float = 0.0
    stages_ms: dict[str, dict[str, float]] = field(default_factory=dict)  # from the databases' own timestamps
    server_cpu_ms: dict[str, float] = field(default_factory=dict)  # service → its CPU per outcome while measured
    # description → the client's wall-clock times of one outcome: sent, answered, seen in asset_core's database, visible
    timeline: dict[str, dict[str, float]] = field(default_factory=dict)
    slowest: list[dict[str, float]] = field(default_factory=list)  # the slowest outcomes, stage by stage (ms)

    def p(self, q: float, which: str = "visible") -> float:
        return percentile(self.visible_ms if which == "visible" else self.post_ms, q)

    @property
    def over_1s(self) -> int:
        return sum(1 for v in self.visible_ms if v > 1000)


def _headers(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex}


async def run(res: Resources, rid: str, seconds: float = 60.0, rate: float = 20.0, *, cases: int = 200,
              poll_ms: float = 5.0, wait_s: float = 15.0) -> LatencyResult:
    base = Settings()
    keygen(base)
    prefix = f"bench{rid}-latency."
    res.topic_prefixes.append(prefix)
    procs, workers, urls, logs, dsns = {}, {}, {}, [], {}
    for service in ("asset_core", "dispatch"):
        db = await res.database(f"bench_latency_{rid}_{service}", service)
        dsns[service] = database_dsn(db)
        port = free_port()
        log_path = LOG_DIR / f"{rid}-latency-{service}.log"
        env = {"SERVICE_NAME": service, "DATABASE_URL": base.database_url, "DATABASE_NAME": db,
               "KAFKA_BOOTSTRAP_SERVERS": base.kafka_bootstrap_servers, "TOPIC_PREFIX": prefix, "LOG_LEVEL": "WARNING"}
        # as `make run` deploys it (docs/adr/0017): the API process, and the worker process (relay, consumers)
        worker_log = LOG_DIR / f"{rid}-latency-{service}-worker.log"
        procs[service] = start_uvicorn(f"services.{service}.app:create_app", port, log_path, factory=True,
                                       env={**env, "PROCESS_ROLE": "api"})
        workers[service] = start_uvicorn(f"services.{service}.app:create_app", free_port(), worker_log, factory=True,
                                         env={**env, "PROCESS_ROLE": "worker"})
        res.processes += [procs[service], workers[service]]
        logs += [log_path, worker_log]
        urls[service] = f"http://127.0.0.1:{port}"
    tok = {role: issue_token(base, sub=f"bench-{role}", org=COURT, roles=[role])
           for role in ("clerk", "judge", "president", "admin")}
    out = LatencyResult(seconds, rate)
    try:
        await _run(out, procs, workers, urls, dsns["asset_core"], tok, rid, seconds, rate, cases, poll_ms, wait_s)
        out.stages_ms.update(await stages(dsns["dispatch"], dsns["asset_core"], out))
    finally:
        for proc in [*procs.values(), *workers.values()]:
            stop_process(proc)
        res.logs.extend((path, bool(out.errors) or out.missing > 0 or not out.outcomes) for path in logs)
    return out


async def _run(out: LatencyResult, procs, workers, urls, core_dsn: str, tok, rid: str, seconds: float, rate: float, cases: int,
               poll_ms: float, wait_s: float) -> None:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=urls["asset_core"], timeout=30, limits=limits) as core, \
            httpx.AsyncClient(base_url=urls["dispatch"], timeout=30, limits=limits) as disp:
        await wait_ready(core, procs["asset_core"], "asset_core")
        await wait_ready(disp, procs["dispatch"], "dispatch")
        t_prep = time.perf_counter()
        total = max(1, int(seconds * rate))
        case_ids = await _register_cases(core, disp, tok, rid, cases)
        dispatch_ids = await _prepare_dispatches(disp, tok, case_ids, total, rid)
        await _settle(core, tok["president"], total)
        await _swept(core, tok["admin"], core_dsn)
        out.prepare_seconds = time.perf_counter() - t_prep
        await _measure(core, disp, core_dsn, tok, out, list(zip(dispatch_ids, [case_ids[i % len(case_ids)]
                                                                      for i in range(total)])),
                       rid, poll_ms / 1000, wait_s, procs, workers)


async def _register_cases(core, disp, tok, rid: str, n: int) -> list[str]:
    ids = []
    for i in range(n):
        r = await core.post("/api/v1/cases", headers=_headers(tok["clerk"]), json={
            "case_number": f"（2024）{COURT}执{i + 1}号", "filed_on": "2024-03-01",
            "amount_owed_fen": 5_000_000 + i, "livelihood_category": "none",
            "applicants": ["某银行股份有限公司"], "respondents": ["某房地产开发有限公司"]})
        if r.status_code != 201:
            raise RuntimeError(f"registering a case: {r.status_code} {r.text[:300]}")
        ids.append(r.json()["id"])
    deadline = time.monotonic() + 60
    for cid in ids:  # projected into dispatch (CaseRegistered through Kafka)
        while (await disp.get(f"/api/v1/cases/{cid}", headers={"authorization": f"Bearer {tok['clerk']}"})
               ).status_code != 200:
            if time.monotonic() > deadline:
                raise RuntimeError("cases not projected into dispatch after 60 s")
            await asyncio.sleep(0.05)
    return ids


async def _prepare_dispatches(disp, tok, case_ids: list[str], total: int, rid: str) -> list[str]:
    clerk = tok["clerk"]
    officers = [f"bench-officer-{rid}-{k}" for k in range(4)]
    for k, oid in enumerate(officers):
        r = await disp.post("/api/v1/officers", headers=_headers(clerk),
                            json={"id": oid, "name": f"压测干警{k}", "team": "压测组", "duty_status": "on_duty"})
        r.raise_for_status()
    ids: list[str | None] = [None] * total
    pending = iter(range(total))

    async def worker() -> None:
        for i in pending:
            r = await disp.post("/api/v1/alarms", headers=_headers(clerk), json={
                "source": "hotline", "urgency": "urgent", "case_id": case_ids[i % len(case_ids)],
                "location": {"address": "达拉特旗树林召镇"}, "description": f"压测警情 {i}"})
            r.raise_for_status()
            r = await disp.post(f"/api/v1/alarms/{r.json()['id']}/dispatches", headers=_headers(clerk),
                                json={"officer_ids": [officers[i % len(officers)]]})
            r.raise_for_status()
            did = r.json()["id"]
            r = await disp.post(f"/api/v1/dispatches/{did}/status", headers=_headers(clerk),
                                json={"status": "arrived"})
            r.raise_for_status()
            ids[i] = did

    await asyncio.gather(*(worker() for _ in range(8)))
    return ids  # type: ignore[return-value]


async def _swept(core, admin: str, core_dsn: str, timeout: float = 180.0) -> None:
    """asset_core's sweep has looked at every case once (run by hand now, as `POST /api/v1/ops/sweep` allows) and
    its outbox is drained: the cases' first pass (their time limits of 2024 are overdue: a notice each) is
    preparation too, not a burst inside the measured minute."""
    r = await core.post("/api/v1/ops/sweep", json={}, headers={"authorization": f"Bearer {admin}"})
    if r.status_code != 200:  # 200 also when the timer's sweep held the lock ("skipped"): the wait below covers it
        raise RuntimeError(f"the sweep by hand: {r.status_code} {r.text[:300]}")
    conn = await asyncpg.connect(core_dsn)
    deadline = time.monotonic() + timeout
    try:
        while await conn.fetchval("select (select count(*) from cases where sweep_due_on is null) + "
                                  "(select count(*) from outbox where published_at is null)"):
            if time.monotonic() > deadline:
                raise RuntimeError(f"asset_core's sweep had not looked at every case after {timeout:.0f} s")
            await asyncio.sleep(0.5)
    finally:
        await conn.close()


async def _settle(core, president: str, total: int, timeout: float = 180.0) -> None:
    """asset_core has counted every alarm and 出警 of the preparation: its consumer is idle before the clock runs."""
    deadline = time.monotonic() + timeout
    while True:
        r = await core.get("/api/v1/overview", params={"from": "2000-01-01", "to": "2100-12-31"},
                           headers={"authorization": f"Bearer {president}"})
        r.raise_for_status()
        f = r.json()["linkages"]["dispatch"]["figures"]
        if f["alarms_received"]["value"] >= total and f["officer_dispatches"]["value"] >= total:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"asset_core counted {f['alarms_received']['value']} of {total} alarms in "
                               f"{timeout:.0f} s")
        await asyncio.sleep(0.5)


async def _measure(core, disp, core_dsn: str, tok, out: LatencyResult, work: list[tuple[str, str]], rid: str,
                   poll: float, wait_s: float, procs: dict | None = None, workers: dict | None = None) -> None:
    clerk, judge = tok["clerk"], tok["judge"]
    visible, posted, committed, get_ms = [], [], [], []
    waiting: dict[str, tuple[float, str, asyncio.Future]] = {}  # description → (t0, case id, found)

    async def watcher(conn: asyncpg.Connection) -> None:
        """One query for every outcome still waiting, every `poll` seconds (asked of asset_core's database, so the
        waiting neither loads the service whose consumer is on the path nor grows with a backlog)."""
        while True:
            if waiting:
                out.polls += 1
                for row in await conn.fetch("select description from assets where description = any($1::text[])",
                                            list(waiting)):
                    _, _, found = waiting.pop(row["description"])
                    if not found.done():
                        found.set_result(time.perf_counter())
            await asyncio.sleep(poll)

    async def one(i: int, did: str, cid: str) -> None:
        description = f"压测现场财产 {rid}-{i}"
        found = asyncio.get_running_loop().create_future()
        t0 = time.perf_counter()
        waiting[description] = (t0, cid, found)
        marks = out.timeline[description] = {"sent": time.time()}
        try:
            r = await disp.post(f"/api/v1/dispatches/{did}/outcome", headers=_headers(clerk), json={
                "debtor_located": False, "assets": [{"asset_type": "movable", "description": description,
                                                     "estimated_value_fen": 100_000, "seized": True}]})
        except httpx.HTTPError as exc:
            waiting.pop(description, None)
            out.errors[type(exc).__name__] = out.errors.get(type(exc).__name__, 0) + 1
            return
        if r.status_code != 201:
            waiting.pop(description, None)
            out.errors[f"outcome {r.status_code}"] = out.errors.get(f"outcome {r.status_code}", 0) + 1
            return
        posted.append((time.perf_counter() - t0) * 1000)
        marks["answered"] = time.time()
        try:
            seen = await asyncio.wait_for(asyncio.shield(found), wait_s)
        except asyncio.TimeoutError:
            waiting.pop(description, None)
            out.missing += 1
            return
        committed.append((seen - t0) * 1000)
        marks["seen"] = marks["sent"] + (seen - t0)
        t_get = time.perf_counter()  # then the GET a user would make, which must show it
        try:
            g = await core.get(f"/api/v1/cases/{cid}/asset-state", headers={"authorization": f"Bearer {judge}"})
        except httpx.HTTPError as exc:
            out.errors[f"asset-state {type(exc).__name__}"] = out.errors.get(f"asset-state {type(exc).__name__}", 0) + 1
            return
        if g.status_code == 200 and any(a["description"] == description for a in g.json()["assets"]):
            visible.append((time.perf_counter() - t0) * 1000)
            marks["visible"] = marks["sent"] + (time.perf_counter() - t0)
            get_ms.append((time.perf_counter() - t_get) * 1000)
        else:
            key = f"asset-state {g.status_code} without the asset"
            out.errors[key] = out.errors.get(key, 0) + 1

    conn = await asyncpg.connect(core_dsn)
    watch = asyncio.create_task(watcher(conn))
    def cpu(name: str, p) -> float | None:  # the service's processes: its API and its worker
        return tree_cpu_seconds(p.pid, *([workers[name].pid] if workers and name in workers else []))
    cpu0 = {name: cpu(name, p) for name, p in (procs or {}).items()}
    interval = 1.0 / out.rate
    start = time.perf_counter()
    tasks = []
    try:
        for i, (did, cid) in enumerate(work):  # open loop: the schedule does not wait for responses
            delay = start + i * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i, did, cid)))
        send_seconds = time.perf_counter() - start
        await asyncio.gather(*tasks)
    finally:
        watch.cancel()
        await asyncio.gather(watch, return_exceptions=True)
        await conn.close()
    for name, p in (procs or {}).items():
        c1 = cpu(name, p)
        if cpu0.get(name) is not None and c1 is not None and posted:
            out.server_cpu_ms[name] = (c1 - cpu0[name]) * 1000 / len(posted)
    out.outcomes = len(posted)
    out.achieved_rate = len(work) / send_seconds if send_seconds else 0.0
    out.visible_ms, out.post_ms = sorted(visible), sorted(posted)
    for name, values in (("POST sent → asset committed in asset_core (seen in its database)", committed),
                         ("the asset-state GET itself", get_ms)):
        values.sort()
        out.stages_ms[name] = {"n": len(values), "p50": round(percentile(values, 50), 1),
                               "p99": round(percentile(values, 99), 1), "max": round(values[-1], 1) if values else None}


async def stages(dispatch_dsn: str, core_dsn: str, result: LatencyResult | None = None) -> dict[str, dict[str, float]]:
    """Where the time goes, per AssetFoundOnSite event, from the rows' own timestamps (one clock, this machine):
    dispatch's outbox created_at (its transaction's start) → published_at (the relay) → asset_core's inbox
    processed_at (the start of the consumer's transaction). With `result`, its 10 slowest outcomes are kept stage by
    stage (`slowest`), beside the client's own times."""
    d = await asyncpg.connect(dispatch_dsn)
    c = await asyncpg.connect(core_dsn)
    try:
        rows = await d.fetch("select event_id::text as id, created_at, published_at, envelope->'data'->>'description' "
                             "as description from outbox where event_type = 'cn.court.dispatch.asset.found-on-site.v1'")
        seen = {r["event_id"]: r["processed_at"] for r in await c.fetch(
            "select event_id, processed_at from inbox where event_type = 'cn.court.dispatch.asset.found-on-site.v1'")}
    finally:
        await d.close()
        await c.close()
    relay, transit = [], []
    if result is not None:
        ms = lambda a, b: round((b - a) * 1000, 1) if a is not None and b is not None else None  # noqa: E731
        timed, first = [], min((x["sent"] for x in result.timeline.values()), default=0.0)
        for r in rows:
            t = result.timeline.get(r["description"])
            if t and "visible" in t:
                got = seen.get(r["id"])
                timed.append({
                    "at_s": round(t["sent"] - first, 1),
                    "visible": ms(t["sent"], t["visible"]), "post": ms(t["sent"], t.get("answered")),
                    "sent→txn": ms(t["sent"], r["created_at"].timestamp()),
                    "txn→published": ms(r["created_at"].timestamp(), r["published_at"] and r["published_at"].timestamp()),
                    "published→consumer": ms(r["published_at"] and r["published_at"].timestamp(),
                                             got and got.timestamp()),
                    "consumer→seen": ms(got and got.timestamp(), t.get("seen")),
                    "seen→visible": ms(t.get("seen"), t["visible"])})
        result.slowest = sorted(timed, key=lambda x: -x["visible"])[:10]
    for r in rows:
        if r["published_at"] is not None:
            relay.append((r["published_at"] - r["created_at"]).total_seconds() * 1000)
            if r["id"] in seen:
                transit.append((seen[r["id"]] - r["published_at"]).total_seconds() * 1000)
    out = {}
    for name, values in (("outbox created → published (relay)", relay),
                         ("published → asset_core consumer transaction", transit)):
        values.sort()
        out[name] = {"n": len(values), "p50": round(percentile(values, 50), 1), "p99": round(percentile(values, 99), 1),
                     "max": round(values[-1], 1) if values else None}
    return out


def summary(out: LatencyResult) -> dict:
    r = lambda v: round(v, 1)  # noqa: E731
    return {"outcomes": out.outcomes, "rate_per_s": r(out.achieved_rate), "prepare_s": r(out.prepare_seconds),
            "visible_ms": {"p50": r(out.p(50)), "p90": r(out.p(90)), "p99": r(out.p(99)),
                           "max": r(out.visible_ms[-1]) if out.visible_ms else None, "over_1s": out.over_1s},
            "outcome_post_ms": {"p50": r(out.p(50, "post")), "p99": r(out.p(99, "post"))},
            "missing": out.missing, "polls": out.polls, "errors": out.errors, "stages_ms": out.stages_ms,
            "server_cpu_ms_per_outcome": {k: round(v, 1) for k, v in out.server_cpu_ms.items()},
            "slowest": out.slowest}


def table_rows(out: LatencyResult) -> list[tuple[str, ...]]:
    """(d)'s rows in `make bench`'s table (bench/run.py)."""
    f = lambda v: f"{v:.1f}"  # noqa: E731
    rows = [("(d) outcome POST → asset in asset-state (p99 ≤ 100)", f"{len(out.visible_ms):,}", f"{out.seconds:g}",
             f"{out.achieved_rate:.1f}", f(out.p(50)), f(out.p(99)), "", ""),
            ("      of which the outcome POST at dispatch", f"{len(out.post_ms):,}", "", "", f(out.p(50, "post")),
             f(out.p(99, "post")), "", "")]
    for name, st in out.stages_ms.items():
        rows.append((f"      stage: {name}", f"{st['n']:,}", "", "", f(st["p50"]), f(st["p99"]), "", ""))
    return rows


def table_notes(out: LatencyResult) -> list[str]:
    notes = [f"(d) target {out.rate:g} outcomes/s open loop for {out.seconds:g} s, dispatch and asset_core as uvicorn "
             f"processes; max {out.visible_ms[-1] if out.visible_ms else float('nan'):.0f} ms, {out.over_1s} over "
             f"1 s (a lost relay wake-up waits for the {Settings().outbox_poll_seconds:g} s fallback poll); not "
             f"visible within the wait {out.missing}; errors {out.errors or 'none'}; preparation "
             f"{out.prepare_seconds:.0f} s (alarms, dispatches, arrivals; asset_core idle before the clock); server "
             "CPU per outcome while measured: " + (", ".join(f"{k} {v:.1f} ms" for k, v in out.server_cpu_ms.items())
                                                   or "—")]
    if out.missing or out.errors:
        notes.append("(d) INCOMPLETE: some outcomes never showed in asset_core (server logs kept in .run/bench)")
    return notes


async def _main(args: argparse.Namespace) -> int:
    await wait_for_infra()
    res = Resources()
    rid = secrets.token_hex(4)
    try:
        out = await run(res, rid, args.seconds, args.rate, cases=args.cases, poll_ms=args.poll_ms)
    finally:
        await res.cleanup()
    print(json.dumps(summary(out), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(prog="python -m bench.latency", description=__doc__.split("\n\n")[0])
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--rate", type=float, default=20.0, help="outcomes per second")
    p.add_argument("--cases", type=int, default=200, help="cases the outcomes are spread over")
    p.add_argument("--poll-ms", type=float, default=5.0, help="asset-state read interval while waiting")
    logging.basicConfig(level=logging.WARNING)
    sys.exit(asyncio.run(_main(p.parse_args())))
