"""The context every use case runs in: its transaction, the settings, who asks, the request id — and the
two things every state change does besides its own writes: publish events through the outbox and append
to the audit chain, both in the same transaction. Each service subclasses it (setting `platform`); one `emit`
signature everywhere, and a service that keeps a timeline of what happened overrides `recorded()`."""
from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Table, func, update
from sqlalchemy.ext.asyncio import AsyncSession

from shared import audit, outbox, tracing
from shared.auth import Principal
from shared.db import PlatformTables
from shared.events import CloudEvent, EventPayload
from shared.legal import Stale
from shared.settings import Settings


class UseCaseContext:
    platform: ClassVar[PlatformTables]

    def __init__(self, session: AsyncSession, settings: Settings, principal: Principal | None,
                 request_id: str | None, actor: str | None = None, org: str | None = None) -> None:
        self.session, self.settings, self.principal, self.request_id = session, settings, principal, request_id
        self.actor = actor or (principal.sub if principal else "system")
        self.org = org or (principal.org if principal else "system")
        self.roles = principal.roles if principal else frozenset()

    async def publish(self, payload: EventPayload, *, subject: str, caseid: str | None = None,
                      orgcode: str | None = None) -> CloudEvent:
        return await outbox.append(self.session, self.platform, self.settings, payload, subject=subject,
                                   caseid=caseid, orgcode=orgcode, traceparent=tracing.current_traceparent())

    async def emit(self, payload: EventPayload, *, subject: str, caseid: str | None = None,
                   orgcode: str | None = None, summary: str | None = None) -> CloudEvent:
        """Append the event to the outbox (published after commit, key = caseid or subject)."""
        event = await self.publish(payload, subject=subject, caseid=caseid, orgcode=orgcode)
        await self.recorded(event, payload, summary)
        return event

    async def recorded(self, event: CloudEvent, payload: EventPayload, summary: str | None) -> None:
        """Hook after each `emit` (e.g. a case timeline row), in the same transaction."""

    async def audit(self, action: str, entity_type: str, entity_id: Any, data: dict[str, Any]) -> None:
        """Stage an audit row; the commit chains it (shared/audit.py: no lock is held before the COMMIT)."""
        await audit.append(self.session, self.platform, actor=self.actor, org=self.org, action=action,
                           entity_type=entity_type, entity_id=str(entity_id), request_id=self.request_id,
                           data=data)


def check_version(row: Any, if_match: int | None, what: str = "记录", what_en: str = "record") -> None:
    """Optimistic concurrency: a write with `If-Match` on a stale version is refused (412)."""
    if if_match is not None and row.version != if_match:
        raise Stale("version_mismatch", f"{what}已被他人修改 (stale version)",
                    f"If-Match {if_match} but the {what_en} is at version {row.version}", current_version=row.version)


async def bump(session: AsyncSession, table: Table, row_id: Any, **values: Any) -> Any:
    """Update a versioned row: its values, `version + 1` (and `updated_at` where the table has it); the new row."""
    if "updated_at" in table.c and "updated_at" not in values:
        values["updated_at"] = func.now()
    stmt = update(table).where(table.c.id == row_id).values(**values, version=table.c.version + 1).returning(table)
    return (await session.execute(stmt)).first()
