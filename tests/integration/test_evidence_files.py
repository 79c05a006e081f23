"""Evidence files (issue 16) on real PostgreSQL and Kafka: documents and photos attached to a case (asset_core), to
a dispatch's on-site outcome by the officer holding the assignment (dispatch) and to a tip with its receipt
(reward, no token). Each is type checked against its bytes, at most 10 MiB (413 before authentication), stored
with its SHA-256 in the same transaction as the audit row that records it and an event without bytes or name;
downloaded byte for byte by the roles that may see it, reported absent (404) to the others."""
import hashlib
import json
import uuid

import asyncpg
import pytest

from shared.files import MAX_BYTES
from tests.integration.test_dispatch_api import alarm, dispatched, key, me, officer, projected_case
from tests.integration.test_reward import public, published_notice, registered_case, send_tip
from tests.support import COURT, OTHER_COURT, auth, case_body

HIGHER = "内06"  # 鄂尔多斯市中级人民法院, above 内0621
PROBLEM = "application/problem+json"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + b"\x00" * 32
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 64


def typed(content_type: str | None, **headers) -> dict[str, str]:
    return {**({"content-type": content_type} if content_type else {}), **headers}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def attached_sha(db, file_id: str) -> str:
    """The SHA-256 the audit chain recorded when the file was stored."""
    data = await db.fetchval("select data from audit_log where action = 'file.attached' and entity_type = 'file' "
                             "and entity_id = $1", file_id)
    return json.loads(data)["sha256"]


async def file_event(db, event_type: str, file_id: str) -> tuple[str, dict]:
    row = await db.fetchrow("select key, envelope from outbox where event_type = $1 "
                            "and envelope->'data'->>'file_id' = $2", event_type, file_id)
    return row["key"], json.loads(row["envelope"])


async def counts(db) -> tuple[int, int, int]:
    """Rows an upload writes: the file, its event, its audit row (consumers may write other rows meanwhile)."""
    return (await db.fetchval("select count(*) from files"),
            await db.fetchval("select count(*) from outbox where event_type like '%.evidence-file.attached.v1'"),
            await db.fetchval("select count(*) from audit_log where action = 'file.attached'"))


