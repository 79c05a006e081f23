from enum import StrEnum


class PersonInCapacity(StrEnum):
    DEBTOR = "debtor"
    LEGAL_REPRESENTATIVE = "legal_representative"

    def __str__(self) -> str:
        return str(self.value)
