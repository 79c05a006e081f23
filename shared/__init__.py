"""The suite's common platform: settings, database, events (outbox/inbox), errors, auth, audit, metrics."""
