from enum import StrEnum


class AssetFoundInAssetType(StrEnum):
    BANK_DEPOSIT = "bank_deposit"
    EQUITY = "equity"
    MOVABLE = "movable"
    ONLINE_FUNDS = "online_funds"
    OTHER_PROPERTY_RIGHT = "other_property_right"
    REAL_ESTATE = "real_estate"
    SECURITIES = "securities"
    SHIP = "ship"
    VEHICLE = "vehicle"

    def __str__(self) -> str:
        return str(self.value)
