from enum import StrEnum


class DefectInUnitType0(StrEnum):
    BUILDING = "building"
    KM = "km"
    MU = "mu"
    TONNE = "tonne"

    def __str__(self) -> str:
        return str(self.value)
