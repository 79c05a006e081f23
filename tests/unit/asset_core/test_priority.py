"""绿色通道 — MISSION.md / DOMAIN.md "Statistics": wage and support cases are filed, executed and paid first."""
from services.asset_core.domain import LivelihoodCategory, priority
from services.dispatch.domain import case_priority


def test_green_channel_cases_come_first():
    assert priority(LivelihoodCategory.migrant_wages) < priority(LivelihoodCategory.none)
    assert priority(LivelihoodCategory.support_payments) < priority(LivelihoodCategory.none)


def test_dispatch_ranks_the_projection_the_same_way():
    for c in LivelihoodCategory:
        assert case_priority(c.value) == priority(c)
