"""Prometheus metrics of the platform (served at /metrics by every service)."""
from prometheus_client import Counter, Gauge, Histogram

HTTP_LATENCY = Histogram(
    "http_request_duration_seconds", "HTTP request latency by route", ["service", "method", "route", "status"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
OUTBOX_BACKLOG = Gauge("outbox_backlog_events", "Events in the outbox not yet published", ["service"])
OUTBOX_OLDEST_AGE = Gauge("outbox_oldest_unpublished_age_seconds", "Age of the oldest unpublished event",
                          ["service"])
OUTBOX_PUBLISHED = Counter("outbox_published_events_total", "Events published by the outbox relay", ["service"])
CONSUMER_LAG = Gauge("consumer_lag_records", "Records behind the partition's high-water mark",
                     ["group", "topic", "partition"])
CONSUMER_PROCESSED = Counter("consumer_processed_events_total", "Events processed by a consumer group", ["group"])
CONSUMER_DUPLICATES = Counter("consumer_duplicate_events_total", "Redelivered events skipped by the inbox",
                              ["group"])
DLQ_MESSAGES = Counter("consumer_dlq_messages_total", "Records sent to a dead-letter topic", ["group", "topic"])
OUTBOX_PURGED = Counter("outbox_purged_events_total", "Published outbox rows deleted by retention", ["service"])
INBOX_PURGED = Counter("inbox_purged_records_total", "Inbox rows deleted by retention", ["service"])
OUTBOX_RETAINED = Gauge("outbox_published_retained_events", "Published outbox rows still kept (retention)",
                        ["service"])
INBOX_RETAINED = Gauge("inbox_retained_records", "Inbox rows kept (consumer dedupe memory)", ["service"])
RETENTION_LAST_RUN = Gauge("retention_last_run_timestamp_seconds", "When the relay leader last ran retention",
                           ["service"])
