"""mediation's own settings (environment variables win, as for every service)."""
from __future__ import annotations

from shared.settings import Settings


class MediationSettings(Settings):
    sweep_interval_seconds: float = 60.0  # the overdue-installment sweep (sweep.py)
    handling_step_days: int = 15  # 监督: a handling step is overdue after this many days without one (configurable)
