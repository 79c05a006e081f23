from enum import StrEnum


class TipInClueKind(StrEnum):
    ASSET = "asset"
    WHEREABOUTS = "whereabouts"

    def __str__(self) -> str:
        return str(self.value)
