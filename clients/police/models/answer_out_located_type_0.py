from enum import StrEnum


class AnswerOutLocatedType0(StrEnum):
    ASSET = "asset"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
