"""绿色通道: livelihood cases first (MISSION.md)."""
from __future__ import annotations

from enum import Enum


class LivelihoodCategory(str, Enum):
    """绿色通道: livelihood cases are filed, executed and paid out first (MISSION.md)."""

    none = "none"
    migrant_wages = "migrant_wages"  # 拖欠农民工工资
    support_payments = "support_payments"  # 赡养费、抚养费、扶养费


def priority(category: LivelihoodCategory) -> int:
    """Lower runs first: green-channel cases before all others."""
    return 0 if category != LivelihoodCategory.none else 1
