from enum import StrEnum


class MapSpotInKind(StrEnum):
    BUILDING = "building"
    MINING = "mining"
    OCCUPATION = "occupation"
    PILING = "piling"

    def __str__(self) -> str:
        return str(self.value)
