from enum import StrEnum


class ProjectInKind(StrEnum):
    OTHER = "other"
    PUBLIC_INTEREST_BRIDGE = "public_interest_bridge"

    def __str__(self) -> str:
        return str(self.value)
