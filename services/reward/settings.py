"""reward's own settings (environment variables win, as for every service)."""
from __future__ import annotations

from pydantic import Field

from shared.files import MAX_BYTES
from shared.settings import Settings


class RewardSettings(Settings):
    sweep_interval_seconds: float = 3600.0  # the overdue-decision sweep (sweep.py)
    decision_days: int = 10  # 财产调查规定 21: decide within 10 days of receipt
    max_percent_bp: int = 500  # DOMAIN.md 悬赏: "up to 5% of the value found" (configurable), in basis points

    # Public endpoints (no token). Rates in the `limits` notation ("5/minute;20/hour"); counted per process in
    # memory (a restart or a second replica starts its own count: put a shared limiter in front in production).
    public_read_rate: str = "120/minute"  # notices list and detail, per client address
    public_tip_rate: str = "5/minute;30/hour"  # tips sent, per client address
    public_status_rate: str = "30/minute"  # status lookups, per client address
    public_receipt_rate: str = "10/minute"  # status lookups, per receipt
    public_body_max_bytes: int = 16_384  # a tip's JSON body
    public_cors_origins: list[str] = Field(default_factory=list)  # the court's public site(s), e.g. https://…
    receipt_bytes: int = 24  # random bytes of a receipt code (32 url-safe characters)
    file_max_bytes: int = MAX_BYTES  # an evidence file's size limit (issue 16: 10 MiB; shared.files)
    public_file_rate: str = "10/minute;40/hour"  # files attached to tips, per client address
    public_files_per_tip: int = 10  # at most this many files on one tip
