from enum import StrEnum


class RequestKind(StrEnum):
    LOCATE_PERSON = "locate_person"
    LODGING = "lodging"
    OTHER = "other"
    TRAVEL = "travel"
    VEHICLES = "vehicles"

    def __str__(self) -> str:
        return str(self.value)
