from enum import StrEnum


class AlarmSource(StrEnum):
    APPLICANT = "applicant"
    HOTLINE = "hotline"
    OFFICER = "officer"
    PATROL = "patrol"
    POLICE = "police"
    TIP = "tip"

    def __str__(self) -> str:
        return str(self.value)
