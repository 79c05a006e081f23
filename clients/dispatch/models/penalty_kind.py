from enum import StrEnum


class PenaltyKind(StrEnum):
    DETENTION = "detention"
    FINE = "fine"

    def __str__(self) -> str:
        return str(self.value)
