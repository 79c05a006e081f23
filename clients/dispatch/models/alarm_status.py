from enum import StrEnum


class AlarmStatus(StrEnum):
    CLOSED = "closed"
    DISPATCHED = "dispatched"
    RECEIVED = "received"

    def __str__(self) -> str:
        return str(self.value)
