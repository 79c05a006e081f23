from enum import StrEnum


class ListMapSpotsStatusType0(StrEnum):
    PENDING = "pending"
    RECTIFIED = "rectified"
    RECTIFYING = "rectifying"

    def __str__(self) -> str:
        return str(self.value)
