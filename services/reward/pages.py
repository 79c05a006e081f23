"""reward's public pages (issue 14, 悬赏公告): the notice board, one notice with the tip form, and a tip's status by
receipt. No sign-in. The board and the notice are rendered on the server from the same read model and the same
masking as `GET /api/v1/public/notices…` (`views.notice_public`), counted against the same per-address read limit;
the tip form and the status page call the public JSON API through api.js (429s explained politely there)."""
from __future__ import annotations

from fastapi import Request

from services.reward import domain, views
from shared import web
from shared.errors import Problem
from shared.legal import DomainError
from shared.pagination import decode_cursor, encode_cursor

router = web.PagesRouter(__file__)

NAV = [{"href": "/bounty", "label": "悬赏公告"}, {"href": "/bounty/status", "label": "线索状态查询"}]
SOUGHT_LABELS = {domain.Sought.whereabouts.value: "被执行人下落", domain.Sought.assets.value: "可供执行的财产",
                 domain.Sought.both.value: "被执行人下落及财产"}


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _limited(request: Request):
    """The API's own read limit (same scope, same key): a page view counts as a read. None, or the polite page."""
    try:
        await request.app.state.reward_limiter.check(request.app.state.settings.public_read_rate, "address:read",
                                                     _client(request))
    except Problem as p:
        retry = p.headers.get("Retry-After") if getattr(p, "headers", None) else None
        return router.render(request, "bounty_busy.html", title="请稍后再试", nav=NAV, retry=retry,
                             status_code=429, headers={"Retry-After": retry} if retry else None)
    return None


@router.get("/bounty")
async def board(request: Request, cursor: str | None = None, court: str | None = None):
    if (busy := await _limited(request)) is not None:
        return busy
    try:
        after = decode_cursor(cursor)
    except Exception:
        after = None
    court = court if court and len(court) <= 20 else None
    async with request.app.state.sessions() as session:
        rows, last = await views.list_notices(session, None, limit=20, after=after, state=None, court=court,
                                              region=None)
    items = [views.notice_public(r) for r in rows]
    return router.render(request, "bounty_board.html", title="悬赏公告", nav=NAV, items=items,
                         sought=SOUGHT_LABELS, next_cursor=encode_cursor(last) if len(items) == 20 else None)


@router.get("/bounty/notices/{number}")
async def notice(request: Request, number: str):
    if (busy := await _limited(request)) is not None:
        return busy
    try:
        async with request.app.state.sessions() as session:
            item = views.notice_public(await views.public_notice(session, number[:100].replace("\x00", "")))
    except DomainError:
        return router.render(request, "bounty_missing.html", title="悬赏公告不存在", nav=NAV, status_code=404)
    return router.render(request, "bounty_notice.html", title="悬赏公告 " + item["number"], nav=NAV, n=item,
                         sought=SOUGHT_LABELS)


@router.get("/bounty/status")
async def status(request: Request):
    return router.render(request, "bounty_status.html", title="线索状态查询", nav=NAV)
