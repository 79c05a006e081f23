"""police (公安联动) through the HTTP API, on real PostgreSQL and Kafka: 协查 batches whose finds reach dispatch (alarms)
and asset_core (ledger) exactly once; 拒执罪 transfers with their deadlines published once by the sweep; custody
records opened from dispatch's detention events; who sees what."""
import json
import uuid
from datetime import datetime, timedelta, timezone

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from shared.contracts import dispatch as dispatch_ev
from shared.contracts import police as police_ev
from shared.identity import resident_id_check_char
from shared.kafka import client_options
from tests.support import COURT, auth, case_body, publish, wait_for

BUREAU = "内0621公"  # 达拉特旗公安局
_n = iter(range(1, 100_000))


def rid(birth: str = "19800101") -> str:
    first17 = f"150621{birth}{next(_n) % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


def police_h(org: str = BUREAU) -> dict[str, str]:
    return auth("police", org=org)


async def projected_case(asset_core, police_client, **kw) -> dict:
    case = (await asset_core.post("/api/v1/cases", json=case_body(**kw), headers=auth())).json()

    async def seen():
        return (await police_client.get(f"/api/v1/cases/{case['id']}", headers=auth())).status_code == 200
    await wait_for(seen, timeout=120, what="the case in police's projection")
    return case


