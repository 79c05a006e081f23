"""The article's headline case, second half, across the six real processes: the designated case reaches the
settlement center (和解中心), a "转债化解" settlement releases part of the sealed flats and helps re-mortgage
them, the installments are paid and asset_core's aggregate reflects every step. And the second story: a
终本 case pushed to the center automatically settles, the debtor defaults, and resumption (恢复执行) is
proposed with the amount already paid deducted."""
from datetime import date, timedelta

import httpx

from services.asset_core.domain import uscc_check_char
from tests.support import RUN_ID, auth, wait_for

ORIGINAL = "内0602"  # the court that filed the case
DALATE = "内0621"  # 达拉特旗人民法院
ORDOS = "内06"  # 鄂尔多斯市中级人民法院
YUAN = 100  # fen
WAN = 10_000 * YUAN


def company(body: str) -> str:
    return body + uscc_check_char(body)


async def keep_renewed(post, measure, org) -> None:
    """续冻/续封 before each expiry, as the court does, until the measure runs well past today."""
    expiry = date.fromisoformat(measure["expiry_on"])
    while expiry <= date.today() + timedelta(days=90):
        renewed = await post(f"/api/v1/measures/{measure['id']}/renewals", {"on": str(expiry - timedelta(days=9))},
                             org=org)
        expiry = date.fromisoformat(renewed["expiry_on"])


