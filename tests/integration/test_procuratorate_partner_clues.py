"""Partner clues (河长+检察长, 跨区域协作): a clue transferred by a partner procuratorate or a 河长办 is consumed
from the real broker on the partner topic and becomes a clue of the receiving procuratorate, once."""
import json
import uuid


from shared.contracts import procuratorate as contract
from tests.support import auth, dead_letter, wait_for
from tests.support import publish as publish_event


async def publish(world, payload, *, twice: bool = False) -> str:
    """A partner procuratorate's transfer: keyed by the transfer, no case."""
    return await publish_event(world, payload, payload.transfer_id, subject=f"transfers/{payload.transfer_id}",
                               caseid=None, orgcode=payload.from_org, twice=twice)


async def test_a_partner_clue_becomes_a_clue_once(procuratorate, procuratorate_db, world):
    to_org = "内0522检"  # 科左后旗人民检察院: no other test of the run's database uses it
    transfer = str(uuid.uuid4())
    event_id = await publish(world, contract.ClueTransferred(
        transfer_id=transfer, from_org="辽12检", from_name="铁岭市人民检察院", from_kind="procuratorate",
        to_org=to_org, summary="西辽河下游跨界河段非法采砂", river="西辽河", county_code="150522",
        location="科左后旗与辽宁交界处"), twice=True)
    await publish(world, contract.ClueTransferred(
        transfer_id=str(uuid.uuid4()), from_org="内0523河长办", from_name="开鲁县河长办",
        from_kind="river_chief_office", to_org=to_org, summary="河道内违建", river="某支流", location="某村"))
    headers = auth("procurator", org=to_org)

    async def arrived():
        items = (await procuratorate.get("/api/v1/clues", headers=headers)).json()["items"]
        return items if len(items) == 2 else None
    items = await wait_for(arrived, timeout=60, what="the partner clues")
    tieling = next(c for c in items if c["transfer_id"] == transfer)
    assert (tieling["source"], tieling["source_name"], tieling["from_org"]) == ("procuratorate", "铁岭市人民检察院",
                                                                                 "辽12检")
    assert (tieling["river_code"], tieling["county_code"], tieling["status"]) == ("xiliao", "150522", "received")
    office = next(c for c in items if c["transfer_id"] != transfer)
    assert office["source"] == "river_chief_office" and office["river_code"] is None
    assert office["location"] == "某支流 某村"  # an unknown river keeps its name in the location
    assert await procuratorate_db.fetchval("select count(*) from clues where source_event_id = $1", event_id) == 1
    received = await procuratorate_db.fetch(
        "select envelope from outbox where key = $1 and event_type like '%clue.received%'", f"clues/{tieling['id']}")
    assert len(received) == 1
    data = json.loads(received[0]["envelope"])["data"]
    assert data["transfer_id"] == transfer and data["procuratorate_code"] == to_org
    assert (await procuratorate.get("/api/v1/clues", headers=auth("procurator", org="辽12检"))).json()["items"] == []


async def test_a_transfer_to_its_sender_goes_to_the_dlq(procuratorate, world):
    event_id = await publish(world, contract.ClueTransferred(
        transfer_id=str(uuid.uuid4()), from_org="吉0382检", from_name="双辽市人民检察院", from_kind="procuratorate",
        to_org="吉0382检", summary="x"))
    headers = await dead_letter(world, contract.PARTNER_CLUES_TOPIC, event_id)
    assert b"sender" in headers["dlq_error"] and headers["dlq_attempts"] == b"1"


async def test_a_transfer_to_an_organisation_that_is_no_procuratorate_goes_to_the_dlq(procuratorate, world):
    event_id = await publish(world, contract.ClueTransferred(
        transfer_id=str(uuid.uuid4()), from_org="辽12检", from_name="铁岭市人民检察院", from_kind="procuratorate",
        to_org="内0523河长办", summary="x"))
    headers = await dead_letter(world, contract.PARTNER_CLUES_TOPIC, event_id)
    assert b"not_a_procuratorate" in headers["dlq_error"] and headers["dlq_attempts"] == b"1"
