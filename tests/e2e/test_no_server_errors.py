"""No client input gives a 500: schemathesis generates requests from each service's OpenAPI document and
hypothesis sends them to the real uvicorn processes with a token that has every role, so they get past
authentication and reach the use cases and the database."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.support import token

SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]
ORGS = {"procuratorate": "内05检"}
ALL_ROLES = ["clerk", "judge", "officer", "president", "mediator", "police", "procurator", "partner", "auditor",
             "admin"]


@pytest.mark.parametrize("service", SERVICES)
def test_no_request_causes_a_server_error(suite, service):
    schema = schemathesis.openapi.from_url(suite.url(service) + "/openapi.json")
    headers = {"Authorization": f"Bearer {token(ALL_ROLES, org=ORGS.get(service, '内0621'), sub='fuzzer')}"}
    tested = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path.startswith("/api/v1/ops/"):
            continue  # operators' sweeps act on every case: not a client's request

        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        check()
        tested += 1
    assert tested >= 3
