"""Events published by procuratorate (河长+检察长) on `procuratorate.public-interest.events.v1`
(payloads: the procuratorate issue)."""
TOPIC = "procuratorate.public-interest.events.v1"
SOURCE = "/procuratorate/public-interest"
EVENTS: list = []
