from enum import StrEnum


class CaseSummaryOutSource(StrEnum):
    CONCLUDED = "concluded"
    REFERRAL = "referral"

    def __str__(self) -> str:
        return str(self.value)
