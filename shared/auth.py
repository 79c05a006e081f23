"""JWT bearer authentication (PyJWT, RS256) and role/organisation authorisation.

Claims: `sub` (user), `org` (court or procuratorate code, e.g. 内0621), `roles`. Locally a key pair is
generated on first set-up under .run/jwt/ (never committed); `make token ROLE=clerk ORG=内0621` prints a
token. Production passes the public key (JWT_PUBLIC_KEY) or, better, the identity provider's JWKS URL
(JWT_JWKS_URL) and never signs here.

JWKS: the token's `kid` header selects the key in the provider's key set (PyJWT `PyJWKClient`): the set is fetched
when first needed (in a worker thread, never on the event loop), cached for `jwt_jwks_cache_seconds`, and fetched
again at once when a token names a kid the cached set lacks (a rotation: the new key is published before it signs,
the old one stays until its tokens expire), at most every `jwt_jwks_refresh_cooldown_seconds`. An unreachable key
set is a 503 (retry), not a 401. Local tokens carry the RFC 7638 thumbprint of the local key as their kid, and
`python -m shared.auth jwks` prints the local key set, so the JWKS path can be tried locally too.

    python -m shared.auth keygen
    python -m shared.auth token --role clerk --org 内0621 [--sub alice] [--hours 12]
    python -m shared.auth jwks > .run/jwt/jwks.json
"""
from __future__ import annotations

import argparse
import asyncio
import base64
import collections
import functools
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Iterable

import jwt
from fastapi import Depends, Request

from shared.errors import Problem
from shared.orgs import parse_org
from shared.settings import Settings

ROLES = {
    "clerk": "立案/书记员",
    "judge": "执行法官",
    "officer": "执行干警",
    "president": "院长",
    "mediator": "调解员",
    "police": "公安",
    "procurator": "检察官",
    "partner": "合作方",
    "auditor": "审计",
    "admin": "管理员",
}


@dataclass(frozen=True)
class Principal:
    sub: str
    org: str
    roles: frozenset[str]

    def has_any(self, roles: Iterable[str]) -> bool:
        return bool(self.roles & set(roles))


def keygen(settings: Settings) -> bool:
    """Create the local signing key pair if missing. Returns True when created."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    if settings.jwt_private_key_file.exists() and settings.jwt_public_key_file.exists():
        return False
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    settings.jwt_private_key_file.parent.mkdir(parents=True, exist_ok=True)
    settings.jwt_private_key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    settings.jwt_private_key_file.chmod(0o600)
    settings.jwt_public_key_file.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return True


def issue_token(settings: Settings, *, sub: str, org: str, roles: Iterable[str], hours: float = 12,
                private_key: str | None = None, kid: str | None = None) -> str:
    """A token signed with the local key (or `private_key`, PEM); its kid is the key's thumbprint unless given."""
    now = datetime.now(timezone.utc)
    claims = {"sub": sub, "org": org, "roles": sorted(set(roles)), "iss": settings.jwt_issuer,
              "aud": settings.jwt_audience, "iat": now, "nbf": now, "exp": now + timedelta(hours=hours)}
    if private_key is None:
        path = settings.jwt_private_key_file
        private_key = _read_key_file(str(path), path.stat().st_mtime_ns)
    return jwt.encode(claims, private_key, algorithm="RS256", headers={"kid": kid or _thumbprint_of_private(private_key)})


def public_jwk(public_pem: str, kid: str | None = None) -> dict:
    """The JWK of an RSA public key (PEM) for a key set: kid = its RFC 7638 thumbprint unless given."""
    jwk = jwt.algorithms.RSAAlgorithm.to_jwk(_parse_public_key(public_pem), as_dict=True)
    return {**jwk, "kid": kid or _thumbprint(jwk), "use": "sig", "alg": "RS256"}


def local_jwks(settings: Settings) -> dict:
    """The local key set (one key): what an identity provider serves at its JWKS URL."""
    return {"keys": [public_jwk(settings.public_key())]}


