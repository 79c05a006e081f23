"""Events published by reward (法信悬赏) on `court.reward.events.v1` (payloads: the reward issue)."""
TOPIC = "court.reward.events.v1"
SOURCE = "/court/reward"
EVENTS: list = []
