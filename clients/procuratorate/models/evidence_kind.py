from enum import StrEnum


class EvidenceKind(StrEnum):
    DOCUMENT = "document"
    MAP = "map"
    OTHER = "other"
    PHOTO = "photo"
    REPORT = "report"
    TRANSCRIPT = "transcript"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
