from enum import StrEnum


class TransferPersonInCapacity(StrEnum):
    DEBTOR = "debtor"
    LEGAL_REPRESENTATIVE = "legal_representative"
    RESPONSIBLE_PERSON = "responsible_person"

    def __str__(self) -> str:
        return str(self.value)
