from enum import StrEnum


class MapSpotStatusInStatus(StrEnum):
    RECTIFIED = "rectified"
    RECTIFYING = "rectifying"

    def __str__(self) -> str:
        return str(self.value)
