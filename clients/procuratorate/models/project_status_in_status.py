from enum import StrEnum


class ProjectStatusInStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    PLANNED = "planned"
    UNDER_CONSTRUCTION = "under_construction"

    def __str__(self) -> str:
        return str(self.value)
