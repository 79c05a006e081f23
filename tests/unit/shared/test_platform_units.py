"""Pure parts of the platform: envelope, audit hashes, tokens, settings, cursors."""
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from shared import audit
from shared.auth import decode, issue_token, keygen
from shared.contracts.asset_core import CaseRegistered
from shared.errors import Problem
from shared.events import CloudEvent, new_event
from shared.pagination import decode_cursor, encode_cursor
from shared.settings import Settings


def payload() -> CaseRegistered:
    return CaseRegistered(case_id=str(uuid.uuid4()), case_number="（2024）内0621执1号", case_type="执",
                          court_code="内0621", filed_on=date(2024, 3, 1), amount_owed_fen=100, state="filed",
                          livelihood_category="none", applicants=["甲"], respondents=["乙"])


def test_envelope_is_cloudevents_structured_json_with_extensions():
    p = payload()
    e = new_event(p, subject=f"cases/{p.case_id}", caseid=p.case_id, orgcode="内0621")
    doc = e.model_dump(mode="json", exclude_none=True)
    assert doc["specversion"] == "1.0" and doc["type"] == "cn.court.asset-core.case.registered.v1"
    assert doc["source"] == "/court/asset-core" and doc["datacontenttype"] == "application/json"
    assert doc["dataschema"].endswith("cn.court.asset-core.case.registered.v1.json")
    assert doc["caseid"] == p.case_id and doc["orgcode"] == "内0621"
    assert datetime.fromisoformat(doc["time"]).utcoffset() == timedelta(0)
    assert doc["data"]["amount_owed_fen"] == 100 and doc["data"]["filed_on"] == "2024-03-01"
    assert CloudEvent.model_validate(doc).key() == p.case_id  # partition key: the case id


def test_payload_contract_refuses_unknown_fields():
    with pytest.raises(ValueError):
        CaseRegistered.model_validate({**payload().model_dump(), "extra": 1})


def test_audit_hash_covers_content_and_previous_hash():
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    args = dict(at=at, actor="a", org="内0621", action="case.registered", entity_type="case", entity_id="1",
                request_id="r", data={"x": 1})
    h = audit.row_hash(audit.GENESIS, **args)
    assert h == audit.row_hash(audit.GENESIS, **args)
    assert h != audit.row_hash(audit.GENESIS, **{**args, "data": {"x": 2}})
    assert h != audit.row_hash("1" * 64, **args)


@pytest.fixture
def key_settings(tmp_path: Path) -> Settings:
    s = Settings(jwt_private_key_file=tmp_path / "k.pem", jwt_public_key_file=tmp_path / "k.pub")
    assert keygen(s) is True and keygen(s) is False
    return s


def test_tokens_round_trip_and_expire(key_settings):
    t = issue_token(key_settings, sub="alice", org="内0621", roles=["clerk", "judge"])
    p = decode(key_settings, t)
    assert (p.sub, p.org, p.roles) == ("alice", "内0621", frozenset({"clerk", "judge"}))
    with pytest.raises(Problem) as exc:
        decode(key_settings, issue_token(key_settings, sub="a", org="x", roles=["clerk"], hours=-1))
    assert exc.value.status == 401 and "expired" in exc.value.detail


@pytest.mark.parametrize("org", ["内062", "内0621检公", "0621", "内 0621", "court-1"])
def test_validly_signed_token_with_a_non_canonical_org_is_refused(key_settings, org):
    with pytest.raises(Problem) as exc:
        decode(key_settings, issue_token(key_settings, sub="a", org=org, roles=["clerk"]))
    assert exc.value.status == 401 and "organisation code" in exc.value.detail


@pytest.mark.parametrize("org", ["内", "内06", "内0621", "内05检", "内0621公", "内0523河长办"])
def test_tokens_of_every_kind_of_organisation_are_accepted(key_settings, org):
    assert decode(key_settings, issue_token(key_settings, sub="a", org=org, roles=["clerk"])).org == org


def test_token_from_another_key_is_refused(key_settings, tmp_path):
    other = Settings(jwt_private_key_file=tmp_path / "o.pem", jwt_public_key_file=tmp_path / "o.pub")
    keygen(other)
    with pytest.raises(Problem):
        decode(key_settings, issue_token(other, sub="a", org="内0621", roles=["clerk"]))


def test_production_refuses_the_local_development_key():
    with pytest.raises(ValueError, match="local development key"):
        Settings(environment="production")
    assert Settings(environment="production", jwt_public_key="-----BEGIN PUBLIC KEY-----",
                    party_key_secret="a production secret").environment == "production"


def test_production_refuses_the_local_party_key_secret():
    with pytest.raises(ValueError, match="PARTY_KEY_SECRET"):
        Settings(environment="production", jwt_public_key="-----BEGIN PUBLIC KEY-----")


def test_party_keys_are_keyed_hashes():
    """An unkeyed SHA-256 of an id number is reversed by hashing the id space; a keyed one is not (issue 15)."""
    import hashlib

    from shared.identity import party_key
    number = "11010519491231002X"
    key = party_key("person", number, "secret-a")
    assert len(key) == 32 and key == party_key("person", number, "secret-a")
    assert key != party_key("person", number, "secret-b") and key != party_key("organisation", number, "secret-a")
    assert key != hashlib.sha256(f"person:{number}".encode()).hexdigest()[:32]
    assert party_key("person", None, "secret-a") is None


def test_each_service_gets_its_own_database():
    s = Settings(database_url="postgresql://u@h:1/postgres", service_name="dispatch")
    assert s.sqlalchemy_url() == "postgresql+asyncpg://u@h:1/dispatch"
    assert s.model_copy(update={"database_name": "x"}).sqlalchemy_url().endswith("/x")


def test_cursor_round_trip_and_garbage():
    assert decode_cursor(encode_cursor(42)) == 42 and encode_cursor(None) is None
    with pytest.raises(Problem):
        decode_cursor("not-a-cursor")