# ------------------------------------------------------------------ asset_core: files on a case
async def test_a_case_file_is_stored_audited_published_and_downloaded_byte_for_byte(asset_core, asset_db):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))).json()
    url = f"/api/v1/cases/{case['id']}/files"
    k = key()
    r = await asset_core.post(url, params={"filename": "查封现场/照片 1.jpg"}, content=JPEG,
                              headers={**auth("officer"), **typed("image/jpeg"), **k})
    assert r.status_code == 201, r.text
    f = r.json()
    assert r.headers["location"] == f"/api/v1/files/{f['id']}" == f["download_url"]
    assert (f["owner_kind"], f["owner_id"], f["case_id"]) == ("case", case["id"], case["id"])
    assert (f["filename"], f["content_type"], f["content_type_label"]) == ("照片 1.jpg", "image/jpeg", "JPEG 照片")
    assert (f["size_bytes"], f["sha256"], f["uploaded_by"]) == (len(JPEG), sha(JPEG), "tester")
    replay = await asset_core.post(url, params={"filename": "查封现场/照片 1.jpg"}, content=JPEG,
                                   headers={**auth("officer"), **typed("image/jpeg"), **k})  # a lost answer, retried
    assert replay.json() == f and replay.headers["idempotent-replayed"] == "true"
    assert await asset_db.fetchval("select count(*) from files where owner_id = $1", uuid.UUID(case["id"])) == 1
    # the name may come in Content-Disposition (RFC 8187), here a PDF
    r = await asset_core.post(url, content=PDF, headers={**auth("clerk"), **typed(
        "application/pdf", **{"content-disposition": "attachment; filename*=UTF-8''%E8%A3%81%E5%AE%9A%E4%B9%A6.pdf"})})
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["filename"] == "裁定书.pdf" and doc["content_type"] == "application/pdf"

    listed = (await asset_core.get(url, headers=auth("auditor"))).json()["items"]  # metadata for every reader
    assert [x["id"] for x in listed] == [f["id"], doc["id"]] and listed[0] == f
    for file, data, ctype in ((f, JPEG, "image/jpeg"), (doc, PDF, "application/pdf")):
        got = await asset_core.get(file["download_url"], headers=auth("judge"))
        assert got.status_code == 200 and got.content == data
        assert got.headers["content-type"] == ctype and got.headers["etag"] == f'"{sha(data)}"'
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["content-disposition"].startswith("attachment;")
        # proven unaltered: the downloaded bytes hash to what the audit chain recorded when they were stored
        assert sha(got.content) == await attached_sha(asset_db, file["id"]) == file["sha256"]
    assert "filename*=UTF-8''%E8%A3%81%E5%AE%9A%E4%B9%A6.pdf" in got.headers["content-disposition"]

    key_, env = await file_event(asset_db, "cn.court.asset-core.evidence-file.attached.v1", f["id"])
    assert key_ == case["id"] and env["caseid"] == case["id"] and env["orgcode"] == COURT
    assert env["data"] == {"file_id": f["id"], "owner_kind": "case", "owner_id": case["id"], "case_id": case["id"],
                           "court_code": COURT, "content_type": "image/jpeg", "size_bytes": len(JPEG),
                           "sha256": sha(JPEG), "attached_at": env["data"]["attached_at"]}  # no bytes, no name
    assert "照片" not in json.dumps(env, ensure_ascii=False) and len(json.dumps(env)) < 2000
    timeline = (await asset_core.get(f"/api/v1/cases/{case['id']}/timeline", headers=auth("judge"))).json()
    assert any("证据材料" in json.dumps(e, ensure_ascii=False) for e in timeline["items"])
    verified = (await asset_core.get("/api/v1/audit/verify", headers=auth("auditor"))).json()
    assert verified["valid"] is True


async def test_a_stored_file_can_be_neither_changed_nor_deleted(asset_core, asset_db):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))).json()
    f = (await asset_core.post(f"/api/v1/cases/{case['id']}/files", content=PNG,
                               headers={**auth("clerk"), **typed("image/png")})).json()
    for statement in ("update files set content = '\\x00'::bytea where id = $1", "delete from files where id = $1"):
        with pytest.raises(asyncpg.RaiseError, match="never updated or deleted"):  # the trigger refuses even the owner
            await asset_db.execute(statement, uuid.UUID(f["id"]))
    got = await asset_core.get(f["download_url"], headers=auth("clerk"))
    assert got.content == PNG


async def test_bad_uploads_are_refused_with_the_reason_and_change_nothing(asset_core, asset_db):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))).json()
    url = f"/api/v1/cases/{case['id']}/files"
    before = await counts(asset_db)
    cases = [
        (url, GIF, typed("image/gif"), {}, 415, "unsupported_media_type"),
        (url, PNG, typed(None), {}, 415, "unsupported_media_type"),  # no Content-Type at all
        (url, PNG, typed("application/octet-stream"), {}, 415, "unsupported_media_type"),
        (url, PNG, typed("image/jpeg"), {}, 422, "content_type_mismatch"),  # declared JPEG, the bytes are PNG
        (url, EXE, typed("application/pdf"), {}, 422, "content_type_mismatch"),  # not a PDF at all
        (url, b"", typed("image/png"), {}, 422, "empty_file"),
        (f"/api/v1/cases/{uuid.uuid4()}/files", PNG, typed("image/png"), {}, 404, "case_not_found"),
        (url, PNG, typed("image/png"), {"org": OTHER_COURT}, 404, "case_not_found"),  # existence not disclosed
        (url, PNG, typed("image/png"), {"org": HIGHER, "role": "judge"}, 403, "not_executing_court"),
        (url, PNG, typed("image/png"), {"role": "auditor"}, 403, "forbidden_role"),
        (url + "?filename=" + "x" * 300, PNG, typed("image/png"), {}, 422, "validation_error"),
    ]
    for path, data, headers, who, status, code in cases:
        r = await asset_core.post(path, content=data, headers={**auth(**who), **headers})
        assert (r.status_code, r.json()["code"]) == (status, code), (code, r.text)
        assert r.headers["content-type"] == PROBLEM
    mismatch = await asset_core.post(url, content=PNG, headers={**auth(), **typed("image/jpeg")})
    assert mismatch.json()["declared"] == "image/jpeg" and mismatch.json()["detected"] == "image/png"
    assert await counts(asset_db) == before


