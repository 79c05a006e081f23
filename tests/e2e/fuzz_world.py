"""The stateful fuzzer's world: real objects in all six services, created through their public HTTP APIs as a
court, a police bureau and a procuratorate would (the way demo/seed.py and the e2e stories do), and the ids the
generator draws its path parameters and body id fields from — by parameter name, per service (a `case_id` in
procuratorate is one of its own cases; in reward, mediation, police and dispatch it is asset_core's).

    world = await seed(suite)          # FuzzWorld: ids[service][name] -> [id, ...], identities[service]

The fuzzer acts at organisations of its own (court 内0681, its bureau 内0681公, procuratorate 内0581检, and the
court above, 内06) with every role; its login `fuzzer-<run id>` is a registered officer (dispatched to the seeded
alarm) and a mediator (the seeded center case is assigned to it), so the /me/ routes and the mediator's own cases
are reachable too. FUZZ_TRACE=1 prints each seeding request."""
from __future__ import annotations

import os
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import httpx

from shared.identity import resident_id_check_char, uscc_check_char
from shared.legal import today_cn
from tests.support import RUN_ID, token, wait_for

# organisations of the fuzzer's own, so that what it writes (and the org-wide use cases it runs, such as the
# center's assignment run) reaches no other test on the shared e2e suite
COURT = "内0681"  # a basic court under 鄂尔多斯市中级人民法院
HIGHER = "内06"
BUREAU = "内0681公"  # its public-security bureau
PROCURATORATE = "内0581检"
SUB = f"fuzzer-{RUN_ID}"  # its login: an officer and a mediator of the fuzz court
ALL_ROLES = ["clerk", "judge", "officer", "president", "mediator", "police", "procurator", "partner", "auditor",
             "admin"]
WAN = 1_000_000  # 1 万元 in fen
CATEGORIES = ("bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds")


def bearer(org: str, roles: list[str] | None = None, sub: str = SUB) -> dict[str, str]:
    return {"Authorization": f"Bearer {token(roles or ALL_ROLES, org=org, sub=sub, hours=6)}"}


def person_id(i: int) -> str:
    first17 = f"150621{1970 + i % 40:04d}0101{100 + i:03d}"
    return first17 + resident_id_check_char(first17)


def company_id(i: int) -> str:
    first17 = f"91150621MA0F{i:05d}"[:17]
    return first17 + uscc_check_char(first17)


