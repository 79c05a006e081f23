from enum import StrEnum


class RewardOutPaymentMode(StrEnum):
    APPLICANT_SEPARATELY = "applicant_separately"
    DEDUCTED = "deducted"

    def __str__(self) -> str:
        return str(self.value)
