from enum import StrEnum


class SupervisionActionOutKind(StrEnum):
    ESCALATION = "escalation"
    INSTRUCTION = "instruction"
    REMINDER = "reminder"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
