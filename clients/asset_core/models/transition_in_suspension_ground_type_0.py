from enum import StrEnum


class TransitionInSuspensionGroundType0(StrEnum):
    APPLICANT_POSTPONES = "applicant_postpones"
    ORGANISATION_TERMINATED = "organisation_terminated"
    OTHER = "other"
    PARTY_DIED = "party_died"
    THIRD_PARTY_OBJECTION = "third_party_objection"

    def __str__(self) -> str:
        return str(self.value)
