"""No client input gives a 500 — stateful fuzzing of all six services.

A world of real objects is seeded first through the public APIs (tests/e2e/fuzz_world.py: cases, parties, assets,
measures, auction rounds, recoveries; alarms, dispatches, assignments, penalties; bounty applications, notices,
tips; center cases, settlements; search batches, transfers, custody; clues, public-interest cases,
recommendations, map spots). Then schemathesis generates requests from each service's OpenAPI document, and
before each is sent the generator places real ids in it: a path or query parameter whose name the world knows
(`case_id`, `asset_id`, `measure_id`, …) gets one of the seeded ids most of the time (sometimes the random one
stays), and so does a body field of that name (`recovery_id`, `alarm_id`, `release_measure_ids`, …); dates are
moved to the legal range's bounds (1949-10-01, 2100-12-31) or just past them now and then. So the use cases see
valid bodies on real assets in whatever state earlier requests left them — the way the three hand-found 500s of
issue 15 were reached. Requests go to the real uvicorn processes with a token that has every role (at the court,
and at the police bureau or the court above for the services where the other side acts).

Bounded in `make test` (FUZZ_EXAMPLES per operation, derandomized); `make fuzz` runs more with FUZZ_SEED and prints
the requests and status codes per service. Every 5xx is collected with its request and reported at the end."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from datetime import date, timedelta

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed as hypothesis_seed, settings, strategies as st

from shared.legal import today_cn
from tests.e2e.conftest import SERVICES, Suite
from tests.e2e.fuzz_world import FuzzWorld, seed

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "3"))  # per operation; `make fuzz` sends more
SEED = os.environ.get("FUZZ_SEED")  # unset: derandomized (the same requests every run)
SKIP = ("/api/v1/ops/",)  # operators' sweeps act on every case: not a client's request
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T")
# the legal range's bounds (shared.legal EARLIEST_DAY/LATEST_DAY) and their neighbours outside it
BOUND_DAYS = ["1949-10-01", "2100-12-31", "2100-12-30", "1949-10-02", "1949-09-30", "2101-01-01", "2024-02-29"]
BOUND_INSTANTS = ["1949-10-01T00:00:00+08:00", "2100-12-31T23:59:59+08:00", "2100-12-31T23:59:59-12:00",
                  "1949-10-01T00:00:00+14:00", "2101-01-01T00:00:00+00:00", "1949-09-30T23:59:59+08:00"]
LIKELY_FROM, LIKELY_TO = date(2023, 1, 1), today_cn() + timedelta(days=30)


@pytest.fixture(scope="module")
async def fuzz_world(suite) -> FuzzWorld:
    world = await seed(suite)
    print("\nfuzz world seeded (seconds per service): " + ", ".join(f"{s} {t:.1f}" for s, t in world.took.items()))
    return world


@pytest.fixture(scope="module")
def report():
    """Requests and status codes per service, printed once all six have run (`make fuzz` shows it)."""
    rows: dict[str, Counter] = {}
    yield rows
    if rows:
        codes = sorted({c for r in rows.values() for c in r if isinstance(c, int)})
        lines = [f"{'service':<14}{'requests':>9}{'seeded':>8}" + "".join(f"{c:>6}" for c in codes)]
        for service, r in rows.items():
            lines.append(f"{service:<14}{sum(n for c, n in r.items() if isinstance(c, int)):>9}{r['seeded']:>8}"
                         + "".join(f"{r.get(c, 0):>6}" for c in codes))
        print("\nstateful fuzz (seeded = answered on a seeded object, not 404):\n" + "\n".join(lines))


# ------------------------------------------------------------------ the generator: seeded ids and bound dates
def pool_name(key: str, pool: dict[str, list[str]]) -> str | None:
    """The seeded ids a field of this name takes: its own name, or the longest known suffix (debtor_party_key →
    party_key, release_measure_ids → measure_id)."""
    singular = key[:-1] if key.endswith("_ids") else key
    if singular in pool and pool[singular]:
        return singular
    for name in sorted(pool, key=len, reverse=True):
        if pool[name] and singular.endswith("_" + name):
            return name
    return None


def pick(draw, items: list):
    """One of `items` (by index: a strategy over the items themselves would show them all in its repr)."""
    return items[draw(st.integers(0, len(items) - 1))]


def placed(draw, value, pool: dict[str, list[str]], key: str | None = None):
    """`value` with seeded ids in the fields whose names the world knows, and some dates at the range's bounds."""
    if isinstance(value, dict):
        return {k: placed(draw, v, pool, k) for k, v in value.items()}
    if isinstance(value, list):
        name = pool_name(key, pool) if key and key.endswith("_ids") else None
        if name and draw(st.integers(0, 9)) < 8:
            return [pick(draw, pool[name]) for _ in range(draw(st.integers(1, 3)))]
        return [placed(draw, v, pool, key) for v in value]
    name = pool_name(key, pool) if key else None
    if name and draw(st.integers(0, 9)) < 8:
        picked = pick(draw, pool[name])
        return int(picked) if isinstance(value, int) and picked.isdigit() else picked
    if isinstance(value, str) and (DATE.match(value) or INSTANT.match(value)):
        roll = draw(st.integers(0, 9))
        if roll < 3:  # at the legal range's bounds, or just past them
            return draw(st.sampled_from(BOUND_DAYS if DATE.match(value) else BOUND_INSTANTS))
        if roll < 8 and not 1949 <= int(value[:4]) <= 2100:  # most random dates are centuries away: a likely one
            day = draw(st.dates(LIKELY_FROM, LIKELY_TO))
            return day.isoformat() if DATE.match(value) else f"{day.isoformat()}T10:00:00+08:00"
    return value


