from enum import StrEnum


class StepInKind(StrEnum):
    CONTACT = "contact"
    NOTE = "note"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
