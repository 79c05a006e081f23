"""Bench plumbing: throw-away databases, topics, free ports, child processes, percentiles."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from shared.kafka import client_options
from shared.settings import ROOT, RUN_DIR, Settings

LOG_DIR = RUN_DIR / "bench"


def server_dsn(settings: Settings | None = None) -> str:
    """The maintenance database of the server in Settings().database_url, as a plain asyncpg DSN."""
    url = (settings or Settings()).database_url
    for prefix in ("postgresql+asyncpg://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql://" + url[len(prefix):]
    return url


def database_dsn(name: str, settings: Settings | None = None) -> str:
    parts = urlsplit(server_dsn(settings))
    return urlunsplit(parts._replace(path="/" + name))


async def create_database(name: str) -> None:
    conn = await asyncpg.connect(server_dsn())
    try:
        await conn.execute(f'create database "{name}"')
    finally:
        await conn.close()


async def drop_database(name: str) -> None:
    conn = await asyncpg.connect(server_dsn())
    try:
        await conn.execute(f'drop database if exists "{name}" with (force)')
    finally:
        await conn.close()


async def migrate(service: str, database_name: str) -> None:
    from shared.migrate import upgrade
    await asyncio.to_thread(upgrade, service, Settings(service_name=service, database_name=database_name))


@dataclass
class Resources:
    """What the bench created, so that the end of the run removes it whatever happened."""
    databases: list[str] = field(default_factory=list)
    topic_prefixes: list[str] = field(default_factory=list)
    processes: list[subprocess.Popen] = field(default_factory=list)
    logs: list[tuple[Path, bool]] = field(default_factory=list)  # (child's stderr file, keep it)

    async def database(self, name: str, service: str | None = None) -> str:
        await create_database(name)
        self.databases.append(name)
        if service:
            await migrate(service, name)
        return name

    async def cleanup(self) -> list[str]:
        problems: list[str] = []
        for proc in self.processes:
            stop_process(proc)
        for name in self.databases:
            try:
                await drop_database(name)
            except Exception as exc:  # report, keep cleaning
                problems.append(f"drop database {name}: {type(exc).__name__}: {exc}")
        if self.topic_prefixes:
            from shared.topics import delete_topics_with_prefix
            for prefix in self.topic_prefixes:
                try:
                    await asyncio.wait_for(delete_topics_with_prefix(Settings(), prefix), timeout=30)
                except Exception as exc:
                    problems.append(f"delete topics {prefix}*: {type(exc).__name__}: {exc}")
            try:
                await asyncio.wait_for(delete_groups_with_prefixes(Settings(), self.topic_prefixes), timeout=30)
            except Exception as exc:
                problems.append(f"delete consumer groups: {type(exc).__name__}: {exc}")
        for path, keep in self.logs:
            if not keep:
                path.unlink(missing_ok=True)
        try:
            LOG_DIR.rmdir()  # only when empty
        except OSError:
            pass
        return problems


async def delete_groups_with_prefixes(settings: Settings, prefixes: list[str]) -> None:
    """Remove the (empty) consumer groups of the bench. aiokafka's admin client has no delete_consumer_groups,
    so this sends Kafka's DeleteGroups request to each group's coordinator."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.protocol.admin import DeleteGroupsRequest

    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, client_id="bench-admin", **client_options(settings))
    await admin.start()
    try:
        groups = [g[0] for g in await admin.list_consumer_groups() if g[0].startswith(tuple(prefixes))]
        for group in groups:
            node = await admin.find_coordinator(group)
            await admin._send_request(DeleteGroupsRequest([group]), node)
    finally:
        await admin.close()


async def wait_for_infra(timeout: float = 90.0) -> None:
    """PostgreSQL and Kafka answer (`make setup` starts them; a test elsewhere may be restarting Kafka)."""
    settings = Settings()
    deadline = time.monotonic() + timeout
    said = False
    while True:
        missing = []
        try:
            conn = await asyncpg.connect(server_dsn(settings), timeout=2)
            await conn.close()
        except Exception:
            missing.append("PostgreSQL")
        host, _, port = settings.kafka_bootstrap_servers.split(",")[0].strip().rpartition(":")
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 2)
            writer.close()
        except (OSError, asyncio.TimeoutError, ValueError):
            missing.append("Kafka")
        if not missing:
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"[bench] {' and '.join(missing)} not reachable; run `make setup`")
        if not said:
            print(f"[bench] waiting for {' and '.join(missing)} …", flush=True)
            said = True
        await asyncio.sleep(1.0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_uvicorn(target: str, port: int, log_path: Path, *, env: dict[str, str], factory: bool = False,
                  workers: int = 1) -> subprocess.Popen:
    """uvicorn in its own process (with `workers` > 1 a parent and its worker processes); its stderr (tracebacks,
    warnings) goes to `log_path`."""
    cmd = [sys.executable, "-m", "uvicorn", target, "--host", "127.0.0.1", "--port", str(port),
           "--no-access-log", "--log-level", "warning"] + (["--workers", str(workers)] if workers > 1 else [])
    if factory:
        cmd.insert(3, "--factory")
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log_file:
        return subprocess.Popen(cmd, cwd=str(ROOT), env=full_env, stdout=log_file, stderr=subprocess.STDOUT,
                                start_new_session=True)


def stop_process(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)  # uvicorn: graceful shutdown, runs the lifespan's exit
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc), None where unavailable."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, ValueError, IndexError):
        return None


def tree_cpu_seconds(*pids: int) -> float | None:
    """process_cpu_seconds of the processes and all their living descendants (uvicorn's workers), summed."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo, seen = 0.0, list(pids), set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        cpu = process_cpu_seconds(pid)
        if cpu is None and pid in pids:
            return None
        total += cpu or 0.0
        todo.extend(children.get(pid, ()))
    return total


def database_pids() -> list[int]:
    """The local PostgreSQL server's postmaster (its backends are its children), [] when it is not ours."""
    try:
        return [int((RUN_DIR / "pg" / "data" / "postmaster.pid").read_text().split()[0])]
    except (OSError, ValueError, IndexError):
        return []


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


class Timer:
    def __enter__(self) -> "Timer":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.start
