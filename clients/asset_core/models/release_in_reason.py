from enum import StrEnum


class ReleaseInReason(StrEnum):
    CASE_TERMINATED = "case_terminated"
    CLAIM_WITHDRAWN = "claim_withdrawn"
    COURT_ORDER = "court_order"
    FAILED_DISPOSAL = "failed_disposal"
    GUARANTEE_ACCEPTED = "guarantee_accepted"
    OVER_SEIZURE = "over_seizure"
    PAYMENT = "payment"
    SETTLEMENT = "settlement"
    THIRD_PARTY_PROPERTY = "third_party_property"

    def __str__(self) -> str:
        return str(self.value)
