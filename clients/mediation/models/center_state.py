from enum import StrEnum


class CenterState(StrEnum):
    ASSIGNED = "assigned"
    CLOSED = "closed"
    DEFAULTED = "defaulted"
    FULLY_EXECUTED = "fully_executed"
    RECEIVED = "received"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)
