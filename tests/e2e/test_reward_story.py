"""法信悬赏 end to end across the real processes, on the article's headline case: the company that owes the bank
7,000万 (135 mortgaged flats sealed, designated to 达拉特旗 court). The bank applies for a bounty on assets; the
court grants and publishes it; two members of the public send tips on the same unknown flat — the later one ranks
second and gets nothing; the first is verified, asset_core adds the flat to the ledger, it is sealed and sold at
auction, and the reward (5 % of the price, under the cap) becomes payable from that money. The first tipster's
receipt says so; the tipster's name appears in no response a public client or another court can read."""
import random
import uuid
from datetime import date

import httpx

from services.asset_core.domain import uscc_check_char
from shared.identity import resident_id_check_char
from shared.legal import today_cn
from tests.support import RUN_ID, auth, wait_for

ORIGINAL = "内0602"  # the court that filed the case
DALATE = "内0621"  # 达拉特旗人民法院
ORDOS = "内06"  # 鄂尔多斯市中级人民法院
PEER = "内0622"  # another basic court: sees nothing
YUAN = 100
WAN = 10_000 * YUAN
FIRST, SECOND = "赵明远", "钱晓红"


def public_client() -> httpx.AsyncClient:
    """A member of the public at an address of their own (the public limits count per client address)."""
    address = f"127.{random.randint(1, 250)}.{random.randint(1, 250)}.{random.randint(2, 250)}"
    return httpx.AsyncClient(timeout=30, transport=httpx.AsyncHTTPTransport(local_address=address))


