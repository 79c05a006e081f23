from enum import StrEnum


class BatchStatus(StrEnum):
    ACCEPTED = "accepted"
    CLOSED = "closed"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
