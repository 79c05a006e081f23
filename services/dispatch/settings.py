"""dispatch's own settings, beside the suite's (`shared.settings.Settings`)."""
from __future__ import annotations

from shared.settings import Settings


class DispatchSettings(Settings):
    # Live push (push.py): messages buffered per connected device before a stalled one is disconnected (4408),
    # how often the LISTEN connection is checked, and how long a new WebSocket waits for the listener (1013).
    push_queue_size: int = 1000
    push_heartbeat_seconds: float = 15.0
    push_ready_timeout_seconds: float = 10.0
