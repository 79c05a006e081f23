"""Tokens verified against a JWKS URL (issue 10): the key is chosen by the token's kid; a rotation (two keys valid,
then the old one retired) needs no restart; the key set is cached; an unreachable key set is a 503, not a 401.
The JWKS document is served by a tiny HTTP server on 127.0.0.1 (no network)."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from shared.auth import decode, issue_token, keygen, local_jwks, prefetch_jwks, public_jwk
from shared.errors import Problem
from shared.settings import Settings


def key_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


class JwksServer:
    """Serves `self.document` at /jwks.json and counts the fetches."""

    def __init__(self) -> None:
        self.document: dict = {"keys": []}
        self.fetches = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.fetches += 1
                body = json.dumps(server.document).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/jwks.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "JwksServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def jwks():
    with JwksServer() as server:
        yield server


_n = iter(range(10_000))


def settings_for(url: str, **kw) -> Settings:
    # A distinct cache lifespan per call gives a fresh client (clients are cached per URL and cache settings).
    return Settings(jwt_jwks_url=url, jwt_jwks_refresh_cooldown_seconds=0,
                    jwt_jwks_cache_seconds=kw.pop("cache", 300 + next(_n) / 1000), **kw)


def tok(settings: Settings, private: str, kid: str, **kw) -> str:
    return issue_token(settings, sub="alice", org="内0621", roles=["clerk"], private_key=private, kid=kid, **kw)


def test_rotation_two_keys_valid_selected_by_kid_then_the_old_one_retired(jwks):
    old_private, old_public = key_pair()
    new_private, new_public = key_pair()
    jwks.document = {"keys": [public_jwk(old_public, "2026-11")]}
    s = settings_for(jwks.url)

    assert decode(s, tok(s, old_private, "2026-11")).sub == "alice"
    with pytest.raises(Problem) as refused:  # the new key is not published yet
        decode(s, tok(s, new_private, "2026-12"))
    assert refused.value.status == 401

    # Rotation: the provider publishes the new key beside the old one; an unknown kid fetches the set again.
    jwks.document = {"keys": [public_jwk(old_public, "2026-11"), public_jwk(new_public, "2026-12")]}
    assert decode(s, tok(s, new_private, "2026-12")).sub == "alice"
    assert decode(s, tok(s, old_private, "2026-11")).sub == "alice"  # both valid during the overlap

    # A token naming one kid but signed by the other key is refused.
    with pytest.raises(Problem) as forged:
        decode(s, tok(s, old_private, "2026-12"))
    assert forged.value.status == 401

    # The old key retired: once the cached set is fetched again, its tokens are refused.
    jwks.document = {"keys": [public_jwk(new_public, "2026-12")]}
    later = settings_for(jwks.url)
    assert decode(later, tok(later, new_private, "2026-12")).sub == "alice"
    with pytest.raises(Problem) as retired:
        decode(later, tok(later, old_private, "2026-11"))
    assert retired.value.status == 401


def test_the_key_set_is_cached(jwks):
    private, public = key_pair()
    jwks.document = {"keys": [public_jwk(public, "k1")]}
    s = settings_for(jwks.url)
    for _ in range(5):
        decode(s, tok(s, private, "k1"))
    assert jwks.fetches == 1


def test_expired_and_foreign_tokens_are_still_refused_with_jwks(jwks):
    private, public = key_pair()
    jwks.document = {"keys": [public_jwk(public, "k1")]}
    s = settings_for(jwks.url)
    with pytest.raises(Problem, match="expired"):
        decode(s, tok(s, private, "k1", hours=-1))
    other = Settings(jwt_issuer="someone-else", jwt_jwks_url=jwks.url)
    with pytest.raises(Problem) as wrong_issuer:
        decode(s, tok(other, private, "k1"))
    assert wrong_issuer.value.status == 401


async def test_prefetch_fetches_in_a_thread_and_decode_then_uses_the_cache(jwks):
    private, public = key_pair()
    jwks.document = {"keys": [public_jwk(public, "k1")]}
    s = settings_for(jwks.url)
    token = tok(s, private, "k1")
    await prefetch_jwks(s, token)
    assert jwks.fetches == 1
    await prefetch_jwks(s, token)  # cached: no second fetch
    assert decode(s, token).sub == "alice" and jwks.fetches == 1


async def test_an_unreachable_key_set_is_a_503_not_a_401():
    with JwksServer() as gone:
        url = gone.url
    s = settings_for(url, jwt_jwks_timeout_seconds=1)
    private, _ = key_pair()
    token = tok(s, private, "k1")
    with pytest.raises(Problem) as unavailable:
        await prefetch_jwks(s, token)
    assert unavailable.value.status == 503 and unavailable.value.headers["Retry-After"]
    with pytest.raises(Problem) as again:
        decode(s, token)
    assert again.value.status == 503


def test_local_tokens_carry_the_local_key_s_thumbprint_and_verify_by_pem_or_local_jwks(jwks, tmp_path: Path):
    s = Settings(jwt_private_key_file=tmp_path / "private.pem", jwt_public_key_file=tmp_path / "public.pem")
    keygen(s)
    token = issue_token(s, sub="alice", org="内0621", roles=["clerk"])  # what `make token` prints
    assert decode(s, token).sub == "alice"  # the PEM key, as before
    jwks.document = local_jwks(s)
    assert decode(settings_for(jwks.url), token).sub == "alice"  # the same token through the local key set


def test_production_accepts_a_jwks_url_instead_of_a_pem_key():
    s = Settings(environment="production", jwt_jwks_url="https://idp.example.cn/jwks.json",
                 party_key_secret="x" * 32)
    assert s.jwt_jwks_url
