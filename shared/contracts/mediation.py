"""Events published by mediation (和解中心) on `court.mediation.events.v1` (payloads: the mediation issue)."""
TOPIC = "court.mediation.events.v1"
SOURCE = "/court/mediation"
EVENTS: list = []