async def test_designated_case_settles_by_转债化解_and_asset_core_reflects_every_step(suite):
    core, med = suite.url("asset_core"), suite.url("mediation")
    number = f"（2023）{ORIGINAL}执{(int(RUN_ID[:5], 16) + 17) % 90000 + 1000}号"
    async with httpx.AsyncClient(timeout=30) as c:
        async def post(path, body, role="judge", org=ORIGINAL, status=200, base=core, headers=None, sub="tester"):
            r = await c.post(base + path, json=body, headers=auth(role, org=org, sub=sub) | (headers or {}))
            assert r.status_code == status, r.text
            return r.json()

        async def get(path, role="judge", org=DALATE, base=core):
            r = await c.get(base + path, headers=auth(role, org=org))
            assert r.status_code == 200, r.text
            return r.json()

        # --- first half, short: the bank's 7,000万 case, deposits frozen, 135 flats sealed, designated
        case = await post("/api/v1/cases", {
            "case_number": number, "filed_on": "2023-03-01", "amount_owed_fen": 7_000 * WAN,
            "applicants": [{"name": "某商业银行股份有限公司鄂尔多斯分行", "kind": "organisation"}],
            "respondents": [{"name": "内蒙古某房地产开发有限公司", "kind": "organisation",
                             "id_number": company("91150602MA0Q7B3C2")}]}, role="clerk", status=201)
        cid = case["id"]
        await post(f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "张法官",
                                                       "on": "2023-03-03"})
        await post(f"/api/v1/cases/{cid}/milestones", {"kind": "execution_notice", "on": "2023-03-06"})
        deposits = await post(f"/api/v1/cases/{cid}/assets", {
            "asset_type": "bank_deposit", "description": "公司基本账户存款", "estimated_value_fen": 100 * WAN,
            "discovery_source": "online_query"}, status=201)
        freeze = await post(f"/api/v1/assets/{deposits['id']}/measures", {
            "kind": "freeze", "amount_fen": 100 * WAN, "start_on": "2023-03-10"}, status=201)
        await keep_renewed(post, freeze, ORIGINAL)
        flats = await post(f"/api/v1/cases/{cid}/assets", {
            "asset_type": "real_estate", "description": "已抵押商品住房 135 套", "quantity": 135,
            "mortgaged": True, "estimated_value_fen": 135 * 60 * WAN, "location": "鄂尔多斯市",
            "discovery_source": "online_query"}, status=201)
        seal = await post(f"/api/v1/assets/{flats['id']}/measures", {
            "kind": "seal", "flexible": True, "start_on": "2023-03-10"}, status=201)  # 活封: still in use
        await keep_renewed(post, seal, ORIGINAL)
        moved = await post(f"/api/v1/cases/{cid}/designations", {
            "to_court": DALATE, "form": "instruct", "designated_on": "2024-04-01",
            "reason": "执行逾六个月未结，抵押房产流拍，指令达拉特旗人民法院执行"}, org=ORDOS)
        assert moved["executing_court_code"] == DALATE

        # --- the designated case reaches the settlement center (移送), with its asset picture from the events
        async def referred():
            r = await c.post(f"{med}/api/v1/cases", headers=auth("judge", org=DALATE), json={
                "case_id": cid, "reason": "企业经营正常但资金短缺，双方有和解意愿", "referred_on": "2024-05-06"})
            if r.status_code == 404:  # the center has not seen the case's events yet: nothing was written
                return None
            assert r.status_code == 201, r.text
            return r.json()
        center = await wait_for(referred, timeout=60, what="the designated case at the center")
        assert center["court_code"] == DALATE and center["legal_status"] == "executing"

        async def picture():
            p = await get(f"/api/v1/cases/{center['id']}/asset-picture", base=med)
            return p if p["measures_by_status"].get("active") == 2 else None
        p = await wait_for(picture, timeout=60, what="the asset picture at the center")
        assert p["amount_owed_fen"] == 7_000 * WAN and len(p["assets"]) == 2  # deposits, the 135 flats

        # --- 分案 and 办案
        mediator = await post("/api/v1/mediators", {"user_sub": f"li-{RUN_ID}", "name": "李调解员", "team": "和解一组",
                                                    "skills": ["finance", "real_estate"]},
                              role="president", org=DALATE, status=201, base=med)
        run = await post("/api/v1/assignments/run", {"on": "2024-05-07"}, role="president", org=DALATE, base=med)
        assert [a["center_case_id"] for a in run["assigned"]] == [center["id"]]
        me = {"sub": mediator["user_sub"]}
        r = await c.post(f"{med}/api/v1/cases/{center['id']}/steps", headers=auth("mediator", DALATE, me["sub"]),
                         json={"kind": "contact", "channel": "visit", "held_on": "2024-05-10", "outcome": "reached",
                               "note": "现场核实：企业经营正常，资金短缺"})
        assert r.status_code == 201, r.text
        r = await c.post(f"{med}/api/v1/cases/{center['id']}/steps", headers=auth("mediator", DALATE, me["sub"]),
                         json={"kind": "session", "channel": "in_person", "held_on": "2024-05-28", "outcome": "agreed",
                               "parties": ["某商业银行股份有限公司鄂尔多斯分行", "内蒙古某房地产开发有限公司"]})
        assert r.status_code == 201, r.text

        # --- the 转债化解 settlement: release the seal on 45 of the 135 flats and help re-mortgage them
        r = await c.post(f"{med}/api/v1/cases/{center['id']}/settlements",
                         headers=auth("mediator", DALATE, me["sub"]) | {"Idempotency-Key": f"settle-{cid}"}, json={
            "reached_on": "2024-06-01", "total_fen": 3_000 * WAN,
            "installments": [{"due_on": "2024-12-31", "amount_fen": 1_000 * WAN},
                             {"due_on": "2025-06-30", "amount_fen": 1_000 * WAN},
                             {"due_on": "2025-12-31", "amount_fen": 1_000 * WAN}],
            "guarantor": {"name": "某融资担保有限公司", "kind": "organisation", "guarantee": "连带责任保证"},
            "release_measure_ids": [seal["id"]], "release_quantities": {seal["id"]: 45},
            "remortgage_asset_ids": [flats["id"]],
            "terms": "转债化解：解除45套房产查封，协助再抵押融资，分期清偿"})
        assert r.status_code == 201, r.text
        settlement = r.json()
        assert settlement["resume_deadline"] == "2027-12-31"  # 2 years from the last due date (和解规定 10)
        assert settlement["outstanding_at_settlement_fen"] == 7_000 * WAN

        async def suspended():
            s = await get(f"/api/v1/cases/{cid}/asset-state")
            return s if s["state"] == "suspended_settlement" else None
        state = await wait_for(suspended, timeout=60, what="asset_core applying the settlement")
        by_id = {m["id"]: m for m in state["measures"]}
        assert by_id[seal["id"]]["status"] == "active"  # the seal stays on the other 90 flats
        lots = {a["status"]: a for a in state["assets"] if a["asset_type"] == "real_estate"}
        assert (lots["controlled"]["quantity"], lots["released"]["quantity"]) == (90, 45)
        assert by_id[freeze["id"]]["status"] == "active"
        remortgaged = {a["id"]: a["remortgage_requested_on"] for a in state["assets"]}
        assert remortgaged[flats["id"]] == "2024-06-01"

        picture = await get(f"/api/v1/cases/{center['id']}/asset-picture", base=med)
        assert picture["measures_by_status"] == {"active": 2}  # a partial release leaves the seal in force

        # --- installments paid; asset_core records each as a recovery
        for i, (on, amount) in enumerate([("2024-12-30", 1_000 * WAN), ("2025-06-28", 1_000 * WAN),
                                          ("2025-12-20", 1_000 * WAN)], start=1):
            paid = await post(f"/api/v1/settlements/{settlement['id']}/payments",
                              {"amount_fen": amount, "received_on": on}, role="mediator", org=DALATE, status=201,
                              base=med, headers={"Idempotency-Key": f"pay-{cid}-{i}"}, sub=me["sub"])
            assert paid["settlement"]["paid_fen"] == i * 1_000 * WAN

            async def recovered(i=i):
                s = await get(f"/api/v1/cases/{cid}/asset-state")
                return s if s["recovered_fen"] == i * 1_000 * WAN else None
            state = await wait_for(recovered, timeout=60, what=f"recovery {i} in asset_core")
            if i == 2:  # still performing: only the lot the settlement released (full performance releases all)
                assert state["assets_by_status"].get("released") == 1
        assert state["outstanding_fen"] == 4_000 * WAN

        # --- full performance closes the case as fully executed (和解规定 8)
        case_at_center = await get(f"/api/v1/cases/{center['id']}", base=med)
        assert case_at_center["state"] == "fully_executed" and case_at_center["fully_executed_on"] == "2025-12-20"
        assert [s["kind"] for s in case_at_center["steps"]] == ["contact", "session"]
        [final] = case_at_center["settlements"]
        assert final["state"] == "fully_performed" and final["performance"] == "fully_performed"

        async def payments_echoed():  # RecoveryRecorded(settlement_payment) updates the picture, not the settlement
            p = await get(f"/api/v1/cases/{center['id']}/asset-picture", base=med)
            return p if p["recovered_fen"] == 3_000 * WAN else None
        await wait_for(payments_echoed, timeout=60, what="the recoveries in the center's picture")

        async def closed_in_asset_core():  # asset_core consumes CaseFullyExecuted: the case is closed there too
            return (await get(f"/api/v1/cases/{cid}/asset-state"))["state"] == "fully_executed"
        await wait_for(closed_in_asset_core, timeout=60, what="the case fully executed in asset_core")
        # closing as fully executed ends the case's control measures (查扣冻规定 28(4); asset_core, issue 13)
        closed = await get(f"/api/v1/cases/{cid}/asset-state")
        assert {m["status"] for m in closed["measures"]} == {"released"}
        assert (await get(f"/api/v1/settlements/{settlement['id']}", base=med))["paid_fen"] == 3_000 * WAN

        figures = await get(f"/api/v1/figures?from=2024-01-01&to=2025-12-31&court={DALATE}", role="president",
                            base=med)
        assert figures["pushed"] >= 1 and figures["settled"] >= 1 and figures["fully_executed"] >= 1
        assert (await get(f"/api/v1/figures?court={DALATE}", org=ORDOS, role="president", base=med))["settled"] >= 1


