"""(b) HTTP: asset_core's POST /api/v1/cases against bench/bare_app.py (FastAPI + asyncpg, one INSERT per request),
same client, load and number of uvicorn workers. The suite runs as `make run` deploys it (docs/adr/0017): its API
process (PROCESS_ROLE=api, `workers` uvicorn workers) on a fresh database, and beside it its worker process
(PROCESS_ROLE=worker) whose outbox relay publishes what the POSTs write; the suite's CPU is both processes'."""
from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx

from bench.common import (LOG_DIR, Resources, database_dsn, database_pids, free_port, percentile, start_uvicorn,
                          stop_process, tree_cpu_seconds)
from shared.auth import issue_token, keygen
from shared.settings import Settings

log = logging.getLogger("bench.http")


@dataclass
class HttpResult:
    name: str
    requests: int
    concurrency: int
    seconds: float
    statuses: Counter = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)  # sorted, successful requests only
    sample_error: str | None = None
    log_path: str | None = None  # the server's stderr, kept when it answered with errors
    server_cpu_seconds: float | None = None  # the server process's CPU time during the measured load
    round_trips: float | None = None  # the server's database round trips during the measured load (/metrics)
    workers: int = 1  # uvicorn workers serving the load
    database_cpu_seconds: float | None = None  # the local PostgreSQL server's CPU time (all backends) meanwhile

    @property
    def round_trips_per_request(self) -> float | None:
        return self.round_trips / self.ok if self.round_trips is not None and self.ok else None

    @property
    def cpu_ms_per_request(self) -> float | None:
        return self.server_cpu_seconds * 1000 / self.ok if self.server_cpu_seconds is not None and self.ok else None

    @property
    def ok(self) -> int:
        return len(self.latencies_ms)

    @property
    def rps(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def p(self, q: float) -> float:
        return percentile(self.latencies_ms, q)


def case_body(i: int) -> bytes:
    return json.dumps({"case_number": f"（2024）内0621执{i}号", "filed_on": "2024-03-01",
                       "amount_owed_fen": 7_000_000_000 + i, "livelihood_category": "none",
                       "applicants": ["某银行股份有限公司"], "respondents": ["某房地产开发有限公司"]},
                      ensure_ascii=False).encode()


async def wait_ready(client: httpx.AsyncClient, proc: subprocess.Popen, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode} before it was ready (see {LOG_DIR})")
        try:
            if (await client.get("/healthz", timeout=1.0)).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"{what} not ready after {timeout:.0f}s")


async def load(clients: list[httpx.AsyncClient], name: str, headers: dict[str, str], bodies: list[bytes | None],
               concurrency: int, *, method: str = "POST", path: str = "/api/v1/cases", expect: int = 201,
               idempotency_keys: bool = False) -> HttpResult:
    """Send every body once, `concurrency` requests in flight (worker i uses clients[i % len(clients)]);
    latency per request, wall time overall. With `idempotency_keys` each POST carries its own Idempotency-Key
    (as a client that retries safely sends it: the suite stores the key and the reply with the registration)."""
    pending = iter(bodies)
    run_key = f"{name}-{time.monotonic_ns()}"
    statuses: Counter = Counter()
    latencies: list[float] = []
    sample: list[str] = []

    async def worker(client: httpx.AsyncClient) -> None:
        for i, body in enumerate(pending):
            h = {**headers, "idempotency-key": f"{run_key}-{id(client)}-{i}"} if idempotency_keys else headers
            t = time.perf_counter()
            try:
                r = await client.request(method, path, content=body, headers=h)
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1
                continue
            ms = (time.perf_counter() - t) * 1000
            statuses[r.status_code] += 1
            if r.status_code == expect:
                latencies.append(ms)
            elif not sample:
                sample.append(f"{r.status_code} {r.text[:300]}")

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(clients[i % len(clients)]) for i in range(concurrency)))
    seconds = time.perf_counter() - t0
    latencies.sort()
    return HttpResult(name, len(bodies), concurrency, seconds, statuses, latencies, sample[0] if sample else None)


async def round_trips(client: httpx.AsyncClient) -> float | None:
    """The server's `db_round_trips_total` (summed over its label sets), None when it has none. Background work
    of the server (its relay reads the outbox on its own connection, not counted; a sweep would be) is noise."""
    try:
        text = (await client.get("/metrics", timeout=5.0)).text
    except httpx.HTTPError:
        return None
    values = [float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith("db_round_trips_total")]
    return sum(values) if values else None


