"""dispatch (执行110) domain rules. Pure: no I/O. Alarm triage orders green-channel cases first."""
from __future__ import annotations

GREEN_CHANNEL = {"migrant_wages", "support_payments"}


def case_priority(livelihood_category: str) -> int:
    """0 = 绿色通道 (wages, support payments) first; 1 = ordinary. Same rule as asset_core's."""
    return 0 if livelihood_category in GREEN_CHANNEL else 1
