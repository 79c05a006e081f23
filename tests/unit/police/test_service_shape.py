"""police keeps the service shape (ADR 0008): commands without HTTP models, typed subscriptions, a response model
on every route, no table writes in the consumers or the routes, every contract it publishes in its module."""
import ast
import re
from pathlib import Path

from fastapi.routing import APIRoute

from services.police import api, consumers, service
from services.police.settings import PoliceSettings
from shared.contracts import asset_core as ac
from shared.contracts import dispatch as dp
from shared.contracts import police as pc

HERE = Path(service.__file__).parent
WRITES = re.compile(r"""\b(insert|update|delete)\([a-z_.]+\)|text\(["'](insert|update|delete)""")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_use_cases_know_neither_fastapi_nor_the_http_models():
    for name in ("service.py", "views.py", "domain.py", "sweep.py", "projections.py"):
        imported = _imports(HERE / name)
        assert not {n for n in imported if n.startswith("fastapi") or "schemas" in n}, name


def test_no_table_writes_in_consumers_or_routes():
    for name in ("consumers.py", "api.py"):
        assert not WRITES.search((HERE / name).read_text()), name


def test_every_route_declares_its_response_model():
    routes = [r for router in api.routers for r in router.routes if isinstance(r, APIRoute)]
    assert routes and [r.path for r in routes if r.response_model is None] == []


def test_typed_subscriptions():
    cases, custody = consumers.SUBSCRIPTIONS
    assert cases.topics == [ac.TOPIC] and custody.topics == [dp.TOPIC]
    assert not cases.handlers and not custody.handlers
    assert set(cases.contracts.values()) == {ac.CaseRegistered, ac.CaseDesignated, ac.CaseStateChanged}
    assert set(custody.contracts.values()) == {dp.DetentionDecided, dp.PenaltyStatusChanged}


def test_the_finds_stay_compatible_with_their_consumers():
    """dispatch and asset_core read these fields; new ones are optional."""
    for model, own in ((pc.PersonLocated, {"person_name"}), (pc.AssetLocated, {"asset_type", "description"})):
        required = {n for n, f in model.model_fields.items() if f.is_required()}
        assert required == {"case_id", "court_code", "search_id", "location", "found_at"} | own
    assert len({e.EVENT_TYPE for e in pc.EVENTS}) == len(pc.EVENTS) == 13
    counted = (pc.SearchBatchCreated, pc.SearchBatchClosed, pc.TransferSent, pc.TransferStateChanged)
    assert all("court_code" in m.model_fields for m in counted)


def test_settings():
    assert PoliceSettings().sweep_interval_seconds > 0
