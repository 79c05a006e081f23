from enum import StrEnum


class InvestigationInSource(StrEnum):
    APPLICANT = "applicant"
    DEBTOR_REPORT = "debtor_report"
    ONLINE_QUERY = "online_query"
    ON_SITE = "on_site"
    POLICE = "police"
    TIP = "tip"

    def __str__(self) -> str:
        return str(self.value)
