"""The context every use case runs in: its transaction, the settings, who asks, the request id — and the
two things every state change does besides its own writes: publish events through the outbox and append
to the audit chain, both in the same transaction. Each service subclasses it (setting `platform`, its
tables) and adds its own `emit` shape."""
from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from shared import audit, outbox
from shared.auth import Principal
from shared.db import PlatformTables
from shared.events import CloudEvent, EventPayload
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
                                   caseid=caseid, orgcode=orgcode)

    async def audit(self, action: str, entity_type: str, entity_id: Any, data: dict[str, Any]) -> None:
        """Call last in the transaction: the audit chain's lock is held until commit."""
        await audit.append(self.session, self.platform, actor=self.actor, org=self.org, action=action,
                           entity_type=entity_type, entity_id=str(entity_id), request_id=self.request_id,
                           data=data)
