from enum import StrEnum


class OutcomeInOutcome(StrEnum):
    ACQUITTED = "acquitted"
    CONVICTED = "convicted"
    EXEMPTED = "exempted"
    INVESTIGATION_DROPPED = "investigation_dropped"
    NOT_PROSECUTED = "not_prosecuted"
    PROSECUTED = "prosecuted"
    PROSECUTION_RECOMMENDED = "prosecution_recommended"

    def __str__(self) -> str:
        return str(self.value)
