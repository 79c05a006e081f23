"""Live push to officers' devices across replicas: PostgreSQL LISTEN/NOTIFY fan-out.

A change notifies channel `dispatch_push` inside its own transaction (`notify()`), so the message leaves at
commit and never for a rolled-back change. Every dispatch process holds one dedicated asyncpg connection
that LISTENs on the channel (`PushHub.run`, a background loop of the app) and hands each message to the
WebSocket connections it serves: an officer's device gets its own assignments and their changes and the
new alarms of its court; a court's console (clerk, judge, president) gets everything of its court. After
the listening connection is lost and re-established the hub tells every client to resync (messages sent
while it was away are not replayed by PostgreSQL); each client connection starts with a snapshot."""
from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import Any

import asyncpg
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.dispatch.settings import DispatchSettings

log = logging.getLogger(__name__)
CHANNEL = "dispatch_push"
MAX_PAYLOAD_BYTES = 7000  # NOTIFY payloads must stay below 8000 bytes
QUEUE_SIZE = DispatchSettings.model_fields["push_queue_size"].default


def _encode(court: str, msg: dict[str, Any], officers: list[str] | None) -> str:
    return json.dumps({"court": court, "officers": officers, "msg": msg}, ensure_ascii=False, default=str,
                      separators=(",", ":"))


async def notify(session: AsyncSession, court: str, msg: dict[str, Any], officers: list[str] | None = None) -> None:
    """Queue a push in the caller's transaction. `officers`: only these officers' devices (and the court's
    consoles); None: every connected client of the court."""
    payload = _encode(court, msg, officers)
    if len(payload.encode()) > MAX_PAYLOAD_BYTES:  # too big for NOTIFY: send the ids, the client fetches
        slim = {k: v for k, v in msg.items() if k in ("type", "alarm_id", "dispatch_id", "status", "at")}
        payload = _encode(court, {**slim, "truncated": True}, officers)
    await session.execute(text("select pg_notify(:ch, :payload)"), {"ch": CHANNEL, "payload": payload})


@dataclass(eq=False)
class Subscriber:
    officer_id: str
    court: str
    console: bool  # a dispatcher console sees every message of its court
    queue_size: int = QUEUE_SIZE
    queue: asyncio.Queue = field(init=False)
    overflowed: bool = False

    def __post_init__(self) -> None:
        self.queue = asyncio.Queue(self.queue_size)

    def put(self, msg: dict[str, Any]) -> None:
        try:
            self.queue.put_nowait(msg)
        except asyncio.QueueFull:  # a stalled device: it is disconnected and resyncs on reconnect
            self.overflowed = True


class PushHub:
    def __init__(self, settings: DispatchSettings) -> None:
        self.settings = settings
        self.ready = asyncio.Event()
        self.subscribers: dict[str, set[Subscriber]] = {}  # court -> subscribers
        self.delivered = 0
        self.connections = 0  # how many times the listening connection was (re)established

    def subscribe(self, officer_id: str, court: str, console: bool) -> Subscriber:
        sub = Subscriber(officer_id, court, console, self.settings.push_queue_size)
        self.subscribers.setdefault(court, set()).add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        subs = self.subscribers.get(sub.court)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                self.subscribers.pop(sub.court, None)

    def deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            court, officers, msg = data["court"], data.get("officers"), data["msg"]
        except (ValueError, KeyError, TypeError):
            log.warning("push: ignored a malformed notification")
            return
        for sub in list(self.subscribers.get(court, ())):
            if officers is None or sub.console or sub.officer_id in officers:
                sub.put(msg)
                self.delivered += 1

    def _on_notify(self, _conn, _pid, _channel, payload: str) -> None:
        self.deliver(payload)

    async def run(self) -> None:
        """Hold the LISTEN connection; reconnect with bounded backoff; tell clients to resync after a gap."""
        backoff = 0.5
        while True:
            conn: asyncpg.Connection | None = None
            try:
                conn = await asyncpg.connect(self.settings.asyncpg_dsn(), server_settings={
                    "application_name": f"{self.settings.service_name}-push"})
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _c: lost.set())
                await conn.add_listener(CHANNEL, self._on_notify)
                self.connections += 1
                if self.connections > 1:
                    for subs in list(self.subscribers.values()):
                        for sub in list(subs):
                            sub.put({"type": "resync", "reason": "push connection re-established"})
                self.ready.set()
                backoff = 0.5
                while not lost.is_set():
                    try:
                        await asyncio.wait_for(lost.wait(), timeout=self.settings.push_heartbeat_seconds)
                    except asyncio.TimeoutError:
                        await asyncio.wait_for(conn.fetchval("select 1"), timeout=5)  # detects a dead link
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("push listener: %s: %s; reconnecting in %.1fs", type(exc).__name__, exc, backoff)
            finally:
                self.ready.clear()
                if conn is not None:
                    try:
                        await asyncio.wait_for(conn.close(), timeout=2)
                    except Exception:
                        conn.terminate()
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 10.0)
