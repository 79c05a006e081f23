"""Signed audit checkpoints (issue 15 item 6): the signature round trip, forgeries refused, key handling."""
import base64
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from shared import checkpoints
from shared.checkpoints import Checkpoint, Forged, open_signed, sign
from shared.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(audit_signing_key_file=tmp_path / "audit" / "signing.pem")
    assert checkpoints.keygen(s) is True and checkpoints.keygen(s) is False
    return s


def checkpoint(**overrides) -> Checkpoint:
    fields = dict(service="reward", seq=42, hash="ab" * 32, rows=40,
                  issued_at=datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc), reason="interval")
    return Checkpoint(**{**fields, **overrides})


def test_a_signed_checkpoint_round_trips(settings):
    key = checkpoints.signing_key(settings)
    value = sign(checkpoint(), key)
    got = open_signed(value, checkpoints.verifying_key(settings), "reward")
    assert (got.service, got.seq, got.hash, got.rows, got.reason) == ("reward", 42, "ab" * 32, 40, "interval")
    assert got.issued_at == datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc)
    assert got.key_id == checkpoints.key_id(key.public_key()) and len(got.key_id) == 16
    # an auditor's copy of the public key (written next to the local key) checks it as well
    public = checkpoints.public_file(settings).read_text()
    assert open_signed(value, checkpoints.verifying_key(settings.model_copy(update={"audit_public_key": public})),
                       "reward").seq == 42


def test_a_forged_checkpoint_is_refused(settings, tmp_path):
    public = checkpoints.verifying_key(settings)
    doc = json.loads(sign(checkpoint(), checkpoints.signing_key(settings)))
    # the statement edited after signing: a truncation hidden by moving the head back
    edited = {**doc, "checkpoint": {**doc["checkpoint"], "seq": 7}}
    with pytest.raises(Forged, match="signature"):
        open_signed(json.dumps(edited).encode(), public, "reward")
    # signed with another key (what someone holding only the database could make)
    other = Settings(audit_signing_key_file=tmp_path / "other" / "signing.pem")
    checkpoints.keygen(other)
    with pytest.raises(Forged, match="signature"):
        open_signed(sign(checkpoint(), checkpoints.signing_key(other)), public, "reward")
    # another service's genuine checkpoint does not anchor this one
    with pytest.raises(Forged, match="not of 'police'"):
        open_signed(json.dumps(doc).encode(), public, "police")
    # junk, a missing signature, another algorithm
    for value in [b"not json", json.dumps({"checkpoint": doc["checkpoint"]}).encode(),
                  json.dumps({**doc, "alg": "none"}).encode(),
                  json.dumps({**doc, "signature": base64.b64encode(b"x" * 64).decode()}).encode()]:
        with pytest.raises(Forged):
            open_signed(value, public, "reward")


def test_the_signature_covers_every_field(settings):
    public, key = checkpoints.verifying_key(settings), checkpoints.signing_key(settings)
    doc = json.loads(sign(checkpoint(), key))
    for field, value in [("hash", "cd" * 32), ("rows", 41), ("issued_at", "2027-01-01T00:00:00+00:00"),
                         ("service", "police"), ("reason", "shutdown")]:
        forged = {**doc, "checkpoint": {**doc["checkpoint"], field: value}}
        with pytest.raises(Forged):
            open_signed(json.dumps(forged).encode(), public, "reward")


def test_production_refuses_the_local_audit_key(settings):
    prod = settings.model_copy(update={"environment": "production",
                                       "audit_signing_key_file": Settings().audit_signing_key_file})
    with pytest.raises(ValueError, match="AUDIT_SIGNING_KEY"):
        checkpoints.signing_key(prod)
    with pytest.raises(ValueError, match="does not exist"):  # a mounted key that is missing is not generated
        checkpoints.signing_key(prod.model_copy(update={"audit_signing_key_file": Path("/nonexistent/audit.pem")}))
    pem = settings.audit_signing_key_file.read_text()  # a key passed in as a secret is accepted
    assert checkpoints.signing_key(prod.model_copy(update={"audit_signing_key": pem})) is not None
    with pytest.raises(ValueError, match="Ed25519"):  # an RSA key is not the audit key
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        rsa_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
        checkpoints.signing_key(prod.model_copy(update={"audit_signing_key": rsa_pem}))


def test_the_local_key_is_private_and_made_once(tmp_path):
    s = Settings(audit_signing_key_file=tmp_path / "a" / "signing.pem")
    first = checkpoints.signing_key(s)  # generated on first use, locally
    assert (s.audit_signing_key_file.stat().st_mode & 0o777) == 0o600
    assert checkpoints.key_id(checkpoints.signing_key(s).public_key()) == checkpoints.key_id(first.public_key())
