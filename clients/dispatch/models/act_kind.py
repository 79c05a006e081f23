from enum import StrEnum


class ActKind(StrEnum):
    CONCEAL_ASSETS = "conceal_assets"
    FALSE_REPORT = "false_report"
    OBSTRUCT_OFFICERS = "obstruct_officers"
    OTHER = "other"
    REFUSE_TO_ASSIST = "refuse_to_assist"
    REFUSE_TO_PERFORM = "refuse_to_perform"

    def __str__(self) -> str:
        return str(self.value)
