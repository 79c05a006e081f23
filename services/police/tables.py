"""police's database tables (the platform's outbox, inbox, idempotency keys and audit log so far)."""
from shared.db import new_metadata

metadata, platform = new_metadata()
