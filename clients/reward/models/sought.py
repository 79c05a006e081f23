from enum import StrEnum


class Sought(StrEnum):
    ASSETS = "assets"
    BOTH = "both"
    WHEREABOUTS = "whereabouts"

    def __str__(self) -> str:
        return str(self.value)
