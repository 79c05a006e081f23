"""Partner streams: what partners outside the courts read instead of the internal topics (docs/adr/0012).

Each publishing service copies its events to `partner.<service>.events.v1` (level `masked`) and, where a partner's
grant may name it, `partner.<service>.events.unmasked.v1` (level `unmasked`, the payload as published internally).
The envelope keeps the event id (`ce_id` header), type, subject, case id and Kafka key; it gains the extension
attribute `masking` (the level). A masked payload still validates against the event's own contract (the same
JSON Schema), with:

- names of parties and persons masked: the first character and '*' for the rest ("张三" → "张*"),
- the keyed party hashes (`respondent_keys`) emptied: they link a debtor's cases and are for the suite only,
- in every other text, what looks like a 身份证号 or a phone number masked (shared/identity.py's masks).

Agencies' names (courts, procuratorates, 河长办, governments) are not personal information and stay.
A topic cannot be filtered per reader, hence one topic per level; which partner reads which is its grant
(deploy/local/partners.toml, applied as ACLs by `python -m shared.kafka_security apply`)."""
from __future__ import annotations

import re
from typing import Any, Literal

from shared.identity import mask_name, mask_phone, mask_resident_id

Level = Literal["masked", "unmasked"]
LEVELS: tuple[Level, ...] = ("masked", "unmasked")
MASKING_ATTRIBUTE = "masking"  # CloudEvents extension attribute on a partner record: its level

# Publisher (shared.contracts.PUBLISHERS key) -> the levels of its partner streams. The unmasked level exists only
# where a partner may lawfully need the names (e.g. 失信 publication by the credit platform).
STREAMS: dict[str, tuple[Level, ...]] = {
    "asset_core": ("masked", "unmasked"),
    "dispatch": ("masked",),
    "reward": ("masked",),
    "mediation": ("masked",),
    "police": ("masked",),
    "procuratorate": ("masked",),
}

# Payload fields (at any depth) holding the names of persons or parties: masked.
NAME_FIELDS = frozenset({
    "applicants", "respondents", "respondent_name", "subject_name", "person_name", "persons", "defendant",
    "mediator_name", "deciding_judge", "name", "source_name", "object_name", "payee_name",
})
# Fields naming agencies (courts, procuratorates, 河长办, governments): not personal information, kept as they are.
AGENCY_FIELDS = frozenset({"from_name", "addressee", "participants", "responsible_agencies"})
# Fields that link or identify a person and are for the suite only: emptied ([] for lists, None otherwise).
DROPPED_FIELDS = frozenset({"respondent_keys", "party_keys", "payee_party_key", "id_number", "id_numbers", "phone"})

_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_PHONE = re.compile(r"(?<!\d)(1\d{10}|0\d{2,3}-?\d{7,8})(?!\d)")


def slug(service: str) -> str:
    return service.replace("_", "-")


def partner_topic(service: str, level: Level = "masked") -> str:
    if level not in STREAMS.get(service, ()):
        raise ValueError(f"{service} has no {level} partner stream (shared.contracts.partners.STREAMS)")
    return f"partner.{slug(service)}.events.v1" if level == "masked" else f"partner.{slug(service)}.events.{level}.v1"


def partner_topics(service: str) -> dict[Level, str]:
    return {level: partner_topic(service, level) for level in STREAMS.get(service, ())}


def all_partner_topics() -> list[str]:
    return [t for s in STREAMS for t in partner_topics(s).values()]


def scrub_text(text: str) -> str:
    """Mask what looks like a 身份证号 or a phone number inside free text."""
    text = _RESIDENT_ID.sub(lambda m: mask_resident_id(m.group(0)), text)
    return _PHONE.sub(lambda m: mask_phone(m.group(0)), text)


def _mask_names(value: Any) -> Any:
    if isinstance(value, str):
        return mask_name(value)
    if isinstance(value, list):
        return [_mask_names(v) for v in value]
    return _mask(value)


def _mask(value: Any) -> Any:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, v in value.items():
            if key == "id" or key.endswith(("_id", "_ids")):  # ids are UUIDs: nothing personal, and no digits touched
                out[key] = v
            elif key in DROPPED_FIELDS:
                out[key] = [] if isinstance(v, list) else None
            elif key in NAME_FIELDS and v is not None:
                out[key] = _mask_names(v)
            else:
                out[key] = _mask(v)
        return out
    if isinstance(value, list):
        return [_mask(v) for v in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def mask_payload(data: dict[str, Any]) -> dict[str, Any]:
    """The `masked` level of an event payload (pure)."""
    return _mask(data)


def partner_envelope(envelope: dict[str, Any], level: Level) -> dict[str, Any]:
    """The partner record of an internal CloudEvent envelope (structured JSON), at `level`."""
    out = dict(envelope)
    if level == "masked":
        out["data"] = mask_payload(envelope.get("data") or {})
    out[MASKING_ATTRIBUTE] = level
    return out