async def test_an_oversize_file_is_413_before_authentication_the_limit_is_the_uploads_own(asset_core, asset_db):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))).json()
    url = f"/api/v1/cases/{case['id']}/files"
    before = await counts(asset_db)
    big = JPEG + b"\x00" * (MAX_BYTES + 1 - len(JPEG))
    r = await asset_core.post(url, content=big, headers=typed("image/jpeg"))  # no token: would be 401 if read
    assert r.status_code == 413 and r.headers["content-type"] == PROBLEM
    assert r.json()["code"] == "payload_too_large" and r.json()["limit_bytes"] == MAX_BYTES

    async def chunks():  # no Content-Length: counted as it arrives (without a token: 401 before any is read)
        for _ in range(11):
            yield b"\x00" * (1024 * 1024)
    r = await asset_core.post(url, content=chunks(), headers={**auth("clerk"), **typed("image/jpeg")})
    assert r.status_code == 413 and r.json()["limit_bytes"] == MAX_BYTES
    assert await counts(asset_db) == before
    # 3 MB: over the suite's 1 MB body limit, which still holds everywhere else, and under the upload's 10 MiB
    photo = JPEG + b"\x00" * (3 * 1024 * 1024)
    r = await asset_core.post("/api/v1/cases", content=b"{" + b" " * len(photo) + b"}",
                              headers={**auth("clerk"), **typed("application/json")})
    assert r.status_code == 413 and r.json()["limit_bytes"] == asset_core.app.state.settings.max_body_bytes
    exact = JPEG + b"\x00" * (MAX_BYTES - len(JPEG))  # exactly the limit is accepted
    for data in (photo, exact):
        r = await asset_core.post(url, content=data, headers={**auth("clerk"), **typed("image/jpeg")})
        assert r.status_code == 201, r.text
        got = await asset_core.get(r.json()["download_url"], headers=auth("judge"))
        assert got.content == data and sha(got.content) == await attached_sha(asset_db, r.json()["id"])


async def test_downloads_only_for_the_staff_of_a_court_that_sees_the_case(asset_core):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth("clerk"))).json()
    f = (await asset_core.post(f"/api/v1/cases/{case['id']}/files", content=PDF,
                               headers={**auth("clerk"), **typed("application/pdf")})).json()
    for who in ({"role": "judge"}, {"role": "officer"}, {"role": "president", "org": HIGHER}):  # the court above
        assert (await asset_core.get(f["download_url"], headers=auth(**who))).content == PDF, who
    for who, status, code in (({"role": "judge", "org": OTHER_COURT}, 404, "file_not_found"),
                              ({"role": "auditor"}, 403, "forbidden_role")):
        r = await asset_core.get(f["download_url"], headers=auth(**who))
        assert (r.status_code, r.json()["code"]) == (status, code), who
        assert PDF not in r.content
    r = await asset_core.get(f"/api/v1/cases/{case['id']}/files", headers=auth("judge", org=OTHER_COURT))
    assert r.status_code == 404 and r.json()["code"] == "case_not_found"
    assert (await asset_core.get(f"/api/v1/files/{uuid.uuid4()}", headers=auth("judge"))).status_code == 404
    assert (await asset_core.get(f["download_url"])).status_code == 401