async def bench_server(name: str, procs: list[subprocess.Popen], port: int, headers: dict[str, str],
                       warmup: list[bytes], bodies: list[bytes], concurrency: int, *, shared_client: bool,
                       workers: int = 1, ceiling: bool = False) -> tuple[HttpResult, HttpResult | None]:
    """The POST load on procs[0] (CPU: all of `procs` and their workers); with `ceiling`, then as many GET /healthz
    (no database): what this client and the server's uvicorn workers manage at all on this machine, to read the POST
    figures against. Round trips from /metrics only with one worker (each worker counts its own).

    By default each of the `concurrency` workers has its own httpx.AsyncClient (one keep-alive connection):
    one AsyncClient shared by 32 tasks spends its time in httpcore's pool bookkeeping (encode/httpx#3215)
    and tops out near 300 requests/s here, below either server. `shared_client` measures that way anyway."""
    base_url = f"http://127.0.0.1:{port}"
    pids = [p.pid for p in procs]
    if shared_client:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        clients = [httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60.0)]
    else:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        clients = [httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60.0) for _ in range(concurrency)]
    try:
        await wait_ready(clients[0], procs[0], name)
        if warmup:  # connections, pools, code paths (of every worker); not counted
            await load(clients, name, headers, warmup, concurrency, idempotency_keys=True)
        trips0 = await round_trips(clients[0]) if workers == 1 else None
        db = database_pids()
        cpu0, db0 = tree_cpu_seconds(*pids), tree_cpu_seconds(*db) if db else None
        posts = await load(clients, name, headers, bodies, concurrency, idempotency_keys=True)
        cpu1, db1 = tree_cpu_seconds(*pids), tree_cpu_seconds(*db) if db else None
        if db0 is not None and db1 is not None:
            posts.database_cpu_seconds = db1 - db0
        trips1 = await round_trips(clients[0]) if workers == 1 else None
        posts.workers = workers
        if cpu0 is not None and cpu1 is not None:
            posts.server_cpu_seconds = cpu1 - cpu0
        if trips0 is not None and trips1 is not None:
            posts.round_trips = trips1 - trips0
        gets = None
        if ceiling:
            cpu0 = tree_cpu_seconds(*pids)
            gets = await load(clients, "GET /healthz", {}, [None] * len(bodies), concurrency, method="GET",
                              path="/healthz", expect=200)
            cpu1 = tree_cpu_seconds(*pids)
            gets.workers = workers
            if cpu0 is not None and cpu1 is not None:
                gets.server_cpu_seconds = cpu1 - cpu0
        return posts, gets
    finally:
        for client in clients:
            await client.aclose()


@dataclass
class HttpRun:
    """One comparison: the suite and the bare app with the same number of uvicorn workers."""
    workers: int
    suite: HttpResult
    bare: HttpResult
    ceiling: HttpResult | None


async def run_http(res: Resources, rid: str, requests: int, concurrency: int, warmup: int, *,
                   shared_client: bool = False, workers: tuple[int, ...] = (1,)) -> list[HttpRun]:
    base = Settings()
    keygen(base)
    token = issue_token(base, sub="bench", org="内0621", roles=["clerk"])
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    runs = []
    for n, w in enumerate(workers):
        offset = n * (warmup + requests)  # case numbers never repeat across the runs' databases
        warm = [case_body(i) for i in range(offset + 1, offset + warmup + 1)]
        bodies = [case_body(i) for i in range(offset + warmup + 1, offset + warmup + requests + 1)]
        suite = await _suite(res, f"{rid}w{w}", base, headers, warm, bodies, concurrency, shared_client, w)
        bare, ceiling = await _bare(res, f"{rid}w{w}", headers, warm, bodies, concurrency, shared_client, w)
        runs.append(HttpRun(w, suite, bare, ceiling))
    return runs


async def _suite(res: Resources, rid: str, base: Settings, headers: dict[str, str], warm: list[bytes],
                 bodies: list[bytes], concurrency: int, shared_client: bool, workers: int) -> HttpResult:
    suite_db = await res.database(f"bench_asset_core_http_{rid}", "asset_core")
    prefix = f"bench{rid}-http."
    res.topic_prefixes.append(prefix)
    env = {"SERVICE_NAME": "asset_core", "DATABASE_URL": base.database_url, "DATABASE_NAME": suite_db,
           "KAFKA_BOOTSTRAP_SERVERS": base.kafka_bootstrap_servers, "TOPIC_PREFIX": prefix, "LOG_LEVEL": "WARNING"}
    api_log, worker_log = LOG_DIR / f"{rid}-asset_core.log", LOG_DIR / f"{rid}-asset_core-worker.log"
    port = free_port()
    api = start_uvicorn("services.asset_core.app:create_app", port, api_log, factory=True, workers=workers,
                        env={**env, "PROCESS_ROLE": "api"})
    worker = start_uvicorn("services.asset_core.app:create_app", free_port(), worker_log, factory=True,
                           env={**env, "PROCESS_ROLE": "worker"})
    res.processes += [api, worker]
    suite = None
    try:
        suite, _ = await bench_server(f"asset_core POST /api/v1/cases ({workers} worker{'s' * (workers > 1)})",
                                      [api, worker], port, headers, warm, bodies, concurrency,
                                      shared_client=shared_client, workers=workers)
    finally:
        stop_process(api)
        stop_process(worker)
        res.logs.append((api_log, suite is None or suite.ok < suite.requests))
        res.logs.append((worker_log, suite is None or suite.ok < suite.requests))
    suite.log_path = str(api_log)
    return suite


async def _bare(res: Resources, rid: str, headers: dict[str, str], warm: list[bytes], bodies: list[bytes],
                concurrency: int, shared_client: bool, workers: int) -> tuple[HttpResult, HttpResult | None]:
    bare_db = await res.database(f"bench_bare_{rid}")
    bare_log = LOG_DIR / f"{rid}-bare.log"
    port = free_port()
    proc = start_uvicorn("bench.bare_app:app", port, bare_log, workers=workers, env={"BARE_DSN": database_dsn(bare_db)})
    res.processes.append(proc)
    bare = None
    try:
        bare, ceiling = await bench_server("bare FastAPI+asyncpg POST", [proc], port, headers, warm, bodies,
                                           concurrency, shared_client=shared_client, workers=workers, ceiling=True)
    finally:
        stop_process(proc)
        res.logs.append((bare_log, bare is None or bare.ok < bare.requests))
    bare.log_path = str(bare_log)
    return bare, ceiling