@dataclass
class FuzzWorld:
    ids: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    # who the fuzzer is, per service: header sets it draws from (every role, at the court and at the other side)
    identities: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    took: dict[str, float] = field(default_factory=dict)  # seconds seeding each service
    # the bodies the seeding sent and the services accepted, per service: (method, concrete path, body) — the
    # generator starts from one now and then, so that a request passes validation and reaches the use case
    bodies: dict[str, list[tuple[str, str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, service: str, name: str, value: Any) -> Any:
        if value is not None and str(value) not in self.ids[service][name]:
            self.ids[service][name].append(str(value))
        return value

    def __repr__(self) -> str:  # hypothesis shows a strategy's arguments
        return f"FuzzWorld({self.summary()})"

    def summary(self) -> dict[str, dict[str, int]]:
        return {s: {n: len(v) for n, v in names.items()} for s, names in self.ids.items()}


FATAL = {"validation_error", "recovery_before_tip"}  # answers that waiting does not change


class SeedError(AssertionError):
    pass


class Seeder:
    def __init__(self, suite, client: httpx.AsyncClient):
        self.suite, self.c = suite, client
        self.w = FuzzWorld()
        self.n = int(RUN_ID[:4], 16) % 1000 * 100
        self.k = int(RUN_ID[4:], 16) % 400
        self.today = today_cn()
        self.took: dict[str, float] = {}

    async def timed(self, name: str, work):
        started = time.monotonic()
        try:
            return await work
        finally:
            self.took[name] = time.monotonic() - started

    async def call(self, service: str, method: str, path: str, body: Any = None, org: str = COURT,
                   sub: str = SUB, ok: tuple[int, ...] = (200, 201), **params: Any) -> Any:
        headers = {**bearer(org, sub=sub), "Idempotency-Key": uuid.uuid4().hex}
        r = await self.c.request(method, self.suite.url(service) + path, json=body, headers=headers,
                                 params=params or None)
        if os.environ.get("FUZZ_TRACE"):
            print(f"{time.monotonic():.1f} {r.status_code} {method} {path}", flush=True)
        if r.status_code not in ok:
            raise SeedError(f"seeding {service} {method} {path}: {r.status_code} {r.text[:800]}")
        if method == "POST" and isinstance(body, dict) and r.status_code < 300:
            self.w.bodies[service].append((method, path, body))
        return r.json() if r.content else None

    async def eventually(self, service: str, method: str, path: str, body: Any = None, org: str = COURT,
                         sub: str = SUB, what: str = "", timeout: float = 60) -> Any:
        """A request that succeeds once another service's events have arrived (a 404/409/422 until then)."""
        last: list[str] = []

        async def attempt():
            headers = {**bearer(org, sub=sub), "Idempotency-Key": uuid.uuid4().hex}
            r = await self.c.request(method, self.suite.url(service) + path, json=body, headers=headers)
            if r.status_code in (200, 201):
                if isinstance(body, dict):
                    self.w.bodies[service].append((method, path, body))
                return r.json()
            if r.status_code not in (404, 409, 422) or r.json().get("code") == "validation_error":
                raise SeedError(f"seeding {service} {method} {path}: {r.status_code} {r.text[:800]}")
            last[:] = [f"{r.status_code} {r.text[:400]}"]
            if r.json().get("code") in FATAL:
                raise SeedError(f"seeding {service} {method} {path}: {r.status_code} {r.text[:800]}")
            return None
        try:
            return await wait_for(attempt, timeout=timeout, interval=0.2, what=what or f"{service} {path}")
        except AssertionError as e:
            raise SeedError(f"{e}; last answer {last}") from None

    # ------------------------------------------------------------------ asset_core
    def case_body(self, i: int, filed: str = "2024-03-01", person: bool = True) -> dict:
        respondent = ({"name": f"示例被执行人王某{i}", "kind": "person", "id_number": person_id(i)} if person else
                      {"name": f"内蒙古示例有限公司{i}", "kind": "organisation", "id_number": company_id(i)})
        return {"case_number": f"（2024）{COURT}执{self.n + i + 1}号", "filed_on": filed,
                "amount_owed_fen": (50 + i) * WAN, "livelihood_category": "migrant_wages" if i == 2 else "none",
                "applicants": [{"name": f"示例申请人李某{i}", "kind": "person"}], "respondents": [respondent]}

    async def asset_core(self) -> dict[str, Any]:
        w, core = self.w, "asset_core"
        cases = []
        for i in range(4):
            case = await self.call(core, "POST", "/api/v1/cases", self.case_body(i, person=i != 1))
            cases.append(case)
            w.add(core, "case_id", case["id"])
            for party in case.get("respondents", []):
                w.add(core, "party_key", party.get("party_key"))
            await self.call(core, "POST", f"/api/v1/cases/{case['id']}/milestones",
                            {"kind": "officer_assigned", "officer_id": SUB, "on": "2024-03-02"})
            await self.call(core, "POST", f"/api/v1/cases/{case['id']}/milestones",
                            {"kind": "execution_notice", "on": "2024-03-04"})
        main = cases[0]["id"]
        deposits = await self.call(core, "POST", f"/api/v1/cases/{main}/assets", {
            "asset_type": "bank_deposit", "description": "基本账户存款", "estimated_value_fen": 10 * WAN,
            "discovery_source": "online_query"})
        flats = await self.call(core, "POST", f"/api/v1/cases/{main}/assets", {
            "asset_type": "real_estate", "description": "商品住房 135 套", "quantity": 135, "mortgaged": True,
            "estimated_value_fen": 8_100 * WAN, "location": "鄂尔多斯市", "discovery_source": "online_query"})
        car = await self.call(core, "POST", f"/api/v1/cases/{cases[1]['id']}/assets", {
            "asset_type": "vehicle", "description": "越野车 蒙K·12345", "estimated_value_fen": 30 * WAN,
            "discovery_source": "online_query"})
        for a in (deposits, flats, car):
            w.add(core, "asset_id", a["id"])
        freeze = await self.call(core, "POST", f"/api/v1/assets/{deposits['id']}/measures",
                                 {"kind": "freeze", "amount_fen": 10 * WAN, "start_on": "2024-03-10"})
        seal = await self.call(core, "POST", f"/api/v1/assets/{flats['id']}/measures",
                               {"kind": "seal", "flexible": True, "start_on": "2024-03-10"})
        seize = await self.call(core, "POST", f"/api/v1/assets/{car['id']}/measures",
                                {"kind": "seize", "start_on": "2024-03-12"})
        for m in (freeze, seal, seize):
            w.add(core, "measure_id", m["id"])
        valuation = 8_100 * WAN
        failed = await self.call(core, "POST", f"/api/v1/assets/{flats['id']}/auction-rounds", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": valuation * 70 // 100,
            "starts_on": "2024-06-01", "announced_on": "2024-05-02", "deposit_fen": valuation * 7 // 100,
            "bidding_hours": 24})
        await self.call(core, "POST", f"/api/v1/auction-rounds/{failed['id']}/result",
                        {"outcome": "failed", "on": "2024-06-02"})
        opening = failed["opening_fen"] * 80 // 100
        second = await self.call(core, "POST", f"/api/v1/assets/{flats['id']}/auction-rounds", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": opening,
            "starts_on": "2024-07-01", "announced_on": "2024-06-15", "deposit_fen": opening // 10,
            "bidding_hours": 24})
        for r in (failed, second):
            w.add(core, "round_id", r["id"])
        recovery = await self.call(core, "POST", f"/api/v1/cases/{main}/recoveries",
                                   {"amount_fen": 2 * WAN, "source": "debtor_payment", "received_on": "2024-04-01"})
        w.add(core, "recovery_id", recovery["id"])
        clue = await self.call(core, "POST", f"/api/v1/cases/{main}/asset-clues", {
            "description": "被执行人在某银行另有账户", "received_on": "2024-03-20", "asset_type": "bank_deposit"})
        w.add(core, "clue_id", clue["id"])
        # a 终本 case: the gate's conditions met, then concluded (it is pushed to 和解中心 and gets requeries)
        ended = cases[3]["id"]
        for n, (kind, day) in enumerate([("consumption_restriction", 5), ("applicant_heard", 30)]):
            await self.call(core, "POST", f"/api/v1/cases/{ended}/milestones",
                            {"kind": kind, "on": str(date(2024, 3, 1) + timedelta(days=day))})
        for cat in CATEGORIES:
            await self.call(core, "POST", f"/api/v1/cases/{ended}/investigation",
                            {"category": cat, "status": "none", "source": "online_query", "queried_on": "2024-03-11"})
        await self.call(core, "POST", f"/api/v1/cases/{ended}/transitions", {
            "to_state": "concluded_no_assets", "reason": "经全面查控无财产可供执行", "on": "2024-09-02"})
        requeries = await self.call(core, "GET", f"/api/v1/cases/{ended}/requeries")
        for q in (requeries.get("items", requeries) if isinstance(requeries, dict) else requeries) or []:
            if isinstance(q, dict) and "sequence" in q:
                w.add(core, "sequence", q["sequence"])
        return {"cases": cases, "deposits": deposits, "flats": flats, "car": car, "freeze": freeze, "seal": seal,
                "seize": seize, "recovery": recovery, "ended": ended}

    # ------------------------------------------------------------------ dispatch
    async def dispatch(self, core: dict) -> dict[str, Any]:
        w, disp = self.w, "dispatch"
        cid = core["cases"][0]["id"]
        for c in core["cases"]:
            w.add(disp, "case_id", c["id"])
        await self.eventually(disp, "GET", f"/api/v1/cases/{cid}", what="the case in dispatch")
        for oid, name in ((SUB, "示例干警甲"), (f"fuzz-officer-{RUN_ID}", "示例干警乙")):
            await self.call(disp, "POST", "/api/v1/officers",
                            {"id": oid, "name": name, "team": "执行一组", "duty_status": "on_duty"}, ok=(201, 409))
            w.add(disp, "officer_id", oid)
        alarm = await self.call(disp, "POST", "/api/v1/alarms", {
            "source": "applicant", "urgency": "urgent", "location": {"address": "达拉特旗树林召镇示例街道1号"},
            "description": "申请执行人举报被执行人出现", "case_id": cid})
        w.add(disp, "alarm_id", alarm["id"])
        d = await self.call(disp, "POST", f"/api/v1/alarms/{alarm['id']}/dispatches",
                            {"officer_ids": [SUB, f"fuzz-officer-{RUN_ID}"], "note": "出警"})
        w.add(disp, "dispatch_id", d["id"])
        await self.call(disp, "POST", f"/api/v1/me/assignments/{d['id']}/accept", {})
        spare = await self.call(disp, "POST", "/api/v1/alarms", {
            "source": "hotline", "urgency": "normal", "location": {"address": "达拉特旗示例路2号"},
            "description": "群众举报被执行人车辆", "received_at": f"{self.today}T00:00:00+08:00"})  # the day began: not in the future
        w.add(disp, "alarm_id", spare["id"])
        pen = await self.call(disp, "POST", "/api/v1/penalties", {
            "kind": "detention", "alarm_id": alarm["id"], "days": 15, "emergency": True,
            "subject": {"kind": "person", "name": "示例妨害人赵某", "id_number": person_id(400 + self.k)},
            "act": {"kind": "obstruct_officers", "occurred_on": str(self.today),
                    "description": "以暴力、威胁方法阻碍执行人员执行职务"}})
        w.add(disp, "penalty_id", pen["id"])
        if pen["status"] != "approved":
            await self.call(disp, "POST", f"/api/v1/penalties/{pen['id']}/approval", {"approved": True})
        fine = await self.call(disp, "POST", "/api/v1/penalties", {
            "kind": "fine", "alarm_id": alarm["id"], "amount_fen": 5_000 * 100,
            "subject": {"kind": "person", "name": "示例妨害人钱某", "id_number": person_id(401 + self.k)},
            "act": {"kind": "obstruct_officers", "occurred_on": str(self.today), "description": "辱骂执行人员"}},
            ok=(200, 201, 422))
        if isinstance(fine, dict) and "id" in fine:
            w.add(disp, "penalty_id", fine["id"])
        return {"alarm": alarm, "dispatch": d, "penalty": pen}

    # ------------------------------------------------------------------ reward
    async def reward(self, core: dict) -> dict[str, Any]:
        w, rew = self.w, "reward"
        case = core["cases"][0]
        for c in core["cases"]:
            w.add(rew, "case_id", c["id"])
        app = await self.eventually(rew, "POST", "/api/v1/applications", {
            "case_id": case["id"], "applicant_name": "示例申请人李某0", "sought": "whereabouts",
            "reward": {"kind": "percentage", "percent_bp": 500, "cap_fen": 5 * WAN, "floor_fen": 500 * 100},
            "promise_to_pay": True, "promise": "线索使债权得以实现的，自愿按公告支付悬赏金",
            "channels": ["national_platform", "court_wechat"], "debtor_name": "示例被执行人王某0",
            "debtor_kind": "person", "debtor_id_number": person_id(0)}, what="the case in reward")
        w.add(rew, "application_id", app["id"])
        await self.call(rew, "POST", f"/api/v1/applications/{app['id']}/decision", {"decision": "granted"})
        notice = await self.call(rew, "POST", f"/api/v1/applications/{app['id']}/notice",
                                 {"court_contact": "达拉特旗人民法院执行局 示例法官 0477-5000000"})
        w.add(rew, "notice_id", notice["id"])
        w.add(rew, "number", notice["number"])
        pending = await self.eventually(rew, "POST", "/api/v1/applications", {
            "case_id": core["cases"][2]["id"], "applicant_name": "示例申请人李某2", "sought": "assets",
            "reward": {"kind": "fixed", "fixed_fen": 2 * WAN}, "promise_to_pay": True,
            "promise": "线索使债权得以实现的，自愿按公告支付悬赏金", "channels": ["court_wechat"],
            "debtor_name": "示例被执行人王某2", "debtor_kind": "person", "debtor_id_number": person_id(2)},
            what="the second case in reward")
        w.add(rew, "application_id", pending["id"])
        receipts = []
        for k in range(2):
            async with httpx.AsyncClient(timeout=30, transport=httpx.AsyncHTTPTransport(
                    local_address=f"127.77.{k + 1}.{int(RUN_ID[:2], 16) % 200 + 2}")) as public:
                r = await public.post(self.suite.url(rew) + f"/api/v1/public/notices/{notice['number']}/tips", json={
                    "clue_kind": "whereabouts", "clue_text": f"被执行人常在示例小区{k + 1}号楼出入",
                    "place": f"达拉特旗示例小区{k + 1}号楼",
                    "tipster": {"name": f"示例群众{k}", "declares_no_exclusion": True}})
                if r.status_code not in (200, 201):
                    raise SeedError(f"seeding a public tip: {r.status_code} {r.text[:500]}")
                receipts.append(r.json()["receipt"])
                w.add(rew, "receipt", r.json()["receipt"])
        register = await self.call(rew, "GET", f"/api/v1/notices/{notice['id']}/tips")
        tips = [t["id"] for t in register["items"]]
        for t in tips:
            w.add(rew, "tip_id", t)
        await self.call(rew, "POST", f"/api/v1/tips/{tips[0]}/verification", {
            "outcome": "useful", "finding": "person_located", "description": "经核实找到被执行人",
            "location": "达拉特旗树林召镇"})
        paid = await self.call("asset_core", "POST", f"/api/v1/cases/{case['id']}/recoveries",
                               {"amount_fen": 3 * WAN, "source": "debtor_payment"})
        self.w.add("asset_core", "recovery_id", paid["id"])
        self.w.add(rew, "recovery_id", paid["id"])
        await self.eventually(rew, "POST", f"/api/v1/tips/{tips[0]}/realisation",
                              {"recovery_id": paid["id"]}, what="the recovery in reward")
        rewards = await self.call(rew, "GET", "/api/v1/rewards")
        for r in rewards.get("items", []):
            w.add(rew, "reward_id", r["id"])
        return {"notice": notice, "tips": tips}

    # ------------------------------------------------------------------ mediation
    async def mediation(self, core: dict) -> dict[str, Any]:
        w, med = self.w, "mediation"
        for c in core["cases"]:
            w.add(med, "case_id", c["id"])
        for k in ("freeze", "seal", "seize"):
            w.add(med, "measure_id", core[k]["id"])
        for k in ("deposits", "flats", "car"):
            w.add(med, "asset_id", core[k]["id"])
        mediator = await self.call(med, "POST", "/api/v1/mediators", {
            "user_sub": SUB, "name": "示例调解员李某", "team": "和解一组", "skills": ["finance", "real_estate"],
            "capacity": 100}, ok=(200, 201, 409))
        if "id" not in mediator:
            mediator = next(m for m in (await self.call(med, "GET", "/api/v1/mediators"))["items"] if m["user_sub"] == SUB)
        w.add(med, "mediator_id", mediator["id"])
        center = await self.eventually(med, "POST", "/api/v1/cases", {
            "case_id": core["cases"][0]["id"], "reason": "双方有和解意愿", "referred_on": "2024-05-06"},
            what="the case in mediation")
        w.add(med, "center_case_id", center["id"])
        await self.call(med, "POST", f"/api/v1/cases/{center['id']}/assignment",
                        {"mediator_id": mediator["id"], "reason": "金融借款", "on": "2024-05-07"})
        await self.call(med, "POST", f"/api/v1/cases/{center['id']}/steps", {
            "kind": "session", "channel": "in_person", "held_on": "2024-05-28", "outcome": "agreed",
            "parties": ["示例申请人李某0", "示例被执行人王某0"]})

        async def pictured():
            pic = await self.call(med, "GET", f"/api/v1/cases/{center['id']}/asset-picture")
            return sum(pic["measures_by_status"].values()) >= 2
        await wait_for(pictured, timeout=60, interval=0.2, what="the measures in the center's asset picture")
        settlement = await self.call(med, "POST", f"/api/v1/cases/{center['id']}/settlements", {
            "reached_on": "2024-06-01", "total_fen": 30 * WAN,
            "installments": [{"due_on": "2024-12-31", "amount_fen": 10 * WAN},
                             {"due_on": "2025-06-30", "amount_fen": 20 * WAN}],
            "release_measure_ids": [core["seal"]["id"]], "release_quantities": {core["seal"]["id"]: 45},
            "remortgage_asset_ids": [core["flats"]["id"]], "terms": "分期清偿"})
        w.add(med, "settlement_id", settlement["id"])
        await self.call(med, "POST", f"/api/v1/settlements/{settlement['id']}/payments",
                        {"amount_fen": 10 * WAN, "received_on": "2024-12-30"})

        async def arrived():  # the 终本 case pushed to the center by its events
            page = await self.call(med, "GET", "/api/v1/cases", limit=200)
            return next((x for x in page["items"] if x["case_id"] == core["ended"]), None)
        pushed = await wait_for(arrived, timeout=60, interval=0.2, what="the 终本 case at the center")
        w.add(med, "center_case_id", pushed["id"])
        return {"center": center, "settlement": settlement}

    # ------------------------------------------------------------------ police
    async def police(self, core: dict, disp: dict) -> dict[str, Any]:
        w, pol = self.w, "police"
        cases = core["cases"]
        for c in cases:
            w.add(pol, "case_id", c["id"])
        await self.eventually(pol, "GET", f"/api/v1/cases/{cases[2]['id']}", what="the case in police")
        batch = await self.eventually(pol, "POST", "/api/v1/batches", {
            "police_code": BUREAU, "reference": f"达法协查〔2024〕{RUN_ID}号", "sent_on": "2024-04-01",
            "persons": [{"case_id": c["id"], "name": f"示例被执行人王某{i}", "id_number": person_id(i),
                         "requests": ["locate_person", "vehicles"]} for i, c in enumerate(cases[:3])]},
            what="the cases in police")
        w.add(pol, "batch_id", batch["id"])
        for p in batch.get("persons", []):
            w.add(pol, "person_id", p["id"])
        await self.call(pol, "POST", f"/api/v1/batches/{batch['id']}/acceptance", {"accepted_on": "2024-04-02"},
                        org=BUREAU)
        fresh = await self.call(pol, "POST", "/api/v1/batches", {
            "police_code": BUREAU, "reference": f"达法协查〔2024〕{RUN_ID}-2号", "sent_on": "2024-05-01",
            "persons": [{"case_id": cases[0]["id"], "name": "示例被执行人王某0", "id_number": person_id(0),
                         "requests": ["locate_person"]}]})
        w.add(pol, "batch_id", fresh["id"])
        for p in fresh.get("persons", []):
            w.add(pol, "person_id", p["id"])
        t = await self.call(pol, "POST", "/api/v1/transfers", {
            "case_id": cases[1]["id"], "police_code": BUREAU, "letter_number": f"达法执移〔2024〕{RUN_ID}号",
            "sent_on": "2024-06-03", "summary": "有能力履行而拒不履行生效判决",
            "persons": [{"name": "示例被执行人王某1", "id_number": person_id(1), "capacity": "debtor"}],
            "acts": [{"kind": "refuse_to_pay", "description": "拒不履行生效判决确定的给付义务"}],
            "evidence": [{"kind": "judgment", "description": "生效判决书"}], "amount_fen": 10 * WAN})
        w.add(pol, "transfer_id", t["id"])
        await self.call(pol, "POST", f"/api/v1/transfers/{t['id']}/receipt", {"on": "2024-06-04"}, org=BUREAU)
        t2 = await self.call(pol, "POST", "/api/v1/transfers", {
            "case_id": cases[0]["id"], "police_code": BUREAU, "letter_number": f"达法执移〔2024〕{RUN_ID}-2号",
            "sent_on": "2024-07-01", "summary": "拒不履行", "persons": [{"name": "示例被执行人王某0"}],
            "acts": [{"kind": "refuse_to_pay", "description": "拒不履行生效判决"}],
            "evidence": [{"kind": "judgment", "description": "生效判决书"}]})
        w.add(pol, "transfer_id", t2["id"])

        async def custody():  # the approved detention, opened by the police from dispatch's event
            page = await self.call(pol, "GET", "/api/v1/custody", org=BUREAU)
            items = page.get("items", page) if isinstance(page, dict) else page
            return items or None
        for c in await wait_for(custody, timeout=60, interval=0.2, what="the detention's custody in police"):
            w.add(pol, "custody_id", c["id"])
        return {"batch": batch, "transfer": t}

    # ------------------------------------------------------------------ procuratorate
    async def procuratorate(self) -> dict[str, Any]:
        w, pro, org = self.w, "procuratorate", PROCURATORATE
        clue = await self.call(pro, "POST", "/api/v1/clues", {
            "source": "cppcc_member", "source_name": "政协委员（示例）", "received_on": "2024-05-06",
            "summary": "西辽河上的浮桥危及行洪安全", "river_code": "xiliao"}, org=org)
        spare = await self.call(pro, "POST", "/api/v1/clues", {
            "source": "public", "received_on": "2024-05-08", "summary": "河道内有人采砂", "county_code": "150523"},
            org=org, ok=(200, 201, 422))
        w.add(pro, "clue_id", clue["id"])
        if isinstance(spare, dict) and "id" in spare:
            w.add(pro, "clue_id", spare["id"])
        filed = await self.call(pro, "POST", f"/api/v1/clues/{clue['id']}/evaluation", {
            "decision": "file_case", "case": {"title": "西辽河浮桥行洪安全行政公益诉讼案", "domain": "flood_safety",
                                              "kind": "administrative", "filed_on": "2024-05-10"}}, org=org)
        cid = filed["case"]["id"]
        w.add(pro, "case_id", cid)
        await self.call(pro, "POST", f"/api/v1/cases/{cid}/records", {
            "kind": "site_inspection", "recorded_on": "2024-05-17", "participants": ["承办检察官"],
            "agencies": ["县水利局"], "findings": "浮箱无合格证明、锚固松动",
            "evidence": [{"kind": "photo", "title": "现场照片", "collected_on": "2024-05-17"}]}, org=org)
        objects = await self.call(pro, "POST", f"/api/v1/cases/{cid}/objects", {"objects": [
            {"kind": "floating_bridge", "name": f"{i}号浮桥",
             "defects": [{"defect": "loose_anchor"}, {"defect": "damaged_deck"}]} for i in (1, 2)]}, org=org)
        for o in objects["objects"]:
            w.add(pro, "object_id", o.get("id"))
            for item in o["items"]:
                w.add(pro, "item_id", item["id"])
        await self.call(pro, "POST", f"/api/v1/cases/{cid}/meetings", {
            "held_on": "2024-06-03", "participants": ["县水利局", "县应急管理局"],
            "duties": [{"agency": "县水利局", "problem": "浮桥影响行洪安全"}], "summary": "明确监管职责"}, org=org)
        rec = await self.call(pro, "POST", f"/api/v1/cases/{cid}/recommendations", {
            "addressee": "县人民政府", "content": "依法全面履行浮桥安全及行洪监管职责", "issued_on": "2024-08-01"},
            org=org)
        w.add(pro, "recommendation_id", rec["id"])
        other = await self.call(pro, "POST", "/api/v1/cases", {
            "title": "西辽河河道采砂行政公益诉讼案", "domain": "flood_safety", "kind": "administrative",
            "filed_on": "2024-07-01"}, org=org)
        w.add(pro, "case_id", other["id"])
        project = await self.call(pro, "POST", "/api/v1/projects",
                                  {"name": "公益桥1号", "planned_year": 2026, "case_id": cid}, org=org)
        w.add(pro, "project_id", project["id"])
        spot = await self.call(pro, "POST", "/api/v1/map-spots", {
            "number": f"TB-150523-{RUN_ID}", "kind": "building", "location": "西辽河开鲁县段左岸河道管理范围内",
            "segment_code": "xiliao-150523", "found_on": "2023-06-12", "case_id": cid}, org=org)
        w.add(pro, "spot_id", spot["id"])
        return {"case_id": cid}


async def seed(suite) -> FuzzWorld:
    """Seed every service through its HTTP API; the ids the fuzzer draws from."""
    async with httpx.AsyncClient(timeout=60) as client:
        s = Seeder(suite, client)
        started = time.monotonic()
        core = await s.asset_core()
        s.took["asset_core"] = time.monotonic() - started
        disp = await s.timed("dispatch", s.dispatch(core))
        await s.timed("reward", s.reward(core))
        await s.timed("mediation", s.mediation(core))
        await s.timed("police", s.police(core, disp))
        await s.timed("procuratorate", s.procuratorate())
    w = s.w
    w.took = s.took
    court = bearer(COURT)
    # mostly the court (or the procuratorate); now and then the court above (it designates, reads, supervises) or
    # the police bureau (it accepts and answers batches, receives transfers, holds custody)
    w.identities = {"asset_core": [court, court, court, bearer(HIGHER)], "dispatch": [court], "reward": [court],
                    "mediation": [court, court, court, bearer(HIGHER)], "police": [court, bearer(BUREAU)],
                    "procuratorate": [bearer(PROCURATORATE)]}
    return w
