from enum import StrEnum


class ListCasesSort(StrEnum):
    PRIORITY = "priority"
    REGISTERED = "registered"

    def __str__(self) -> str:
        return str(self.value)
