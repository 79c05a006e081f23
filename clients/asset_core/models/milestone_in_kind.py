from enum import StrEnum


class MilestoneInKind(StrEnum):
    APPLICANT_HEARD = "applicant_heard"
    ASSET_REPORT_ORDER = "asset_report_order"
    CONSUMPTION_RESTRICTION = "consumption_restriction"
    DEBTOR_MISSING = "debtor_missing"
    DISHONEST_LISTING = "dishonest_listing"
    EXECUTION_NOTICE = "execution_notice"
    EXTENSION_APPROVED = "extension_approved"
    MISSING_DEBTOR_SEARCHED = "missing_debtor_searched"
    OBSTRUCTION = "obstruction"
    OBSTRUCTION_SANCTIONED = "obstruction_sanctioned"
    OFFICER_ASSIGNED = "officer_assigned"

    def __str__(self) -> str:
        return str(self.value)
