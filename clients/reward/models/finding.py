from enum import StrEnum


class Finding(StrEnum):
    ASSET_FOUND = "asset_found"
    PERSON_LOCATED = "person_located"

    def __str__(self) -> str:
        return str(self.value)
