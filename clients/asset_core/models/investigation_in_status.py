from enum import StrEnum


class InvestigationInStatus(StrEnum):
    FOUND = "found"
    NONE = "none"
    NOT_APPLICABLE = "not_applicable"

    def __str__(self) -> str:
        return str(self.value)
