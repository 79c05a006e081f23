from enum import StrEnum


class ReferralInToKind(StrEnum):
    PROCURATORATE = "procuratorate"
    RIVER_CHIEF_OFFICE = "river_chief_office"

    def __str__(self) -> str:
        return str(self.value)
