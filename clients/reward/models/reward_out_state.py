from enum import StrEnum


class RewardOutState(StrEnum):
    EXCLUDED = "excluded"
    PAID = "paid"
    PAYABLE = "payable"

    def __str__(self) -> str:
        return str(self.value)
