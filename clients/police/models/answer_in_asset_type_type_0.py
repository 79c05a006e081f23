from enum import StrEnum


class AnswerInAssetTypeType0(StrEnum):
    MOVABLE = "movable"
    OTHER_PROPERTY_RIGHT = "other_property_right"
    SHIP = "ship"
    VEHICLE = "vehicle"

    def __str__(self) -> str:
        return str(self.value)
