"""asset_core's own settings: warning windows of the time limits and measures, the sweep's interval."""
from __future__ import annotations

from shared.files import MAX_BYTES
from shared.settings import Settings


class AssetCoreSettings(Settings):
    expiry_warning_days: int = 30  # DOMAIN.md "Control measures": warn 30 days before expiry (configurable)
    finishing_warning_days: int = 30  # the 6-month limit is "due" this many days before it ends
    deadline_warning_days: int = 2  # the 7- and 10-day limits are "due" this many days before they end
    sweep_interval_seconds: float = 60.0
    # Campaign targets courts are measured by (DOMAIN.md § Statistics, configurable): percentages
    target_within_period_percent: int = 90  # property cases executed within the legal period
    target_compliant_conclusion_percent: int = 90  # 终本 with every condition on record
    target_completion_percent: int = 80  # overall completion
    open_day_rate: str = "60/minute"  # the public 执行开放日 endpoint, per client address
    file_max_bytes: int = MAX_BYTES  # an evidence file's size limit (issue 16: 10 MiB; shared.files)
