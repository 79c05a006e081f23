"""Public event contracts, one module per publisher. JSON Schemas (docs/events/) and the AsyncAPI
document are generated from these models: `python -m shared.contracts.export`."""
from shared.contracts import asset_core, dispatch, mediation, police, procuratorate, reward

PUBLISHERS = {"asset_core": asset_core, "dispatch": dispatch, "reward": reward, "mediation": mediation,
              "police": police, "procuratorate": procuratorate}
TOPICS = [m.TOPIC for m in PUBLISHERS.values()]
EVENTS = [e for m in PUBLISHERS.values() for e in m.EVENTS]

# Events partners publish to us: the consuming service → the contract models it accepts. Their schemas are
# exported too, so a partner's engineer knows what to send.
INBOUND = {"procuratorate": [procuratorate.ClueTransferred]}
# Services that also send on a partner topic (outbound clue referrals go out on the same contract as inbound ones).
ALSO_SENDS = {"procuratorate": [procuratorate.ClueTransferred]}
INBOUND_TOPICS = sorted({m.TOPIC for models in INBOUND.values() for m in models})
ALL_EVENTS = EVENTS + [m for models in INBOUND.values() for m in models]