# ------------------------------------------------------------------ dispatch: photos on the on-site outcome
async def test_outcome_photos_from_the_officer_holding_the_assignment(asset_core, dispatch, dispatch_db):
    case = await projected_case(asset_core, dispatch)
    cid = case["id"]
    a, b, stranger = await officer(dispatch), await officer(dispatch), await officer(dispatch)
    al = await alarm(dispatch, case_id=cid, urgency="flight")
    d = await dispatched(dispatch, al["id"], [a, b])
    path = f"/assignments/{d['id']}/files"
    r = await me(dispatch, a, COURT, "post", path, content=JPEG, headers=typed("image/jpeg"))
    assert r.status_code == 409 and r.json()["code"] == "not_on_site"  # not there yet
    await me(dispatch, a, COURT, "post", f"/assignments/{d['id']}/status", json={"status": "arrived"}, headers=key())
    before = await counts(dispatch_db)
    for who, data, ctype, status, code in ((stranger, JPEG, "image/jpeg", 404, "dispatch_not_found"),
                                           (a, PNG, "image/jpeg", 422, "content_type_mismatch"),
                                           (a, GIF, "image/gif", 415, "unsupported_media_type")):
        r = await me(dispatch, who, COURT, "post", path, content=data, headers=typed(ctype))
        assert (r.status_code, r.json()["code"]) == (status, code), r.text
    r = await dispatch.post(f"/api/v1/me{path}", content=JPEG, headers={**auth("clerk"), **typed("image/jpeg")})
    assert r.status_code == 403  # the console does not upload as an officer
    assert await counts(dispatch_db) == before
    r = await me(dispatch, a, COURT, "post", path, content=JPEG, headers=typed("image/jpeg"))
    assert r.status_code == 201, r.text
    photo = r.json()
    assert await counts(dispatch_db) == tuple(n + 1 for n in before)  # the file, its event, its audit row
    assert (photo["owner_kind"], photo["owner_id"], photo["case_id"]) == ("dispatch", d["id"], cid)
    assert photo["uploaded_by"] == a and photo["filename"] == "file.jpg"

    listed = (await dispatch.get(f"/api/v1/dispatches/{d['id']}/files", headers=auth("clerk"))).json()["items"]
    assert [x["id"] for x in listed] == [photo["id"]]
    for who in (auth("clerk"), auth("judge"), auth("officer", sub=a), auth("officer", sub=b)):
        got = await dispatch.get(photo["download_url"], headers=who)
        assert got.status_code == 200 and got.content == JPEG and got.headers["etag"] == f'"{sha(JPEG)}"'
    assert sha(got.content) == await attached_sha(dispatch_db, photo["id"])
    for who in (auth("officer", sub=stranger), auth("clerk", org=OTHER_COURT)):
        r = await dispatch.get(photo["download_url"], headers=who)
        assert r.status_code == 404 and r.json()["code"] == "file_not_found"
    r = await dispatch.get(f"/api/v1/dispatches/{d['id']}/files", headers=auth("officer", sub=stranger))
    assert r.status_code == 404

    key_, env = await file_event(dispatch_db, "cn.court.dispatch.evidence-file.attached.v1", photo["id"])
    assert key_ == cid and env["data"]["alarm_id"] == al["id"] and env["data"]["sha256"] == sha(JPEG)
    assert env["data"]["owner_kind"] == "dispatch" and "filename" not in env["data"] and len(json.dumps(env)) < 2000


