"""The committed event contracts (docs/events/) are what the pydantic models generate, and they are sound:
type names follow the convention, every example is a valid event, every schema names itself."""
import json
import re

import pytest
from pydantic import ValidationError

from shared import contracts
from shared.contracts import export, partners
from shared.events import CloudEvent

REGENERATE = "run `make schemas` (python -m shared.contracts.export) and commit docs/events/"
TYPE_NAME = re.compile(r"^cn\.(court|procuratorate)\.[a-z-]+\.[a-z-]+\.[a-z-]+\.v[0-9]+$")
EVENTS = contracts.ALL_EVENTS  # ours and the partners' we accept
IDS = [m.EVENT_TYPE for m in EVENTS]


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _resolve(root: dict, ref: str) -> dict:
    assert ref.startswith("#/"), ref
    node = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
          "integer": int, "number": (int, float)}


def _errors(value, schema: dict, root: dict, path: str = "$") -> list[str]:
    """The subset of JSON Schema the generated schemas use (no jsonschema package in the lock)."""
    if "$ref" in schema:
        return _errors(value, _resolve(root, schema["$ref"]), root, path)
    if "anyOf" in schema:
        if all(_errors(value, s, root, path) for s in schema["anyOf"]):
            return [f"{path}: matches no anyOf branch"]
        return []
    out = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        ok = any(isinstance(value, _TYPES[k]) and not (k in ("integer", "number") and isinstance(value, bool))
                 for k in kinds)
        if not ok:
            return [f"{path}: {value!r} is not {kinds}"]
    if "const" in schema and value != schema["const"]:
        out.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            out.append(f"{path}: shorter than {schema['minLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{path}: does not match {schema['pattern']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{path}: below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{path}: above {schema['maximum']}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            out += _errors(item, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out += [f"{path}: lacks {k}" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            if key in props:
                out += _errors(item, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                out.append(f"{path}: unexpected {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                out += _errors(item, schema["additionalProperties"], root, f"{path}.{key}")
    return out


def _committed(name: str) -> dict:
    path = export.OUT_DIR / name
    assert path.exists(), f"{path} is missing: {REGENERATE}"
    return json.loads(path.read_text(encoding="utf-8"))


def test_committed_files_equal_generated():
    problems = export.differences()
    assert not problems, f"docs/events/ is out of date — {REGENERATE}:\n" + "\n".join(problems)


def test_generation_is_deterministic():
    first, second = export.generate(), export.generate()
    assert first == second
    for text in first.values():
        assert text.endswith("}\n")


@pytest.mark.parametrize("model", EVENTS, ids=IDS)
def test_event_type_name(model):
    assert TYPE_NAME.match(model.EVENT_TYPE), (
        f"{model.__name__}.EVENT_TYPE={model.EVENT_TYPE!r}: expected "
        "cn.<court|procuratorate>.<service>.<aggregate>.<past-tense-verb>.v<major>")
    assert model.TOPIC in contracts.TOPICS + contracts.INBOUND_TOPICS, \
        f"{model.EVENT_TYPE}: topic {model.TOPIC} is not a contract topic"


def test_event_types_unique():
    assert len(IDS) == len(set(IDS)), sorted(t for t in IDS if IDS.count(t) > 1)


@pytest.mark.parametrize("model", EVENTS, ids=IDS)
def test_example_validates(model):
    envelope = export.example_envelope(model)
    model.model_validate(envelope["data"])
    event = CloudEvent.model_validate(envelope)
    assert (event.type, event.source, event.dataschema) == (model.EVENT_TYPE, model.SOURCE, model.dataschema())
    # ... and the committed JSON Schema accepts it, while rejecting a payload the model rejects
    schema = _committed(f"{model.EVENT_TYPE}.json")
    assert _errors(envelope, schema, schema) == []
    extra = {**envelope["data"], "not_a_field": 1}
    with pytest.raises(ValidationError):
        model.model_validate(extra)
    assert _errors({**envelope, "data": extra}, schema, schema)
    assert _errors({**envelope, "type": "cn.court.other.thing.happened.v1"}, schema, schema)


@pytest.mark.parametrize("model", EVENTS, ids=IDS)
def test_asyncapi_example_validates(model):
    doc = _committed(export.ASYNCAPI_FILE)
    message = doc["components"]["messages"][model.EVENT_TYPE]
    [example] = message["examples"]
    model.model_validate(example["payload"]["data"])
    CloudEvent.model_validate(example["payload"])
    assert example["headers"]["ce_type"] == model.EVENT_TYPE
    assert example["headers"]["ce_id"] == example["payload"]["id"]


@pytest.mark.parametrize("model", EVENTS, ids=IDS)
def test_schema_id(model):
    schema = _committed(f"{model.EVENT_TYPE}.json")
    assert schema["$id"] == model.dataschema()
    assert schema["$id"].endswith(f"/{model.EVENT_TYPE}.json")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["type"]["const"] == model.EVENT_TYPE


def test_every_schema_file_has_its_id():
    types = {m.EVENT_TYPE: m for m in EVENTS}
    for path in sorted(export.OUT_DIR.glob("*.json")):
        if path.name == export.ASYNCAPI_FILE:
            continue
        schema = json.loads(path.read_text(encoding="utf-8"))
        event_type = path.name.removesuffix(".json")
        assert event_type in types, f"{path.name}: no model generates it — {REGENERATE}"
        assert schema["$id"] == types[event_type].dataschema(), path.name


def test_every_ref_resolves():
    for path in sorted(export.OUT_DIR.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for ref in _refs(doc):
            try:
                _resolve(doc, ref)
            except (KeyError, AssertionError):
                pytest.fail(f"{path.name}: $ref {ref} does not resolve")


@pytest.mark.parametrize("model", EVENTS, ids=IDS)
def test_asyncapi_example_matches_its_schema(model):
    doc = _committed(export.ASYNCAPI_FILE)
    message = doc["components"]["messages"][model.EVENT_TYPE]
    example = message["examples"][0]
    assert _errors(example["payload"], message["payload"], doc) == []
    assert _errors(example["headers"], message["headers"], doc) == []


def test_asyncapi_lists_every_topic():
    doc = _committed(export.ASYNCAPI_FILE)
    assert doc["asyncapi"] == "3.0.0"
    addresses = {c["address"] for c in doc["channels"].values()}
    assert addresses == set(contracts.TOPICS) | set(contracts.INBOUND_TOPICS) | set(partners.all_partner_topics())
    for service, module in contracts.PUBLISHERS.items():
        op = doc["operations"][f"{service}.publish"]
        assert op["action"] == "send"
        assert op["channel"] == {"$ref": f"#/channels/{module.TOPIC}"}
        refs = {r["$ref"].rsplit("/", 1)[-1] for r in op["messages"]}
        assert refs == {m.EVENT_TYPE for m in module.EVENTS}
    for service, models in contracts.INBOUND.items():  # what partners send us is documented too
        ops = [op for name, op in doc["operations"].items() if name.startswith(f"{service}.")
               and op["action"] == "receive" and op["channel"] == {"$ref": f"#/channels/{models[0].TOPIC}"}]
        assert ops
        assert {r["$ref"].rsplit("/", 1)[-1] for op in ops for r in op["messages"]} == {m.EVENT_TYPE for m in models}


def test_asyncapi_has_a_receive_operation_for_every_consumed_event_type():
    """"Who consumes X?" is answered by the document: every typed handler of every service is a receive operation."""
    doc = export.asyncapi()
    received = {(op["channel"]["$ref"].rsplit("/", 1)[1], ref["$ref"].rsplit("/", 1)[1])
                for name, op in doc["operations"].items() if op["action"] == "receive" and not name.startswith("partners.")
                for ref in op["messages"]}
    consumed = {(m.TOPIC, t) for _, sub in export.suite_subscriptions() for t, m in sub.contracts.items()}
    assert consumed and consumed == received
    services = {service for service, _ in export.suite_subscriptions()}
    assert {"asset_core", "dispatch", "mediation", "procuratorate", "reward", "police"} <= services
