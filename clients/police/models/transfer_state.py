from enum import StrEnum


class TransferState(StrEnum):
    ACQUITTED = "acquitted"
    CONVICTED = "convicted"
    EXEMPTED = "exempted"
    EXPLAINED = "explained"
    FILED = "filed"
    FILING_ORDERED = "filing_ordered"
    INVESTIGATION_DROPPED = "investigation_dropped"
    NOT_PROSECUTED = "not_prosecuted"
    PRIVATE_PROSECUTION = "private_prosecution"
    PROSECUTED = "prosecuted"
    PROSECUTION_RECOMMENDED = "prosecution_recommended"
    RECEIPTED = "receipted"
    REFUSED = "refused"
    SENT = "sent"
    SUPERVISION_DECLINED = "supervision_declined"
    SUPERVISION_REQUESTED = "supervision_requested"

    def __str__(self) -> str:
        return str(self.value)
