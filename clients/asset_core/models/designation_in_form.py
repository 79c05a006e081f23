from enum import StrEnum


class DesignationInForm(StrEnum):
    CONCENTRATE = "concentrate"
    COOPERATE = "cooperate"
    ELEVATE = "elevate"
    INSTRUCT = "instruct"
    SUPERVISE = "supervise"

    def __str__(self) -> str:
        return str(self.value)
