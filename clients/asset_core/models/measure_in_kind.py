from enum import StrEnum


class MeasureInKind(StrEnum):
    FREEZE = "freeze"
    SEAL = "seal"
    SEIZE = "seize"

    def __str__(self) -> str:
        return str(self.value)
