from enum import StrEnum


class CaseState(StrEnum):
    CONCLUDED_NO_ASSETS = "concluded_no_assets"
    EXECUTING = "executing"
    FILED = "filed"
    FULLY_EXECUTED = "fully_executed"
    SUSPENDED = "suspended"
    SUSPENDED_SETTLEMENT = "suspended_settlement"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
