"""What the stateful fuzzer (tests/e2e/test_no_server_errors.py, `make fuzz`) found, each fixed at its cause and
kept here as a regression test on the real PostgreSQL and Kafka — and how a 500 that still happens behaves: a
problem+json answer on a connection that stays open for the client's next request."""
import asyncio
import json
import socket
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
import uvicorn

from services.police.app import SPEC as POLICE
from services.police.settings import PoliceSettings
from shared.app import build_app
from shared.contracts import asset_core as ac
from shared.contracts import dispatch as dispatch_ev
from shared.legal import Conflict
from tests.support import COURT, auth, publish, wait_for

BUREAU = "内0621公"


def police_h() -> dict[str, str]:
    return {**auth("police", org=BUREAU), "Idempotency-Key": uuid.uuid4().hex}


async def opened_custody(police, world) -> dict:
    """A detention approved in dispatch: police opens its custody record (awaiting hand-over) from the events."""
    penalty, case_id = str(uuid.uuid4()), str(uuid.uuid4())
    decided = datetime.now(timezone.utc) - timedelta(hours=2)
    common = dict(penalty_id=penalty, court_code=COURT, case_id=case_id, subject_kind="person", subject_name="王某",
                  act_kind="refuse_to_perform", act_on="2024-03-01", decided_at=decided)
    await publish(world, dispatch_ev.DetentionDecided(**common, status="pending_approval", days=15, emergency=False),
                  case_id, subject=f"penalties/{penalty}")
    await publish(world, dispatch_ev.PenaltyStatusChanged(**common, status="approved", kind="detention",
                                                          from_status="pending_approval", at=decided), case_id,
                  subject=f"penalties/{penalty}")

    async def opened():
        items = (await police.get("/api/v1/custody", headers=auth("police", org=BUREAU))).json()["items"]
        return next((c for c in items if c["penalty_id"] == penalty), None)
    return await wait_for(opened, timeout=120, what="the custody record")


async def test_custody_steps_out_of_order_are_409s_naming_the_custody_status_not_500s(police, world):
    """Found by the fuzzer: releasing a custody record that is not in custody (or handing one over twice) raised
    Conflict(..., status=…) — an extra named like the problem's own `status` — and the error handler failed on it
    with a 500. Now a 409 problem with `custody_status`, and nothing changes."""
    c = await opened_custody(police, world)
    assert c["status"] == "awaiting_handover"
    url = f"/api/v1/custody/{c['id']}"
    r = await police.post(f"{url}/release", json={}, headers=police_h())  # released at its end before it began
    assert r.status_code == 409 and r.headers["content-type"] == "application/problem+json", r.text
    assert (r.json()["status"], r.json()["code"], r.json()["custody_status"]) == (409, "not_in_custody",
                                                                                 "awaiting_handover")
    r = await police.post(f"{url}/handover", json={"facility": "达拉特旗拘留所"}, headers=police_h())
    assert r.status_code == 200, r.text
    again = await police.post(f"{url}/handover", json={"facility": "另一拘留所"}, headers=police_h())
    assert again.status_code == 409, again.text
    assert (again.json()["code"], again.json()["custody_status"]) == ("not_awaiting_handover", "in_custody")
    judge = {**auth("judge"), "Idempotency-Key": uuid.uuid4().hex}
    r = await police.post(f"{url}/early-release", json={"decision": "被执行人已履行"}, headers=judge)
    assert r.status_code == 200 and r.json()["status"] == "released", r.text
    twice = await police.post(f"{url}/early-release", json={"decision": "再次解除"},
                              headers={**auth("judge"), "Idempotency-Key": uuid.uuid4().hex})
    assert twice.status_code == 409, twice.text
    assert (twice.json()["code"], twice.json()["custody_status"]) == ("not_in_custody", "released")
    now = (await police.get(url, headers=auth("police", org=BUREAU))).json()
    assert (now["status"], now["facility"], now["release_reason"]) == ("released", "达拉特旗拘留所", "被执行人已履行")


