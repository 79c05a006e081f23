"""reward keeps the service shape (ADR 0008): commands without HTTP models, typed subscriptions, a response model
on every route, no table writes in the consumers or the routes; its TipVerified stays compatible with asset_core
and dispatch, and every event the overview counts carries court_code and a date; no event names a tipster."""
import ast
import re
from datetime import date
from pathlib import Path

from fastapi.routing import APIRoute

from services.reward import api, consumers, service
from services.reward.settings import RewardSettings
from shared.auth import authenticate
from shared.contracts import asset_core as ac
from shared.contracts import reward as rc

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


def test_every_route_declares_its_response_model_and_public_routes_need_no_token():
    routes = [r for router in api.routers for r in router.routes if isinstance(r, APIRoute)]
    assert routes and [r.path for r in routes if r.response_model is None] == []
    public = [r for r in routes if r.path.startswith("/api/v1/public/")]
    assert len(public) == 5  # notices, a notice, a tip, its status, its files (issue 16)
    for r in public:  # no dependency on the bearer token
        assert not _authenticates(r.dependant), r.path
    assert all(_authenticates(r.dependant) for r in routes if r not in public)


def _authenticates(dependant) -> bool:
    return any(d.call is authenticate or getattr(d.call, "authenticates", False) or _authenticates(d)
               for d in dependant.dependencies)


def test_typed_subscriptions():
    (cases,) = consumers.SUBSCRIPTIONS
    assert cases.topics == [ac.TOPIC] and not cases.handlers
    assert set(cases.contracts.values()) == {ac.CaseRegistered, ac.CaseDesignated, ac.CaseStateChanged,
                                             ac.AssetDiscovered, ac.RecoveryRecorded}


def test_tip_verified_stays_compatible_with_its_consumers():
    required = {n for n, f in rc.TipVerified.model_fields.items() if f.is_required()}
    assert required == {"case_id", "notice_id", "tip_id", "clue_kind", "description"}
    old = rc.TipVerified(case_id="5f0c8a52-1b7e-4a54-9d38-0b1f2c3d4e5f", notice_id="n", tip_id="t", clue_kind="asset", description="x")
    assert old.court_code is None and old.first_success is None


def test_counted_events_carry_court_and_date_and_no_event_names_a_tipster():
    counted = {rc.NoticePublished: "published_on", rc.TipVerified: "verified_on",
               rc.RecoveryAttributed: "recovered_on", rc.RewardPayable: "payable_on", rc.RewardPaid: "paid_on"}
    for model, day in counted.items():
        assert "court_code" in model.model_fields and day in model.model_fields, model
        assert date in (model.model_fields[day].annotation, *getattr(model.model_fields[day].annotation,
                                                                     "__args__", ()))
    for model in rc.EVENTS:
        assert not [f for f in model.model_fields if "tipster" in f or f in ("clue_text", "receipt", "phone")], model
    assert len({e.EVENT_TYPE for e in rc.EVENTS}) == len(rc.EVENTS) == 11


def test_settings():
    s = RewardSettings()
    assert s.sweep_interval_seconds > 0 and s.decision_days == 10 and s.public_body_max_bytes > 0