async def test_a_tip_on_an_unknown_flat_pays_a_reward_from_its_auction(suite):
    core, rew = suite.url("asset_core"), suite.url("reward")
    company = "91150602MA0Q7B3C1" + uscc_check_char("91150602MA0Q7B3C1")
    number = f"（2023）{ORIGINAL}执{int(RUN_ID[:5], 16) % 90000 + 1000 + 7}号"
    today = today_cn()
    seen_by_others: list[str] = []  # every body a public client or another court got
    async with httpx.AsyncClient(timeout=30) as c:
        async def call(method, url, body=None, role="judge", org=DALATE, status=200, keep=False):
            r = await c.request(method, url, json=body, headers={**auth(role, org=org),
                                                                  "Idempotency-Key": uuid.uuid4().hex})
            assert r.status_code == status, r.text
            if keep:
                seen_by_others.append(r.text)
            return r.json()

        # the headline case, in short: filed at 内0602, the 135 flats sealed, designated to 达拉特旗
        case = await call("POST", f"{core}/api/v1/cases", {
            "case_number": number, "filed_on": "2023-03-01", "amount_owed_fen": 7_000 * WAN,
            "applicants": [{"name": "某商业银行股份有限公司鄂尔多斯分行", "kind": "organisation"}],
            "respondents": [{"name": "内蒙古某房地产开发有限公司", "kind": "organisation", "id_number": company}]},
            role="clerk", org=ORIGINAL, status=201)
        cid = case["id"]
        await call("POST", f"{core}/api/v1/cases/{cid}/milestones",
                   {"kind": "officer_assigned", "officer_id": "张法官", "on": "2023-03-03"}, org=ORIGINAL)
        await call("POST", f"{core}/api/v1/cases/{cid}/milestones", {"kind": "execution_notice", "on": "2023-03-06"},
                   org=ORIGINAL)
        flats = await call("POST", f"{core}/api/v1/cases/{cid}/assets", {
            "asset_type": "real_estate", "description": "已抵押商品住房 135 套", "quantity": 135, "mortgaged": True,
            "estimated_value_fen": 8_100 * WAN, "location": "鄂尔多斯市", "discovery_source": "online_query"},
            org=ORIGINAL, status=201)
        await call("POST", f"{core}/api/v1/assets/{flats['id']}/measures",
                   {"kind": "seal", "flexible": True, "start_on": "2023-03-10"}, org=ORIGINAL, status=201)
        await call("POST", f"{core}/api/v1/cases/{cid}/designations", {
            "to_court": DALATE, "form": "instruct", "designated_on": "2024-04-01",
            "reason": "执行逾六个月未结，指令达拉特旗人民法院执行"}, org=ORDOS)

        async def designated_in_reward():  # reward's projection follows the designation through Kafka
            r = await c.post(f"{rew}/api/v1/applications", headers=auth("clerk", org=DALATE), json={
                "case_id": cid, "applicant_name": "某商业银行股份有限公司鄂尔多斯分行", "sought": "assets",
                "reward": {"kind": "percentage", "percent_bp": 500, "cap_fen": 5 * WAN, "floor_fen": 500 * YUAN},
                "promise_to_pay": True, "promise": "线索使债权得以实现的，自愿按公告支付悬赏金",
                "channels": ["national_platform", "court_wechat", "notice_board"],
                "debtor_name": "内蒙古某房地产开发有限公司", "debtor_kind": "organisation", "debtor_id_number": company})
            return r.json() if r.status_code == 201 else None
        app = await wait_for(designated_in_reward, timeout=60, what="the designated case in reward")
        assert app["court_code"] == DALATE and app["state"] == "received"
        assert app["decision_due"] >= str(today)  # 21: decided within 10 days (moved off rest days)
        await call("POST", f"{rew}/api/v1/applications/{app['id']}/decision", {"decision": "granted"})
        notice = await call("POST", f"{rew}/api/v1/applications/{app['id']}/notice",
                            {"court_contact": "达拉特旗人民法院执行局 张法官 0477-5123456"}, status=201)
        no = notice["number"]

        # the public reads the notice and two people send tips on the same flat the court does not know of
        flat = {"clue_kind": "asset", "asset_identifier": "蒙(2022)康巴什区不动产权第0088888号",
                "place": "康巴什区某小区5号楼1单元901室"}
        receipts = {}
        for name, text, phone, pid in (
                (FIRST, "该公司在康巴什区某小区 5 号楼 1 单元 901 室另有一套住房，已出租", "13847700001", "15262719900202234"),
                (SECOND, "康巴什区某小区 5-1-901 是那家房地产公司的房子", "13847700002", "15262719910303345")):
            async with public_client() as p:
                listed = await p.get(f"{rew}/api/v1/public/notices", params={"court": DALATE, "limit": 200})
                assert listed.status_code == 200 and any(n["number"] == no for n in listed.json()["items"])
                seen_by_others.append(listed.text)
                r = await p.post(f"{rew}/api/v1/public/notices/{no}/tips", json={
                    **flat, "clue_text": text, "tipster": {"name": name, "phone": phone,
                                                           "id_number": pid + resident_id_check_char(pid),
                                                           "declares_no_exclusion": True}})
                assert r.status_code == 201, r.text
                seen_by_others.append(r.text)
                receipts[name] = r.json()["receipt"]

        register = await call("GET", f"{rew}/api/v1/notices/{notice['id']}/tips", role="officer")
        tips = {t["tipster_name"]: t for t in register["items"]}
        assert (tips[FIRST]["rank"], tips[SECOND]["rank"]) == (1, 2)  # 23: same flat, by time of receipt
        for org in (ORDOS, PEER, ORIGINAL):  # the higher court reads it masked; the others do not see it
            r = await c.get(f"{rew}/api/v1/notices/{notice['id']}/tips", headers=auth("judge", org=org))
            assert r.status_code == (200 if org == ORDOS else 404), r.text
            seen_by_others.append(r.text)

        # the officer verifies the first tip: the flat goes into asset_core's ledger (discovery_source tip)
        await call("POST", f"{rew}/api/v1/tips/{tips[FIRST]['id']}/verification", {
            "outcome": "useful", "finding": "asset_found", "asset_type": "real_estate",
            "description": "康巴什区某小区 5-1-901 住房一套 (蒙(2022)康巴什区不动产权第0088888号)",
            "estimated_value_fen": 120 * WAN, "location": "康巴什区"}, role="officer")

        async def flat_in_ledger():
            s = await call("GET", f"{core}/api/v1/cases/{cid}/asset-state")
            return next((a for a in s["assets"] if a["discovery_source"] == "tip"), None)
        found = await wait_for(flat_in_ledger, timeout=60, what="the tip's flat in asset_core's ledger")

        # sealed and sold at the first online auction: money recovered through that asset
        await call("POST", f"{core}/api/v1/assets/{found['id']}/measures",
                   {"kind": "seal", "start_on": str(today)}, status=201)
        valuation = 120 * WAN
        auction = await call("POST", f"{core}/api/v1/assets/{found['id']}/auction-rounds", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": valuation * 70 // 100,
            "starts_on": str(today)}, status=201)
        price = 90 * WAN
        await call("POST", f"{core}/api/v1/auction-rounds/{auction['id']}/result",
                   {"outcome": "sold", "price_fen": price, "on": str(today)})

        async def payable():
            items = (await call("GET", f"{rew}/api/v1/rewards", role="clerk"))["items"]
            return next((x for x in items if x["notice_id"] == notice["id"]), None)
        reward = await wait_for(payable, timeout=60, what="the reward payable")
        assert reward["tip_id"] == tips[FIRST]["id"] and reward["state"] == "payable"
        assert reward["amount_fen"] == price * 5 // 100 == 45_000 * YUAN  # 5 % of 90万, under the 5万 cap
        assert reward["payment_mode"] == "deducted" and reward["recovered_fen"] == price

        async with public_client() as p:
            first = await p.get(f"{rew}/api/v1/public/tips/{receipts[FIRST]}")
            second = await p.get(f"{rew}/api/v1/public/tips/{receipts[SECOND]}")
            detail = await p.get(f"{rew}/api/v1/public/notices/{no}")
        assert first.json()["status"] == "reward_payable" and second.json()["status"] == "received"
        assert detail.status_code == 200 and detail.json()["debtor_id_masked"] == company  # a company's code is public
        seen_by_others += [first.text, second.text, detail.text]
        for body in seen_by_others:
            assert FIRST not in body and SECOND not in body and "13847700001" not in body

        figures = await call("GET", f"{rew}/api/v1/figures", role="judge", org=ORDOS)
        assert figures["notices_published"] >= 1 and figures["successes"] >= 1 and figures["recovered_fen"] >= price
        assert date.fromisoformat(reward["payable_on"]) == today
