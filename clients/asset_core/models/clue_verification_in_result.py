from enum import StrEnum


class ClueVerificationInResult(StrEnum):
    FOUND = "found"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
