"""`make bench` (BENCH_ARGS="--events 20000 --requests 3000 --concurrency 32"): throughput of the suite's
plumbing against bare baselines, measured in the same run on the local PostgreSQL and Kafka.

(a) events: outbox.append → OutboxRelay → Kafka → ConsumerRunner (dispatch's case projection, inbox) →
    PostgreSQL, versus raw aiokafka produce + consume of the same records;
(b) HTTP: asset_core's POST /api/v1/cases (its API process and its worker process, as `make run` deploys it) versus a
    bare FastAPI + asyncpg app, with 1 and 2 uvicorn workers each;
(c) dispatch push: alarm POST → WebSocket push received by a connected officer client, p50/p99 at 50
    alarms/s for 60 s (bench/dispatch_push.py).
(d) dispatch outcome → asset_core: an on-site outcome POST at dispatch to the asset in asset_core's asset-state,
    p50/p99 at 20 outcomes/s for 60 s, both services as uvicorn processes (bench/latency.py);
(f) GET /api/v1/overview over a year of figures from 1,000,000 counted events (bench/overview.py);
(g) asset_core's sweep with 100,000 open cases of which 1 % are due (bench/sweeps.py).

A benchmark, not a test: it prints figures and ratios and asserts nothing about them. Everything it
creates (databases bench_*_<run id>, topics bench<run id>*, server processes) is removed at the end."""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import sys
import time

from bench.common import Resources, wait_for_infra

log = logging.getLogger("bench")


