"""mediation keeps the service shape (ADR 0008): commands without HTTP models, typed subscriptions for every
asset_core event it reads, a response model on every route, the court hierarchy from `shared.orgs`."""
import ast
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from services.mediation import api, consumers, service, views
from services.mediation.settings import MediationSettings
from shared.contracts import asset_core as ac
from shared.legal import Conflict, DomainError, Refused

HERE = Path(service.__file__).parent


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
    imported = _imports(HERE / "service.py")
    assert not {n for n in imported if n.startswith("fastapi") or "schemas" in n}


def test_every_route_declares_its_response_model():
    routes = [r for router in api.routers for r in router.routes if isinstance(r, APIRoute)]
    assert routes and [r.path for r in routes if r.response_model is None] == []


def test_the_consumer_reads_asset_cores_events_typed():
    [sub] = consumers.SUBSCRIPTIONS
    assert sub.topics == [ac.TOPIC] and sub.handlers == {}
    assert set(sub.contracts.values()) == {
        ac.CaseRegistered, ac.CaseDesignated, ac.CaseStateChanged, ac.CaseConcluded, ac.AssetDiscovered,
        ac.MeasureApplied, ac.MeasureRenewed, ac.MeasureReleased, ac.MeasureLapsed, ac.RecoveryRecorded}


@pytest.mark.parametrize("org, court, visible", [
    ("内0621", "内0621", True), ("内06", "内0621", True), ("内", "内0621", True),
    ("内0621", "内06", False), ("内0622", "内0621", False), ("内06", "内06检", False), ("内06", "内0621公", False)])
def test_a_court_sees_its_own_cases_and_those_of_the_courts_below(org, court, visible):
    assert views.within(org, court) is visible


class _Row:
    state, version = "closed", 3


def test_an_illegal_transition_is_a_conflict_with_the_allowed_states():
    with pytest.raises(Conflict) as e:
        service._transition(_Row(), service.CenterState.assigned)
    assert e.value.status == 409 and e.value.code == "illegal_transition" and e.value.extra["allowed"] == []


def test_dates_in_the_future_are_refused():
    from datetime import date
    with pytest.raises(Refused) as e:
        service._on(date(2999, 1, 1), None, "移送日期")
    assert e.value.code == "date_in_future" and isinstance(e.value, DomainError) and e.value.status == 422


def test_settings_defaults():
    s = MediationSettings()
    assert s.handling_step_days == 15 and s.sweep_interval_seconds > 0
