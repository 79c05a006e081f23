"""shared.logs.RepeatFilter: under an outage the first warning of a kind is written, repeats within the window are
counted instead, and the first one after the window carries the count; other kinds and INFO pass untouched."""
import logging

from shared import logs


def record(msg: str, *args, level: int = logging.WARNING, name: str = "shared.outbox") -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_repeats_are_counted_and_summarised_after_the_window():
    now = [0.0]
    f = logs.RepeatFilter(window=30, clock=lambda: now[0])
    assert f.filter(record("relay: broker unreachable: %r", "a"))
    written = 0
    for i in range(1_000):
        now[0] = i * 0.02  # 1,000 failures in 20 s
        written += f.filter(record("relay: broker unreachable: %r", i))
    assert written == 0
    assert f.filter(record("consumer %s failed", "g"))  # another kind is not held back
    now[0] = 31.0
    summary = record("relay: broker unreachable: %r", "z")
    assert f.filter(summary)
    assert "[1,000 similar suppressed in 31 s]" in summary.getMessage()
    now[0] = 32.0
    assert not f.filter(record("relay: broker unreachable: %r", "y"))  # a new window began at 31 s


def test_info_and_other_loggers_pass():
    f = logs.RepeatFilter(window=30, clock=lambda: 0.0)
    assert all(f.filter(record("request done", level=logging.INFO)) for _ in range(5))
    assert f.filter(record("same text", name="a")) and f.filter(record("same text", name="b"))


def test_configure_installs_it_on_the_handler():
    root = logging.getLogger()
    before, level = root.handlers[:], root.level
    logs.configure("test", "INFO", json_logs=False)
    try:
        [handler] = root.handlers
        assert any(isinstance(x, logs.RepeatFilter) for x in handler.filters)
    finally:
        root.handlers[:] = before
        root.setLevel(level)
