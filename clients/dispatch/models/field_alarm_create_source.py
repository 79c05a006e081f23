from enum import StrEnum


class FieldAlarmCreateSource(StrEnum):
    OFFICER = "officer"
    PATROL = "patrol"

    def __str__(self) -> str:
        return str(self.value)
