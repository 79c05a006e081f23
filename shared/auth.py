"""JWT bearer authentication (PyJWT, RS256) and role/organisation authorisation.

Claims: `sub` (user), `org` (court or procuratorate code, e.g. 内0621), `roles`. Locally a key pair is
generated on first set-up under .run/jwt/ (never committed); `make token ROLE=clerk ORG=内0621` prints a
token. Production passes the public key (JWT_PUBLIC_KEY) and never signs here.

    python -m shared.auth keygen
    python -m shared.auth token --role clerk --org 内0621 [--sub alice] [--hours 12]
"""
from __future__ import annotations

import argparse
import functools
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Annotated, Iterable

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


def issue_token(settings: Settings, *, sub: str, org: str, roles: Iterable[str], hours: float = 12) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": sub, "org": org, "roles": sorted(set(roles)), "iss": settings.jwt_issuer,
              "aud": settings.jwt_audience, "iat": now, "nbf": now, "exp": now + timedelta(hours=hours)}
    return jwt.encode(claims, settings.jwt_private_key_file.read_text(), algorithm="RS256")


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


def decode(settings: Settings, token: str) -> Principal:
    try:
        claims = jwt.decode(token, verifying_key(settings), algorithms=["RS256"], audience=settings.jwt_audience,
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
    return Principal(sub=str(claims["sub"]), org=org, roles=frozenset(roles))


async def authenticate(request: Request) -> Principal:
    header = request.headers.get("authorization")
    if not header:
        raise _unauthenticated("missing Authorization header")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthenticated("expected 'Authorization: Bearer <token>'")
    return decode(request.app.state.settings, token.strip())


CurrentPrincipal = Annotated[Principal, Depends(authenticate)]


def require_roles(*roles: str):
    async def _dep(principal: CurrentPrincipal) -> Principal:
        if not principal.has_any(roles):
            raise Problem(403, "forbidden_role", "无权执行此操作 (role not allowed)",
                          f"needs one of the roles: {', '.join(roles)}")
        return principal
    return Depends(_dep)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m shared.auth")
    sp = p.add_subparsers(dest="cmd", required=True)
    sp.add_parser("keygen")
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
    else:
        keygen(settings)
        print(issue_token(settings, sub=args.sub, org=args.org, roles=args.role, hours=args.hours))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