async def test_a_session_or_contact_without_an_outcome_is_a_422_and_records_nothing(mediation, mediation_db, world):
    """Found by the fuzzer: POST …/steps {"kind": "session"} passed validation (the outcome check ran only when an
    outcome was sent), was stored, and then SessionHeld failed on its missing outcome — a 500. Now the body is a
    422 naming `outcome`, and no step, event or audit row is written."""
    court = "内0691"
    reg = ac.CaseRegistered(
        case_id=str(uuid.uuid4()), case_number=f"（2024）{court}执{uuid.uuid4().int % 90000 + 1}号", case_type="执",
        court_code=court, filed_on=date(2024, 3, 1), amount_owed_fen=50_000_000, livelihood_category="none",
        applicants=["某银行"], respondents=["某公司"], state="executing")
    await publish(world, reg, reg.case_id, orgcode=None)

    async def referred():
        r = await mediation.post("/api/v1/cases", headers={**auth("judge", org=court), "Idempotency-Key": reg.case_id},
                                 json={"case_id": reg.case_id, "reason": "当事人有和解意愿", "referred_on": "2025-05-01"})
        return r.json() if r.status_code == 201 else None
    cc = await wait_for(referred, timeout=120, what="the case at the center")
    sub = f"fz-mediator-{uuid.uuid4().hex[:6]}"
    med = await mediation.post("/api/v1/mediators", headers=auth("president", org=court),
                               json={"user_sub": sub, "name": "示例调解员", "team": "和解一组", "capacity": 10})
    assert med.status_code == 201, med.text
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/assignment", headers=auth("president", org=court),
                             json={"mediator_id": med.json()["id"], "reason": "指定", "on": "2025-05-02"})
    assert r.status_code == 200, r.text
    mine = auth("mediator", org=court, sub=sub)
    audited = "select count(*) from audit_log where entity_id = $1 and actor = $2"
    for body in ({"kind": "session"}, {"kind": "contact", "channel": "phone"}, {"kind": "session", "outcome": None}):
        r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", json=body, headers=mine)
        assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json", r.text
        assert r.json()["code"] == "validation_error" and "outcome" in r.json()["detail"]
    assert await mediation_db.fetchval("select count(*) from steps where center_case_id = $1",
                                       uuid.UUID(cc["id"])) == 0
    assert await mediation_db.fetchval("select count(*) from outbox where key = $1 and event_type like '%session%'",
                                       reg.case_id) == 0
    assert await mediation_db.fetchval(audited, cc["id"], sub) == 0
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", json={"kind": "session", "outcome": "continued"},
                             headers=mine)
    assert r.status_code == 201, r.text
    r = await mediation.post(f"/api/v1/cases/{cc['id']}/steps", json={"kind": "note", "note": "备注"}, headers=mine)
    assert r.status_code == 201, r.text  # a note needs no outcome


# ------------------------------------------------------------------ a 500 keeps the connection open
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> tuple[int, dict, bytes]:
    """One HTTP/1.1 request on an open connection; its status, headers and body (by Content-Length)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: test\r\nAuthorization: {auth('judge')['Authorization']}\r\n\r\n"
                 .encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)}
    body = await asyncio.wait_for(reader.readexactly(int(headers["content-length"])), 30)
    return status, headers, body


@pytest.fixture
async def server_with_a_broken_route(world):
    """A real uvicorn serving an app from shared.app's factory (police's routes, without its consumers and sweeps,
    which the session's police app runs) plus test-only routes that raise."""
    spec = replace(POLICE, subscriptions=[], background=[])
    app = build_app(spec, PoliceSettings(**world.settings("police").model_dump()))

    async def boom():
        raise RuntimeError("a bug the handlers do not map")

    async def misnamed():
        raise Conflict("odd_extra", "冲突 / conflict", status="an extra named like the problem's status")

    app.add_api_route("/test-only/boom", boom, methods=["GET"])
    app.add_api_route("/test-only/misnamed", misnamed, methods=["GET"])
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    task = asyncio.create_task(server.serve())
    await wait_for(lambda: asyncio.sleep(0, server.started), timeout=60, what="the test server to start")
    try:
        yield port
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 30)


async def test_a_500_is_a_problem_and_the_keep_alive_connection_serves_the_next_request(server_with_a_broken_route):
    """An exception no handler maps is a 500 problem+json with the request id — and the same keep-alive connection
    answers the next request (Starlette re-raises after its 500, and uvicorn then closes the connection; shared.errors
    answers it inside the app instead). A DomainError whose extra is named like a problem member is its own status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", server_with_a_broken_route)
    try:
        status, headers, body = await _exchange(reader, writer, "/test-only/boom")
        assert status == 500 and headers["content-type"] == "application/problem+json"
        problem = json.loads(body)
        assert (problem["status"], problem["code"]) == (500, "internal_error")
        assert problem["request_id"] == headers["x-request-id"]
        assert "a bug" not in body.decode()  # nothing of the exception reaches the client
        assert headers.get("connection", "").lower() != "close"

        status, headers, body = await _exchange(reader, writer, "/healthz")  # the same connection
        assert status == 200 and json.loads(body)["status"] == "ok"

        status, headers, body = await _exchange(reader, writer, "/test-only/misnamed")
        assert status == 409 and json.loads(body)["code"] == "odd_extra" and json.loads(body)["status"] == 409

        status, _, body = await _exchange(reader, writer, "/test-only/boom")  # and again, still open
        assert status == 500
        status, _, _ = await _exchange(reader, writer, "/healthz")
        assert status == 200
    finally:
        writer.close()
