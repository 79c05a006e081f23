"""Pages: the Jinja2 environment (shared layout + a service's own templates), the security headers every page
carries, and `PagesRouter`, the router a service's `pages.py` declares its pages on."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from shared.web.filters import FILTERS

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# Self only: no inline script or style, no CDN, no framing; the pages call their own service's JSON APIs.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


@functools.lru_cache(maxsize=32)
def environment(*template_dirs: str) -> jinja2.Environment:
    """Templates looked up in `template_dirs` first, then the shared ones (layout.html, macros.html, signin.html).
    Autoescaped; an undefined name is an error rather than an empty string."""
    loader = jinja2.FileSystemLoader([*template_dirs, str(TEMPLATES)])
    env = jinja2.Environment(loader=loader, autoescape=jinja2.select_autoescape(["html"]),
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FILTERS)
    return env


def render(request: Request, name: str, *, env: jinja2.Environment | None = None, status_code: int = 200,
           headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    """The page `name` in the shared layout, with the CSP and the other page headers."""
    env = env or environment()
    spec = getattr(request.app.state, "spec", None)
    settings = getattr(request.app.state, "settings", None)
    base = {"request": request, "path": request.url.path,
            "service": {"name": getattr(spec, "name", "suite"), "title": getattr(spec, "title", "")},
            "environment": getattr(settings, "environment", "local"), "nav": [], "staff": False}
    html = env.get_template(name).render({**base, **context})
    return HTMLResponse(html, status_code=status_code, headers={**PAGE_HEADERS, **(headers or {})})


class PagesRouter(APIRouter):
    """A service's pages: `PagesRouter(__file__)` in `services/<name>/pages.py` finds the templates in
    `services/<name>/templates/` and the page scripts in `services/<name>/static/` (served at `/static/<name>/`).
    Pages stay out of the OpenAPI document; data comes from the JSON APIs."""

    def __init__(self, module_file: str | Path | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("include_in_schema", False)
        kwargs.setdefault("default_response_class", HTMLResponse)
        super().__init__(**kwargs)
        base = Path(module_file).resolve().parent if module_file else None
        self.templates_dir = base / "templates" if base and (base / "templates").is_dir() else None
        self.static_dir = base / "static" if base and (base / "static").is_dir() else None
        self.env = environment(*([str(self.templates_dir)] if self.templates_dir else []))

    def render(self, request: Request, name: str, **kwargs: Any) -> HTMLResponse:
        return render(request, name, env=self.env, **kwargs)
