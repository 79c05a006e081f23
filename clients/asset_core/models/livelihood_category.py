from enum import StrEnum


class LivelihoodCategory(StrEnum):
    MIGRANT_WAGES = "migrant_wages"
    NONE = "none"
    SUPPORT_PAYMENTS = "support_payments"

    def __str__(self) -> str:
        return str(self.value)
