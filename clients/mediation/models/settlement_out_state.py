from enum import StrEnum


class SettlementOutState(StrEnum):
    DEFAULTED = "defaulted"
    FULLY_PERFORMED = "fully_performed"
    PERFORMING = "performing"

    def __str__(self) -> str:
        return str(self.value)
