from enum import StrEnum


class ReviewDecisionInOutcome(StrEnum):
    REVOKED = "revoked"
    UPHELD = "upheld"

    def __str__(self) -> str:
        return str(self.value)
