from enum import StrEnum


class RecoveryInSource(StrEnum):
    AUCTION = "auction"
    DEBTOR_PAYMENT = "debtor_payment"
    DEDUCTION = "deduction"
    IN_KIND = "in_kind"
    SETTLEMENT_PAYMENT = "settlement_payment"
    THIRD_PARTY = "third_party"

    def __str__(self) -> str:
        return str(self.value)
