"""Generates the committed event contract documents from the pydantic payload models (`make schemas`).

    python -m shared.contracts.export           # (re)write docs/events/
    python -m shared.contracts.export --check   # exit 1 and list the differences if docs/events/ is stale

For every event model in `shared.contracts.EVENTS` it writes `docs/events/<EVENT_TYPE>.json`: a JSON Schema
(draft 2020-12) of the whole CloudEvents 1.0 envelope as it travels on Kafka (structured JSON mode), with
`data` being the payload's schema. `docs/events/asyncapi.json` is an AsyncAPI 3.0.0 document: one channel
per publisher topic, its messages, a `send` operation per publisher, a `receive` operation per consumer group
and topic of every service (from `services/<name>/consumers.py`), and one example per message.

Examples are built from the payload models' field types (with a few name-based hints); when an event
needs a hand-written example (a pattern, a cross-field rule), add it to `EXAMPLES` below. Every example is
validated against its model here, so `make schemas` fails loudly rather than committing a wrong one.
Output is deterministic: sorted keys, indent 2, UTF-8 (no escapes), trailing newline.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import inspect
import json
import re
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError
from pydantic.json_schema import models_json_schema

from shared import contracts
from shared.contracts import partners
from shared.events import CloudEvent, EventPayload, new_event
from shared.settings import ROOT, Settings

OUT_DIR = ROOT / "docs" / "events"
ASYNCAPI_FILE = "asyncapi.json"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
CONTENT_TYPE = "application/cloudevents+json"  # the relay's `content-type` header (structured mode)
KAFKA_BINDING_VERSION = "0.5.0"
TRACEPARENT_PATTERN = r"^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"

# Hand-written examples, per event type, merged over the generated one. Keys: "data" (payload fields),
# and optionally "subject", "caseid", "orgcode" (envelope). Only what generation cannot guess belongs here.
EXAMPLES: dict[str, dict[str, Any]] = {
    "cn.court.asset-core.case.registered.v1": {
        "data": {"case_type": "执", "applicants": ["张三"], "respondents": ["某某建筑工程有限公司"],
                 "amount_owed_fen": 12_500_000},
    },
}

# Field-name hints for generated examples (exact field names); ids are deterministic UUIDs of the name.
NAME_HINTS: dict[str, Any] = {
    "case_number": "（2024）内0621执123号",
    "court_code": "内0621",
    "org_code": "内0621",
    "orgcode": "内0621",
    "procuratorate_code": "内0621检",
    "resumed_case_number": "（2024）内0621执恢12号",
    "designating_court": "内06",
    "from_court": "内0621",
    "to_court": "内0622",
    "applicants": ["张三"],
    "respondents": ["某某建筑工程有限公司"],
    "respondent_name": "某某建筑工程有限公司",
    "name": "张三",
    "asset_type": "bank_deposit",
    "description": "示例说明",
    "location": "内蒙古自治区鄂尔多斯市达拉特旗",
    "located_at": "内蒙古自治区鄂尔多斯市达拉特旗",
    "phone": "13800000000",
    "id_number": "11010519491231002X",
    "reason": "示例原因",
    "note": "示例备注",
    "remarks": "示例备注",
}
_PARTNER_LEVELS = {
    "masked": "Masked: names of parties and persons reduced to their first character, the keyed party hashes "
              "(`respondent_keys`) emptied, what looks like a 身份证号 or phone number in any text masked. Header "
              "`ce_masking: masked`; envelope attribute `masking: masked`.",
    "unmasked": "Unmasked: the payload as published internally, for partners whose grant gives them the names "
                "(`unmasked = true`). Header `ce_masking: unmasked`; envelope attribute `masking: unmasked`.",
}
_SECURITY_DOC = ("SASL/SCRAM-SHA-512 (SASL_SSL in production, SASL_PLAINTEXT on the local loopback broker); the "
                 "brokers' StandardAuthorizer denies what no ACL allows. Each service is its own user, allowed to "
                 "write its topic (and its partner streams, the `.dlq` of what it consumes, `audit.checkpoints.v1`), "
                 "read the topics it subscribes to and use its own consumer groups. A partner is a user allowed only "
                 "what its grant names: read partner streams at its level (masked unless granted unmasked), consumer "
                 "groups under its prefix, publish on the partner contract topics it names. "
                 "`python -m shared.kafka_security plan` prints the ACLs.")
EXAMPLE_TIME = datetime(2024, 3, 1, 1, 30, tzinfo=timezone.utc)  # 2024-03-01 09:30 Asia/Shanghai
EXAMPLE_TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
# a value quoted in a field description: "e.g. （2024）内0621执123号", "e.g. filed"
_EG = re.compile(r"e\.g\.\s*([^\s,;，；)）]+(?:）[^\s,;，；)）]+)?)")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _doc(obj: Any) -> str:
    return inspect.cleandoc(obj.__doc__ or "").strip()


def _example_uuid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://enforcement-suite.cn/examples/{name}"))


# ------------------------------------------------------------------------------------------------ schemas
def _envelope(model: type[EventPayload], data_schema: dict) -> dict:
    """The CloudEvents envelope of one event type (what `shared.events.new_event` + the outbox put on Kafka:
    structured JSON mode, absent optional attributes omitted)."""
    return {
        "type": "object",
        "required": ["specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema",
                     "data"],
        "properties": {
            "specversion": {"const": "1.0", "description": "CloudEvents specification version"},
            "id": {"type": "string", "minLength": 1,
                   "description": "event id (UUID), unique per source; consumers deduplicate on it"},
            "source": {"const": model.SOURCE, "description": "publishing service"},
            "type": {"const": model.EVENT_TYPE, "description": "event type; the major version is its last part"},
            "subject": {"type": "string", "minLength": 1, "description": "id of the aggregate the event is about"},
            "time": {"type": "string", "format": "date-time",
                     "description": "when it happened, RFC 3339 with offset (UTC as published)"},
            "datacontenttype": {"const": "application/json"},
            "dataschema": {"const": model.dataschema(), "format": "uri",
                           "description": "this schema; the payload's contract"},
            "data": data_schema,
            "caseid": {"type": "string", "minLength": 1,
                       "description": "extension: enforcement/public-interest case id; the Kafka partition key "
                                      "when present"},
            "orgcode": {"type": "string", "minLength": 1,
                        "description": "extension: code of the court or procuratorate that caused the event"},
            "traceparent": {"type": "string", "pattern": TRACEPARENT_PATTERN,
                            "description": "extension: W3C Trace Context of the request that caused the event"},
        },
        # CloudEvents consumers must accept extension attributes they do not know.
        "additionalProperties": True,
    }


def _envelope_description(model: type[EventPayload]) -> str:
    about = (f"CloudEvents 1.0 envelope (structured JSON mode) of `{model.EVENT_TYPE}`, published by "
             f"`{model.SOURCE}` on Kafka topic `{model.TOPIC}`; record key = `caseid` (else `subject`). "
             f"`data` is the `{model.__name__}` payload.")
    return "\n\n".join(p for p in (_doc(model), about) if p)


def event_schema(model: type[EventPayload]) -> dict:
    """Self-contained JSON Schema (2020-12) of one event type's full envelope."""
    data = model.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
    defs = data.pop("$defs", None)
    schema = {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": model.dataschema(),
        "title": f"{model.__name__} ({model.EVENT_TYPE})",
        "description": _envelope_description(model),
        **_envelope(model, data),
    }
    if defs:
        schema["$defs"] = defs
    return schema


