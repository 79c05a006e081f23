from enum import StrEnum


class Outcome(StrEnum):
    ALREADY_KNOWN = "already_known"
    NOT_USEFUL = "not_useful"
    USEFUL = "useful"

    def __str__(self) -> str:
        return str(self.value)
