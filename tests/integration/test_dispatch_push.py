"""Live push across replicas: two dispatch processes (real uvicorn servers) on the same database. An officer's
device connected to replica A receives what is written through replica B — the fan-out goes through
PostgreSQL LISTEN/NOTIFY, not process memory. Authentication is the same JWT (query or subprotocol)."""
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import uuid

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from shared.settings import ROOT
from tests.support import COURT, RUN_ID, auth, token, wait_for

PUSH = "/api/v1/me/push"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
async def replicas(world):
    ports, procs = [free_port(), free_port()], []
    log = ROOT / ".run" / "it" / f"{RUN_ID}-dispatch-replicas.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **world.env("dispatch"), "PYTHONPATH": str(ROOT)}
    for port in ports:
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "services.dispatch.app:create_app", "--host", "127.0.0.1",
             "--port", str(port), "--no-access-log"], env=env, cwd=ROOT, stdout=open(log, "ab"),
            stderr=subprocess.STDOUT))
    try:
        async with httpx.AsyncClient() as c:
            for port, proc in zip(ports, procs):
                async def up(port=port, proc=proc):
                    if proc.poll() is not None:
                        raise AssertionError(f"replica exited: {log.read_text()[-2000:]}")
                    try:
                        return (await c.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200
                    except httpx.TransportError:
                        return False
                await wait_for(up, timeout=60, interval=0.1, what="a dispatch replica")
        yield [f"127.0.0.1:{p}" for p in ports]
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


async def next_message(ws, predicate, timeout: float = 20.0) -> dict:
    """Read messages until one matches (others are skipped), or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    seen = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no matching push within {timeout}s; saw {seen}")
        try:
            msg = json.loads(await asyncio.wait_for(ws.recv(), left))
        except asyncio.TimeoutError:
            continue
        seen.append(msg.get("type"))
        if predicate(msg):
            return msg


async def quiet(ws) -> list[dict]:
    """Everything queued for this socket before a ping's pong (messages on one socket keep their order)."""
    await ws.send("ping")
    got = []
    while True:
        msg = json.loads(await asyncio.wait_for(ws.recv(), 10))
        if msg["type"] == "pong":
            return got
        got.append(msg)


async def test_push_reaches_a_device_on_another_replica(replicas):
    a, b = replicas
    officer, other = f"officer-{uuid.uuid4().hex[:8]}", f"officer-{uuid.uuid4().hex[:8]}"
    async with httpx.AsyncClient(base_url=f"http://{b}", timeout=30) as api:
        for oid in (officer, other):
            r = await api.post("/api/v1/officers", headers=auth("clerk"),
                               json={"id": oid, "name": "值班干警", "team": "执行一组", "duty_status": "on_duty"})
            assert r.status_code == 201, r.text
        async with connect(f"ws://{a}{PUSH}?access_token={token('officer', sub=officer)}") as mine, \
                connect(f"ws://{a}{PUSH}", subprotocols=["bearer", token("officer", sub=other)]) as theirs:
            assert theirs.subprotocol == "bearer"
            snap = await next_message(mine, lambda m: m["type"] == "snapshot")
            assert snap["officer_id"] == officer and snap["court"] == COURT and snap["assignments"] == []
            await next_message(theirs, lambda m: m["type"] == "snapshot")

            r = await api.post("/api/v1/alarms", headers={**auth("clerk"), "Idempotency-Key": uuid.uuid4().hex},
                               json={"source": "hotline", "urgency": "flight", "location": {"address": "某宾馆"},
                                     "description": "被执行人即将离开", "reporter": {"phone": "13812345678"}})
            alarm = r.json()
            got = await next_message(mine, lambda m: m["type"] == "alarm.received" and m["alarm_id"] == alarm["id"])
            assert got["urgency"] == "flight" and "13812345678" not in json.dumps(got)  # no reporter contact

            r = await api.post(f"/api/v1/alarms/{alarm['id']}/dispatches", headers=auth("clerk"),
                               json={"officer_ids": [officer], "vehicle": "蒙K·A1234"})
            assert r.status_code == 201, r.text
            d = r.json()
            got = await next_message(mine, lambda m: m["type"] == "assignment.created")
            assert got["dispatch_id"] == d["id"] and got["alarm"]["alarm_id"] == alarm["id"]
            assert got["vehicle"] == "蒙K·A1234" and got["officer_ids"] == [officer]

            r = await api.post(f"/api/v1/dispatches/{d['id']}/status", headers=auth("clerk"),
                               json={"status": "cancelled", "reason": "改派"})
            assert r.status_code == 200
            got = await next_message(mine, lambda m: m["type"] == "dispatch.status_changed")
            assert (got["dispatch_id"], got["from_status"], got["status"]) == (d["id"], "dispatched", "cancelled")
            # the other officer saw the court's new alarm but none of this officer's assignment
            theirs_got = await quiet(theirs)
            assert [m["type"] for m in theirs_got] == ["alarm.received"]


async def test_a_device_reconnecting_gets_its_assignments_in_the_snapshot(replicas):
    a, b = replicas
    officer = f"officer-{uuid.uuid4().hex[:8]}"
    async with httpx.AsyncClient(base_url=f"http://{a}", timeout=30) as api:
        await api.post("/api/v1/officers", headers=auth("clerk"),
                       json={"id": officer, "name": "干警", "team": "执行二组", "duty_status": "on_duty"})
        alarm = (await api.post("/api/v1/alarms", headers=auth("clerk"),
                                json={"source": "patrol", "location": {"address": "某地"}, "description": "巡查发现"})).json()
        d = (await api.post(f"/api/v1/alarms/{alarm['id']}/dispatches", headers=auth("clerk"),
                            json={"officer_ids": [officer]})).json()
    async with connect(f"ws://{b}{PUSH}?access_token={token('officer', sub=officer)}") as ws:
        snap = await next_message(ws, lambda m: m["type"] == "snapshot")
        assert [x["id"] for x in snap["assignments"]] == [d["id"]]


@pytest.mark.parametrize("url_token", [None, "not.a.jwt", "mediator"])
async def test_push_needs_a_valid_token_and_role(replicas, url_token):
    a, _ = replicas
    url = f"ws://{a}{PUSH}"
    if url_token == "mediator":
        url += f"?access_token={token('mediator')}"
    elif url_token:
        url += f"?access_token={url_token}"
    with pytest.raises(InvalidStatus) as exc:  # refused during the handshake
        async with connect(url):
            pass
    assert exc.value.response.status_code == 403
