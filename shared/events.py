"""CloudEvents 1.0 envelope, structured JSON mode, with the suite's extensions `caseid`, `orgcode` and
`traceparent`. Payload models live in `shared/contracts/<publisher>.py`."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_BASE = "https://schemas.enforcement-suite.cn/events/"


def _uuid_text(value: str) -> str:
    uuid.UUID(value)  # ValueError → the payload breaks its contract: the consumer dead-letters it at once
    return value


# An id that is a UUID on the wire (kept as text in payloads): a malformed one is refused by the contract, so a
# consumer treats the record as poison at once instead of retrying a database error five times.
UuidStr = Annotated[str, AfterValidator(_uuid_text), Field(json_schema_extra={"format": "uuid"})]


class EventPayload(BaseModel):
    """Base of every event payload. Subclasses set the event's type, topic and partition-key field."""

    model_config = ConfigDict(extra="forbid")
    EVENT_TYPE: ClassVar[str]
    TOPIC: ClassVar[str]
    SOURCE: ClassVar[str]

    @classmethod
    def dataschema(cls) -> str:
        return f"{SCHEMA_BASE}{cls.EVENT_TYPE}.json"


class CloudEvent(BaseModel):
    model_config = ConfigDict(extra="allow")

    specversion: str = "1.0"
    id: str = Field(min_length=1)
    source: str = Field(min_length=1)
    type: str = Field(min_length=1)
    subject: str | None = None
    time: datetime
    datacontenttype: str = "application/json"
    dataschema: str | None = None
    data: dict[str, Any]
    caseid: str | None = None
    orgcode: str | None = None
    traceparent: str | None = None

    def key(self) -> str:
        """Partition key: the case id, else the subject (the aggregate id), else the event id."""
        return self.caseid or self.subject or self.id


def new_event(payload: EventPayload, *, subject: str, caseid: str | None = None, orgcode: str | None = None,
              traceparent: str | None = None, time: datetime | None = None) -> CloudEvent:
    return CloudEvent(
        id=str(uuid.uuid4()),
        source=payload.SOURCE,
        type=payload.EVENT_TYPE,
        subject=subject,
        time=time or datetime.now(timezone.utc),
        dataschema=payload.dataschema(),
        data=payload.model_dump(mode="json"),
        caseid=caseid,
        orgcode=orgcode,
        traceparent=traceparent,
    )
