"""Idempotency-Key (a retry returns the first response) and the hash-chained audit log."""
import asyncio
import uuid

import asyncpg
import pytest

from tests.support import auth, case_body


async def test_one_key_replayed_100_times_creates_one_case(asset_core, asset_db):
    body = case_body()
    headers = {**auth(), "Idempotency-Key": f"retry-{uuid.uuid4()}"}
    responses = await asyncio.gather(*[asset_core.post("/api/v1/cases", json=body, headers=headers)
                                       for _ in range(100)])
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in responses) == 99
    case_id = responses[0].json()["id"]
    assert await asset_db.fetchval("select count(*) from cases where case_number = $1", body["case_number"]) == 1
    assert await asset_db.fetchval("select count(*) from outbox where key = $1", case_id) == 1
    assert await asset_db.fetchval("select count(*) from audit_log where entity_id = $1", case_id) == 1


async def test_same_key_with_another_body_is_refused(asset_core, asset_db):
    body = case_body()
    headers = {**auth(), "Idempotency-Key": str(uuid.uuid4())}
    assert (await asset_core.post("/api/v1/cases", json=body, headers=headers)).status_code == 201
    before = await asset_db.fetchval("select count(*) from cases")
    r = await asset_core.post("/api/v1/cases", json={**body, "amount_owed_fen": 1}, headers=headers)
    assert r.status_code == 422 and r.json()["code"] == "idempotency_key_reused"
    assert await asset_db.fetchval("select count(*) from cases") == before


async def test_a_failed_request_stores_no_response_and_can_be_retried(asset_core):
    body = case_body()
    headers = {**auth(), "Idempotency-Key": str(uuid.uuid4())}
    bad = await asset_core.post("/api/v1/cases", json={**body, "filed_on": "2023-01-01"}, headers=headers)
    assert bad.status_code == 422
    # A refusal is not stored: the retry is evaluated again, and the key stays free for the corrected body.
    again = await asset_core.post("/api/v1/cases", json={**body, "filed_on": "2023-01-01"}, headers=headers)
    assert again.status_code == 422 and "idempotent-replayed" not in again.headers
    ok = await asset_core.post("/api/v1/cases", json=body, headers=headers)
    assert ok.status_code == 201


async def test_audit_chain_verifies_and_reports_a_tampered_row(asset_core, asset_db):
    await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())
    r = await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))
    assert r.status_code == 200 and r.json()["valid"] is True and r.json()["checked"] >= 1
    assert (await asset_core.get("/api/v1/audit/verify", headers=auth("clerk"))).status_code == 403
    # the whole chain (every court's rows) is for the operator's auditors, not for a court's president
    assert (await asset_core.get("/api/v1/audit/verify", headers=auth("president"))).status_code == 403

    with pytest.raises(asyncpg.RaiseError, match="append-only"):
        await asset_db.execute("update audit_log set actor = 'mallory' where seq = (select min(seq) from audit_log)")
    with pytest.raises(asyncpg.RaiseError, match="append-only"):
        await asset_db.execute("delete from audit_log")

    seq, data = await asset_db.fetchrow("select seq, data::text from audit_log order by seq desc limit 1 offset 0")
    # A superuser bypasses the trigger and edits history: the chain shows it.
    await asset_db.execute("alter table audit_log disable trigger audit_log_no_update_delete")
    try:
        await asset_db.execute("update audit_log set data = jsonb_set(data, '{amount_owed_fen}', '1') where seq = $1",
                               seq)
        r = await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))
        assert r.json()["valid"] is False and r.json()["first_broken_seq"] == seq
    finally:
        await asset_db.execute("update audit_log set data = $2::jsonb where seq = $1", seq, data)
        await asset_db.execute("alter table audit_log enable trigger audit_log_no_update_delete")
    assert (await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))).json()["valid"] is True


async def _asset_retries(asset_core, asset_db, concurrent: bool):
    created = await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())
    assert created.status_code == 201, created.text
    case_id = created.json()["id"]
    path = f"/api/v1/cases/{case_id}/assets"
    body = {"asset_type": "bank_deposit", "description": "银行存款", "discovery_source": "online_query"}
    headers = {**auth("officer"), "Idempotency-Key": str(uuid.uuid4())}
    if concurrent:
        responses = await asyncio.gather(*[asset_core.post(path, json=body, headers=headers) for _ in range(12)])
    else:
        responses = [await asset_core.post(path, json=body, headers=headers) for _ in range(3)]
    return case_id, responses


@pytest.mark.parametrize("concurrent", [False, True], ids=["one_after_another", "all_at_once"])
async def test_a_retry_whose_action_would_succeed_again_is_rolled_back_and_replayed(asset_core, asset_db, concurrent):
    """Adding an asset twice is allowed, so a retry's action succeeds again: the key, taken at its commit, rolls the
    retry back (the asset, its event, its audit row) and the first reply is replayed (docs/adr/0020)."""
    case_id, responses = await _asset_retries(asset_core, asset_db, concurrent)
    assert {r.status_code for r in responses} == {201}, [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in responses) == len(responses) - 1
    asset_id = uuid.UUID(responses[0].json()["id"])
    assert await asset_db.fetchval("select count(*) from assets where case_id = $1", uuid.UUID(case_id)) == 1
    assert await asset_db.fetchval("select count(*) from audit_log where entity_id = $1", str(asset_id)) == 1
    discovered = "cn.court.asset-core.asset.discovered.v1"
    assert await asset_db.fetchval("select count(*) from case_events where case_id = $1 and event_type = $2",
                                   uuid.UUID(case_id), discovered) == 1
    assert await asset_db.fetchval("select count(*) from outbox where key = $1 and event_type = $2",
                                   case_id, discovered) == 1


async def test_a_refused_retry_of_a_request_that_changed_the_state_replays_it(asset_core, asset_db):
    """The retry of a registration finds its case number taken (by the first attempt): not a 409 but the replay."""
    body = case_body()
    headers = {**auth(), "Idempotency-Key": str(uuid.uuid4())}
    first = await asset_core.post("/api/v1/cases", json=body, headers=headers)
    again = await asset_core.post("/api/v1/cases", json=body, headers=headers)
    assert first.status_code == again.status_code == 201 and again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    # without the key the same request is the conflict it is
    plain = await asset_core.post("/api/v1/cases", json=body, headers=auth())
    assert plain.status_code == 409 and plain.json()["code"] == "case_number_taken"
