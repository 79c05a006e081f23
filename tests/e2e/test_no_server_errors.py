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


async def test_public_endpoints_answer_a_burst_with_429s_never_500s(suite):
    """The public bounty endpoints (no token) are rate-limited per client address: a burst gets 429 problems with
    Retry-After, and nothing in it is a server error."""
    import httpx

    body = {"clue_kind": "whereabouts", "clue_text": "被执行人在某宾馆"}
    async with httpx.AsyncClient(base_url=suite.url("reward")) as client:
        tips = [await client.post("/api/v1/public/notices/（2026）内0621悬999号/tips", json=body) for _ in range(12)]
        reads = [await client.get("/api/v1/public/tips/not-a-receipt-" + str(i)) for i in range(40)]
    answers = tips + reads
    assert all(r.status_code < 500 for r in answers), [r.status_code for r in answers]
    limited = [r for r in answers if r.status_code == 429]
    assert limited, "a burst must be limited"
    for r in limited:
        assert r.headers["content-type"] == "application/problem+json" and int(r.headers["retry-after"]) >= 1
