from enum import StrEnum


class AuctionResultInOutcome(StrEnum):
    FAILED = "failed"
    SOLD = "sold"

    def __str__(self) -> str:
        return str(self.value)
