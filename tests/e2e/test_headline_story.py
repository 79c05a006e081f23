"""The article's headline case, first half, across the six real processes: a private company owes a bank
7,000万; the court froze 100万 of deposits and sealed 135 mortgaged flats; two online auctions failed with
the legal price cuts; the intermediate court designated the case to 达拉特旗 court (交叉执行)."""
from datetime import date, timedelta

import httpx

from shared.identity import uscc_check_char
from tests.support import RUN_ID, auth, wait_for

ORIGINAL = "内0602"  # the court that filed the case
DALATE = "内0621"  # 达拉特旗人民法院
ORDOS = "内06"  # 鄂尔多斯市中级人民法院
YUAN = 100  # fen
WAN = 10_000 * YUAN


async def keep_renewed(post, measure) -> list[str]:
    """续冻/续封 before each expiry, as the court does, until the measure runs well past today."""
    expiry, out = date.fromisoformat(measure["expiry_on"]), []
    while expiry <= date.today() + timedelta(days=90):
        renewed = await post(f"/api/v1/measures/{measure['id']}/renewals", {"on": str(expiry - timedelta(days=9))})
        expiry = date.fromisoformat(renewed["expiry_on"])
        out.append(renewed["expiry_on"])
    return out


async def test_bank_loan_case_to_designation_ends_in_the_right_aggregate_state(suite):
    core, disp = suite.url("asset_core"), suite.url("dispatch")
    company = "91150602MA0Q7B3C1" + uscc_check_char("91150602MA0Q7B3C1")
    number = f"（2023）{ORIGINAL}执{int(RUN_ID[:5], 16) % 90000 + 1000}号"
    async with httpx.AsyncClient(timeout=30) as c:
        async def post(path, body, role="judge", org=ORIGINAL, status=200):
            r = await c.post(core + path, json=body, headers=auth(role, org=org))
            assert r.status_code == status, r.text
            return r.json()

        case = await post("/api/v1/cases", {
            "case_number": number, "filed_on": "2023-03-01", "amount_owed_fen": 7_000 * WAN,
            "applicants": [{"name": "某商业银行股份有限公司鄂尔多斯分行", "kind": "organisation"}],
            "respondents": [{"name": "内蒙古某房地产开发有限公司", "kind": "organisation", "id_number": company}]},
            role="clerk", status=201)
        cid = case["id"]
        await post(f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "张法官", "on": "2023-03-03"})
        await post(f"/api/v1/cases/{cid}/milestones", {"kind": "execution_notice", "on": "2023-03-06"})

        deposits = await post(f"/api/v1/cases/{cid}/assets", {
            "asset_type": "bank_deposit", "description": "公司基本账户存款", "estimated_value_fen": 100 * WAN,
            "discovery_source": "online_query"}, status=201)
        freeze = await post(f"/api/v1/assets/{deposits['id']}/measures", {
            "kind": "freeze", "amount_fen": 100 * WAN, "start_on": "2023-03-10"}, status=201)
        assert freeze["expiry_on"] == "2024-03-10"  # deposits: 1 year (解释 485), renewed before each expiry
        renewals = await keep_renewed(post, freeze)
        assert renewals[0] == "2025-03-10"
        flats = await post(f"/api/v1/cases/{cid}/assets", {
            "asset_type": "real_estate", "description": "已抵押商品住房 135 套", "quantity": 135, "mortgaged": True,
            "estimated_value_fen": 8_100 * WAN, "location": "鄂尔多斯市", "discovery_source": "online_query"},
            status=201)
        seal = await post(f"/api/v1/assets/{flats['id']}/measures", {
            "kind": "seal", "flexible": True, "start_on": "2023-03-10"}, status=201)
        assert seal["expiry_on"] == "2026-03-10"  # real estate: 3 years (解释 485)
        assert (await keep_renewed(post, seal))[0] == "2029-03-10"

        valuation = 8_100 * WAN
        first = await post(f"/api/v1/assets/{flats['id']}/auction-rounds", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": valuation * 70 // 100,
            "starts_on": "2023-09-01", "announced_on": "2023-08-02",  # 30 days ahead (网拍规定 12)
            "deposit_fen": valuation * 70 // 100 // 10, "bidding_hours": 24}, status=201)  # 网拍规定 17, 20
        await post(f"/api/v1/auction-rounds/{first['id']}/result", {"outcome": "failed", "on": "2023-09-02"})
        second_opening = first["opening_fen"] * 80 // 100  # cut by the full 20 %
        second = await post(f"/api/v1/assets/{flats['id']}/auction-rounds", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": second_opening,
            "starts_on": "2023-10-01", "announced_on": "2023-09-15",  # 15 days ahead, within 30 (网拍规定 26)
            "deposit_fen": second_opening // 10, "bidding_hours": 24}, status=201)
        await post(f"/api/v1/auction-rounds/{second['id']}/result", {"outcome": "failed", "on": "2023-10-02"})
        r = await c.post(f"{core}/api/v1/assets/{flats['id']}/auction-rounds", headers=auth("judge", org=ORIGINAL),
                         json={"method": "online_auction", "valuation_fen": valuation,
                               "opening_fen": second_opening * 80 // 100, "starts_on": "2023-11-01"})
        assert r.status_code == 422 and r.json()["code"] == "wrong_disposal_step"  # after two 流拍: 变卖

        moved = await post(f"/api/v1/cases/{cid}/designations", {
            "to_court": DALATE, "form": "instruct", "designated_on": "2024-04-01",
            "reason": "执行逾六个月未结，抵押房产两次流拍，指令达拉特旗人民法院执行"}, org=ORDOS)
        assert moved["executing_court_code"] == DALATE

        state = (await c.get(f"{core}/api/v1/cases/{cid}/asset-state", headers=auth("judge", org=DALATE))).json()
        assert state["executing_court_code"] == DALATE and state["state"] == "executing"
        assert state["amount_owed_fen"] == 7_000 * WAN and state["outstanding_fen"] == 7_000 * WAN
        assert state["frozen_fen"] == 100 * WAN
        assert state["assets_by_status"] == {"controlled": 1, "in_disposal": 1}
        flats_state = next(a for a in state["assets"] if a["id"] == flats["id"])
        assert flats_state["quantity"] == 135 and flats_state["mortgaged"] is True
        assert [(r["round_no"], r["opening_fen"], r["outcome"]) for r in flats_state["auction_rounds"]] == [
            (1, 5_670 * WAN, "failed"), (2, 4_536 * WAN, "failed")]
        assert {m["kind"]: m["status"] for m in state["measures"]} == {"freeze": "active", "seal": "active"}
        assert len(next(m for m in state["measures"] if m["kind"] == "freeze")["renewals"]) == len(renewals)
        assert "指令执行" in state["last_events"][0]["summary"]
        for org in (ORIGINAL, ORDOS):  # both courts and the designating court read it; a peer does not
            assert (await c.get(f"{core}/api/v1/cases/{cid}", headers=auth("judge", org=org))).status_code == 200
        assert (await c.get(f"{core}/api/v1/cases/{cid}", headers=auth("judge", org="内0622"))).status_code == 404

        async def moved_in_dispatch():  # dispatch's projection follows the designation through Kafka
            r = await c.get(f"{disp}/api/v1/cases/{cid}", headers=auth("officer", org=DALATE))
            return r.status_code == 200 and r.json()["court_code"] == DALATE
        await wait_for(moved_in_dispatch, timeout=30, what="the designated case in dispatch")
