from enum import StrEnum


class ShiftCreateRole(StrEnum):
    JUDGE = "judge"
    PRESIDENT = "president"

    def __str__(self) -> str:
        return str(self.value)
