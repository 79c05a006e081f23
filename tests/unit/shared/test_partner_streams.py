"""Partner streams and Kafka grants, pure parts (docs/adr/0012): what a masked payload keeps and hides, that every
personal field of every contract is classified, and the ACL plan's boundaries (who may read and write what)."""
from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from shared import contracts
from shared.contracts import asset_core, partners
from shared.contracts.export import example_envelope
from shared.identity import resident_id_check_char
from shared.kafka_security import (DEFAULT_PARTNERS_FILE, GrantError, PartnerGrant, load_grants, partner_acls,
                                   service_access, suite_acls)

PERSON_ID = "15062119800101123" + resident_id_check_char("15062119800101123")


def _models(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for a in typing.get_args(annotation) for m in _models(a)]


def _fields(model: type[BaseModel], seen=None) -> set[str]:
    seen = seen if seen is not None else set()
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for sub in _models(info.annotation):
            if sub not in seen:
                seen.add(sub)
                names |= _fields(sub, seen)
    return names


def test_every_field_that_may_name_or_identify_a_person_is_classified():
    """A new contract field called like a person (…_name, persons, phone, id_number, …_key) must be masked,
    dropped or declared an agency's: otherwise it would reach partners as it is."""
    looks_personal = re.compile(r"(name|names|persons|applicants|respondents|defendant|judge|phone|id_number|_keys?)$")
    classified = partners.NAME_FIELDS | partners.DROPPED_FIELDS | partners.AGENCY_FIELDS
    unclassified = sorted({f for m in contracts.ALL_EVENTS for f in _fields(m)
                           if looks_personal.search(f) and f not in classified})
    assert unclassified == [], f"classify these in shared/contracts/partners.py: {unclassified}"


def test_a_masked_case_registration_hides_names_keys_and_numbers_and_keeps_its_contract():
    data = asset_core.CaseRegistered(
        case_id="0b6f7f0e-1f43-4b8e-9a55-013800138000", case_number="（2024）内0621执123号", case_type="执",
        court_code="内0621", filed_on="2024-03-01", amount_owed_fen=7_000_000_000, livelihood_category="none",
        applicants=["赵某某"], respondents=["王小明", "内蒙古某房地产开发有限公司"], state="filed",
        respondent_keys=["a" * 32]).model_dump(mode="json")
    masked = partners.mask_payload(data)
    assert masked["respondents"] == ["王**", "内" + "*" * 12] and masked["applicants"] == ["赵**"]
    assert masked["respondent_keys"] == []
    # ids (even with a run of digits that looks like a landline) and the rest are as published
    assert masked["case_id"] == data["case_id"] and masked["case_number"] == data["case_number"]
    assert masked["amount_owed_fen"] == data["amount_owed_fen"] and masked["court_code"] == "内0621"
    asset_core.CaseRegistered.model_validate(masked)
    assert data["respondents"] == ["王小明", "内蒙古某房地产开发有限公司"]  # the input is not changed


def test_numbers_in_free_text_are_masked_and_nested_names_too():
    text = f"被执行人身份证号 {PERSON_ID}，电话13912345678，座机0477-8123456"
    assert partners.scrub_text(text) == "被执行人身份证号 150621********" + PERSON_ID[-4:] + "，电话139****5678，座机047*****3456"
    masked = partners.mask_payload({"reason": text, "guarantor": {"name": "李四", "kind": "person"},
                                    "installments": [{"due_on": "2024-05-01", "amount_fen": 100}]})
    assert PERSON_ID not in str(masked) and "13912345678" not in str(masked)
    assert masked["guarantor"] == {"name": "李*", "kind": "person"} and masked["installments"][0]["amount_fen"] == 100


def test_every_event_masks_to_a_payload_its_own_contract_accepts():
    for model in contracts.EVENTS:
        envelope = example_envelope(model)
        copy = partners.partner_envelope(envelope, "masked")
        assert copy["id"] == envelope["id"] and copy["type"] == envelope["type"] and copy["masking"] == "masked"
        model.model_validate(copy["data"])
    envelope = example_envelope(asset_core.CaseRegistered)
    assert partners.partner_envelope(envelope, "unmasked")["data"] == envelope["data"]


def test_partner_topics_exist_only_at_the_declared_levels():
    assert partners.partner_topic("asset_core") == "partner.asset-core.events.v1"
    assert partners.partner_topic("asset_core", "unmasked") == "partner.asset-core.events.unmasked.v1"
    with pytest.raises(ValueError):
        partners.partner_topic("police", "unmasked")
    assert set(partners.STREAMS) == set(contracts.PUBLISHERS)


# ------------------------------------------------------------------------------------------------ grants and ACLs
def test_the_local_grants_file_loads():
    grants = {g.name: g for g in load_grants(DEFAULT_PARTNERS_FILE)}
    assert grants["credit-platform"].topics() == ["partner.asset-core.events.unmasked.v1"]
    assert grants["ordos-bank"].topics() == ["partner.asset-core.events.v1", "partner.mediation.events.v1"]
    assert grants["ordos-bank"].group_prefix == "ordos-bank."


@pytest.mark.parametrize("body, error", [
    ('[partners.x-bank]\nstreams = ["dispatch"]\nunmasked = true\n', "no unmasked partner stream"),
    ('[partners.x-bank]\npublish = ["court.asset-core.events.v1"]\n', "partner contract topics"),
    ('[partners.x-bank]\nsubscribe = ["court.dispatch.events.v1"]\n', "partner contract topics"),
    ('[partners.police]\nstreams = ["asset_core"]\n', "not a service's"),
    ('[partners.x-bank]\nstreams = ["asset_core"]\ngroup_prefix = "asset-core."\n', "group_prefix"),
    ('[partners.x-bank]\nread = ["court.asset-core.events.v1"]\n', "unknown keys"),
])
def test_a_grant_the_suite_cannot_give_is_refused(tmp_path: Path, body: str, error: str):
    path = tmp_path / "partners.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GrantError, match=error):
        load_grants(path)


def test_services_read_only_what_they_subscribe_to_and_write_only_their_own_topics():
    access = service_access()
    assert asset_core.TOPIC in access["police"].reads and contracts.reward.TOPIC not in access["police"].reads
    internal = {m.TOPIC: s for s, m in contracts.PUBLISHERS.items()}
    for service, a in access.items():
        assert [t for t in a.writes if t in internal] == [contracts.PUBLISHERS[service].TOPIC]
        assert all(t in a.writes for t in partners.partner_topics(service).values())


def test_a_partner_is_granted_its_streams_and_nothing_internal():
    plan = suite_acls(load_grants(DEFAULT_PARTNERS_FILE))
    services = set(contracts.PUBLISHERS)
    internal = set(contracts.TOPICS)
    for acl in plan:
        if acl.user not in services:
            assert acl.name not in internal and not acl.name.endswith(".dlq"), acl
            if acl.resource_type == "group":
                assert acl.pattern == "prefixed" and acl.name.startswith(acl.user)
    bank = PartnerGrant(name="t-bank", streams=("asset_core",), group_prefix="t-bank.")
    assert {(a.resource_type, a.name, a.operation) for a in partner_acls(bank, prefix="w1.")} == {
        ("topic", "w1.partner.asset-core.events.v1", "read"), ("topic", "w1.partner.asset-core.events.v1", "describe"),
        ("group", "w1.t-bank.", "read")}
