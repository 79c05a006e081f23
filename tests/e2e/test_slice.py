"""The vertical slice across real processes: asset_core registers a case → event on Kafka → dispatch's
projection serves it."""
import httpx

from tests.support import COURT, auth, case_body, wait_for

SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]


async def test_all_six_services_are_up(suite):
    async with httpx.AsyncClient() as c:
        for name in SERVICES:
            r = await c.get(suite.url(name) + "/healthz")
            assert r.status_code == 200 and r.json()["service"] == name
            assert (await c.get(suite.url(name) + "/metrics")).status_code == 200
            assert (await c.get(suite.url(name) + "/openapi.json")).json()["info"]["title"]


async def test_case_registered_in_asset_core_is_readable_in_dispatch(suite):
    async with httpx.AsyncClient() as c:
        body = case_body(livelihood_category="migrant_wages", amount_owed_fen=1_250_000)
        r = await c.post(suite.url("asset_core") + "/api/v1/cases", json=body,
                         headers={**auth("clerk"), "Idempotency-Key": "e2e-slice-1"})
        assert r.status_code == 201, r.text
        case = r.json()

        async def projected():
            r = await c.get(f"{suite.url('dispatch')}/api/v1/cases/{case['id']}", headers=auth("officer"))
            return r.json() if r.status_code == 200 else None

        seen = await wait_for(projected, timeout=30, what="the case in dispatch")
        assert seen["case_number"] == body["case_number"] and seen["court_code"] == COURT
        assert seen["amount_owed_fen"] == 1_250_000 and seen["priority"] == 0
        listing = (await c.get(suite.url("dispatch") + "/api/v1/cases", headers=auth("officer"))).json()
        assert case["id"] in [i["case_id"] for i in listing["items"]]
