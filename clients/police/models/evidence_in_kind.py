from enum import StrEnum


class EvidenceInKind(StrEnum):
    ASSET_REPORT = "asset_report"
    DOCUMENT = "document"
    EXECUTION_NOTICE = "execution_notice"
    JUDGMENT = "judgment"
    OTHER = "other"
    RECORD = "record"
    TESTIMONY = "testimony"

    def __str__(self) -> str:
        return str(self.value)
