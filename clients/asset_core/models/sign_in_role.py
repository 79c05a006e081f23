from enum import StrEnum


class SignInRole(StrEnum):
    ADMIN = "admin"
    AUDITOR = "auditor"
    CLERK = "clerk"
    JUDGE = "judge"
    MEDIATOR = "mediator"
    OFFICER = "officer"
    PARTNER = "partner"
    POLICE = "police"
    PRESIDENT = "president"
    PROCURATOR = "procurator"

    def __str__(self) -> str:
        return str(self.value)
