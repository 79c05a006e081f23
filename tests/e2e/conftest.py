import os
import socket
import subprocess
import sys

import httpx
import pytest

from shared.settings import ROOT
from tests.support import RUN_ID, World, wait_for

SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Suite:
    """The six services as real uvicorn processes on loopback, on a fresh world."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.ports = {s: free_port() for s in SERVICES}
        self.procs: dict[str, subprocess.Popen] = {}
        self.logs = {s: ROOT / ".run" / "e2e" / f"{RUN_ID}-{s}.log" for s in SERVICES}

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    def start(self, service: str) -> None:
        self.logs[service].parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.world.env(service), "PYTHONPATH": str(ROOT)}
        self.procs[service] = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", f"services.{service}.app:create_app", "--host",
             "127.0.0.1", "--port", str(self.ports[service]), "--no-access-log"],
            env=env, cwd=ROOT, stdout=open(self.logs[service], "ab"), stderr=subprocess.STDOUT)

    def stop(self) -> None:
        for p in self.procs.values():
            p.terminate()
        for p in self.procs.values():
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.fixture(scope="package")
async def suite(infra):
    world = World(f"e2e{RUN_ID}", SERVICES)
    await world.create()
    s = Suite(world)
    for name in SERVICES:
        s.start(name)
    try:
        async with httpx.AsyncClient() as client:
            for name in SERVICES:
                async def healthy(name=name):
                    if s.procs[name].poll() is not None:
                        raise AssertionError(f"{name} exited: {s.logs[name].read_text()[-2000:]}")
                    try:
                        return (await client.get(s.url(name) + "/readyz")).status_code == 200
                    except httpx.TransportError:
                        return False
                await wait_for(healthy, timeout=180, interval=0.1, what=f"{name} to be ready")  # a loaded 2-core CI machine
        yield s
    finally:
        s.stop()
        await world.destroy()
