"""police use cases: load, apply a domain rule, save state + outbox event + audit in one transaction."""
