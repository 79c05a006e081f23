from enum import StrEnum


class CaseFileInDomain(StrEnum):
    FLOOD_SAFETY = "flood_safety"
    OTHER = "other"
    SHORELINE = "shoreline"
    WATER_ECOLOGY = "water_ecology"
    WATER_ENVIRONMENT = "water_environment"
    WATER_RESOURCES = "water_resources"

    def __str__(self) -> str:
        return str(self.value)