# ----------------------------------------------------------------------------------------------- examples
def _resolve(schema: dict, defs: dict) -> dict:
    while "$ref" in schema:
        schema = {**defs[schema["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _gen(schema: dict, defs: dict, name: str, hints: bool = True) -> Any:
    """A plausible value for a (validation-mode) JSON Schema fragment; `hints`: use names and descriptions."""
    schema = _resolve(schema, defs)
    if "const" in schema:
        return schema["const"]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [o for o in schema[key] if _resolve(o, defs).get("type") != "null"] or schema[key]
            return _gen(options[0], defs, name, hints)
    if hints and name in NAME_HINTS:
        return NAME_HINTS[name]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        out = {p: _gen(s, defs, p, hints) for p, s in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        if not out and isinstance(extra, dict):
            out = {"key": _gen(extra, defs, name, hints)}
        return out
    if kind == "array":
        item_name = name[:-1] if name.endswith("s") and not name.endswith("ss") else name  # measure_ids -> _id
        item = _gen(schema.get("items", {}), defs, item_name, hints)
        return [item] * max(1, schema.get("minItems", 1))
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        value = 12_500_000 if name.endswith("_fen") else 1
        if "minimum" in schema:
            value = max(value, schema["minimum"])
        if "exclusiveMinimum" in schema:
            value = max(value, schema["exclusiveMinimum"] + 1)
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        if "exclusiveMaximum" in schema:
            value = min(value, schema["exclusiveMaximum"] - 1)
        return int(value) if kind == "integer" else value
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-03-01T09:30:00+08:00"
        if fmt == "date":
            return "2024-03-01"
        if fmt == "time":
            return "09:30:00+08:00"
        if fmt == "duration":
            return "P30D"
        if fmt == "uuid" or name == "id" or name.endswith("_id"):
            return _example_uuid(name)
        if fmt == "email":
            return "clerk@example.cn"
        if fmt in ("uri", "url"):
            return "https://example.cn/"
        hint = _EG.search(schema.get("description", "")) if hints else None
        value = hint.group(1) if hint else name.replace("_", "-")
        if len(value) < schema.get("minLength", 0):
            value = value.ljust(schema["minLength"], "x")
        if "maxLength" in schema:
            value = value[: schema["maxLength"]]
        return value
    return name  # no type (Any)


def _field_ok(model: type[EventPayload], field: str, value: Any) -> bool:
    info = model.model_fields[field]
    try:
        TypeAdapter(Annotated[info.annotation, info]).validate_python(value)
        return True
    except (ValidationError, TypeError, ValueError):
        return False


def example_data(model: type[EventPayload]) -> dict:
    """A valid payload of `model`, as it appears on the wire (`model_dump(mode="json")`)."""
    schema = model.model_json_schema(mode="validation", ref_template="#/$defs/{model}")
    defs = schema.get("$defs", {})
    data: dict[str, Any] = {}
    for field, sub in schema.get("properties", {}).items():
        value = _gen(sub, defs, field)
        if field in model.model_fields and not _field_ok(model, field, value):
            plain = _gen(sub, defs, field, hints=False)
            value = plain if _field_ok(model, field, plain) else value
        data[field] = value
    data.update(EXAMPLES.get(model.EVENT_TYPE, {}).get("data", {}))
    try:
        return model.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        raise SystemExit(f"[schemas] cannot build a valid example of {model.EVENT_TYPE}: add an entry to "
                         f"EXAMPLES in {Path(__file__).relative_to(ROOT)}\n{exc}") from exc


def _aggregate_id_field(model: type[EventPayload]) -> str | None:
    aggregate = model.EVENT_TYPE.split(".")[-3].replace("-", "_")
    for name in (f"{aggregate}_id", "case_id", "id"):
        if name in model.model_fields:
            return name
    return None


def example_envelope(model: type[EventPayload]) -> dict:
    """A complete, valid CloudEvent of `model` exactly as the outbox publishes it."""
    data = example_data(model)
    hand = EXAMPLES.get(model.EVENT_TYPE, {})
    key_field = _aggregate_id_field(model)
    subject = hand.get("subject") or (str(data[key_field]) if key_field else _example_uuid(model.EVENT_TYPE))
    caseid = hand.get("caseid") or (str(data["case_id"]) if "case_id" in data else None)
    orgcode = hand.get("orgcode") or next(
        (str(data[f]) for f in ("court_code", "org_code", "procuratorate_code") if isinstance(data.get(f), str)),
        NAME_HINTS["orgcode"])
    event = new_event(model.model_validate(data), subject=subject, caseid=caseid, orgcode=orgcode,
                      traceparent=EXAMPLE_TRACEPARENT, time=EXAMPLE_TIME)
    event = event.model_copy(update={"id": _example_uuid(f"event/{model.EVENT_TYPE}")})
    envelope = event.model_dump(mode="json", exclude_none=True)
    CloudEvent.model_validate(envelope)
    return envelope


# ----------------------------------------------------------------------------------------------- asyncapi
def suite_subscriptions() -> list[tuple[str, Any]]:
    """(service, Subscription) for every consumer group of every service (`services.<name>.consumers`)."""
    found = []
    for service in contracts.PUBLISHERS:
        module = importlib.import_module(f"services.{service}.consumers")
        found += [(service, sub) for sub in getattr(module, "SUBSCRIPTIONS", [])]
    return found


def asyncapi() -> dict:
    events = contracts.ALL_EVENTS
    key_map, top = models_json_schema([(m, "serialization") for m in events],
                                      ref_template="#/components/schemas/{model}")
    schemas: dict[str, Any] = dict(top.get("$defs", {}))
    messages: dict[str, Any] = {}
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    partitions = Settings.model_fields["kafka_partitions"].default
    key_doc = ("Kafka record key: the case id (envelope `caseid`); the aggregate id (`subject`) for events "
               "without a case, so each case's events stay ordered in one partition.")

    for model in events:
        payload_ref = key_map[(model, "serialization")]
        envelope = _envelope(model, payload_ref)
        envelope["title"] = f"{model.__name__} envelope"
        envelope["description"] = _envelope_description(model)
        schemas[model.EVENT_TYPE] = envelope
        example = example_envelope(model)
        headers = {"ce_id": example["id"], "ce_type": model.EVENT_TYPE, "content-type": CONTENT_TYPE}
        doc = _doc(model)
        messages[model.EVENT_TYPE] = {
            "name": model.__name__,
            "title": model.EVENT_TYPE,
            "summary": doc.splitlines()[0] if doc else model.EVENT_TYPE,
            "description": doc,
            "contentType": CONTENT_TYPE,
            "headers": {
                "type": "object",
                "required": ["ce_id", "ce_type"],
                "properties": {
                    "ce_id": {"type": "string", "description": "= envelope `id`"},
                    "ce_type": {"const": model.EVENT_TYPE, "description": "= envelope `type`"},
                    "content-type": {"const": CONTENT_TYPE},
                },
            },
            "payload": {"$ref": f"#/components/schemas/{model.EVENT_TYPE}"},
            "bindings": {"kafka": {"key": {"type": "string", "description": key_doc},
                                   "bindingVersion": KAFKA_BINDING_VERSION}},
            "examples": [{"name": f"{model.__name__}-example", "summary": f"A {model.EVENT_TYPE} event",
                          "headers": headers, "payload": example}],
        }

    for service, module in contracts.PUBLISHERS.items():
        topic = module.TOPIC
        own = [m for m in events if m.TOPIC == topic]
        channels[topic] = {
            "address": topic,
            "title": f"{service} events",
            "description": f"{_doc(module)}\n\nDead letters of a consumer of this topic go to `{topic}.dlq`.",
            "messages": {m.EVENT_TYPE: {"$ref": f"#/components/messages/{m.EVENT_TYPE}"} for m in own},
            "bindings": {"kafka": {"topic": topic, "partitions": partitions,
                                   "bindingVersion": KAFKA_BINDING_VERSION}},
        }
        operations[f"{service}.publish"] = {
            "action": "send",
            "title": f"{service} publishes",
            "summary": f"{service} publishes its events (transactional outbox; idempotent producer, acks=all).",
            "channel": {"$ref": f"#/channels/{topic}"},
            "messages": [{"$ref": f"#/channels/{topic}/messages/{m.EVENT_TYPE}"} for m in own],
        }

    for service, models in contracts.INBOUND.items():
        for topic in sorted({m.TOPIC for m in models}):
            own = [m for m in models if m.TOPIC == topic]
            channels[topic] = {
                "address": topic,
                "title": f"partners → {service}",
                "description": f"Published by partners, consumed by {service} (idempotently, by event id). "
                               f"Events that cannot be processed go to `{topic}.dlq`.",
                "messages": {m.EVENT_TYPE: {"$ref": f"#/components/messages/{m.EVENT_TYPE}"} for m in own},
                "bindings": {"kafka": {"topic": topic, "partitions": partitions,
                                       "bindingVersion": KAFKA_BINDING_VERSION}},
            }

    for service, models in contracts.ALSO_SENDS.items():
        for topic in sorted({m.TOPIC for m in models}):
            own = [m for m in models if m.TOPIC == topic]
            operations[f"{service}.send.{topic}"] = {
                "action": "send",
                "title": f"{service} sends to partners",
                "summary": f"{service} publishes on the partner topic too (transactional outbox), addressed by `to_org`.",
                "channel": {"$ref": f"#/channels/{topic}"},
                "messages": [{"$ref": f"#/channels/{topic}/messages/{m.EVENT_TYPE}"} for m in own],
            }

    # Partner streams (shared/contracts/partners.py, docs/adr/0012): masked copies of each publisher's events, read
    # by partners under their grants; the same messages (a masked payload validates against the same schema).
    for service, levels in partners.STREAMS.items():
        source = contracts.PUBLISHERS[service].TOPIC
        own = [m for m in events if m.TOPIC == source]
        for level in levels:
            topic = partners.partner_topic(service, level)
            channels[topic] = {
                "address": topic,
                "title": f"{service} events for partners ({level})",
                "description": f"{_PARTNER_LEVELS[level]}\n\n{_doc(partners)}",
                "messages": {m.EVENT_TYPE: {"$ref": f"#/components/messages/{m.EVENT_TYPE}"} for m in own},
                "bindings": {"kafka": {"topic": topic, "partitions": partitions,
                                       "bindingVersion": KAFKA_BINDING_VERSION}},
            }
            operations[f"{service}.partner-stream.{level}"] = {
                "action": "send",
                "title": f"{service} copies its events for partners ({level})",
                "summary": f"{service}'s partner stream (consumer group `{service.replace('_', '-')}.partner-stream`) "
                           f"copies every event of `{source}` here, {level}, with the same event id and key.",
                "channel": {"$ref": f"#/channels/{topic}"},
                "messages": [{"$ref": f"#/channels/{topic}/messages/{m.EVENT_TYPE}"} for m in own],
            }
            operations[f"partners.receive.{topic}"] = {
                "action": "receive",
                "title": f"partners read {service}'s {level} stream",
                "summary": "A partner whose grant names this stream reads it as its own SCRAM user, with consumer "
                           "groups under its group prefix; the internal topics refuse it (TOPIC_AUTHORIZATION_FAILED).",
                "channel": {"$ref": f"#/channels/{topic}"},
                "security": [{"$ref": "#/components/securitySchemes/scram"}],
                "messages": [{"$ref": f"#/channels/{topic}/messages/{m.EVENT_TYPE}"} for m in own],
            }

    # What the suite consumes: a receive operation per subscription (consumer group) and topic, listing the
    # event types it has a handler for, so the document answers "who consumes X?".
    for service, subscription in suite_subscriptions():
        for topic in subscription.topics:
            handled = sorted(t for t, m in subscription.contracts.items() if m.TOPIC == topic)
            if not handled:
                continue
            operations[f"{service}.{subscription.group}.receive.{topic}"] = {
                "action": "receive",
                "title": f"{service} receives ({subscription.group})",
                "summary": f"{service}'s consumer group `{subscription.group}` reads these events (idempotently, "
                           f"by event id; a record it cannot apply goes to `{topic}.dlq`).",
                "channel": {"$ref": f"#/channels/{topic}"},
                "messages": [{"$ref": f"#/channels/{topic}/messages/{t}"} for t in handled],
            }

    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "四联一核 enforcement suite — events",
            "version": "1.0.0",
            "description": ("Kafka topics of the suite, one per publishing service. Every record is a "
                            "CloudEvents 1.0 envelope in structured JSON mode; each event type's JSON Schema "
                            "(draft 2020-12) is also published at its `dataschema` URL "
                            "(docs/events/<type>.json). Generated by `python -m shared.contracts.export`; "
                            "do not edit."),
        },
        "defaultContentType": CONTENT_TYPE,
        "servers": {
            "production": {"host": "{bootstrap}", "protocol": "kafka-secure",
                           "description": "the cluster named by KAFKA_BOOTSTRAP_SERVERS (SASL_SSL, SCRAM-SHA-512)",
                           "variables": {"bootstrap": {"default": "kafka:9093"}},
                           "security": [{"$ref": "#/components/securitySchemes/scram"}]},
            "local": {"host": "127.0.0.1:59092", "protocol": "kafka",
                      "description": "`make run` single-node KRaft broker (SASL_PLAINTEXT on loopback, SCRAM-SHA-512)",
                      "security": [{"$ref": "#/components/securitySchemes/scram"}]},
        },
        "channels": channels,
        "operations": operations,
        "components": {"schemas": schemas, "messages": messages, "securitySchemes": {"scram": {
            "type": "scramSha512",
            "description": _SECURITY_DOC}}},
    }


# ------------------------------------------------------------------------------------------------ driver
def generate() -> dict[str, str]:
    """File name (under docs/events/) -> exact file text."""
    seen: dict[str, type[EventPayload]] = {}
    for model in contracts.ALL_EVENTS:
        if model.EVENT_TYPE in seen:
            raise SystemExit(f"[schemas] {model.EVENT_TYPE} is declared twice: {seen[model.EVENT_TYPE]} and {model}")
        if model.TOPIC not in contracts.TOPICS + contracts.INBOUND_TOPICS:
            raise SystemExit(f"[schemas] {model.EVENT_TYPE}: topic {model.TOPIC} is not in shared.contracts.TOPICS")
        seen[model.EVENT_TYPE] = model
    files = {f"{m.EVENT_TYPE}.json": _dumps(event_schema(m)) for m in contracts.ALL_EVENTS}
    files[ASYNCAPI_FILE] = _dumps(asyncapi())
    return files


def differences(out_dir: Path = OUT_DIR) -> list[str]:
    """Human-readable differences between the committed files and the generated ones (empty: up to date)."""
    files = generate()
    problems: list[str] = []
    for name, text in sorted(files.items()):
        path = out_dir / name
        if not path.exists():
            problems.append(f"missing: {path.relative_to(ROOT)}")
            continue
        current = path.read_text(encoding="utf-8")
        if current != text:
            diff = list(difflib.unified_diff(current.splitlines(), text.splitlines(), f"committed/{name}",
                                             f"generated/{name}", n=1, lineterm=""))
            shown = "\n".join(diff[:40]) + (f"\n  … {len(diff) - 40} more diff lines" if len(diff) > 40 else "")
            problems.append(f"differs: {path.relative_to(ROOT)}\n{shown}")
    for path in sorted(out_dir.glob("*.json")) if out_dir.exists() else []:
        if path.name not in files:
            problems.append(f"stale (no model generates it): {path.relative_to(ROOT)}")
    return problems


def write(out_dir: Path = OUT_DIR) -> list[str]:
    files = generate()
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in files.items():
        path = out_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(name)
    for path in out_dir.glob("*.json"):
        if path.name not in files:
            path.unlink()
            changed.append(f"{path.name} (removed)")
    return sorted(changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shared.contracts.export", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and list differences if docs/events/ is not up to date")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        if problems:
            print("[schemas] docs/events/ differs from the contracts; run `make schemas` "
                  "(python -m shared.contracts.export):", file=sys.stderr)
            for p in problems:
                print(p, file=sys.stderr)
            return 1
        print(f"[schemas] docs/events/ is up to date ({len(contracts.EVENTS)} event types)")
        return 0
    changed = write()
    print(f"[schemas] {len(contracts.EVENTS)} event types, {len(contracts.TOPICS)} topics; "
          + (f"wrote {', '.join(changed)}" if changed else "no changes"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