async def test_concluded_case_settles_then_defaults_and_resumption_is_proposed_with_the_paid_amount_deducted(suite):
    core, med = suite.url("asset_core"), suite.url("mediation")
    number = f"（2024）{DALATE}执{(int(RUN_ID[:5], 16) + 29) % 90000 + 1000}号"
    async with httpx.AsyncClient(timeout=30) as c:
        async def post(path, body, role="judge", org=DALATE, status=200, base=core):
            r = await c.post(base + path, json=body, headers=auth(role, org=org))
            assert r.status_code == status, r.text
            return r.json()

        case = await post("/api/v1/cases", {
            "case_number": number, "filed_on": "2024-02-01", "amount_owed_fen": 500 * WAN,
            "livelihood_category": "migrant_wages", "applicants": ["王某等 12 名农民工"],
            "respondents": [{"name": "某建筑劳务有限公司", "kind": "organisation",
                             "id_number": company("91150621MA0R8C4D3")}]}, role="clerk", status=201)
        cid = case["id"]
        await post(f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "赵法官",
                                                       "on": "2024-02-02"})
        # 终本规定 5: the applicant is told and heard before 终本 (asset_core, issue 13)
        for kind in ("execution_notice", "consumption_restriction", "applicant_heard"):
            await post(f"/api/v1/cases/{cid}/milestones", {"kind": kind, "on": "2024-02-05"})
        for cat in ("bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds"):
            await post(f"/api/v1/cases/{cid}/investigation", {"category": cat, "status": "none",
                                                              "source": "online_query", "queried_on": "2024-02-10"},
                       role="officer")
        await post(f"/api/v1/cases/{cid}/transitions", {"to_state": "concluded_no_assets",
                                                        "reason": "无财产可供执行", "on": "2024-06-01"})

        # --- the 终本 case is pushed to the center automatically, green channel, legal status kept
        async def pushed():
            r = await c.get(f"{med}/api/v1/cases?green_channel=true&limit=200", headers=auth("judge", org=DALATE))
            return next((x for x in r.json()["items"] if x["case_id"] == cid), None)
        center = await wait_for(pushed, timeout=60, what="the 终本 case at the center")
        assert center["source"] == "concluded" and center["legal_status"] == "concluded_no_assets"
        assert center["priority"] == 0 and center["received_on"] == "2024-06-01"

        mediator = await post("/api/v1/mediators", {"user_sub": f"wang-{RUN_ID}", "name": "王调解员",
                                                    "team": "民生组", "skills": ["livelihood"]},
                              role="president", status=201, base=med)
        r = await c.post(f"{med}/api/v1/cases/{center['id']}/assignment", headers=auth("president", org=DALATE),
                         json={"mediator_id": mediator["id"], "reason": "农民工工资案件指定民生组", "on": "2024-06-02"})
        assert r.status_code == 200, r.text
        mine = auth("mediator", DALATE, mediator["user_sub"])
        r = await c.post(f"{med}/api/v1/cases/{center['id']}/steps", headers=mine, json={
            "kind": "session", "channel": "in_person", "held_on": "2024-06-20", "outcome": "agreed"})
        assert r.status_code == 201, r.text
        r = await c.post(f"{med}/api/v1/cases/{center['id']}/settlements", headers=mine, json={
            "reached_on": "2024-07-01", "total_fen": 300 * WAN,
            "installments": [{"due_on": "2024-08-01", "amount_fen": 100 * WAN},
                             {"due_on": "2024-10-01", "amount_fen": 200 * WAN}]})
        assert r.status_code == 201, r.text
        sid = r.json()["id"]
        r = await c.post(f"{med}/api/v1/settlements/{sid}/payments", headers=mine,
                         json={"amount_fen": 100 * WAN, "received_on": "2024-08-01"})
        assert r.status_code == 201, r.text

        # --- performed on schedule: resumption refused (和解规定 11)
        r = await c.post(f"{med}/api/v1/settlements/{sid}/resumption-proposals", headers=auth("judge", org=DALATE),
                         json={"on": "2024-09-15"})
        assert r.status_code == 422 and r.json()["code"] == "resumption_refused_on_schedule"

        # --- the second installment is not paid: flagged overdue once, then resumption is proposed
        for _ in range(2):
            r = await c.post(f"{med}/api/v1/ops/sweep", headers=auth("admin", org=DALATE), json={"today": "2024-10-02"})
            assert r.status_code == 200, r.text
        view = (await c.get(f"{med}/api/v1/settlements/{sid}?on=2024-10-02", headers=auth("judge", org=DALATE))).json()
        assert [i["status"] for i in view["installments"]] == ["paid", "overdue"]
        assert view["installments"][1]["overdue_flagged_on"] == "2024-10-02"
        queue = (await c.get(f"{med}/api/v1/supervision/queue?on=2024-10-02",
                             headers=auth("president", org=DALATE))).json()
        assert any(i["settlement_id"] == sid for i in queue["overdue_installments"])
        r = await c.post(f"{med}/api/v1/settlements/{sid}/resumption-proposals", headers=auth("judge", org=DALATE),
                         json={"on": "2024-10-10", "note": "申请执行人申请恢复执行"})
        assert r.status_code == 201, r.text
        proposal = r.json()
        assert proposal["state"] == "defaulted" and proposal["paid_fen"] == 100 * WAN
        assert proposal["resume_amount_fen"] == 400 * WAN  # 500万 owed − 100万 paid (和解规定 17)
        # 2 years from the last due date (和解规定 10) end 2026-10-01, in 国庆: the next working day (民诉法 85 ¶3)
        assert proposal["resume_deadline"] == "2026-10-08"
        assert proposal["resume_deadline_moved_for_holiday_from"] == "2026-10-01"

        # --- asset_core's aggregate: the payment is a recovery, the proposal is on the case, 终本 status kept
        async def proposed():
            s = (await c.get(f"{core}/api/v1/cases/{cid}/asset-state", headers=auth("judge", org=DALATE))).json()
            note = next((e for e in s["last_events"] if "建议恢复执行" in e["summary"]), None)
            return (s, note) if note else None
        state, note = await wait_for(proposed, timeout=60, what="the resumption proposal in asset_core")
        assert state["recovered_fen"] == 100 * WAN and state["outstanding_fen"] == 400 * WAN
        assert state["state"] == "concluded_no_assets"
        assert str(100 * WAN) in note["summary"] and "2026-10-08" in note["summary"]
        center_now = (await c.get(f"{med}/api/v1/cases/{center['id']}", headers=auth("judge", org=DALATE))).json()
        assert center_now["state"] == "defaulted" and center_now["legal_status"] == "concluded_no_assets"


