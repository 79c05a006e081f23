"""Truthful responses (issue 9): a POST's first reply, its replay under the same Idempotency-Key and the
route's response schema in /openapi.json are one and the same; money recovered from an asset names it."""
import json
import uuid

from tests.support import auth, case_body

try:  # the JSON Schema validator schemathesis brings along; the key check below stands on its own
    import jsonschema_rs
except ImportError:  # pragma: no cover
    jsonschema_rs = None


def response_schema(spec: dict, path: str, method: str, status: str) -> dict:
    return spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]


def resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def check_against(spec: dict, schema: dict, body: dict) -> None:
    model = resolve(spec, schema)
    assert set(body) == set(model["properties"]), set(body) ^ set(model["properties"])
    assert set(model.get("required", [])) <= set(body)
    if jsonschema_rs is not None:
        jsonschema_rs.Draft202012Validator({**schema, "components": spec["components"]}).validate(body)


async def test_a_registered_case_its_replay_and_the_openapi_schema_agree(asset_core):
    body = case_body(respondents=[{"name": "某公司", "kind": "organisation"}])
    headers = {**auth(), "Idempotency-Key": f"register-{uuid.uuid4()}"}
    first = await asset_core.post("/api/v1/cases", json=body, headers=headers)
    replay = await asset_core.post("/api/v1/cases", json=body, headers=headers)
    assert first.status_code == replay.status_code == 201, first.text
    assert replay.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers
    assert first.json() == replay.json()
    assert first.headers["location"] == replay.headers["location"] == f"/api/v1/cases/{first.json()['id']}"
    spec = (await asset_core.get("/openapi.json")).json()
    check_against(spec, response_schema(spec, "/api/v1/cases", "post", "201"), first.json())
    # what a later read says is what the POST said (but for the clock of `today`-based deadlines: same day)
    read = (await asset_core.get(f"/api/v1/cases/{first.json()['id']}", headers=auth())).json()
    assert json.dumps(read, sort_keys=True) == json.dumps(first.json(), sort_keys=True)


async def test_every_route_declares_its_response_model(asset_core):
    spec = (await asset_core.get("/openapi.json")).json()
    ours = [p for p in spec["paths"] if p.startswith("/api/v1/") and not p.startswith("/api/v1/audit/")]
    assert len(ours) >= 20
    for path in ours:
        ops = spec["paths"][path]
        for method, op in ops.items():
            ok = {s: r for s, r in op["responses"].items() if s.startswith("2")}
            assert ok, (method, path)
            for status, r in ok.items():
                schema = r.get("content", {}).get("application/json", {}).get("schema")
                binary = [c.get("schema") for t, c in r.get("content", {}).items() if t != "application/octet-stream"]
                if schema is None and binary:  # a download (evidence files): its bytes, in each accepted type
                    assert all(b == {"type": "string", "format": "binary"} for b in binary), (method, path)
                    continue
                assert schema and schema != {}, f"{method.upper()} {path} {status} has no response schema"


async def test_a_recovery_names_the_asset_it_came_from(asset_core, asset_db):
    case = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    other = (await asset_core.post("/api/v1/cases", json=case_body(), headers=auth())).json()
    car = (await asset_core.post(f"/api/v1/cases/{case['id']}/assets", headers=auth("judge"), json={
        "asset_type": "vehicle", "description": "蒙K·66666", "discovery_source": "tip"})).json()
    foreign = (await asset_core.post(f"/api/v1/cases/{other['id']}/assets", headers=auth("judge"), json={
        "asset_type": "vehicle", "description": "蒙K·77777", "discovery_source": "tip"})).json()
    r = await asset_core.post(f"/api/v1/cases/{case['id']}/recoveries", headers=auth("judge"),
                              json={"amount_fen": 1_000, "source": "third_party", "asset_id": foreign["id"]})
    assert r.status_code == 422 and r.json()["code"] == "unknown_asset"
    headers = {**auth("judge"), "Idempotency-Key": f"recovery-{uuid.uuid4()}"}
    body = {"amount_fen": 2_000, "source": "third_party", "received_on": "2025-02-01", "asset_id": car["id"]}
    first = await asset_core.post(f"/api/v1/cases/{case['id']}/recoveries", headers=headers, json=body)
    replay = await asset_core.post(f"/api/v1/cases/{case['id']}/recoveries", headers=headers, json=body)
    assert first.status_code == replay.status_code == 201, first.text
    assert first.json() == replay.json() and first.json()["asset_id"] == car["id"]
    spec = (await asset_core.get("/openapi.json")).json()
    check_against(spec, response_schema(spec, "/api/v1/cases/{case_id}/recoveries", "post", "201"), first.json())
    plain = await asset_core.post(f"/api/v1/cases/{case['id']}/recoveries", headers=auth("judge"),
                                  json={"amount_fen": 3_000, "source": "deduction"})
    assert plain.status_code == 201 and plain.json()["asset_id"] is None

    # an auction round sold: the recovery it makes names the asset sold
    await asset_core.post(f"/api/v1/assets/{car['id']}/measures", headers=auth("judge"),
                          json={"kind": "seize", "start_on": "2025-01-01"})
    rnd = (await asset_core.post(f"/api/v1/assets/{car['id']}/auction-rounds", headers=auth("judge"), json={
        "method": "online_auction", "valuation_fen": 100_000, "opening_fen": 70_000,
        "starts_on": "2025-03-01"})).json()
    r = await asset_core.post(f"/api/v1/auction-rounds/{rnd['id']}/result", headers=auth("judge"),
                              json={"outcome": "sold", "on": "2025-03-02", "price_fen": 80_000})
    assert r.status_code == 200, r.text
    rows = await asset_db.fetch("select envelope from outbox where key = $1 and event_type like $2 order by seq",
                                case["id"], "%recovery.recorded%")
    recorded = [json.loads(r["envelope"]) if isinstance(r["envelope"], str) else r["envelope"] for r in rows]
    assert [(e["data"]["amount_fen"], e["data"]["asset_id"]) for e in recorded] == [
        (2_000, car["id"]), (3_000, None), (80_000, car["id"])]
