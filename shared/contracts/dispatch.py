"""Events published by dispatch (执行110) on `court.dispatch.events.v1` (payloads: the dispatch issue)."""
TOPIC = "court.dispatch.events.v1"
SOURCE = "/court/dispatch"
EVENTS: list = []
