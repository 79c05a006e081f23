"""`make run` survives one crash: under deploy/local/supervisord.conf a killed service is restarted and the others
keep running (their processes are untouched)."""
import configparser
import os
import re
import signal
import subprocess

import httpx
import pytest

from shared.settings import ROOT
from tests.e2e.conftest import free_port
from tests.support import RUN_ID, World, wait_for

KEEP = ["police", "reward"]


def _conf(world: World, ports: dict[str, int], run_dir) -> str:
    """The real supervisord.conf, with two of its programs on free ports and the test world's settings."""
    text = (ROOT / "deploy" / "local" / "supervisord.conf").read_text().replace("%(here)s/../..", str(ROOT))
    text = text.replace(f"{ROOT}/.run/supervisor", f"{run_dir}/supervisor")
    parser = configparser.RawConfigParser()
    parser.read_string(text)
    for section in parser.sections():
        name = section.removeprefix("program:")
        if section.startswith("program:") and name not in KEEP:
            parser.remove_section(section)
        elif section.startswith("program:"):
            command = parser.get(section, "command")
            parser.set(section, "command", re.sub(r"--port \d+", f"--port {ports[name]}", command))
            role = re.search(r'PROCESS_ROLE="(\w+)"', parser.get(section, "environment")).group(1)
            env = {**world.env(name), "PROCESS_ROLE": role}
            parser.set(section, "environment", ",".join(f'{k}="{v}"' for k, v in env.items()))
    parser.set("supervisord", "pidfile", f"{run_dir}/supervisord.pid")
    path = run_dir / "supervisord.conf"
    with open(path, "w") as f:
        parser.write(f)
    return str(path)


@pytest.fixture
async def supervised(infra, tmp_path):
    world = World(f"sv{RUN_ID}", KEEP)
    await world.create()
    ports = {name: free_port() for name in KEEP}
    conf = _conf(world, ports, tmp_path)
    log = open(tmp_path / "supervisord.log", "ab")
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "supervisord"), "-c", conf], cwd=ROOT, stdout=log,
                            stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT), "API_WORKERS": "1"})
    try:
        yield ports, conf, tmp_path / "supervisord.log"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        await world.destroy()


def _pid(conf: str, name: str) -> int | None:
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "supervisorctl"), "-c", conf, "pid", name],
                         capture_output=True, text=True).stdout.strip()
    return int(out) if out.isdigit() and int(out) > 0 else None


async def test_a_killed_service_is_restarted_and_the_others_keep_running(supervised):
    ports, conf, log = supervised
    async with httpx.AsyncClient() as client:
        async def healthy(name):
            try:
                return (await client.get(f"http://127.0.0.1:{ports[name]}/healthz")).status_code == 200
            except httpx.TransportError:
                return False
        for name in KEEP:
            await wait_for(lambda name=name: healthy(name), timeout=60, interval=0.2, what=f"{name} up")
        victim, bystander = KEEP
        before = {name: _pid(conf, name) for name in KEEP}
        assert all(before.values())
        os.kill(before[victim], signal.SIGKILL)

        async def restarted():
            pid = _pid(conf, victim)
            return pid is not None and pid != before[victim] and await healthy(victim)
        await wait_for(restarted, timeout=60, interval=0.2, what=f"{victim} restarted")
        assert _pid(conf, bystander) == before[bystander] and await healthy(bystander)
    assert re.search(rf"exited: {victim} .*not expected", log.read_text()), "supervisord prints the crash"
