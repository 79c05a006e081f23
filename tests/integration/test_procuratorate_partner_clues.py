"""Partner clues (河长+检察长, 跨区域协作): a clue transferred by a partner procuratorate or a 河长办 is consumed
from the real broker on the partner topic and becomes a clue of the receiving procuratorate, once.

This module runs on a world of its own (its own database and topics): since procuratorate's own referrals to a
procuratorate are transfers on the partner topic too (test_procuratorate_referrals.py), other modules' referrals
to 辽12检 arrive as clues of 辽12检 in the session's world, and the check below that the sender sees none of the
clues it transferred must not depend on the order the modules run in."""
import json
import uuid

import pytest

from services.procuratorate.app import create_app as procuratorate_app
from shared.contracts import procuratorate as contract
from tests.integration.conftest import _client
from tests.support import RUN_ID, World, auth, dead_letter, wait_for
from tests.support import publish as publish_event


@pytest.fixture(scope="module")
async def world(infra):
    w = World(f"it{RUN_ID}pc", ["procuratorate"])
    await w.create()
    yield w
    await w.destroy()


@pytest.fixture(scope="module")
async def procuratorate(world):
    async for c in _client(procuratorate_app(world.settings("procuratorate"))):
        yield c


@pytest.fixture
async def procuratorate_db(world):
    conn = await world.connect("procuratorate")
    yield conn
    await conn.close()


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
