from enum import StrEnum


class MediatorInSkillsItem(StrEnum):
    COMMERCIAL = "commercial"
    FAMILY = "family"
    FINANCE = "finance"
    LABOUR = "labour"
    LIVELIHOOD = "livelihood"
    REAL_ESTATE = "real_estate"

    def __str__(self) -> str:
        return str(self.value)
