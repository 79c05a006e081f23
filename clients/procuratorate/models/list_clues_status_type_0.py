from enum import StrEnum


class ListCluesStatusType0(StrEnum):
    CLOSED = "closed"
    FILED = "filed"
    RECEIVED = "received"
    REFERRED = "referred"

    def __str__(self) -> str:
        return str(self.value)
