"""Events published by police (公安联动) on `court.police.events.v1` (payloads: the police issue)."""
TOPIC = "court.police.events.v1"
SOURCE = "/court/police"
EVENTS: list = []
