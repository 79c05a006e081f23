"""Kafka security against the real broker (docs/adr/0012): SASL/SCRAM authentication, the ACLs the suite derives for
its services and partners (shared/kafka_security.py), and the masked partner stream (shared/partner_stream.py).

The test world gets its own SCRAM users (`<world>.asset_core`, `<world>.police`, `<world>.bank`) with the very
ACLs `python -m shared.kafka_security apply` gives `asset_core`, `police` and a partner, bound to the world's
topic prefix; the admin (the harness's user) creates them and removes them afterwards."""
from __future__ import annotations

import asyncio
import json
import secrets
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError, TopicAuthorizationFailedError

from services.asset_core.app import create_app
from services.asset_core.settings import AssetCoreSettings
from shared.contracts import asset_core, reward
from shared.contracts.partners import partner_topic
from shared.identity import resident_id_check_char
from shared.kafka import as_user, client_options
from shared.kafka_security import Admin, PartnerGrant, partner_acls, service_access, service_acls
from shared.topics import all_topics, ensure_topics
from tests.support import COURT, RUN_ID, World, auth, case_body, wait_for

DEBTOR = "王小明"
DEBTOR_ID = "15062119800101123"
DEBTOR_ID += resident_id_check_char(DEBTOR_ID)
DEBTOR_PHONE = "13912345678"


@pytest.fixture(scope="module")
async def secured(infra):
    """A world with its users and ACLs; the broker must run with SASL/SCRAM and the authorizer."""
    w = World(f"ks{RUN_ID}", ["asset_core"])
    assert w.base.kafka_security_protocol != "PLAINTEXT", (
        "the broker runs without SASL/SCRAM (started before the set-up secured it): "
        "`python deploy/local/infra.py kafka-restart` switches it")
    await w.create()
    ws = w.settings("asset_core")
    await ensure_topics(ws, all_topics(ws))  # the set-up creates the topics as admin (services read only theirs)
    users = {f"{w.name}.{n}": secrets.token_urlsafe(18) for n in ("asset_core", "police", "bank")}
    access = service_access()
    bank = PartnerGrant(name=f"{w.name}.bank", streams=("asset_core",), group_prefix="bank.")
    acls = (service_acls("asset_core", access["asset_core"], w.prefix, f"{w.name}.asset_core")
            + service_acls("police", access["police"], w.prefix, f"{w.name}.police")
            + partner_acls(bank, w.prefix))
    async with Admin(w.base) as admin:
        await admin.upsert_users(users)
        await admin.create_acls(acls)

        async def applied():  # the broker's authorizer lists them once it has applied the metadata records
            return set(acls) <= await admin.acls()
        await wait_for(applied, timeout=30, what="the world's ACLs")
    w.users = users  # type: ignore[attr-defined]
    yield w
    async with Admin(w.base) as admin:
        await admin.delete_acls(acls)
        await admin.delete_users(users)
    await w.destroy()


def _as(world: World, who: str, password: str | None = None):
    user = f"{world.name}.{who}"
    return as_user(world.settings("asset_core"), user, password or world.users[user])


async def _start(client, timeout: float = 20) -> None:
    try:
        await asyncio.wait_for(client.start(), timeout)
    except BaseException:
        await client.stop()
        raise


