from enum import StrEnum


class CustodyStatus(StrEnum):
    AWAITING_HANDOVER = "awaiting_handover"
    CANCELLED = "cancelled"
    IN_CUSTODY = "in_custody"
    PENDING_APPROVAL = "pending_approval"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)
