from enum import StrEnum


class FigureOutSource(StrEnum):
    DERIVED = "derived"
    MANUAL = "manual"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
