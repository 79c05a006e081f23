"""procuratorate's own settings: the sweep's interval, the configurable decision periods (older guidance) and
the river chiefs' patrol intervals."""
from __future__ import annotations

from services.procuratorate import domain
from shared.settings import Settings


class ProcuratorateSettings(Settings):
    sweep_interval_seconds: float = 60.0
    # DOMAIN.md 公益诉讼, configurable (older guidance)
    recommendation_decision_months: int = domain.RECOMMENDATION_DECISION_MONTHS
    litigation_decision_months: int = domain.LITIGATION_DECISION_MONTHS
    # river-chief patrol intervals in days (configurable): county ≥ monthly, township ≥ 10 days, village ≥ weekly
    patrol_days_county: int = 30
    patrol_days_township: int = 10
    patrol_days_village: int = 7
    # the procuratorates this instance takes partner transfers in for (comma-separated codes, e.g. "辽12检");
    # empty: every procuratorate (one instance for all of them, the suite's deployment)
    served_orgs: str = ""

    def served(self) -> frozenset[str]:
        return frozenset(c.strip() for c in self.served_orgs.split(",") if c.strip())

    def patrol_config(self) -> dict[str, int]:
        return {"county": self.patrol_days_county, "township": self.patrol_days_township,
                "village": self.patrol_days_village}