# ------------------------------------------------------------------ reward: a tip's files, with its receipt
async def test_a_tipster_attaches_files_with_the_receipt_only_the_cases_judge_and_officer_read_them(
        asset_core, reward, reward_db):
    case = await registered_case(asset_core, reward_db)
    notice = await published_notice(reward, case["id"])
    receipt = (await send_tip(reward, notice["number"]))["receipt"]
    tip = (await reward.get(f"/api/v1/notices/{notice['id']}/tips", headers=auth("judge"))).json()["items"][0]
    photo = PNG + bytes(range(256)) * 400  # 100 KB: over the public endpoints' 16 KB body limit, under the upload's
    url = f"/api/v1/public/tips/{receipt}/files"
    before = await counts(reward_db)
    async with public(reward) as p:
        for path, data, ctype, status, code in (
                (f"/api/v1/public/tips/{'x' * 32}/files", photo, "image/png", 404, "tip_not_found"),
                (url, photo, "application/pdf", 422, "content_type_mismatch"),
                (url, EXE, "application/x-msdownload", 415, "unsupported_media_type")):
            r = await p.post(path, content=data, headers=typed(ctype))
            assert (r.status_code, r.json()["code"]) == (status, code), r.text
        assert await counts(reward_db) == before
        r = await p.post(url, content=JPEG + b"\x00" * MAX_BYTES, headers=typed("image/jpeg"))
        assert r.status_code == 413 and r.json()["limit_bytes"] == MAX_BYTES  # the upload's limit, before anything
        r = await p.post(url, params={"filename": "车库.png"}, content=photo, headers=typed("image/png"))
        assert r.status_code == 201, r.text
        sent = r.json()
        r = await p.post(url, content=PDF, headers=typed("application/pdf"))
        assert r.status_code == 201, r.text
    assert sent == {"filename": "车库.png", "content_type": "image/png", "size_bytes": len(photo),
                    "sha256": sha(photo), "received_at": sent["received_at"]}

    listed = (await reward.get(f"/api/v1/tips/{tip['id']}/files", headers=auth("officer"))).json()["items"]
    assert [(x["filename"], x["sha256"], x["uploaded_by"]) for x in listed] == [
        ("车库.png", sha(photo), "tipster"), ("file.pdf", sha(PDF), "tipster")]
    f = listed[0]
    reads = await reward_db.fetchval("select count(*) from audit_log where action = 'tip.file_read'")
    got = await reward.get(f["download_url"], headers=auth("judge"))
    assert got.status_code == 200 and got.content == photo and got.headers["content-type"] == "image/png"
    assert sha(got.content) == await attached_sha(reward_db, f["id"])
    # each read of a tipster's material is audited, as a read of the tipster's identity is
    assert await reward_db.fetchval("select count(*) from audit_log where action = 'tip.file_read'") == reads + 1
    assert await reward_db.fetchval("select data->>'tip_id' from audit_log where action = 'tip.file_read' "
                                    "and entity_id = $1", f["id"]) == tip["id"]
    # not for the clerk, another court, nor the court above (财产调查规定 23: the case's judge/officer only)
    for who in (auth("clerk"), auth("judge", org=OTHER_COURT), auth("judge", org=HIGHER)):
        r = await reward.get(f["download_url"], headers=who)
        assert r.status_code == 404 and r.json()["code"] == "file_not_found"
        r = await reward.get(f"/api/v1/tips/{tip['id']}/files", headers=who)
        assert r.status_code == 404 and r.json()["code"] == "tip_not_found"
    assert await reward_db.fetchval("select count(*) from audit_log where action = 'tip.file_read'") == reads + 1

    _, env = await file_event(reward_db, "cn.court.reward.evidence-file.attached.v1", f["id"])
    assert env["data"]["owner_kind"] == "tip" and env["data"]["owner_id"] == tip["id"]
    assert env["data"]["sha256"] == sha(photo) and env["data"]["case_id"] == case["id"]
    text = json.dumps(env, ensure_ascii=False)
    assert "车库" not in text and receipt not in text and "tipster" not in text and len(text) < 2000
    # once the tip is decided, the tipster adds nothing more
    r = await reward.post(f"/api/v1/tips/{tip['id']}/verification", headers=auth("officer"),
                          json={"outcome": "not_useful"})
    assert r.status_code == 200, r.text
    async with public(reward) as p:
        r = await p.post(url, content=PNG, headers=typed("image/png"))
    assert r.status_code == 409 and r.json()["code"] == "tip_decided"
