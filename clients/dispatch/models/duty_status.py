from enum import StrEnum


class DutyStatus(StrEnum):
    OFF_DUTY = "off_duty"
    ON_DUTY = "on_duty"
    ON_LEAVE = "on_leave"

    def __str__(self) -> str:
        return str(self.value)
