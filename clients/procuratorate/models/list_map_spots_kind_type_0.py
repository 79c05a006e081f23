from enum import StrEnum


class ListMapSpotsKindType0(StrEnum):
    BUILDING = "building"
    MINING = "mining"
    OCCUPATION = "occupation"
    PILING = "piling"

    def __str__(self) -> str:
        return str(self.value)
