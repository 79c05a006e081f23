from enum import StrEnum


class AuctionRoundInMethod(StrEnum):
    AUCTION = "auction"
    ONLINE_AUCTION = "online_auction"
    SALE = "sale"

    def __str__(self) -> str:
        return str(self.value)