async def _read(settings, topic: str, group: str | None, want, timeout: float = 60) -> list[dict]:
    """Records of `topic` read as the settings' user until `want(records)`; the broker's errors propagate."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=settings.kafka_bootstrap_servers, group_id=group,
                                auto_offset_reset="earliest", enable_auto_commit=False, **client_options(settings))
    await _start(consumer)
    seen: list[dict] = []
    try:
        async def arrived():
            batch = await consumer.getmany(timeout_ms=500)
            seen.extend({"value": r.value, "key": r.key, "headers": dict(r.headers)} for rs in batch.values() for r in rs)
            return want(seen)
        await wait_for(arrived, timeout=timeout, what=f"records in {topic}")
        return seen
    finally:
        await consumer.stop()


async def _authenticates(settings) -> bool:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, request_timeout_ms=3000,
                                **client_options(settings))
    try:
        await _start(producer, 10)
        await producer.stop()
        return True
    except KafkaConnectionError:
        return False


async def test_a_client_without_credentials_or_with_a_wrong_password_is_refused(secured):
    base = secured.settings("asset_core")
    assert await wait_for(lambda: _authenticates(_as(secured, "police")), timeout=30, what="police's credential")
    anonymous = base.model_copy(update={"kafka_security_protocol": "PLAINTEXT"})
    with pytest.raises(KafkaConnectionError):
        await _start(AIOKafkaProducer(bootstrap_servers=base.kafka_bootstrap_servers, request_timeout_ms=3000,
                                      **client_options(anonymous)))
    with pytest.raises(KafkaConnectionError):
        await _start(AIOKafkaProducer(bootstrap_servers=base.kafka_bootstrap_servers, request_timeout_ms=3000,
                                      **client_options(_as(secured, "police", "not-the-password"))))


async def test_a_service_reads_what_it_subscribes_to_and_no_other_service_topic(secured):
    police = _as(secured, "police")
    await wait_for(lambda: _authenticates(police), timeout=30, what="police's credential")
    # police subscribes to asset_core's topic (its case projection group): allowed, with its own group
    await _read(police, secured.prefix + asset_core.TOPIC, secured.prefix + "police.case-projection", lambda _: True,
                timeout=5)
    # reward's topic is none of police's business
    with pytest.raises(TopicAuthorizationFailedError):
        await _read(police, secured.prefix + reward.TOPIC, secured.prefix + "police.case-projection", lambda _: True)
    # and it cannot publish as asset_core
    producer = AIOKafkaProducer(bootstrap_servers=police.kafka_bootstrap_servers, **client_options(police))
    await _start(producer)
    try:
        with pytest.raises(TopicAuthorizationFailedError):
            await producer.send_and_wait(secured.prefix + asset_core.TOPIC, b"{}", key=b"forged")
    finally:
        await producer.stop()


async def test_a_partner_reads_masked_events_of_a_real_case_and_no_internal_topic(secured):
    bank = _as(secured, "bank")
    await wait_for(lambda: _authenticates(bank), timeout=30, what="the partner's credential")
    # asset_core runs as its own Kafka user, with only its ACLs: outbox relay, consumers, partner stream
    service = _as(secured, "asset_core")
    settings = AssetCoreSettings(**service.model_dump(), sweep_interval_seconds=3600)
    app = create_app(settings)
    body = case_body(respondents=[{"name": DEBTOR, "kind": "person", "id_number": DEBTOR_ID, "phone": DEBTOR_PHONE}],
                     applicants=["赵某某"])
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            r = await client.post("/api/v1/cases", json=body,
                                  headers={**auth("clerk", COURT), "Idempotency-Key": uuid.uuid4().hex})
            assert r.status_code == 201, r.text
            case_id = r.json()["id"]

            def registered(records):
                return [x for x in records if json.loads(x["value"])["type"] == asset_core.CaseRegistered.EVENT_TYPE
                        and json.loads(x["value"]).get("caseid") == case_id]

            masked = registered(await _read(bank, secured.prefix + partner_topic("asset_core"),
                                            secured.prefix + "bank.reader", registered))
    internal = registered(await _read(secured.settings("asset_core"), secured.prefix + asset_core.TOPIC, None,
                                      registered))
    record, original = masked[0], json.loads(internal[0]["value"])
    event = json.loads(record["value"])
    text = record["value"].decode()
    # the same event (id, type, key) ...
    assert event["id"] == original["id"] and record["headers"]["ce_id"] == original["id"].encode()
    assert event["type"] == original["type"] and record["key"] == internal[0]["key"] == case_id.encode()
    assert event["masking"] == "masked" and record["headers"]["ce_masking"] == b"masked"
    # ... without the names, the id number, the phone or the keyed party hash
    assert DEBTOR in original["data"]["respondents"] and original["data"]["respondent_keys"]
    assert event["data"]["respondents"] == ["王**"] and event["data"]["applicants"] == ["赵**"]
    assert event["data"]["respondent_keys"] == []
    for secret in (DEBTOR, "赵某某", DEBTOR_ID, DEBTOR_PHONE, *original["data"]["respondent_keys"]):
        assert secret not in text
    # still the contract's shape: a partner validates it with the same schema
    asset_core.CaseRegistered.model_validate(event["data"])

    # the partner can read neither the internal topic nor the unmasked stream its grant does not name
    with pytest.raises(TopicAuthorizationFailedError):
        await _read(bank, secured.prefix + asset_core.TOPIC, secured.prefix + "bank.reader", lambda _: True)
    with pytest.raises(TopicAuthorizationFailedError):
        await _read(bank, secured.prefix + partner_topic("asset_core", "unmasked"), secured.prefix + "bank.reader",
                    lambda _: True)
