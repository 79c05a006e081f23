from enum import StrEnum


class DeadlineOutStatus(StrEnum):
    DUE = "due"
    MET = "met"
    MISSED = "missed"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
