from enum import StrEnum


class ClueEvaluationInDecision(StrEnum):
    CLOSE = "close"
    FILE_CASE = "file_case"

    def __str__(self) -> str:
        return str(self.value)
