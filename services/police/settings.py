"""police's own settings."""
from __future__ import annotations

from shared.settings import Settings


class PoliceSettings(Settings):
    service_name: str = "police"
    sweep_interval_seconds: float = 300.0  # deadline sweep (transfers' acts, custody past its end)
