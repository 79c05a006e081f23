"""The fields of an `…evidence-file.attached.v1` event, which asset_core, dispatch and reward each publish on their
own topic (issue 16). Metadata only: never the bytes, never the file name (it may hold personal data); the SHA-256
is the one the publisher wrote to its audit chain, so any copy of the file can be checked against it."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from shared.events import EventPayload, UuidStr

OwnerKind = Literal["case", "dispatch", "tip"]
ContentType = Literal["application/pdf", "image/jpeg", "image/png", "image/webp", "image/heic", "image/heif",
                      "video/mp4", "video/quicktime"]


class EvidenceFileFields(EventPayload):
    file_id: UuidStr = Field(description="the file's id in the publishing service (download: /api/v1/files/{id})")
    owner_kind: OwnerKind = Field(description="what it is attached to: a case, a dispatch (its on-site outcome), "
                                              "a tip")
    owner_id: UuidStr
    case_id: UuidStr | None = Field(None, description="the enforcement case it is evidence in, when known")
    court_code: str = Field(description="the court that holds it")
    content_type: ContentType = Field(description="detected from the bytes and equal to the declared type")
    size_bytes: int = Field(ge=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the bytes in hex (also in the audit chain), "
                        "e.g. 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    attached_at: datetime
