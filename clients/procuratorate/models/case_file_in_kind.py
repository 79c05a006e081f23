from enum import StrEnum


class CaseFileInKind(StrEnum):
    ADMINISTRATIVE = "administrative"
    CIVIL = "civil"

    def __str__(self) -> str:
        return str(self.value)
