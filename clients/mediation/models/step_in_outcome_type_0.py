from enum import StrEnum


class StepInOutcomeType0(StrEnum):
    ABSENT = "absent"
    AGREED = "agreed"
    CONTINUED = "continued"
    NO_ANSWER = "no_answer"
    REACHED = "reached"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
