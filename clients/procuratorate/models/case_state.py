from enum import StrEnum


class CaseState(StrEnum):
    CLOSED = "closed"
    CONSULTING = "consulting"
    FILED = "filed"
    FOLLOWING_UP = "following_up"
    INVESTIGATING = "investigating"
    LITIGATION = "litigation"
    RECOMMENDED = "recommended"
    REPLIED = "replied"

    def __str__(self) -> str:
        return str(self.value)