def _thumbprint(jwk: dict) -> str:
    canonical = json.dumps({"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest()).rstrip(b"=").decode()


@functools.lru_cache(maxsize=8)
def _thumbprint_of_private(private_pem: str) -> str:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    public = load_pem_private_key(private_pem.encode(), password=None).public_key()
    return _thumbprint(jwt.algorithms.RSAAlgorithm.to_jwk(public, as_dict=True))


def _unauthenticated(detail: str) -> Problem:
    return Problem(401, "unauthenticated", "需要有效的身份令牌 (authentication required)", detail,
                   headers={"WWW-Authenticate": 'Bearer realm="enforcement-suite"'})


@functools.lru_cache(maxsize=8)
def _parse_public_key(pem: str):
    from cryptography.hazmat.primitives.serialization import load_pem_public_key
    return load_pem_public_key(pem.encode())


@functools.lru_cache(maxsize=8)
def _read_key_file(path: str, mtime_ns: int) -> str:
    return open(path).read()


def verifying_key(settings: Settings):
    """The parsed public key, read and parsed once (again only when the key file changes)."""
    if settings.jwt_public_key:
        pem = settings.jwt_public_key
    else:
        path = settings.jwt_public_key_file
        pem = _read_key_file(str(path), path.stat().st_mtime_ns)
    return _parse_public_key(pem)


@functools.lru_cache(maxsize=8)
def _jwks_client(url: str, lifespan: float, cooldown: float, timeout: float) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_jwk_set=True, lifespan=lifespan, cooldown_duration=cooldown, timeout=timeout)


def jwks_client(settings: Settings) -> jwt.PyJWKClient:
    """One cached client per JWKS URL (and cache settings) per process."""
    return _jwks_client(settings.jwt_jwks_url, settings.jwt_jwks_cache_seconds,
                        settings.jwt_jwks_refresh_cooldown_seconds, settings.jwt_jwks_timeout_seconds)


def _keys_unavailable(exc: Exception) -> Problem:
    from shared.errors import RETRY_AFTER_SECONDS
    return Problem(503, "auth_keys_unavailable", "身份密钥暂不可用 (signing keys unavailable)",
                   f"the JWKS could not be fetched: {exc}", headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def _jwks_cached(client: jwt.PyJWKClient, kid: str | None) -> bool:
    cached = client.jwk_set_cache.get() if client.jwk_set_cache is not None else None
    return cached is not None and any(k.key_id == kid for k in cached.keys)


async def prefetch_jwks(settings: Settings, token: str) -> None:
    """Before `decode` on the event loop: fetch the key set in a thread when the token's kid is not cached (first
    use, cache expired, or a rotated key), so `decode` itself never waits on the network."""
    if not settings.jwt_jwks_url:
        return
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except jwt.PyJWTError:
        return  # decode says what is wrong with it
    client = jwks_client(settings)
    if _jwks_cached(client, kid):
        return
    try:
        await asyncio.to_thread(client.get_signing_key, kid)
    except jwt.PyJWKClientConnectionError as exc:
        raise _keys_unavailable(exc)
    except jwt.PyJWTError:
        pass  # an unknown kid: decode refuses it


def _key_for(settings: Settings, token: str):
    if settings.jwt_jwks_url:
        return jwks_client(settings).get_signing_key_from_jwt(token).key
    return verifying_key(settings)


# Verified tokens (issue 10, bench (b)): an officer's app or a court system sends the same token with every request, and
# the RS256 verification is most of authentication's CPU. A verified token's principal is kept while the key that
# verified it is still the one the token selects (the same key object: a key set fetched again, or another PEM key,
# is a miss), until the token expires and at most VERIFIED_SECONDS, for at most VERIFIED_MAX tokens (least
# recently used first out).
VERIFIED_SECONDS = 60.0
VERIFIED_MAX = 4096
_verified: collections.OrderedDict[tuple[str, str, str], tuple[float, Any, Principal]] = collections.OrderedDict()


def decode(settings: Settings, token: str) -> Principal:
    """Verify the token against the JWKS (when `jwt_jwks_url` is set, key chosen by kid) or the PEM key; a token
    this key verified in the last VERIFIED_SECONDS (and not expired since) is not verified again."""
    try:
        key = _key_for(settings, token)
    except jwt.PyJWKClientConnectionError as exc:
        raise _keys_unavailable(exc)
    except jwt.PyJWTError as exc:
        raise _unauthenticated(f"invalid token: {exc}")
    now, entry = time.time(), (token, settings.jwt_issuer, settings.jwt_audience)
    hit = _verified.get(entry)
    if hit is not None and hit[1] is key and hit[0] > now:
        _verified.move_to_end(entry)
        return hit[2]
    principal, expires = _verify(settings, token, key)
    _verified[entry] = (min(expires, now + VERIFIED_SECONDS), key, principal)
    _verified.move_to_end(entry)
    if len(_verified) > VERIFIED_MAX:
        _verified.popitem(last=False)
    return principal


def _verify(settings: Settings, token: str, key: Any) -> tuple[Principal, float]:
    try:
        claims = jwt.decode(token, key, algorithms=["RS256"], audience=settings.jwt_audience,
                            issuer=settings.jwt_issuer, options={"require": ["exp", "sub", "iss", "aud"]})
    except jwt.ExpiredSignatureError:
        raise _unauthenticated("token expired")
    except jwt.PyJWTError as exc:
        raise _unauthenticated(f"invalid token: {exc}")
    org, roles = claims.get("org"), claims.get("roles")
    if not isinstance(org, str) or not org or not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise _unauthenticated("token lacks the org and roles claims")
    if parse_org(org) is None:  # hierarchy compares parsed levels, so a code off the grammar is no identity at all
        raise _unauthenticated(f"the org claim {org[:40]!r} is not an organisation code (e.g. 内0621, 内05检, 内0621公)")
    return Principal(sub=str(claims["sub"]), org=org, roles=frozenset(roles)), float(claims["exp"])


async def authenticate(request: Request) -> Principal:
    header = request.headers.get("authorization")
    if not header:
        raise _unauthenticated("missing Authorization header")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthenticated("expected 'Authorization: Bearer <token>'")
    settings = request.app.state.settings
    if settings.jwt_jwks_url:
        await prefetch_jwks(settings, token.strip())
    return decode(settings, token.strip())


CurrentPrincipal = Annotated[Principal, Depends(authenticate)]


def require_roles(*roles: str):
    async def _dep(request: Request) -> Principal:  # authenticates itself: one dependency to solve, not two nested
        principal = await authenticate(request)
        if not principal.has_any(roles):
            raise Problem(403, "forbidden_role", "无权执行此操作 (role not allowed)",
                          f"needs one of the roles: {', '.join(roles)}")
        return principal
    _dep.authenticates = True  # a route depending on it needs a token (the service-shape tests look for it)
    return Depends(_dep)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m shared.auth")
    sp = p.add_subparsers(dest="cmd", required=True)
    sp.add_parser("keygen")
    sp.add_parser("jwks", help="print the local key set (JWKS JSON)")
    t = sp.add_parser("token")
    t.add_argument("--role", action="append", required=True, choices=sorted(ROLES))
    t.add_argument("--org", required=True)
    t.add_argument("--sub", default="dev-user")
    t.add_argument("--hours", type=float, default=12)
    args = p.parse_args(argv)
    settings = Settings()
    if args.cmd == "keygen":
        print("[auth] created local signing key" if keygen(settings) else "[auth] local signing key present",
              file=sys.stderr)
    elif args.cmd == "jwks":
        keygen(settings)
        print(json.dumps(local_jwks(settings), indent=2))
    else:
        keygen(settings)
        print(issue_token(settings, sub=args.sub, org=args.org, roles=args.role, hours=args.hours))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
