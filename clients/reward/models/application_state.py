from enum import StrEnum


class ApplicationState(StrEnum):
    GRANTED = "granted"
    RECEIVED = "received"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