async def test_concluded_case_performed_in_full_at_the_center_closes_as_fully_executed_和解规定8(suite):
    """issue 13: a 终本 case pushed to the center and settled there, once the settlement is performed in full, is
    closed as fully executed (和解规定 8) in the court that holds it — it does not stay 终本 — and the center's
    copy of the legal status follows."""
    core, med = suite.url("asset_core"), suite.url("mediation")
    number = f"（2024）{DALATE}执{(int(RUN_ID[:5], 16) + 41) % 90000 + 1000}号"
    async with httpx.AsyncClient(timeout=30) as c:
        async def post(path, body, role="judge", org=DALATE, status=200, base=core, sub="tester"):
            r = await c.post(base + path, json=body, headers=auth(role, org=org, sub=sub))
            assert r.status_code == status, r.text
            return r.json()

        case = await post("/api/v1/cases", {
            "case_number": number, "filed_on": "2024-02-01", "amount_owed_fen": 80 * WAN,
            "applicants": ["李某"], "respondents": [{"name": "某商贸有限公司", "kind": "organisation",
                                                    "id_number": company("91150621MA0R9D5E4")}]},
            role="clerk", status=201)
        cid = case["id"]
        await post(f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "孙法官",
                                                       "on": "2024-02-02"})
        for kind in ("execution_notice", "consumption_restriction", "applicant_heard"):  # 终本规定 5
            await post(f"/api/v1/cases/{cid}/milestones", {"kind": kind, "on": "2024-02-05"})
        for cat in ("bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds"):
            await post(f"/api/v1/cases/{cid}/investigation", {"category": cat, "status": "none",
                                                              "source": "online_query", "queried_on": "2024-02-10"},
                       role="officer")
        await post(f"/api/v1/cases/{cid}/transitions", {"to_state": "concluded_no_assets",
                                                        "reason": "无财产可供执行", "on": "2024-06-01"})

        async def pushed():
            r = await c.get(f"{med}/api/v1/cases?limit=200", headers=auth("judge", org=DALATE))
            return next((x for x in r.json()["items"] if x["case_id"] == cid), None)
        center = await wait_for(pushed, timeout=60, what="the 终本 case at the center")
        assert center["legal_status"] == "concluded_no_assets"
        mediator = await post("/api/v1/mediators", {"user_sub": f"sun-{RUN_ID}", "name": "孙调解员", "team": "和解二组"},
                              role="president", status=201, base=med)
        await post(f"/api/v1/cases/{center['id']}/assignment", {"mediator_id": mediator["id"], "reason": "指定",
                                                                "on": "2024-06-02"}, role="president", base=med)
        sub = mediator["user_sub"]
        settlement = await post(f"/api/v1/cases/{center['id']}/settlements", {
            "reached_on": "2024-07-01", "total_fen": 60 * WAN,
            "installments": [{"due_on": "2024-08-01", "amount_fen": 30 * WAN},
                             {"due_on": "2024-09-02", "amount_fen": 30 * WAN}]},
            role="mediator", status=201, base=med, sub=sub)
        for on in ("2024-07-31", "2024-09-02"):
            await post(f"/api/v1/settlements/{settlement['id']}/payments", {"amount_fen": 30 * WAN, "received_on": on},
                       role="mediator", status=201, base=med, sub=sub)

        async def fully_executed():
            r = await c.get(f"{core}/api/v1/cases/{cid}/asset-state", headers=auth("judge", org=DALATE))
            return r.json() if r.json()["state"] == "fully_executed" else None
        state = await wait_for(fully_executed, timeout=60, what="the 终本 case closed as fully executed in asset_core")
        assert state["recovered_fen"] == 60 * WAN

        async def followed():
            r = await c.get(f"{med}/api/v1/cases/{center['id']}", headers=auth("judge", org=DALATE))
            return r.json() if r.json()["legal_status"] == "fully_executed" else None
        at_center = await wait_for(followed, timeout=60, what="the center following the legal status")
        assert (at_center["state"], at_center["fully_executed_on"]) == ("fully_executed", "2024-09-02")
