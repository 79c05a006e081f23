from enum import StrEnum


class SettlementOutResumptionGroundType0(StrEnum):
    ANTICIPATORY_BREACH = "anticipatory_breach"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
