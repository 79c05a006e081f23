from enum import StrEnum


class PenaltyStatus(StrEnum):
    APPROVED = "approved"
    DETAINED_PENDING_APPROVAL = "detained_pending_approval"
    PENDING_APPROVAL = "pending_approval"
    REFUSED = "refused"
    RELEASED = "released"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