async def topic_events(world, event_type: str, field: str, value: str) -> list[dict]:
    """Every event of a type on the police topic whose payload field has the value (read to the end offsets)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=world.base.kafka_bootstrap_servers, enable_auto_commit=False,
                                **client_options(world.base))
    await consumer.start()
    out: list[dict] = []
    try:
        topic = world.prefix + police_ev.TOPIC
        parts = [TopicPartition(topic, p) for p in range(world.base.kafka_partitions)]  # as the set-up creates it
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        ends = await consumer.end_offsets(parts)
        async def behind() -> bool:
            return any([await consumer.position(tp) < end for tp, end in ends.items()])
        while await behind():
            batch = await consumer.getmany(timeout_ms=1000)
            for records in batch.values():
                for r in records:
                    e = json.loads(r.value)
                    if e["type"] == event_type and e["data"].get(field) == value:
                        out.append(e)
        return out
    finally:
        await consumer.stop()


async def test_a_batch_of_three_two_located_reaches_dispatch_and_asset_core_once(
        asset_core, dispatch, police, police_db, dispatch_db, world):
    client = police
    green = await projected_case(asset_core, client, livelihood_category="migrant_wages")
    plain = await projected_case(asset_core, client)
    third = await projected_case(asset_core, client)
    persons = [
        {"case_id": plain["id"], "name": "王某", "id_number": rid(), "requests": ["locate_person", "travel"]},
        {"case_id": green["id"], "name": "李某", "id_number": rid(), "capacity": "legal_representative",
         "requests": ["vehicles"]},
        {"case_id": third["id"], "name": "赵某", "id_number": rid().lower(), "requests": ["lodging"]},
    ]
    body = {"police_code": BUREAU, "reference": "达法协查〔2024〕1号", "sent_on": "2024-03-01", "persons": persons}
    # the addressee must be a public-security bureau; the sender a court
    bad = await client.post("/api/v1/batches", json={**body, "police_code": "内0621"}, headers=auth())
    assert bad.status_code == 422 and bad.json()["code"] == "not_a_police_code"
    assert (await client.post("/api/v1/batches", json=body, headers=auth("police", org=COURT))).status_code == 403
    wrong_id = {**body, "persons": [{**persons[0], "id_number": "150621198001010000"}]}
    assert (await client.post("/api/v1/batches", json=wrong_id, headers=auth())).json()["code"] == "invalid_resident_id"
    r = await client.post("/api/v1/batches", json=body, headers={**auth(), **key()})
    assert r.status_code == 201, r.text
    batch = r.json()
    assert batch["status"] == "sent" and batch["person_count"] == 3 and batch["green_channel_count"] == 1
    assert batch["persons"][0]["name"] == "李某" and batch["persons"][0]["green_channel"]  # 绿色通道 first
    assert "*" in batch["persons"][0]["id_number"]  # a clerk sees it masked

    # who sees it: the bureau and the one above it; not another bureau, not the procuratorate
    seen = (await client.get(f"/api/v1/batches/{batch['id']}", headers=police_h())).json()
    assert seen["persons"][2]["id_number"] == persons[2]["id_number"].upper()  # the police search by it
    assert (await client.get(f"/api/v1/batches/{batch['id']}", headers=police_h("内06公"))).status_code == 200
    assert (await client.get(f"/api/v1/batches/{batch['id']}", headers=police_h("内0622公"))).status_code == 404
    assert (await client.get(f"/api/v1/batches/{batch['id']}",
                             headers=auth("procurator", org="内0621检"))).status_code == 404
    assert (await client.get(f"/api/v1/batches/{batch['id']}", headers=auth(org="内0602"))).status_code == 404
    queue = (await client.get("/api/v1/batches/queue", headers=police_h())).json()
    assert batch["id"] in [b["id"] for b in queue]

    by_name = {p["name"]: p for p in batch["persons"]}
    early = await client.post(f"/api/v1/batches/{batch['id']}/answers", headers=police_h(), json={"answers": [
        {"person_id": by_name["赵某"]["id"], "request": "lodging", "found": False, "answered_on": "2024-03-05"}]})
    assert early.status_code == 409 and early.json()["code"] == "batch_not_accepted"
    r = await client.post(f"/api/v1/batches/{batch['id']}/acceptance", json={"accepted_on": "2024-03-04"},
                          headers={**police_h(), "If-Match": str(batch["version"])})
    assert r.status_code == 200 and r.json()["status"] == "accepted"
    now = datetime.now(timezone.utc) - timedelta(hours=1)
    answers = [
        {"person_id": by_name["王某"]["id"], "request": "locate_person", "found": True, "answered_on": "2024-03-06",
         "location": "包头火车站候车室", "found_at": now.isoformat(), "latitude": 40.6, "longitude": 109.8,
         "leaving": True},
        {"person_id": by_name["王某"]["id"], "request": "travel", "found": False, "answered_on": "2024-03-06"},
        {"person_id": by_name["李某"]["id"], "request": "vehicles", "found": True, "answered_on": "2024-03-06",
         "location": "达拉特旗某停车场", "what": "丰田越野车 蒙K·88888", "found_at": now.isoformat()},
        {"person_id": by_name["赵某"]["id"], "request": "lodging", "found": False, "answered_on": "2024-03-06"},
    ]
    closing = await client.post(f"/api/v1/batches/{batch['id']}/closure", json={"closed_on": "2024-03-06"},
                                headers=police_h())
    assert closing.status_code == 422 and closing.json()["unanswered"] == 3
    k = key()
    r = await client.post(f"/api/v1/batches/{batch['id']}/answers", json={"answers": answers}, headers={**police_h(), **k})
    assert r.status_code == 200, r.text
    assert r.json()["persons_located"] == 2 and r.json()["persons_answered"] == 3
    replay = await client.post(f"/api/v1/batches/{batch['id']}/answers", json={"answers": answers},
                               headers={**police_h(), **k})
    assert replay.headers.get("idempotent-replayed") == "true"
    again = await client.post(f"/api/v1/batches/{batch['id']}/answers", json={"answers": answers[:1]},
                              headers=police_h())
    assert again.status_code == 409 and again.json()["code"] == "already_answered"
    r = await client.post(f"/api/v1/batches/{batch['id']}/closure", json={"closed_on": "2024-03-07"},
                          headers=police_h())
    assert r.status_code == 200 and r.json()["status"] == "closed"

    # the finds: once each on the police topic …
    async def on_topic(event_type):
        found = await topic_events(world, event_type, "search_id", batch["id"])
        return found or None
    person_events = await wait_for(lambda: on_topic(police_ev.PersonLocated.EVENT_TYPE), timeout=120,
                                   what="PersonLocated on the police topic")
    asset_events = await wait_for(lambda: on_topic(police_ev.AssetLocated.EVENT_TYPE), timeout=120,
                                  what="AssetLocated on the police topic")
    assert len(person_events) == 1 and len(asset_events) == 1
    assert person_events[0]["data"]["person_name"] == "王某" and person_events[0]["data"]["leaving"] is True
    assert asset_events[0]["data"]["case_id"] == green["id"] and asset_events[0]["data"]["asset_type"] == "vehicle"
    assert asset_events[0]["data"]["court_code"] == COURT
    for t in ("search-batch.created", "search-batch.accepted", "search-batch.closed"):
        assert await police_db.fetchval("select count(*) from outbox where event_type = $1 and "
                                        "envelope->'data'->>'batch_id' = $2",
                                        f"cn.court.police.{t}.v1", batch["id"]) == 1
    assert await police_db.fetchval("select count(*) from outbox where event_type = $1 and "
                                    "envelope->'data'->>'batch_id' = $2",
                                    police_ev.SearchAnswered.EVENT_TYPE, batch["id"]) == 4

    # … an alarm each in dispatch, and the vehicle in asset_core's ledger
    async def alarm(case_id):
        rows = await dispatch_db.fetch("select * from alarms where case_id = $1", uuid.UUID(case_id))
        return rows or None
    person_alarm = (await wait_for(lambda: alarm(plain["id"]), timeout=120, what="the person's alarm"))
    asset_alarm = (await wait_for(lambda: alarm(green["id"]), timeout=120, what="the asset's alarm"))
    assert person_alarm[0]["source"] == "police" and person_alarm[0]["urgency"] == "flight"
    assert asset_alarm[0]["source"] == "police"

    async def ledger():
        s = (await asset_core.get(f"/api/v1/cases/{green['id']}/asset-state", headers=auth("judge"))).json()
        return [a for a in s["assets"] if a["discovery_source"] == "police"] or None
    assets = await wait_for(ledger, timeout=120, what="the police find in asset_core's ledger")
    assert len(assets) == 1 and assets[0]["asset_type"] == "vehicle"

    # a redelivery of both finds changes nothing; a later find for the same case (same partition) shows it was read
    producer = AIOKafkaProducer(bootstrap_servers=world.base.kafka_bootstrap_servers, **client_options(world.base))
    await producer.start()
    try:
        for e in person_events + asset_events:
            await producer.send_and_wait(world.prefix + police_ev.TOPIC, json.dumps(e).encode(),
                                         key=e["caseid"].encode())
    finally:
        await producer.stop()
    marker = await publish(world, police_ev.AssetLocated(
        case_id=green["id"], court_code=COURT, search_id="marker", location="某地", found_at=now,
        asset_type="movable", description="挖掘机"), green["id"])

    async def marker_seen():
        rows = await dispatch_db.fetch("select * from alarms where case_id = $1", uuid.UUID(green["id"]))
        return rows if any(r["source_event_id"] == marker for r in rows) else None
    rows = await wait_for(marker_seen, timeout=120, what="the marker's alarm")
    assert len(rows) == 2  # the vehicle once, the marker once
    assert len(await alarm(plain["id"])) == 1

    async def ledger_marker():
        s = (await asset_core.get(f"/api/v1/cases/{green['id']}/asset-state", headers=auth("judge"))).json()
        police_assets = [a for a in s["assets"] if a["discovery_source"] == "police"]
        return police_assets if len(police_assets) >= 2 else None
    assert len(await wait_for(ledger_marker, timeout=120, what="the marker in the ledger")) == 2


async def new_transfer(police_client, case: dict, **kw) -> dict:
    body = {"case_id": case["id"], "police_code": BUREAU, "letter_number": "达法移〔2024〕3号", "sent_on": "2024-03-01",
            "summary": "被执行人有能力履行而拒不履行，转移财产", "amount_fen": 12_000_000,
            "persons": [{"name": "王某", "id_number": rid()}],
            "acts": [{"kind": "wages", "description": "拒不支付农民工工资", "on": "2024-02-01", "amount_fen": 12_000_000}],
            "evidence": [{"kind": "judgment", "description": "（2023）内0621民初1号判决书"},
                         {"kind": "record", "description": "财产报告令送达回证"}], **kw}
    r = await police_client.post("/api/v1/transfers", json=body, headers={**auth(), **key()})
    assert r.status_code == 201, r.text
    return r.json()


async def step(client, t, path, body, headers, status=200):
    r = await client.post(f"/api/v1/transfers/{t['id']}/{path}", json=body, headers=headers)
    assert r.status_code == status, r.text
    return r.json()


async def test_refused_then_supervision_then_explanation_overdue_is_published_once(asset_core, police, police_db):
    case = await projected_case(asset_core, police)
    t = await new_transfer(police, case)
    assert t["state"] == "sent" and t["weighs_heavier"] and t["persons"][0]["id_number"].count("*") == 8
    await step(police, t, "receipt", {"on": "2024-03-01"}, auth(), 403)  # a court cannot receipt
    t = await step(police, t, "receipt", {"on": "2024-03-04"}, police_h())
    [decision] = t["deadlines"]
    assert (decision["kind"], decision["due_on"], decision["status"]) == ("filing_decision", "2024-03-11", "overdue")
    t = await step(police, t, "refusal", {"refused_on": "2024-03-08", "reason": "证据不足"}, police_h())
    assert t["state"] == "refused"
    await step(police, t, "supervision-request", {"procuratorate_code": "内0621检", "requested_on": "2024-03-11"},
               auth(), 409)  # the court learns of the refusal by its notice
    t = await step(police, t, "refusal-notice", {"on": "2024-03-08"}, police_h())
    proc = auth("procurator", org="内0621检")
    assert (await police.get(f"/api/v1/transfers/{t['id']}", headers=proc)).status_code == 404  # not asked yet
    await step(police, t, "supervision-request", {"procuratorate_code": "内0621", "requested_on": "2024-03-11"},
               auth(), 422)
    t = await step(police, t, "supervision-request", {"procuratorate_code": "内0621检", "requested_on": "2024-03-11"},
                   auth())
    assert t["state"] == "supervision_requested"
    explain = next(d for d in t["deadlines"] if d["kind"] == "explanation")
    assert explain["due_on"] == "2024-03-18"
    assert (await police.get(f"/api/v1/transfers/{t['id']}", headers=proc)).status_code == 200
    assert (await police.get(f"/api/v1/transfers/{t['id']}",
                             headers=auth("procurator", org="内0622检"))).status_code == 404
    assert (await police.get(f"/api/v1/transfers/{t['id']}", headers=police_h("内0622公"))).status_code == 404

    admin = auth("admin")

    async def missed():
        return await police_db.fetch("select envelope from outbox where event_type = $1 and "
                                     "envelope->'data'->>'transfer_id' = $2",
                                     police_ev.TransferDeadlineMissed.EVENT_TYPE, t["id"])
    r = await police.post("/api/v1/ops/sweep", json={"today": "2024-03-18"}, headers=admin)
    assert r.status_code == 200 and not r.json()["skipped"]
    assert await missed() == []  # day 7: still on time
    await police.post("/api/v1/ops/sweep", json={"today": "2024-03-19"}, headers=admin)
    await police.post("/api/v1/ops/sweep", json={"today": "2024-03-20"}, headers=admin)
    rows = await missed()
    assert len(rows) == 1  # once, though swept twice
    data = json.loads(rows[0]["envelope"])["data"]
    assert (data["kind"], data["deadline"], data["court_code"], data["police_code"]) == (
        "explanation", "2024-03-18", COURT, BUREAU)
    states = [json.loads(r["envelope"])["data"]["to_state"] for r in await police_db.fetch(
        "select envelope::text from outbox where event_type = $1 and envelope->'data'->>'transfer_id' = $2 "
        "order by seq", police_ev.TransferStateChanged.EVENT_TYPE, t["id"])]
    assert states == ["receipted", "refused", "refused", "supervision_requested"]

    # the police explain (late), the procuratorate orders filing, the police file within 15 days
    t = await step(police, t, "explanation", {"explained_on": "2024-03-20", "explanation": "证据不足"}, police_h())
    assert next(d for d in t["deadlines"] if d["kind"] == "explanation")["status"] == "missed"
    await step(police, t, "supervision-decision", {"order_filing": True, "decided_on": "2024-03-22", "reason": "x"},
               police_h(), 403)
    t = await step(police, t, "supervision-decision",
                   {"order_filing": True, "decided_on": "2024-03-22", "reason": "不立案理由不成立"}, proc)
    ordered = next(d for d in t["deadlines"] if d["kind"] == "ordered_filing")
    # day 15 is Sat 04-06 (清明): moved to Sun 04-07, a working day (调休)
    assert (ordered["due_on"], ordered["moved_for_holiday_from"]) == ("2024-04-07", "2024-04-06")
    t = await step(police, t, "filing", {"on": "2024-04-07"}, police_h())
    assert t["state"] == "filed"
    assert len(await missed()) == 1  # the explanation's only: the ordered filing came on its last day


async def test_filing_outcomes_and_the_debtors_payment(asset_core, police, police_db):
    case = await projected_case(asset_core, police)
    t = await new_transfer(police, case, acts=[{"kind": "hide_assets", "description": "隐匿车辆"}])
    assert not t["weighs_heavier"]
    t = await step(police, t, "receipt", {"on": "2024-03-04"}, police_h())
    await step(police, t, "complexity", {"reason": "复杂", "decided_on": "2024-03-12"}, police_h(), 422)  # day 8
    t = await step(police, t, "complexity", {"reason": "涉案财产转移链条复杂", "decided_on": "2024-03-11"}, police_h())
    assert t["complex_case"] and t["deadlines"][0]["due_on"] == "2024-04-03"
    t = await step(police, t, "filing", {"on": "2024-04-03"}, police_h())
    assert t["deadlines"][0]["status"] == "met"
    t = await step(police, t, "outcome", {"outcome": "prosecution_recommended", "on": "2024-05-06"}, police_h())
    t = await step(police, t, "payment", {"paid_on": "2024-05-10", "amount_fen": 12_000_000, "full": True}, auth())
    assert t["payment"]["stage"] == "before_prosecution"
    await step(police, t, "outcome", {"outcome": "convicted", "on": "2024-06-01"}, auth(), 409)
    t = await step(police, t, "outcome", {"outcome": "not_prosecuted", "on": "2024-06-01", "note": "已全部履行"}, auth())
    assert t["state"] == "not_prosecuted"
    paid = await police_db.fetchval("select count(*) from outbox where event_type = $1 and "
                                    "envelope->'data'->>'transfer_id' = $2",
                                    police_ev.DebtorPaidDuringTransfer.EVENT_TYPE, t["id"])
    assert paid == 1
    late_case = await projected_case(asset_core, police)
    late = await new_transfer(police, late_case)
    await step(police, late, "receipt", {"on": "2024-03-04"}, police_h())
    late = await step(police, late, "filing", {"on": "2024-03-12"}, police_h())  # day 8
    row = await police_db.fetchval("select envelope->'data' from outbox where event_type = $1 and "
                                   "envelope->'data'->>'transfer_id' = $2",
                                   police_ev.TransferDeadlineMissed.EVENT_TYPE, late["id"])
    data = json.loads(row)
    assert (data["kind"], data["deadline"], data["done_on"]) == ("filing_decision", "2024-03-11", "2024-03-12")


async def test_custody_opened_from_dispatchs_detention(police, police_db, world):
    penalty = str(uuid.uuid4())
    case_id = str(uuid.uuid4())
    decided = datetime.now(timezone.utc) - timedelta(hours=2)
    common = dict(penalty_id=penalty, court_code=COURT, case_id=case_id, subject_kind="person", subject_name="王某",
                  act_kind="refuse_to_perform", act_on="2024-03-01", decided_at=decided)
    await publish(world, dispatch_ev.DetentionDecided(**common, status="pending_approval", days=15, emergency=False),
                  case_id, subject=f"penalties/{penalty}", twice=True)
    await publish(world, dispatch_ev.PenaltyStatusChanged(**common, status="approved", kind="detention",
                                                          from_status="pending_approval", at=decided), case_id,
                  subject=f"penalties/{penalty}")

    async def opened():
        items = (await police.get("/api/v1/custody", headers=police_h())).json()["items"]
        return next((c for c in items if c["penalty_id"] == penalty), None)
    c = await wait_for(opened, timeout=120, what="the custody record")
    assert c["status"] == "awaiting_handover" and c["police_code"] == BUREAU and c["days"] == 15
    assert (await police.get(f"/api/v1/custody/{c['id']}", headers=police_h("内0622公"))).status_code == 404
    assert (await police.get(f"/api/v1/custody/{c['id']}", headers=auth())).status_code == 200
    at = datetime.now(timezone.utc) - timedelta(hours=1)
    r = await police.post(f"/api/v1/custody/{c['id']}/handover", headers=police_h(),
                          json={"facility": "达拉特旗拘留所", "handed_over_at": at.isoformat()})
    assert r.status_code == 200, r.text
    c = r.json()
    assert c["status"] == "in_custody" and c["facility"] == "达拉特旗拘留所"
    assert c["ends_on"] == (at.astimezone(timezone(timedelta(hours=8))).date() + timedelta(days=15)).isoformat()
    early = await police.post(f"/api/v1/custody/{c['id']}/release", json={}, headers=police_h())
    assert early.status_code == 422 and early.json()["code"] == "release_before_end"
    r = await police.post(f"/api/v1/custody/{c['id']}/early-release", headers=auth("judge"),
                          json={"decision": "被执行人已全部履行，决定提前解除拘留"})
    assert r.status_code == 200 and r.json()["release_kind"] == "early"
    types = [r["event_type"] for r in await police_db.fetch(
        "select event_type from outbox where envelope->'data'->>'penalty_id' = $1 order by seq", penalty)]
    assert types == [police_ev.CustodyOpened.EVENT_TYPE, police_ev.CustodyHandedOver.EVENT_TYPE,
                     police_ev.CustodyReleased.EVENT_TYPE]

    # an emergency detention is carried out first; the president's refusal releases it
    urgent = str(uuid.uuid4())
    common2 = {**common, "penalty_id": urgent}
    await publish(world, dispatch_ev.DetentionDecided(**common2, status="detained_pending_approval", days=5,
                                                      emergency=True, detained_at=decided), case_id,
                  subject=f"penalties/{urgent}")
    await publish(world, dispatch_ev.PenaltyStatusChanged(**common2, status="released", kind="detention",
                                                          from_status="detained_pending_approval", at=decided),
                  case_id, subject=f"penalties/{urgent}")

    async def released():
        rows = await police_db.fetch("select event_type, envelope->'data'->>'kind' as kind from outbox where "
                                     "envelope->'data'->>'penalty_id' = $1 order by seq", urgent)
        return rows if len(rows) == 2 else None
    rows = await wait_for(released, timeout=120, what="the emergency custody released")
    assert [(r["event_type"], r["kind"]) for r in rows] == [(police_ev.CustodyOpened.EVENT_TYPE, None),
                                                            (police_ev.CustodyReleased.EVENT_TYPE, "not_approved")]


