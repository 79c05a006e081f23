"""Verified tokens are not verified again (shared/auth.py `decode`): the cache saves the RS256 check of a token sent
with every request, but never outlives the token, the key that verified it, or VERIFIED_SECONDS."""
from pathlib import Path

import jwt
import pytest

from shared import auth
from shared.auth import decode, issue_token, keygen
from shared.errors import Problem
from shared.settings import Settings


@pytest.fixture
def local(tmp_path: Path) -> Settings:
    s = Settings(jwt_private_key_file=tmp_path / "private.pem", jwt_public_key_file=tmp_path / "public.pem")
    keygen(s)
    return s


@pytest.fixture
def verifications(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = jwt.decode

    def counted(token, *args, **kwargs):
        calls.append(token)
        return real(token, *args, **kwargs)

    monkeypatch.setattr(auth.jwt, "decode", counted)
    return calls


def test_a_token_is_verified_once_then_answered_from_the_cache(local, verifications):
    token = issue_token(local, sub="alice", org="内0621", roles=["clerk"])
    assert [decode(local, token).sub for _ in range(3)] == ["alice"] * 3
    assert verifications == [token]


def test_the_cache_ends_after_verified_seconds(local, verifications, monkeypatch):
    token = issue_token(local, sub="bob", org="内0621", roles=["clerk"], hours=1)
    now = auth.time.time()
    decode(local, token)
    monkeypatch.setattr(auth.time, "time", lambda: now + auth.VERIFIED_SECONDS - 1)
    decode(local, token)  # within VERIFIED_SECONDS: the cache answers
    monkeypatch.setattr(auth.time, "time", lambda: now + auth.VERIFIED_SECONDS + 1)
    decode(local, token)  # past it: verified again
    assert len(verifications) == 2


def test_the_cache_never_outlives_the_token(local, verifications, monkeypatch):
    token = issue_token(local, sub="erin", org="内0621", roles=["clerk"], hours=30 / 3600)  # expires in 30 s
    now = auth.time.time()
    decode(local, token)
    monkeypatch.setattr(auth.time, "time", lambda: now + 31)
    decode(local, token)  # past its exp (before VERIFIED_SECONDS): not answered from the cache
    assert len(verifications) == 2


def test_another_key_is_a_miss_and_refuses_the_token(local, tmp_path: Path, verifications):
    token = issue_token(local, sub="carol", org="内0621", roles=["clerk"])
    decode(local, token)
    other = Settings(jwt_private_key_file=tmp_path / "o.pem", jwt_public_key_file=tmp_path / "o.pub.pem")
    keygen(other)
    with pytest.raises(Problem) as refused:  # the cached principal is not given out under a key that did not verify it
        decode(other, token)
    assert refused.value.status == 401


def test_another_audience_is_a_miss(local, verifications):
    token = issue_token(local, sub="dave", org="内0621", roles=["clerk"])
    decode(local, token)
    with pytest.raises(Problem) as refused:
        decode(local.model_copy(update={"jwt_audience": "another-suite"}), token)
    assert refused.value.status == 401