class WarningCounter(logging.Handler):
    """Counts WARNING+ records (broker unreachable, consumer retries, …) so a disturbed run says so."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.first is None:
            self.first = f"{record.name}: {record.getMessage()}"[:200]

    def take(self) -> tuple[int, str | None]:
        count, first = self.count, self.first
        self.count, self.first = 0, None
        return count, first


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=20_000, help="events through the pipeline (default 20000)")
    p.add_argument("--insert-batch", type=int, default=500, help="outbox rows per insert transaction")
    p.add_argument("--insert-workers", type=int, default=4, help="concurrent insert transactions")
    p.add_argument("--requests", type=int, default=3_000, help="measured POSTs per server (default 3000)")
    p.add_argument("--concurrency", type=int, default=32, help="HTTP requests in flight (default 32)")
    p.add_argument("--warmup", type=int, default=None, help="unmeasured POSTs first (default 2 x concurrency)")
    p.add_argument("--shared-client", action="store_true",
                   help="one httpx.AsyncClient for all HTTP workers (default: one per worker; see bench/http_bench.py)")
    p.add_argument("--timeout", type=float, default=None,
                   help="give up on the pipeline after this many seconds (default max(150, events / 100))")
    p.add_argument("--skip-pipeline", action="store_true")
    p.add_argument("--skip-http", action="store_true")
    p.add_argument("--http-workers", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2],
                   help="(b) uvicorn workers per server, one comparison each (default 1,2)")
    p.add_argument("--push-seconds", type=float, default=60.0, help="(c) seconds of alarm load (default 60)")
    p.add_argument("--push-rate", type=float, default=50.0, help="(c) alarms per second (default 50)")
    p.add_argument("--skip-push", action="store_true")
    # (d), (f), (g): bench/latency.py, bench/overview.py, bench/sweeps.py
    p.add_argument("--latency-seconds", type=float, default=60.0, help="(d) seconds of outcomes (default 60)")
    p.add_argument("--latency-rate", type=float, default=20.0, help="(d) outcomes per second (default 20)")
    p.add_argument("--skip-latency", action="store_true")
    p.add_argument("--overview-events", type=int, default=1_000_000, help="(f) counted events (default 1000000)")
    p.add_argument("--overview-cases", type=int, default=150_000, help="(f) cases filed in the year (default 150000)")
    p.add_argument("--overview-requests", type=int, default=200, help="(f) GETs per court (default 200)")
    p.add_argument("--skip-overview", action="store_true")
    p.add_argument("--sweep-cases", type=int, default=100_000, help="(g) open cases (default 100000)")
    p.add_argument("--skip-sweeps", action="store_true")
    args = p.parse_args(argv)
    if args.timeout is None:
        args.timeout = max(150.0, args.events / 100)
    if args.warmup is None:
        args.warmup = 2 * args.concurrency
    if args.events < 1 or args.requests < 1 or args.concurrency < 1:
        p.error("--events, --requests and --concurrency must be positive")
    return args


def rate(count: int, seconds: float | None) -> str:
    return f"{count / seconds:,.0f}" if seconds else "—"


def secs(seconds: float | None) -> str:
    return f"{seconds:.2f}" if seconds is not None else "—"


def cpu(seconds: float | None, count: int) -> str:
    return f"{seconds * 1000 / count:.3f}" if seconds is not None and count else ""


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.3f}" if a and b else "—"


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths)))
    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep, *(line(r) for r in rows)])


def drain_rows(pipe) -> list[tuple[str, ...]]:
    """(a) consumer alone and its ceiling, (e) catch-up (bench/catchup.py)."""
    rows: list[tuple[str, ...]] = []
    alone, top, catchup = pipe.alone, pipe.ceiling, pipe.catchup
    for d, label in ((alone, f"(a) consumer alone ({alone.processes if alone else 1} process): queued, drained"),
                     (top, "(a) ceiling: hand-batched aiokafka+asyncpg"),
                     (catchup, "(e) catch-up after a stop (target ≤ 3 s)")):
        if d is None:
            continue
        rows.append((label, f"{d.applied:,}", secs(d.seconds), rate(d.events, d.seconds), "", "",
                     cpu(d.cpu_seconds, d.applied), ""))
        rows.append(("      of which steady (first batch → last)", f"{d.steady_events:,}", secs(d.steady_seconds),
                     rate(d.steady_events, d.steady_seconds), "", "", "", ""))
    if alone and top:
        rows.append(("(a) ratio consumer alone/ceiling (events/s)", "", "", "", "", "", "",
                     ratio(top.seconds, alone.seconds)))
        rows.append(("(a) ratio consumer alone/ceiling (steady)", "", "", "", "", "", "",
                     ratio(top.steady_seconds and top.steady_seconds / max(top.steady_events, 1),
                           alone.steady_seconds and alone.steady_seconds / max(alone.steady_events, 1))))
    return rows


def drain_notes(pipe) -> list[str]:
    notes: list[str] = []
    drains = [d for d in (pipe.alone, pipe.ceiling, pipe.catchup) if d is not None]
    if drains:
        notes.append(f"(a)(e) drains: {pipe.partitions} partitions, {drains[0].processes} consumer process "
                     "(this one), own topic, group and database each; the consumer joined its group once and "
                     "stopped, the records were queued, the clock runs from its start (group join included) to "
                     "its last applied event; ceiling = getmany, json.loads, one unnest inbox insert + one "
                     "set-based upsert per batch, one awaited offset commit (bench/ceiling.py)")
    for d in drains:
        if d.seconds is None or d.inbox_rows != d.events:
            notes.append(f"(a)(e) {d.label}: INCOMPLETE or WRONG: {d.applied:,} applied, {d.inbox_rows:,} inbox "
                         f"rows of {d.events:,}")
    return notes


async def main(args: argparse.Namespace) -> int:
    rid = secrets.token_hex(4)
    res = Resources()
    pipe = push = None
    http_runs: list = []
    scale: list[tuple[object, object]] = []  # (module, result) of (d), (f), (g)
    started = time.perf_counter()
    print(f"[bench] run {rid}: {os.cpu_count()} CPUs; databases bench_*_{rid}, topics bench{rid}*", flush=True)
    await wait_for_infra()
    failures: list[str] = []
    counter = WarningCounter()
    logging.getLogger().addHandler(counter)
    try:
        if not args.skip_pipeline:
            from bench.pipeline import run_pipeline
            print(f"[bench] (a) pipeline: {args.events:,} events …", flush=True)
            try:
                pipe = await run_pipeline(res, rid, args.events, insert_batch=args.insert_batch,
                                          insert_workers=args.insert_workers, timeout=args.timeout)
                print(f"[bench]     insert {secs(pipe.insert_seconds)} s, pipeline {secs(pipe.pipeline_seconds)} s, "
                      f"raw {secs(pipe.raw_seconds)} s", flush=True)
            except Exception as exc:
                log.exception("(a) pipeline failed")
                failures.append(f"(a) FAILED: {type(exc).__name__}: {exc}")
            warned, first = counter.take()
            if warned:
                failures.append(f"(a) DISTURBED? {warned} warnings/errors logged during the run, first: {first}")
        if not args.skip_http:
            from bench.http_bench import run_http
            print(f"[bench] (b) HTTP: {args.requests:,} POSTs per server, concurrency {args.concurrency} …",
                  flush=True)
            try:
                http_runs = await run_http(res, rid, args.requests, args.concurrency, args.warmup,
                                           shared_client=args.shared_client, workers=tuple(args.http_workers))
                for h in http_runs:
                    print(f"[bench]     {h.workers} worker(s): suite {h.suite.seconds:.2f} s, bare {h.bare.seconds:.2f} s",
                          flush=True)
            except Exception as exc:
                log.exception("(b) HTTP failed")
                failures.append(f"(b) FAILED: {type(exc).__name__}: {exc}")
            warned, first = counter.take()
            if warned:
                failures.append(f"(b) DISTURBED? {warned} warnings/errors logged by the bench process, first: {first}")
        if not args.skip_push:
            from bench.dispatch_push import run as run_push
            print(f"[bench] (c) dispatch push: {args.push_rate:g} alarms/s for {args.push_seconds:g} s …", flush=True)
            try:
                push = await run_push(args.push_seconds, args.push_rate)
            except Exception as exc:
                log.exception("(c) dispatch push failed")
                failures.append(f"(c) FAILED: {type(exc).__name__}: {exc}")
            warned, first = counter.take()
            if warned:
                failures.append(f"(c) DISTURBED? {warned} warnings/errors logged, first: {first}")
        from bench import latency, overview, sweeps
        for letter, skip, module, what, call in (
                ("d", args.skip_latency, latency, f"outcome → asset_core, {args.latency_rate:g}/s for "
                 f"{args.latency_seconds:g} s", lambda: latency.run(res, rid, args.latency_seconds, args.latency_rate)),
                ("f", args.skip_overview, overview, f"overview over {args.overview_events:,} counted events",
                 lambda: overview.run(res, rid, args.overview_events, args.overview_cases, args.overview_requests)),
                ("g", args.skip_sweeps, sweeps, f"sweep over {args.sweep_cases:,} open cases",
                 lambda: sweeps.run(res, rid, args.sweep_cases))):
            if skip:
                continue
            print(f"[bench] ({letter}) {what} …", flush=True)
            try:
                scale.append((module, await call()))
            except Exception as exc:
                log.exception("(%s) failed", letter)
                failures.append(f"({letter}) FAILED: {type(exc).__name__}: {exc}")
            warned, first = counter.take()
            if warned:
                failures.append(f"({letter}) DISTURBED? {warned} warnings/errors logged, first: {first}")
    finally:
        print("[bench] cleaning up …", flush=True)
        problems = await res.cleanup()
        for problem in problems:
            print(f"[bench] cleanup: {problem}", file=sys.stderr)

    header = ("measure", "count", "seconds", "per second", "p50 ms", "p99 ms", "CPU ms/op", "ratio")
    rows: list[tuple[str, ...]] = []
    notes: list[str] = list(failures)
    if pipe:
        n = pipe.events
        rows += [
            ("(a) outbox.append insert (not in pipeline time)", f"{n:,}", secs(pipe.insert_seconds),
             rate(n, pipe.insert_seconds), "", "", "", ""),
            ("(a) pipeline outbox→relay→Kafka→consumer→db", f"{pipe.inbox_rows:,}", secs(pipe.pipeline_seconds),
             rate(n, pipe.pipeline_seconds), "", "", cpu(pipe.cpu_seconds, pipe.inbox_rows), ""),
            ("      of which relay: outbox fully published", f"{n:,}", secs(pipe.relay_seconds),
             rate(n, pipe.relay_seconds), "", "", "", ""),
            ("(a) raw aiokafka produce+consume", f"{pipe.raw_consumed:,}", secs(pipe.raw_seconds),
             rate(n, pipe.raw_seconds), "", "", cpu(pipe.raw_cpu_seconds, pipe.raw_consumed), ""),
            ("      of which raw produce (all acked)", f"{n:,}", secs(pipe.raw_produce_seconds),
             rate(n, pipe.raw_produce_seconds), "", "", "", ""),
            ("      db ceiling: sequential 1-row commits (asyncpg)", f"{pipe.commit_count:,}",
             secs(pipe.commit_seconds), rate(pipe.commit_count, pipe.commit_seconds), "", "", "", ""),
            ("(a) ratio pipeline/raw (events/s)", "", "", "", "", "", "",
             ratio(pipe.raw_seconds, pipe.pipeline_seconds)),
            ("(a) ratio relay/raw produce (events/s)", "", "", "", "", "", "",
             ratio(pipe.raw_produce_seconds, pipe.relay_seconds)),
        ]
        notes.append(f"(a) {pipe.partitions} partitions; consumer group joined before the clock started "
                     f"({pipe.consumer_join_seconds:.1f} s); case_projection rows {pipe.projection_rows:,}; "
                     f"raw = same key/value/headers, relay's producer settings, commit per batch, no database; "
                     f"CPU = this process (relay + consumer in one event loop, as in a service)")
        if pipe.pipeline_seconds is None:
            notes.append(f"(a) INCOMPLETE: {pipe.inbox_rows:,} of {n:,} events reached the inbox in {args.timeout:.0f} s")
        rows.extend(drain_rows(pipe))
        notes.extend(drain_notes(pipe))
    for h in http_runs:
        suite, bare, ceiling, w = h.suite, h.bare, h.ceiling, h.workers
        tag = f"{w} worker{'s' * (w > 1)}"
        for r in (suite, bare):
            label = (f"(b) suite asset_core POST /api/v1/cases, {tag}" if r is suite
                     else f"(b) bare FastAPI+asyncpg INSERT, {tag}")
            rows.append((label, f"{r.ok:,}", secs(r.seconds), f"{r.rps:,.0f}", f"{r.p(50):.1f}", f"{r.p(99):.1f}",
                         cpu(r.server_cpu_seconds, r.ok), ""))
        if ceiling:
            rows.append((f"      client+uvicorn ceiling: GET /healthz (bare, {tag})", f"{ceiling.ok:,}",
                         secs(ceiling.seconds), f"{ceiling.rps:,.0f}", f"{ceiling.p(50):.1f}", f"{ceiling.p(99):.1f}",
                         cpu(ceiling.server_cpu_seconds, ceiling.ok), ""))
        failed = [r for r in (suite, bare) if r.ok < 0.99 * r.requests]
        flag = " (errors!)" if failed else ""
        rows.append((f"(b) ratio suite/bare (requests/s), {tag}", "", "", "", "", "", "",
                     ratio(suite.rps, bare.rps) + flag))
        rows.append((f"(b) ratio suite/bare (p50 latency), {tag}", "", "", "", "", "", "",
                     ratio(suite.p(50), bare.p(50)) + flag))
        rows.append((f"(b) ratio suite/bare (server CPU per request), {tag}", "", "", "", "", "", "",
                     ratio(suite.server_cpu_seconds and suite.server_cpu_seconds / max(suite.ok, 1),
                           bare.server_cpu_seconds and bare.server_cpu_seconds / max(bare.ok, 1)) + flag))
        for r in (suite, bare):
            if r.database_cpu_seconds is not None and r.ok:
                rows.append((f"      database CPU ms per request ({'suite' if r is suite else 'bare'}, all "
                             "PostgreSQL backends)", "", "", "", "", "", f"{r.database_cpu_seconds * 1000 / r.ok:.3f}",
                             ""))
            if r.round_trips_per_request is not None:
                rows.append((f"      database round trips per request ({'suite' if r is suite else 'bare'})", "",
                             "", "", "", "", "", f"{r.round_trips_per_request:.2f}"))
        for r in failed:
            notes.append(f"(b) NOT COMPARABLE: {r.name} answered {r.requests - r.ok:,} of {r.requests:,} POSTs "
                         "with something other than 201")
        for r in (suite, bare):
            bad = {k: v for k, v in r.statuses.items() if k != 201}
            if bad:
                notes.append(f"(b) {r.name}: non-201 responses {bad}; e.g. {r.sample_error}; "
                             f"server log kept: {r.log_path}")
    if http_runs:
        notes.append(f"(b) concurrency {http_runs[0].suite.concurrency}, {args.warmup} warm-up POSTs each, the same "
                     "number of uvicorn workers for both servers, every POST with its own Idempotency-Key, "
                     + ("one shared httpx.AsyncClient" if args.shared_client else
                        f"{http_runs[0].suite.concurrency} httpx.AsyncClients (one connection each)") + " in this "
                     "process; the suite as `make run` deploys it: its API process (PROCESS_ROLE=api) and its worker "
                     "process (PROCESS_ROLE=worker, the relay publishing the POSTs' events); CPU = all the server's "
                     "processes; round trips from /metrics with one worker only")
    if push:
        rows.append(("(c) alarm POST → officer push (WebSocket)", f"{push['pushes_received']:,}",
                     f"{push['duration_s']:g}", f"{push['achieved_rate_per_s']:g}", f"{push['push_ms']['p50']}",
                     f"{push['push_ms']['p99']}", "", ""))
        rows.append(("      of which the alarm POST itself", f"{push['alarms_created']:,}", "", "",
                     f"{push['http_ms']['p50']}", f"{push['http_ms']['p99']}", "", ""))
        notes.append(f"(c) target {push['target_rate_per_s']:g} alarms/s, open loop; pushes missing "
                     f"{push['pushes_missing']}, errors {push['errors'] or 'none'}; push max {push['push_ms']['max']} ms")
    for module, result in scale:
        rows.extend(module.table_rows(result))
        notes.extend(module.table_notes(result))
    print()
    print(table(rows, header))
    for note in notes:
        print("  " + note)
    print(f"  total bench time {time.perf_counter() - started:.0f} s")
    return 1 if any("FAILED" in f for f in failures) else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        sys.exit(asyncio.run(main(parse_args(sys.argv[1:]))))
    except KeyboardInterrupt:
        sys.exit(130)
