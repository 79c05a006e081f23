"""dispatch's own settings, beside the suite's (`shared.settings.Settings`)."""
from __future__ import annotations

from shared.files import MAX_BYTES
from shared.settings import Settings


class DispatchSettings(Settings):
    # Live push (push.py): messages buffered per connected device before a stalled one is disconnected (4408),
    # how often the LISTEN connection is checked, and how long a new WebSocket waits for the listener (1013).
    push_queue_size: int = 1000
    push_heartbeat_seconds: float = 15.0
    push_ready_timeout_seconds: float = 10.0

    # Scheduled work (sweep.py): family notices overdue (解释 180), response targets missed, unaccepted
    # assignments escalated. Often: a 10-minute target is checked within a minute.
    sweep_interval_seconds: float = 60.0

    # Response targets per class (DOMAIN.md 执行110, configurable), minutes from the alarm's receipt:
    # first = 绿色通道 cases and debtors leaving (flight); urgent; normal.
    target_first_dispatch_minutes: int = 10
    target_first_arrival_minutes: int = 60
    target_urgent_dispatch_minutes: int = 20
    target_urgent_arrival_minutes: int = 90
    target_normal_dispatch_minutes: int = 60
    target_normal_arrival_minutes: int = 240

    # An assignment not accepted within this many minutes goes to the next available officer.
    assignment_accept_minutes: int = 5
    file_max_bytes: int = MAX_BYTES  # an evidence file's size limit (issue 16: 10 MiB; shared.files)