class Bodies(list):
    def __repr__(self) -> str:  # hypothesis shows a strategy's arguments: not every body
        return f"<{len(self)} accepted bodies>"


def templates(operation, world: FuzzWorld, service: str) -> Bodies:
    """The seeding's accepted bodies for this operation (its path template matched against the concrete paths)."""
    pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(operation.path)) + "$")
    return Bodies(b for m, p, b in world.bodies.get(service, []) if m == operation.method.upper() and pattern.match(p))


def from_template(draw, generated, template: dict):
    """A body that was accepted, with some of its fields swapped for the generated ones (or left out)."""
    body = json.loads(json.dumps(template))
    for k in list(body):
        roll = draw(st.integers(0, 9))
        if roll == 0:
            del body[k]
        elif roll < 4 and isinstance(generated, dict) and k in generated:
            body[k] = generated[k]
    if isinstance(generated, dict):
        for k, v in generated.items():
            if k not in body and draw(st.integers(0, 9)) < 3:
                body[k] = v
    return body


def stateful_case(operation, world: FuzzWorld, service: str, bodies: list[dict]) -> st.SearchStrategy:
    """Requests for one operation: schemathesis' case with seeded ids, bound dates, an accepted body now and then,
    and one of the service's identities. (A closure: hypothesis would show a composite's arguments in its repr.)"""
    generated = operation.as_strategy()

    @st.composite
    def requests_for_the_operation(draw):
        return placed_case(draw, draw(generated), world, service, bodies)
    return requests_for_the_operation()


def placed_case(draw, case, world: FuzzWorld, service: str, bodies: list[dict]):
    pool = world.ids.get(service, {})
    if bodies and draw(st.integers(0, 9)) < 5:  # half the time: an accepted body, a few fields changed
        case.body = from_template(draw, case.body, pick(draw, bodies))
    for name in list(case.path_parameters or {}):
        if pool.get(name) and draw(st.integers(0, 9)) < 8:  # mostly a seeded id; sometimes the random one stays
            case.path_parameters[name] = pick(draw, pool[name])
    if case.query:
        case.query = placed(draw, dict(case.query), pool)
    if isinstance(case.body, (dict, list)):
        case.body = placed(draw, case.body, pool)
    if case.headers and "If-Match" in case.headers and draw(st.integers(0, 9)) < 6:
        case.headers["If-Match"] = f'"{draw(st.integers(1, 4))}"'  # a version the seeded objects may have
    headers = pick(draw, world.identities[service])
    seeded = any(str(v) in pool.get(k, ()) for k, v in (case.path_parameters or {}).items())
    return case, headers, seeded


def reproduction(case, response) -> dict:
    return {"request": f"{case.method} {case.formatted_path}", "query": case.query,
            "body": case.body if isinstance(case.body, (dict, list, str, int, float)) else None,
            "status": response.status_code, "answer": response.text[:500]}


def fuzz(service: str, suite: Suite, world: FuzzWorld) -> tuple[Counter, list[dict], int]:
    schema = schemathesis.openapi.from_url(suite.url(service) + "/openapi.json")
    session = requests.Session()  # keep-alive: a 500 must not cost the next request its connection either
    stats: Counter = Counter()
    failures: list[dict] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path.startswith(SKIP):
            continue
        operations += 1

        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=SEED is None, database=None, phases=[Phase.explicit, Phase.generate],
                  print_blob=False)
        @given(drawn=stateful_case(operation, world, service, templates(operation, world, service)))
        def check(drawn):
            case, headers, seeded = drawn
            response = case.call(session=session, headers={**headers, "Idempotency-Key": os.urandom(12).hex()},
                                 timeout=60)
            stats[response.status_code] += 1
            stats["seeded"] += seeded and response.status_code != 404
            if os.environ.get("FUZZ_TRACE"):
                print(response.status_code, case.method, operation.path, response.text[:600] if response.status_code
                      in (400, 404, 409, 422) else "", flush=True)
            if response.status_code >= 500:
                failures.append(reproduction(case, response))

        if SEED is not None:
            check = hypothesis_seed(int(SEED))(check)
        check()
    session.close()
    return stats, failures, operations


@pytest.mark.timeout(int(os.environ.get("FUZZ_TIMEOUT", "600")))
@pytest.mark.parametrize("service", SERVICES)
def test_no_request_causes_a_server_error(suite, fuzz_world, report, service):
    stats, failures, operations = fuzz(service, suite, fuzz_world)
    report[service] = stats
    counts = " ".join(f"{code}:{n}" for code, n in sorted((c, n) for c, n in stats.items() if isinstance(c, int)))
    print(f"\nfuzz {service}: {sum(n for c, n in stats.items() if isinstance(c, int))} requests over {operations} "
          f"operations ({EXAMPLES} examples each, seed {SEED or 'derandomized'}), {stats['seeded']} answered on "
          f"seeded objects — {counts}; seeded ids: {fuzz_world.summary().get(service, {})}")
    assert operations >= 3
    assert sum(n for c, n in stats.items() if isinstance(c, int) and c < 300) > 0, "nothing reached a use case"
    assert stats["seeded"] > 0, "no request reached a seeded object"
    assert not failures, f"{len(failures)} server errors from {service}:\n" + "\n".join(
        json.dumps(f, ensure_ascii=False, default=str) for f in failures[:20])


async def test_public_endpoints_answer_a_burst_with_429s_never_500s(suite):
    """The public bounty endpoints (no token) are rate-limited per client address: a burst gets 429 problems with
    Retry-After, and nothing in it is a server error."""
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
