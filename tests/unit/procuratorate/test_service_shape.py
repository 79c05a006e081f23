"""procuratorate keeps the service shape (ADR 0008): commands without HTTP models, a typed subscription, a response
model on every route (the new timeline, 图斑 and derived-figure routes too), no table writes in the consumers or the
routes; its outbound transfers use the very contract its consumer reads."""
import ast
import re
from pathlib import Path

from fastapi.routing import APIRoute

from services.procuratorate import api, consumers, service
from shared.contracts import procuratorate as contract

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
    for name in ("service.py", "views.py", "domain.py", "sweep.py"):
        imported = _imports(HERE / name)
        assert not {n for n in imported if n.startswith("fastapi") or "schemas" in n}, name


def test_no_table_writes_in_consumers_or_routes():
    for name in ("consumers.py", "api.py"):
        assert not WRITES.search((HERE / name).read_text()), name


def test_every_route_declares_its_response_model():
    routes = [r for router in api.routers for r in router.routes if isinstance(r, APIRoute)]
    paths = {r.path for r in routes}
    assert {"/api/v1/cases/{case_id}/timeline", "/api/v1/map-spots", "/api/v1/map-spots/{spot_id}/status",
            "/api/v1/campaign-metrics/derived"} <= paths
    assert [r.path for r in routes if r.response_model is None] == []


def test_the_partner_subscription_reads_the_contract_referrals_publish():
    [partner] = consumers.SUBSCRIPTIONS
    assert partner.topics == [contract.PARTNER_CLUES_TOPIC]
    assert set(partner.contracts.values()) == {contract.ClueTransferred}
    assert contract.ClueTransferred.TOPIC == contract.PARTNER_CLUES_TOPIC
    assert {contract.MapSpotRecorded, contract.MapSpotRectified} <= set(contract.EVENTS)
