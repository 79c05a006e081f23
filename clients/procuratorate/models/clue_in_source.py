from enum import StrEnum


class ClueInSource(StrEnum):
    CPPCC_MEMBER = "cppcc_member"
    NPC_DEPUTY = "npc_deputy"
    OTHER = "other"
    PATROL = "patrol"
    PROCURATORATE = "procuratorate"
    PUBLIC = "public"
    RIVER_CHIEF_OFFICE = "river_chief_office"

    def __str__(self) -> str:
        return str(self.value)
