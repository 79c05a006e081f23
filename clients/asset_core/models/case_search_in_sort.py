from enum import StrEnum


class CaseSearchInSort(StrEnum):
    PRIORITY = "priority"
    REGISTERED = "registered"

    def __str__(self) -> str:
        return str(self.value)
