from enum import StrEnum


class PayoutInMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CHEQUE = "cheque"

    def __str__(self) -> str:
        return str(self.value)
