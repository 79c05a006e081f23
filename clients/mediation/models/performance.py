from enum import StrEnum


class Performance(StrEnum):
    FULLY_PERFORMED = "fully_performed"
    IN_DEFAULT = "in_default"
    NOT_YET_DUE = "not_yet_due"
    ON_SCHEDULE = "on_schedule"

    def __str__(self) -> str:
        return str(self.value)
