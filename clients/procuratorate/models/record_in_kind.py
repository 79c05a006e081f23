from enum import StrEnum


class RecordInKind(StrEnum):
    CONSULTATION = "consultation"
    DOCUMENT_REQUEST = "document_request"
    INTERVIEW = "interview"
    OTHER = "other"
    SITE_INSPECTION = "site_inspection"

    def __str__(self) -> str:
        return str(self.value)
