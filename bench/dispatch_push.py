"""执行110 live push: alarm POST → push received by a connected officer's device, p50/p99.

Starts its own dispatch uvicorn process on a fresh database (bench_dispatch_push_<run>, topics prefixed
`benchpush<run>.`), registers an on-duty officer, connects the officer's WebSocket (`/api/v1/me/push`), then
POSTs alarms open-loop at `rate` per second for `duration_s` seconds. Each alarm's latency runs from just
before its POST is sent to the moment its `alarm.received` push arrives on the socket (the push leaves via
PostgreSQL NOTIFY at commit, so it may arrive before the HTTP response). Everything it creates is removed.

    python -m bench.dispatch_push --duration 60 --rate 50
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
from websockets.asyncio.client import connect

from shared.auth import issue_token, keygen
from shared.migrate import upgrade
from shared.settings import ROOT, Settings
from shared.topics import delete_topics_with_prefix

COURT = "内0621"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    pos = (len(sorted_values) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def _server_dsn(settings: Settings) -> str:
    parts = urlsplit(settings.database_url.replace("postgresql+asyncpg://", "postgresql://"))
    return urlunsplit(parts._replace(path="/postgres"))


async def run(duration_s: float = 60, rate: float = 50) -> dict:
    """Measure alarm POST → push on the officer's socket at `rate` alarms/s for `duration_s` seconds."""
    run_id = secrets.token_hex(4)
    database, prefix = f"bench_dispatch_push_{run_id}", f"benchpush{run_id}."
    base = Settings()
    keygen(base)
    settings = base.model_copy(update={"service_name": "dispatch", "database_name": database, "topic_prefix": prefix})
    conn = await asyncpg.connect(_server_dsn(base))
    try:
        await conn.execute(f'create database "{database}"')
    finally:
        await conn.close()
    port = _free_port()
    log_path = ROOT / ".run" / "bench" / f"dispatch-push-{run_id}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    proc: subprocess.Popen | None = None
    try:
        await asyncio.to_thread(upgrade, "dispatch", settings)
        env = {**os.environ, "DATABASE_URL": base.database_url, "DATABASE_NAME": database, "TOPIC_PREFIX": prefix,
               "KAFKA_BOOTSTRAP_SERVERS": base.kafka_bootstrap_servers, "LOG_LEVEL": "WARNING",
               "PYTHONPATH": str(ROOT)}
        with open(log_path, "ab") as log_file:
            proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "services.dispatch.app:create_app", "--host",
                 "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning"],
                env=env, cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT)
        return await _measure(settings, port, proc, duration_s, rate, log_path)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        conn = await asyncpg.connect(_server_dsn(base))
        try:
            await conn.execute(f'drop database if exists "{database}" with (force)')
        finally:
            await conn.close()
        try:
            await asyncio.wait_for(delete_topics_with_prefix(base, prefix), 30)
        except Exception:
            pass


async def _measure(settings: Settings, port: int, proc: subprocess.Popen, duration_s: float, rate: float,
                   log_path: Path) -> dict:
    url = f"http://127.0.0.1:{port}"
    clerk = issue_token(settings, sub="bench-clerk", org=COURT, roles=["clerk"])
    officer_id = "bench-officer"
    officer = issue_token(settings, sub=officer_id, org=COURT, roles=["officer"])
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits,
                                 headers={"Authorization": f"Bearer {clerk}"}) as client:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"dispatch exited (see {log_path})")
            try:
                if (await client.get("/healthz", timeout=1)).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("dispatch not ready after 60s")
            await asyncio.sleep(0.1)
        r = await client.post("/api/v1/officers", json={"id": officer_id, "name": "压测干警", "team": "压测组",
                                                         "duty_status": "on_duty"})
        r.raise_for_status()

        pushed: dict[str, float] = {}
        arrived = asyncio.Event()
        async with connect(f"ws://127.0.0.1:{port}/api/v1/me/push?access_token={officer}", max_queue=None) as ws:
            first = json.loads(await asyncio.wait_for(ws.recv(), 30))
            assert first["type"] == "snapshot", first

            async def reader():
                async for raw in ws:
                    msg = json.loads(raw)
                    if msg.get("type") == "alarm.received":
                        pushed[msg["alarm_id"]] = time.perf_counter()
                        arrived.set()

            reader_task = asyncio.create_task(reader())
            sent: dict[str, float] = {}
            http_ms: list[float] = []
            errors: dict[str, int] = {}
            body = {"source": "hotline", "urgency": "urgent", "location": {"address": "达拉特旗树林召镇"},
                    "description": "压测警情", "reporter": {"phone": "13812345678"}}

            async def one(i: int) -> None:
                t0 = time.perf_counter()
                try:
                    resp = await client.post("/api/v1/alarms", json=body,
                                             headers={"Idempotency-Key": f"bench-{i}"})
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                    return
                if resp.status_code != 201:
                    errors[str(resp.status_code)] = errors.get(str(resp.status_code), 0) + 1
                    return
                http_ms.append((time.perf_counter() - t0) * 1000)
                sent[resp.json()["id"]] = t0

            total = max(1, int(duration_s * rate))
            interval = 1.0 / rate
            start = time.perf_counter()
            tasks = []
            for i in range(total):  # open loop: the schedule does not wait for responses
                delay = start + i * interval - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(one(i)))
            await asyncio.gather(*tasks)
            send_seconds = time.perf_counter() - start
            wait_until = time.monotonic() + 15  # late pushes
            while set(sent) - set(pushed) and time.monotonic() < wait_until:
                arrived.clear()
                try:
                    await asyncio.wait_for(arrived.wait(), timeout=max(0.0, wait_until - time.monotonic()))
                except asyncio.TimeoutError:
                    break
            reader_task.cancel()
            await asyncio.gather(reader_task, return_exceptions=True)

    latencies = sorted((pushed[a] - t0) * 1000 for a, t0 in sent.items() if a in pushed)
    http_ms.sort()
    return {
        "scenario": "alarm POST -> officer push (WebSocket, LISTEN/NOTIFY)",
        "duration_s": duration_s, "target_rate_per_s": rate, "achieved_rate_per_s": round(len(sent) / send_seconds, 1),
        "alarms_created": len(sent), "pushes_received": len(latencies), "pushes_missing": len(sent) - len(latencies),
        "errors": errors,
        "push_ms": {"p50": _r(_percentile(latencies, 0.5)), "p99": _r(_percentile(latencies, 0.99)),
                    "max": _r(latencies[-1] if latencies else None)},
        "http_ms": {"p50": _r(_percentile(http_ms, 0.5)), "p99": _r(_percentile(http_ms, 0.99))},
    }


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 2)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.dispatch_push", description=__doc__.split("\n")[0])
    p.add_argument("--duration", type=float, default=60.0, help="seconds of load (default 60)")
    p.add_argument("--rate", type=float, default=50.0, help="alarms per second (default 50)")
    args = p.parse_args(argv)
    result = asyncio.run(run(args.duration, args.rate))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
