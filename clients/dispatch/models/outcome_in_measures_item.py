from enum import StrEnum


class OutcomeInMeasuresItem(StrEnum):
    DETAIN = "detain"
    FINE = "fine"
    OTHER = "other"
    PERSUADE = "persuade"
    SEARCH = "search"
    SEIZE = "seize"
    SUMMON = "summon"

    def __str__(self) -> str:
        return str(self.value)
