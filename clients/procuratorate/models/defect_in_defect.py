from enum import StrEnum


class DefectInDefect(StrEnum):
    DAMAGED_APPROACH = "damaged_approach"
    DAMAGED_DECK = "damaged_deck"
    FLOOD_OBSTRUCTION = "flood_obstruction"
    GARBAGE = "garbage"
    ILLEGAL_BUILDING = "illegal_building"
    ILLEGAL_MINING = "illegal_mining"
    LOOSE_ANCHOR = "loose_anchor"
    NO_RECEIPT = "no_receipt"
    OTHER = "other"
    TOLL_NOT_POSTED = "toll_not_posted"
    UNCERTIFIED_PONTOON = "uncertified_pontoon"
    UNKNOWN_LOAD = "unknown_load"

    def __str__(self) -> str:
        return str(self.value)
