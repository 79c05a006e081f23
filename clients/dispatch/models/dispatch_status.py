from enum import StrEnum


class DispatchStatus(StrEnum):
    ARRIVED = "arrived"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DISPATCHED = "dispatched"
    EN_ROUTE = "en_route"

    def __str__(self) -> str:
        return str(self.value)
