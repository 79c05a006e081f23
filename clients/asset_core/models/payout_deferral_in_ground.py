from enum import StrEnum


class PayoutDeferralInGround(StrEnum):
    APPLICANT_FUNDS_FROZEN = "applicant_funds_frozen"
    CASE_SUSPENDED = "case_suspended"
    DISTRIBUTION = "distribution"
    NOT_COLLECTED = "not_collected"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
