"""A dependency that is down is a 503 with Retry-After, never a 500, for reads and writes alike."""
import socket

import httpx

from services.procuratorate.app import create_app
from tests.support import auth


def _closed_port() -> int:
    with socket.socket() as s:  # bound and closed again: nothing listens there
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_database_refusing_connections_is_503_with_retry_after(world):
    settings = world.settings("procuratorate").model_copy(update={
        "service_database_url": f"postgresql://suite@127.0.0.1:{_closed_port()}/nowhere"})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            headers = auth("procurator", org="内05检")
            read = await c.get("/api/v1/clues", headers=headers)
            write = await c.post("/api/v1/clues", headers={**headers, "Idempotency-Key": "outage-1"},
                                 json={"source": "cppcc_member", "summary": "浮桥影响行洪", "received_on": "2024-05-01"})
            ready = await c.get("/readyz")
    for r in (read, write):
        assert r.status_code == 503, r.text
        assert r.headers["content-type"] == "application/problem+json" and r.headers["retry-after"].isdigit()
        assert r.json()["code"] == "database_unavailable"
    assert ready.status_code == 503 and ready.json()["checks"]["database"] is False
