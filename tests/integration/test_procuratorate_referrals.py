"""Outbound clue transfer that arrives (河长+检察长, 跨区域协作): a clue 内05检 refers to a partner procuratorate (双辽
吉0382检, 铁岭 辽12检) goes out through the outbox on the partner topic `procuratorate.partner-clues.v1` (the same
ClueTransferred contract as inbound, with the addressee) and the service's own consumer takes it in as a clue
of the addressee — on the real PostgreSQL and Kafka. The sender's copy shows it referred; the sender never
re-imports its own transfer; a partner's republished transfer (a new event id) is still one clue."""
import json
import uuid

from shared.contracts import procuratorate as contract
from shared.legal import today_cn
from tests.support import auth, wait_for
from tests.support import publish as publish_event

TONGLIAO, SHUANGLIAO, TIELING = "内05检", "吉0382检", "辽12检"


def proc(o: str) -> dict:
    return auth("procurator", org=o, sub=f"procurator@{o}")


async def post(client, path, body, headers, status=200):
    r = await client.post(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    return r.json()


async def clue(client, summary: str) -> dict:
    return await post(client, "/api/v1/clues", {
        "source": "patrol", "source_name": "巡河检察官", "received_on": "2024-05-20", "summary": summary,
        "segment_code": "xiliao-150522", "location": "科左后旗与双辽交界处"}, proc(TONGLIAO), 201)


async def arrived(client, org: str, transfer_id: str) -> dict:
    async def found():
        items = (await client.get("/api/v1/clues?limit=200", headers=proc(org))).json()["items"]
        return next((c for c in items if c["transfer_id"] == transfer_id), None)
    return await wait_for(found, timeout=60, what=f"the transfer {transfer_id} at {org}")


async def test_a_clue_referred_by_内05检_arrives_at_双辽_as_a_received_clue(procuratorate, procuratorate_db):
    summary = f"西辽河双辽段河道内违法建筑 {uuid.uuid4()}"
    sent = await clue(procuratorate, summary)
    referred = await post(procuratorate, f"/api/v1/clues/{sent['id']}/referrals", {
        "to_org": SHUANGLIAO, "to_kind": "procuratorate", "reason": "属双辽市辖区", "on": "2024-05-22"},
        proc(TONGLIAO))
    # the sender's copy: referred, to whom, as what
    assert (referred["status"], referred["status_label"], referred["referred_to"], referred["referred_kind"]) == \
        ("referred", "已移送", SHUANGLIAO, "procuratorate")
    assert (referred["evaluated_on"], referred["evaluation_reason"]) == ("2024-05-22", "属双辽市辖区")

    # through the outbox, on the partner topic, with the addressee
    [row] = await procuratorate_db.fetch("select topic, key, envelope from outbox where key = $1",
                                         f"transfers/{sent['id']}")
    assert row["topic"].endswith(contract.PARTNER_CLUES_TOPIC) and row["key"] == f"transfers/{sent['id']}"
    envelope = json.loads(row["envelope"]) if isinstance(row["envelope"], str) else row["envelope"]
    assert envelope["type"] == contract.ClueTransferred.EVENT_TYPE and envelope["orgcode"] == TONGLIAO
    data = contract.ClueTransferred.model_validate(envelope["data"])
    assert (data.transfer_id, data.from_org, data.from_name, data.from_kind, data.to_org) == \
        (sent["id"], TONGLIAO, "通辽市人民检察院", "procuratorate", SHUANGLIAO)
    assert (data.summary, data.river, data.county_code, data.observed_on.isoformat()) == \
        (summary, "西辽河", "150522", "2024-05-20")

    # the addressee takes it in: a received clue of 双辽, from 通辽
    got = await arrived(procuratorate, SHUANGLIAO, sent["id"])
    assert got["id"] != sent["id"] and got["org_code"] == SHUANGLIAO
    assert (got["status"], got["source"], got["source_label"], got["source_name"], got["from_org"]) == \
        ("received", "procuratorate", "其他检察院移送", "通辽市人民检察院", TONGLIAO)
    assert (got["summary"], got["river_code"], got["county_code"], got["location"]) == \
        (summary, "xiliao", "150522", "科左后旗与双辽交界处")
    # announced by the receiver as a received clue, with the transfer
    [received] = await procuratorate_db.fetch(
        "select envelope from outbox where key = $1 and event_type like '%clue.received%'", f"clues/{got['id']}")
    rdata = json.loads(received["envelope"])["data"] if isinstance(received["envelope"], str) else \
        received["envelope"]["data"]
    assert (rdata["procuratorate_code"], rdata["transfer_id"], rdata["source"]) == (SHUANGLIAO, sent["id"],
                                                                                    "procuratorate")
    # the sender's own consumer did not re-import it for the sender: one clue per side
    rows = await procuratorate_db.fetch("select org_code, status from clues where summary = $1 order by seq", summary)
    assert [(r["org_code"], r["status"]) for r in rows] == [(TONGLIAO, "referred"), (SHUANGLIAO, "received")]
    assert (await procuratorate.get(f"/api/v1/clues/{sent['id']}", headers=proc(TONGLIAO))).json()["status"] == \
        "referred"
    assert (await procuratorate.get(f"/api/v1/clues/{got['id']}", headers=proc(TONGLIAO))).status_code == 404

    # 双辽 received it the day it took it in, and works it like any clue of its own: filed as a case
    assert got["received_on"] == envelope["time"][:10] or got["received_on"] == str(today_cn())
    out = await post(procuratorate, f"/api/v1/clues/{got['id']}/evaluation", {"decision": "file_case", "case": {
        "title": "西辽河双辽段河道违建行政公益诉讼案", "domain": "shoreline", "filed_on": got["received_on"]}},
        proc(SHUANGLIAO))
    assert out["clue"]["status"] == "filed" and out["case"]["org_code"] == SHUANGLIAO
    assert out["case"]["county_code"] == "150522"


async def test_a_transfer_to_oneself_or_to_no_procuratorate_is_refused_and_nothing_goes_out(procuratorate,
                                                                                            procuratorate_db):
    sent = await clue(procuratorate, f"跨界河段采砂 {uuid.uuid4()}")
    for to_org, kind, code in [(TONGLIAO, "procuratorate", "referral_to_self"),
                               ("内0523河长办", "procuratorate", "partner_kind_mismatch"),
                               ("内0523", "procuratorate", "partner_kind_mismatch")]:
        r = await procuratorate.post(f"/api/v1/clues/{sent['id']}/referrals", headers=proc(TONGLIAO),
                                     json={"to_org": to_org, "to_kind": kind, "reason": "x"})
        assert r.status_code == 422 and r.json()["code"] == code, r.text
    assert await procuratorate_db.fetchval("select count(*) from outbox where key = $1",
                                           f"transfers/{sent['id']}") == 0
    assert (await procuratorate.get(f"/api/v1/clues/{sent['id']}", headers=proc(TONGLIAO))).json()["status"] == \
        "received"
    # a referral to a 河长办 is announced (clue.referred) but is no transfer on the partner topic
    await post(procuratorate, f"/api/v1/clues/{sent['id']}/referrals",
               {"to_org": "内0522河长办", "to_kind": "river_chief_office", "reason": "属河长办职责"}, proc(TONGLIAO))
    assert await procuratorate_db.fetchval("select count(*) from outbox where key = $1",
                                           f"transfers/{sent['id']}") == 0
    assert await procuratorate_db.fetchval("select count(*) from outbox where key = $1 and event_type like "
                                           "'%clue.referred%'", f"clues/{sent['id']}") == 1


async def test_a_republished_transfer_is_still_one_clue_of_铁岭(procuratorate, procuratorate_db, world):
    summary = f"西辽河下游浮桥 {uuid.uuid4()}"
    sent = await clue(procuratorate, summary)
    await post(procuratorate, f"/api/v1/clues/{sent['id']}/referrals",
               {"to_org": TIELING, "to_kind": "procuratorate", "reason": "属铁岭辖区"}, proc(TONGLIAO))
    first = await arrived(procuratorate, TIELING, sent["id"])
    key = f"transfers/{sent['id']}"
    again = contract.ClueTransferred(transfer_id=sent["id"], from_org=TONGLIAO, from_name="通辽市人民检察院",
                                     from_kind="procuratorate", to_org=TIELING, summary=summary)
    await publish_event(world, again, key, subject=key, caseid=None, orgcode=TONGLIAO)  # a new event id
    marker = str(uuid.uuid4())  # same partition key: consumed after the republished one
    await publish_event(world, again.model_copy(update={"transfer_id": marker}), key, subject=key, caseid=None,
                        orgcode=TONGLIAO)
    await arrived(procuratorate, TIELING, marker)
    assert await procuratorate_db.fetchval("select count(*) from clues where org_code = $1 and transfer_id = $2",
                                           TIELING, sent["id"]) == 1
    assert (await procuratorate.get(f"/api/v1/clues/{first['id']}", headers=proc(TIELING))).json()["summary"] == \
        summary
