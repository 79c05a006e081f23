from enum import StrEnum


class TargetOutKey(StrEnum):
    COMPLETION = "completion"
    COMPLIANT_CONCLUSION = "compliant_conclusion"
    WITHIN_PERIOD = "within_period"

    def __str__(self) -> str:
        return str(self.value)
