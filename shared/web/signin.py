"""Local sign-in for the staff pages: a form for a role and an organisation code; the token it issues is kept by
the page in sessionStorage (never in a URL, never in a cookie). Refused when ENVIRONMENT=production, where the
bearer token comes from the court's identity provider (docs/adr/0009-screens.md)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from shared.auth import ROLES, issue_token, keygen
from shared.errors import PROBLEM_RESPONSES, Problem
from shared.legal import Refused
from shared.orgs import parse_org
from shared.web.pages import render

TOKEN_HOURS = 12
RoleName = Literal[tuple(ROLES)]  # type: ignore[valid-type]


class SignIn(BaseModel):
    role: RoleName = Field(description="角色 (the role the token carries)")
    org: str = Field(min_length=1, max_length=16, description="组织代码, e.g. 内0621 达拉特旗人民法院")
    sub: str | None = Field(default=None, min_length=1, max_length=64, pattern=r"^[\w.@\-\u4e00-\u9fff]+$",
                            description="用户名 (default: local-<role>)")


class SignedIn(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    sub: str
    org: str
    roles: list[str]


def safe_next(value: str | None) -> str:
    """Where to go after signing in: a path on this origin only (no scheme, no //host, no backslashes)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 500:
        return "/"
    return value


def _refuse_in_production(request: Request) -> None:
    if request.app.state.settings.environment == "production":
        raise Problem(403, "local_signin_refused", "生产环境不签发本地令牌 (local sign-in is off in production)",
                      "sign in through the court's identity provider; its bearer token is verified with "
                      "JWT_PUBLIC_KEY")


def router_for(service: str) -> APIRouter:
    router = APIRouter(tags=["signin"], responses=PROBLEM_RESPONSES)

    @router.get("/signin", include_in_schema=False)
    async def signin_page(request: Request, next: str | None = None):
        production = request.app.state.settings.environment == "production"
        return render(request, "signin.html", status_code=403 if production else 200, title="登录",
                      roles=ROLES, next=safe_next(next), production=production, default_org="内0621")

    @router.post("/signin", response_model=SignedIn, operation_id=f"{service}_signin_local",
                 summary="本地登录: 签发本地令牌 (local sign-in; refused in production)")
    async def signin(request: Request, body: SignIn) -> SignedIn:
        _refuse_in_production(request)
        if parse_org(body.org) is None:
            raise Refused("invalid_org", "组织代码无效 (not an organisation code)",
                          f"{body.org!r} is not an organisation code, e.g. 内0621, 内05检, 内0621公")
        settings = request.app.state.settings
        keygen(settings)  # the local key pair, created on first use (make infra creates it too)
        sub = body.sub or f"local-{body.role}"
        token = issue_token(settings, sub=sub, org=body.org, roles=[body.role], hours=TOKEN_HOURS)
        return SignedIn(access_token=token, expires_at=datetime.now(timezone.utc) + timedelta(hours=TOKEN_HOURS),
                        sub=sub, org=body.org, roles=[body.role])

    return router
