from enum import StrEnum


class ActInKind(StrEnum):
    FALSE_LITIGATION = "false_litigation"
    HIDE_ASSETS = "hide_assets"
    OTHER = "other"
    REFUSE_TO_PAY = "refuse_to_pay"
    SUPPORT = "support"
    TRANSFER_ASSETS = "transfer_assets"
    VIOLENCE = "violence"
    WAGES = "wages"

    def __str__(self) -> str:
        return str(self.value)
