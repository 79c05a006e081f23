"""The generated client (clients/, `make client`) is generated from the committed OpenAPI documents
(clients/openapi/<service>.json); this fails when those documents differ from what the apps produce now — in
process, no server — or when a documented operation has no module in the committed client."""
import importlib
import json
import pkgutil

import pytest

from demo.clientgen import DOCS, SERVICES, canonical, in_process

HINT = "the committed client drifted from the service's OpenAPI document: run `make client` and commit clients/"


@pytest.mark.parametrize("service", SERVICES)
def test_committed_openapi_document_is_what_the_app_serves(service):
    committed = (DOCS / f"{service}.json").read_text(encoding="utf-8")
    now = canonical(in_process(service))
    if committed != now:
        old, new = json.loads(committed), json.loads(now)
        changed = sorted(p for p in set(old["paths"]) | set(new["paths"])
                         if old["paths"].get(p) != new["paths"].get(p))
        schemas = sorted(s for s in set(old["components"]["schemas"]) | set(new["components"]["schemas"])
                         if old["components"]["schemas"].get(s) != new["components"]["schemas"].get(s))
        pytest.fail(f"{service}: {HINT}\npaths changed: {changed[:20]}\nschemas changed: {schemas[:20]}")


@pytest.mark.parametrize("service", SERVICES)
def test_every_documented_operation_has_a_generated_module(service):
    doc = json.loads((DOCS / f"{service}.json").read_text(encoding="utf-8"))
    documented = {op["operationId"] for item in doc["paths"].values() for op in item.values()
                  if isinstance(op, dict) and "operationId" in op}
    api = importlib.import_module(f"clients.{service}.api")
    generated = {m.name for tag in pkgutil.iter_modules(api.__path__)
                 for m in pkgutil.iter_modules(importlib.import_module(f"clients.{service}.api.{tag.name}").__path__)}
    assert documented <= generated, f"{service}: {HINT}; missing {sorted(documented - generated)}"
    assert generated <= documented, f"{service}: {HINT}; no longer documented {sorted(generated - documented)}"
