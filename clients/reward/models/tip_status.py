from enum import StrEnum


class TipStatus(StrEnum):
    NOT_USEFUL = "not_useful"
    PAID = "paid"
    RECEIVED = "received"
    REWARD_PAYABLE = "reward_payable"
    UNDER_VERIFICATION = "under_verification"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
