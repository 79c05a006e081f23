from enum import StrEnum


class StepInChannelType0(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    PHONE = "phone"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
