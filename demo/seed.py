"""`make demo`: seeds the article's world through the services' public HTTP APIs with the generated client.

    python -m demo [--court 内0621] [--year 2026] [--alarms 409 ...] [--base-url asset_core=http://...]

Every seeded request carries an Idempotency-Key derived from a stable seed id (court, year, what, index), so a
second run replays the first run's answers and counts nothing twice; registrations also look the case up by 案号
when its number is already taken. Afterwards it waits (with a timeout) until GET /api/v1/overview shows the
figures and prints them."""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import date, datetime, time as dtime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from demo.api import DEFAULT_PORTS, SERVICES, Api, ApiError, idem
from demo.world import WAN, Counts, Plan, company_code, parent_court, person_name, resident_id
from shared.legal import today_cn

CN = ZoneInfo("Asia/Shanghai")
CATEGORIES = ("bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds")
AREA = "150621"  # 达拉特旗's administrative division code, for the fictitious 身份证号
console = Console(stderr=True)


class Seeder:
    def __init__(self, api: Api, plan: Plan, progress: Progress):
        self.api, self.plan, self.progress = api, plan, progress
        self.court = plan.court
        self.ns = ("demo", plan.court, plan.year)  # the stable seed id's prefix
        self.tag = "".join(ch for ch in plan.court if ch.isascii()) or "court"  # ids that must be ASCII

    # ---- identities (local JWTs, shared.auth.issue_token)
    def who(self, role: str, org: str | None = None, sub: str | None = None) -> tuple[str, str, str]:
        return role, org or self.court, sub or f"demo-{role}"

    def key(self, *parts: Any) -> str:
        return idem(*self.ns, *parts)

    async def each(self, label: str, items: Iterable[Any], fn: Callable[[Any], Awaitable[Any]]) -> list[Any]:
        items = list(items)
        task = self.progress.add_task(label, total=len(items))
        # a few items at a time, each taken through all its steps: the bar moves, and later phases start sooner
        started = asyncio.Semaphore(self.api.concurrency * 2)

        async def one(x: Any) -> Any:
            try:
                async with started:
                    return await fn(x)
            finally:
                self.progress.advance(task)
        return list(await asyncio.gather(*(one(x) for x in items)))

    async def post(self, service: str, op: str, who: tuple, key: str, body: dict | None = None, **kw: Any) -> Any:
        return await self.api.call(service, op, who=who, key=key, body=body, **kw)

    # ---- asset_core: cases
    async def register(self, seed: str, body: dict, org: str | None = None) -> dict:
        try:
            return await self.post("asset_core", "register_case", self.who("clerk", org),
                                   self.key(seed, "case", body["case_number"]), body)
        except ApiError as e:  # check before creating twice: the number is taken → the case that holds it
            if e.code != "case_number_taken":
                raise
            found = await self.api.call("asset_core", "list_cases", who=self.who("judge", org),
                                        case_number=body["case_number"], limit=5)
            return next(c for c in found["items"] if c["case_number"] == body["case_number"])

    def person_case(self, number: str, filed: date, i: int, kind: str, owed: int) -> dict:
        return {"case_number": number, "filed_on": str(filed), "amount_owed_fen": owed,
                "livelihood_category": "migrant_wages" if i % 9 == 0 else "none",
                "applicants": [{"name": person_name("申请人", i), "kind": "person"}],
                "respondents": [{"name": person_name(kind, i), "kind": "person", "id_number": resident_id(AREA, i)}]}

    async def conclude(self, seed: str, cid: str, filed: date, concluded: date) -> None:
        """The 终本 gate's conditions (GET …/conclusion-check), met through the API, then 终本 on `concluded`."""
        judge = self.who("judge")
        for n, (kind, extra, day) in enumerate([
                ("officer_assigned", {"officer_id": "demo-judge"}, 1), ("execution_notice", {}, 3),
                ("consumption_restriction", {}, 5), ("applicant_heard", {}, 30)]):
            await self.post("asset_core", "record_milestone", judge, self.key(seed, "milestone", n),
                            {"kind": kind, "on": str(filed + timedelta(days=day)), **extra}, case_id=cid)
        for cat in CATEGORIES:
            await self.post("asset_core", "record_investigation_result", self.who("officer"),
                            self.key(seed, "inv", cat),
                            {"category": cat, "status": "none", "source": "online_query",
                             "queried_on": str(filed + timedelta(days=10))}, case_id=cid)
        try:
            await self.post("asset_core", "transition_case", judge, self.key(seed, "终本"),
                            {"to_state": "concluded_no_assets", "reason": "经全面查控无财产可供执行",
                             "on": str(concluded)}, case_id=cid)
        except ApiError as e:
            check = await self.api.call("asset_core", "check_conclusion", who=judge, case_id=cid)
            raise ApiError("终本 refused", e.status, {"problem": e.body, "conclusion_check": check}) from e

    async def concluded_cases(self) -> tuple[list[dict], list[dict]]:
        p, c = self.plan, self.plan.counts

        async def pushed(i: int) -> dict:
            d = p.pushed_dates(i)
            case = await self.register(f"pushed-{i}", self.person_case(
                f"（{p.year}）{self.court}执{100000 + i}号", d["filed"], i, "被执行人", (3 + i % 40) * WAN))
            await self.conclude(f"pushed-{i}", case["id"], d["filed"], d["concluded"])
            return {"i": i, "case_id": case["id"], **d}

        async def prior(j: int) -> dict:
            d = p.prior_dates(j)
            case = await self.register(f"prior-{j}", self.person_case(
                f"（{p.year - 1}）{self.court}执{100000 + j}号", d["filed"], 50000 + j, "被执行人", (2 + j % 20) * WAN))
            await self.conclude(f"prior-{j}", case["id"], d["filed"], d["concluded"])
            return {"j": j, "case_id": case["id"], **d}

        a = await self.each("终本 cases (pushed to 和解中心)", range(c.pushed), pushed)
        b = await self.each(f"{p.year - 1} 终本 cases settled then, performed in {p.year}", range(p.prior_settled),
                            prior)
        return a, b

    # ---- 和解中心
    async def center_ids(self, case_ids: set[str], wait: float) -> dict[str, str]:
        """asset_core case id → center case id, once the pushed cases have arrived at the center (events)."""
        found: dict[str, str] = {}
        deadline = time.monotonic() + wait
        task = self.progress.add_task("pushed cases arriving at 和解中心", total=len(case_ids))
        while True:
            cursor = None
            while True:
                kw = {"limit": 200, **({"cursor": cursor} if cursor else {})}
                page = await self.api.call("mediation", "list_center_cases", who=self.who("judge"), **kw)
                for x in page["items"]:
                    if x["case_id"] in case_ids and x["case_id"] not in found:
                        found[x["case_id"]] = x["id"]
                cursor = page.get("next_cursor")
                if not cursor:
                    break
            self.progress.update(task, completed=len(found))
            if len(found) == len(case_ids):
                return found
            if time.monotonic() > deadline:
                raise SystemExit(f"only {len(found)} of {len(case_ids)} cases reached the center in {wait:.0f} s")
            await asyncio.sleep(2)

    async def settlements(self, pushed: list[dict], prior: list[dict]) -> None:
        p = self.plan
        settled = pushed[:p.settled_in_period]
        todo = [("now", x) for x in settled] + [("prior", x) for x in prior]
        if not todo:
            return
        centers = await self.center_ids({x["case_id"] for _, x in todo}, wait=600)
        n_mediators = max(1, -(-len(todo) // 400))
        mediators = []
        for m in range(n_mediators):
            mediators.append(await self.post("mediation", "add_mediator", self.who("president"),
                                             self.key("mediator", m),
                                             {"user_sub": f"demo-{self.tag}-mediator-{m + 1}", "name": person_name("调解员", m),
                                              "team": f"和解{'一二三四五六七八九十'[m % 10]}组",
                                              "skills": ["livelihood", "commercial", "finance"], "capacity": 500}))

        async def settle(item: tuple[str, dict]) -> None:
            when, x = item
            n = x.get("i", x.get("j"))
            seed = f"settle-{when}-{n}"
            med = mediators[n % len(mediators)]
            mine = self.who("mediator", sub=med["user_sub"])
            center = centers[x["case_id"]]
            if when == "now":
                assigned, reached = x["concluded"] + timedelta(days=1), x["concluded"] + timedelta(days=2)
                perform = settled.index(x) < p.performed_in_period
                due = x["concluded"] + timedelta(days=60) if perform else date(p.year + 1, 6, 30)
                paid = x["concluded"] + timedelta(days=3)
            else:
                assigned, reached, due, paid, perform = x["assigned"], x["reached"], x["due"], x["paid"], True
            total = (1 + n % 5) * WAN
            await self.post("mediation", "reassign_case", self.who("president"), self.key(seed, "assign"),
                            {"mediator_id": med["id"], "reason": "和解中心分案", "on": str(assigned)},
                            center_case_id=center)
            s = await self.post("mediation", "reach_settlement", mine, self.key(seed, "settlement"), {
                "reached_on": str(reached), "total_fen": total,
                "installments": [{"due_on": str(due), "amount_fen": total}],
                "terms": "分期履行" if not perform else "一次性履行"}, center_case_id=center)
            if perform:
                await self.post("mediation", "record_payment", mine, self.key(seed, "payment"),
                                {"amount_fen": total, "received_on": str(paid)}, settlement_id=s["id"])
        await self.each("和解: settlements (and payments in full)", todo, settle)

    # ---- 法信悬赏
    async def bounties(self) -> list[dict]:
        p, c = self.plan, self.plan.counts
        amounts = p.split(c.bounty_recovered_fen, c.successes)

        async def one(k: int) -> dict:
            seed = f"bounty-{k}"
            filed = p.start + timedelta(days=k % 60)
            case = await self.register(seed, self.person_case(f"（{p.year}）{self.court}执{300000 + k}号", filed,
                                                               20000 + k, "被执行人", (5 + k % 30) * WAN))
            cid = case["id"]
            await self.post("asset_core", "record_milestone", self.who("judge"), self.key(seed, "officer"),
                            {"kind": "officer_assigned", "officer_id": "demo-judge", "on": str(filed)}, case_id=cid)
            debtor = person_name("被执行人", 20000 + k)
            app = await self.post("reward", "apply_for_bounty", self.who("clerk"), self.key(seed, "application"), {
                "case_id": cid, "applicant_name": person_name("申请人", 20000 + k), "sought": "whereabouts",
                "reward": {"kind": "percentage", "percent_bp": 500, "cap_fen": 5 * WAN, "floor_fen": 500 * 100},
                "promise_to_pay": True, "promise": "线索使债权得以实现的，自愿按公告支付悬赏金",
                "channels": ["national_platform", "court_wechat"], "debtor_name": debtor,
                "debtor_kind": "person", "debtor_id_number": resident_id(AREA, 20000 + k)},
                retry_statuses=(404, 409, 422), wait=300)  # the case reaches reward through its events
            await self.post("reward", "decide_application", self.who("judge"), self.key(seed, "decision"),
                            {"decision": "granted"}, application_id=app["id"])
            notice = await self.post("reward", "publish_notice", self.who("judge"), self.key(seed, "notice"),
                                     {"court_contact": "达拉特旗人民法院执行局 示例法官 0477-5000000"},
                                     application_id=app["id"])
            out = {"k": k, "case_id": cid, "notice": notice, "debtor": debtor}
            if k < c.successes:
                await self.success(seed, k, out, amounts[k])
            return out

        return await self.each("悬赏: notices (and successes with money recovered)", range(c.notices), one)

    async def success(self, seed: str, k: int, n: dict, amount: int) -> None:
        address = f"127.{10 + k // 250 % 200}.{k % 250 + 1}.{(self.plan.year + sum(map(ord, self.court))) % 250 + 2}"
        public = self.api.public(address)
        try:
            receipt = await self.api.call("reward", "public_send_tip", key=self.key(seed, "tip"), client=public,
                                          number=n["notice"]["number"], retry_statuses=(429,), wait=300, body={
                "clue_kind": "whereabouts", "clue_text": f"{n['debtor']}常在达拉特旗树林召镇某小区出入",
                "place": f"达拉特旗树林召镇示例小区{k + 1}号楼",
                "tipster": {"name": person_name("群众", k), "declares_no_exclusion": True}})
        finally:
            await public.get_async_httpx_client().aclose()
        officer = self.who("officer")
        register = await self.api.call("reward", "read_tip_register", who=officer, notice_id=n["notice"]["id"])
        tip = register["items"][0]  # the notice's one tip, ranked first
        await self.post("reward", "verify_tip", officer, self.key(seed, "verify"), {
            "outcome": "useful", "finding": "person_located",
            "description": f"经核实找到被执行人 {n['debtor']}", "location": "达拉特旗树林召镇"}, tip_id=tip["id"])
        rec = await self.post("asset_core", "record_recovery", self.who("judge"), self.key(seed, "recovery"),
                              {"amount_fen": amount, "source": "debtor_payment"}, case_id=n["case_id"])
        await self.post("reward", "attribute_recovery_to_tip", self.who("judge"), self.key(seed, "realisation"),
                        {"recovery_id": rec["id"]}, tip_id=tip["id"], retry_statuses=(404,), wait=300)
        assert receipt["receipt"]

    # ---- 执行110
    async def dispatch(self) -> None:
        p, c = self.plan, self.plan.counts
        officers = 12
        officer_id = lambda o: f"demo-{self.tag}-officer-{o % officers + 1:02d}"  # noqa: E731

        async def officer(o: int) -> None:
            try:
                await self.post("dispatch", "register_officer", self.who("president"), self.key("officer", o),
                                {"id": officer_id(o), "name": person_name("干警", o),
                                 "team": f"执行{'一二三'[o % 3]}组", "duty_status": "on_duty"})
            except ApiError as e:  # registered before (its Idempotency-Key expired): on the roster already
                if e.code != "officer_exists":
                    raise
        await self.each("执行110: officers on duty", range(officers), officer)
        n_alarms = c.alarms - c.successes

        async def alarm(a: int) -> dict:
            day = p.spread(a, n_alarms)
            at = datetime.combine(day, dtime(9 + a % 9, (a * 7) % 60), CN)
            return await self.post("dispatch", "receive_alarm", self.who("clerk"), self.key("alarm", a), {
                "source": "hotline" if a % 3 else "applicant", "urgency": ["normal", "urgent", "flight"][a % 3],
                "location": {"address": f"达拉特旗树林召镇示例街道{a + 1}号"},
                "description": f"群众举报被执行人{person_name('被执行人', 70000 + a)}出现",
                "received_at": at.isoformat()})
        alarms = await self.each("执行110: alarms received (接警)", range(n_alarms), alarm)
        plan = p.dispatch_plan(officers)

        async def send(item: tuple[int, tuple[int, int]]) -> None:
            d, (a, n) = item
            ids = [officer_id(d * 3 + k) for k in range(n)]
            await self.post("dispatch", "dispatch_officers", self.who("clerk"), self.key("dispatch", d),
                            {"officer_ids": ids, "note": "出警"}, alarm_id=alarms[a]["id"])
        await self.each("执行110: officers dispatched (出警人次)", list(enumerate(plan)), send)

        # the person detained is one of this court's (解释 184: one act of one person is punished once, whichever court)
        subjects = 100_000 + int(self.tag[-4:] if self.tag[-4:].isdigit() else 0) * 1000

        async def detain(x: int) -> None:
            a = x % n_alarms
            who = subjects + x
            pen = await self.post("dispatch", "decide_penalty", self.who("judge"), self.key("detention", x, who), {
                "kind": "detention", "alarm_id": alarms[a]["id"], "days": 15, "emergency": True,
                "subject": {"kind": "person", "name": person_name("妨害人", who), "id_number": resident_id(AREA, who)},
                "act": {"kind": "obstruct_officers", "occurred_on": str(p.spread(a, n_alarms)),
                        "description": "以暴力、威胁方法阻碍执行人员执行职务"}})
            if pen["status"] != "approved":
                await self.post("dispatch", "approve_penalty", self.who("president"), self.key("approval", x),
                                {"approved": True, "note": "院长批准"}, penalty_id=pen["id"])
        await self.each("执行110: detentions (拘留)", range(c.detentions), detain)

    # ---- 公安联动
    async def police(self, cases: list[dict]) -> None:
        p, c = self.plan, self.plan.counts
        police_code = f"{self.court}公"
        sizes = p.split(c.people, c.batches)
        start = 0
        batches = []
        for b, size in enumerate(sizes):
            people = [cases[(start + q) % len(cases)] for q in range(size)]
            start += size
            batches.append((b, people))

        async def batch(item: tuple[int, list[dict]]) -> None:
            b, people = item
            await self.post("police", "create_batch", self.who("judge"), self.key("batch", b), {
                "police_code": police_code, "reference": f"{self.court}协{p.year}{b + 1:03d}号",
                "sent_on": str(p.spread(b, max(1, c.batches))),
                "persons": [{"case_id": x["case_id"], "name": x["debtor"], "id_number": x["id_number"],
                             "requests": ["locate_person", "vehicles"]} for x in people]},
                retry_statuses=(404, 422), wait=300)
        await self.each("公安联动: 协查 batches", batches, batch)
        persons = p.split(c.transfer_persons, c.transfers)

        async def transfer(t: int) -> None:
            x = cases[-1 - t % len(cases)]
            await self.post("police", "create_transfer", self.who("judge"), self.key("transfer", t), {
                "case_id": x["case_id"], "police_code": police_code,
                "letter_number": f"{self.court}执移{p.year}{t + 1:03d}号", "sent_on": str(p.spread(t, c.transfers)),
                "summary": "被执行人有能力履行而拒不履行生效判决，经采取强制措施仍拒不履行",
                "persons": [{"name": x["debtor"] if q == 0 else person_name("责任人", t * 10 + q),
                             "id_number": x["id_number"] if q == 0 else resident_id(AREA, 90000 + t * 10 + q),
                             "capacity": "debtor" if q == 0 else "responsible_person"} for q in range(persons[t])],
                "acts": [{"kind": "refuse_to_pay", "description": "拒不履行生效判决确定的给付义务"}],
                "evidence": [{"kind": "judgment", "description": "生效判决书"},
                             {"kind": "execution_notice", "description": "执行通知书及送达回证"}],
                "amount_fen": 10 * WAN}, retry_statuses=(404, 422), wait=300)
        await self.each("公安联动: 拒执 transfers", range(c.transfers), transfer)

    # ---- the headline case (7,000万, 135 flats, designated by 内06, 转债化解) — dated as the article tells it
    async def headline(self) -> None:
        task = self.progress.add_task("headline case: 7,000万, 135 flats, 交叉执行, 转债化解", total=1)
        court, higher = self.court, parent_court(self.court)
        original = f"{higher}02" if f"{higher}02" != court else f"{higher}03"
        judge_o, judge_c = self.who("judge", original), self.who("judge", court)
        seed = "headline"

        async def post(op, who, step, body=None, **kw):
            return await self.post("asset_core", op, who, self.key(seed, step), body, **kw)
        case = await self.register(seed, {
            "case_number": f"（2023）{original}执{9_000_000 + int(self.tag[-4:] or 0)}号", "filed_on": "2023-03-01",
            "amount_owed_fen": 7_000 * WAN, "livelihood_category": "none",
            "applicants": [{"name": "示例商业银行股份有限公司鄂尔多斯分行", "kind": "organisation"}],
            "respondents": [{"name": "内蒙古示例房地产开发有限公司", "kind": "organisation",
                             "id_number": company_code("150602", 1)}]}, org=original)
        cid = case["id"]
        await post("record_milestone", judge_o, "officer", {"kind": "officer_assigned", "officer_id": "demo-judge",
                                                            "on": "2023-03-03"}, case_id=cid)
        await post("record_milestone", judge_o, "notice", {"kind": "execution_notice", "on": "2023-03-06"},
                   case_id=cid)
        deposits = await post("add_asset", judge_o, "deposits", {
            "asset_type": "bank_deposit", "description": "公司基本账户存款", "estimated_value_fen": 100 * WAN,
            "discovery_source": "online_query"}, case_id=cid)
        freeze = await post("apply_measure", judge_o, "freeze", {"kind": "freeze", "amount_fen": 100 * WAN,
                                                                 "start_on": "2023-03-10"}, asset_id=deposits["id"])
        flats = await post("add_asset", judge_o, "flats", {
            "asset_type": "real_estate", "description": "已抵押商品住房 135 套", "quantity": 135, "mortgaged": True,
            "estimated_value_fen": 8_100 * WAN, "location": "鄂尔多斯市", "discovery_source": "online_query"},
            case_id=cid)
        seal = await post("apply_measure", judge_o, "seal", {"kind": "seal", "flexible": True,
                                                             "start_on": "2023-03-10"}, asset_id=flats["id"])
        # 续冻 before each expiry until the case closes (the seal's 3 years outlast it)
        expiry, n = date.fromisoformat(freeze["expiry_on"]), 0
        while expiry <= self.plan.headline_fully_executed_on:
            renewed = await post("renew_measure", judge_o, f"renew-{n}", {"on": str(expiry - timedelta(days=9))},
                                 measure_id=freeze["id"])
            expiry, n = date.fromisoformat(renewed["expiry_on"]), n + 1
        valuation = 8_100 * WAN
        first = await post("schedule_auction_round", judge_o, "auction-1", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": valuation * 70 // 100,
            "starts_on": "2023-09-01", "announced_on": "2023-08-02", "deposit_fen": valuation * 70 // 100 // 10,
            "bidding_hours": 24}, asset_id=flats["id"])
        await post("record_auction_result", judge_o, "auction-1-result", {"outcome": "failed", "on": "2023-09-02"},
                   round_id=first["id"])
        second_opening = first["opening_fen"] * 80 // 100
        second = await post("schedule_auction_round", judge_o, "auction-2", {
            "method": "online_auction", "valuation_fen": valuation, "opening_fen": second_opening,
            "starts_on": "2023-10-01", "announced_on": "2023-09-15", "deposit_fen": second_opening // 10,
            "bidding_hours": 24}, asset_id=flats["id"])
        await post("record_auction_result", judge_o, "auction-2-result", {"outcome": "failed", "on": "2023-10-02"},
                   round_id=second["id"])
        await post("designate_case", self.who("judge", higher), "designation", {
            "to_court": court, "form": "instruct", "designated_on": "2024-04-01",
            "reason": "执行逾六个月未结，抵押房产两次流拍，指令达拉特旗人民法院交叉执行"}, case_id=cid)
        med = lambda op, who, step, body=None, **kw: self.post("mediation", op, who, self.key(seed, step), body,  # noqa: E731
                                                               **kw)
        center = await med("refer_case", judge_c, "referral", {
            "case_id": cid, "reason": "现场核实：企业经营正常但资金短缺，双方有和解意愿", "referred_on": "2024-05-06"},
            retry_statuses=(404,), wait=300)
        mediator = await med("add_mediator", self.who("president"), "mediator", {
            "user_sub": f"demo-{self.tag}-mediator-headline", "name": "示例调解员李某", "team": "和解一组",
            "skills": ["finance", "real_estate"]})
        await med("reassign_case", self.who("president"), "assign", {"mediator_id": mediator["id"],
                                                                     "reason": "金融借款、房地产案件",
                                                                     "on": "2024-05-07"}, center_case_id=center["id"])
        mine = self.who("mediator", sub=f"demo-{self.tag}-mediator-headline")
        await med("record_step", mine, "step-1", {"kind": "contact", "channel": "visit", "held_on": "2024-05-10",
                                                  "outcome": "reached", "note": "现场核实：企业经营正常，资金短缺"},
                  center_case_id=center["id"])
        await med("record_step", mine, "step-2", {"kind": "session", "channel": "in_person", "held_on": "2024-05-28",
                                                  "outcome": "agreed", "parties": ["示例商业银行股份有限公司鄂尔多斯分行",
                                                                                   "内蒙古示例房地产开发有限公司"]},
                  center_case_id=center["id"])

        async def picture_ready():  # the center's copy of the two measures, from asset_core's events
            pic = await self.api.call("mediation", "get_asset_picture", who=judge_c, center_case_id=center["id"])
            return sum(pic["measures_by_status"].values()) >= 2
        deadline = time.monotonic() + 300
        while not await picture_ready():
            if time.monotonic() > deadline:
                raise SystemExit("the headline case's measures did not reach the center")
            await asyncio.sleep(1)
        settlement = await med("reach_settlement", mine, "settlement", {
            "reached_on": str(self.plan.headline_settled_on), "total_fen": 3_000 * WAN,
            "installments": [{"due_on": "2024-12-31", "amount_fen": 1_000 * WAN},
                             {"due_on": "2025-06-30", "amount_fen": 1_000 * WAN},
                             {"due_on": "2025-12-31", "amount_fen": 1_000 * WAN}],
            "guarantor": {"name": "示例融资担保有限公司", "kind": "organisation", "guarantee": "连带责任保证"},
            "release_measure_ids": [seal["id"]], "release_quantities": {seal["id"]: 45},
            "remortgage_asset_ids": [flats["id"]],
            "terms": "转债化解：解除45套房产查封，协助再抵押融资，分期清偿，企业避免破产"}, center_case_id=center["id"])
        for i, on in enumerate(["2024-12-30", "2025-06-28", str(self.plan.headline_fully_executed_on)]):
            await med("record_payment", mine, f"payment-{i}", {"amount_fen": 1_000 * WAN, "received_on": on},
                      settlement_id=settlement["id"])
        self.progress.advance(task)

    # ---- the floating-bridge case (河长+检察长), at the procuratorate 内05检
    async def floating_bridge(self, org: str) -> None:
        task = self.progress.add_task(f"floating-bridge case ({org})", total=1)
        who = self.who("procurator", org, "demo-procurator")
        seed = ("bridge", org)

        async def post(op, step, body, **kw):
            return await self.post("procuratorate", op, who, self.key(*seed, step), body, **kw)
        clue = await post("receive_clue", "clue", {
            "source": "cppcc_member", "source_name": "政协委员（示例）", "received_on": "2024-05-06",
            "summary": "西辽河上的浮桥危及行洪安全和群众通行安全", "river_code": "xiliao"})
        filed = await post("evaluate_clue", "evaluation", {"decision": "file_case", "case": {
            "title": "西辽河浮桥行洪及通行安全行政公益诉讼案", "domain": "flood_safety", "kind": "administrative",
            "filed_on": "2024-05-10"}}, clue_id=clue["id"])
        cid = filed["case"]["id"]
        for kind, on, findings in [
                ("document_request", "2024-05-13", "向水利、交通、应急部门调取浮桥审批、监管材料"),
                ("interview", "2024-05-15", "询问沿河群众浮桥通行及收费情况"),
                ("site_inspection", "2024-05-17", "现场勘查 14 座浮桥: 浮箱无合格证明、锚固松动、引道及桥面破损、承载力不明; "
                                                  "未公示收费标准、未开具票据"),
                ("consultation", "2024-05-28", "与相关行政机关磋商")]:
            await post("add_investigation_record", f"record-{kind}", {
                "kind": kind, "recorded_on": on, "participants": ["承办检察官"], "agencies": ["县水利局", "县应急管理局"],
                "findings": findings, "evidence": [{"kind": "photo" if kind == "site_inspection" else "document",
                                                    "title": f"{kind} 证据", "collected_on": on}]}, case_id=cid)
        defects = ["uncertified_pontoon", "loose_anchor", "damaged_deck", "damaged_approach", "unknown_load",
                   "toll_not_posted", "no_receipt"]
        objects = await post("add_objects", "objects", {"objects": [
            {"kind": "floating_bridge", "name": f"{i}号浮桥", "defects": [{"defect": d} for d in defects]}
            for i in range(1, 15)]}, case_id=cid)
        items = [i["id"] for o in objects["objects"] for i in o["items"]]
        await post("hold_meeting", "meeting", {
            "held_on": "2024-06-03",
            "participants": ["市水利局", "市交通运输局", "市应急管理局", "县水利局", "县交通运输局", "县应急管理局"],
            "duties": [{"agency": "县水利局", "problem": "浮桥影响行洪安全"},
                       {"agency": "县应急管理局", "problem": "浮桥通行安全"}],
            "summary": "明确县水利局、县应急管理局负有法定监管职责"}, case_id=cid)
        rec = await post("issue_recommendation", "recommendation", {
            "addressee": "县人民政府", "content": "依法全面履行浮桥安全及行洪监管职责", "issued_on": "2024-08-01"},
            case_id=cid)
        await post("record_reply", "reply", {
            "received_on": "2025-02-26", "summary": "依法处罚、限期整改; 14 座浮桥全部维修; 公示收费标准; 开具税务票据",
            "measures": [{"item_id": i, "measures": "已整改"} for i in items]}, recommendation_id=rec["id"])
        await post("record_review", "review", {
            "reviewed_on": "2025-04-16", "led_by": "检察长", "participants": ["检察长", "承办检察官"],
            "findings": [{"item_id": i, "rectified": True, "finding": "整改到位"} for i in items]}, case_id=cid)
        for i, year in enumerate([2025, 2025, 2026, 2026, 2027, 2027, 2028, 2028], start=1):
            await post("plan_project", f"project-{i}", {"name": f"公益桥{i}号", "planned_year": year, "case_id": cid})
        self.progress.advance(task)


# ------------------------------------------------------------------ the overview afterwards
def actual(overview: dict) -> dict[str, dict[str, int]]:
    return {name: {m: f["value"] for m, f in link["figures"].items()} for name, link in overview["linkages"].items()}


async def wait_for_overview(api: Api, plan: Plan, timeout: float) -> tuple[dict, bool]:
    expected = plan.counts.expected()
    deadline = time.monotonic() + timeout
    while True:
        o = await api.call("asset_core", "get_overview", who=("president", plan.court, "demo-president"),
                           from_=plan.start, to=plan.end, court=plan.court)
        got = actual(o)
        if all(got[n][m] == v for n, ms in expected.items() for m, v in ms.items()):
            return o, True
        if time.monotonic() > deadline:
            return o, False
        await asyncio.sleep(2)


def shown(metric: str, value: int | None) -> str:
    if value is None:
        return "—"
    return f"{value / 100:,.2f} 元" if metric.endswith("_fen") else f"{value:,}"


def print_overview(o: dict, expected: dict) -> None:
    t = Table(title=f"四联一核总览 {o['court']} {o['from']} – {o['to']}")
    for col in ("联动", "指标", "数值", "期望"):
        t.add_column(col)
    for name, link in o["linkages"].items():
        for m, f in link["figures"].items():
            v, e = f["value"], expected.get(name, {}).get(m)
            t.add_row(link["label"], f["label"], shown(m, v), shown(m, e) if e is not None else "",
                      style=None if e is None or e == v else "red")
    for m, f in o["core"]["figures"].items():
        v = f["value"]
        t.add_row(o["core"]["label"], f["label"], shown(m, v), "")
    Console().print(t)


# ------------------------------------------------------------------ CLI
def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m demo", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    today = today_cn()
    ap.add_argument("--court", default="内0621", help="the court (default 内0621 达拉特旗人民法院)")
    ap.add_argument("--procuratorate", default="内05检", help="the floating-bridge case's procuratorate")
    ap.add_argument("--year", type=int, default=today.year, help="the period: this calendar year (must contain today)")
    ap.add_argument("--base-url", action="append", default=[], metavar="SERVICE=URL",
                    help="a service's base URL (default http://127.0.0.1:8001…8006); repeat per service")
    ap.add_argument("--concurrency", type=int, default=12, help="requests in flight")
    ap.add_argument("--timeout", type=float, default=900, help="seconds to wait for the overview's figures")
    ap.add_argument("--skip-stories", action="store_true", help="seed the figures only (no headline, no bridges)")
    d = Counts()
    for name, label in [("alarms", "接警"), ("dispatches", "出警人次"), ("detentions", "拘留"), ("notices", "悬赏公告"),
                        ("successes", "悬赏成功"), ("pushed", "推送终本案件"), ("fully_executed", "执行完毕"),
                        ("settled", "和解"), ("batches", "协查批次"), ("people", "协查人员"),
                        ("transfers", "移送拒执 (案件)"), ("transfer_persons", "移送拒执 (人)")]:
        ap.add_argument(f"--{name.replace('_', '-')}", type=int, default=getattr(d, name),
                        help=f"{label} (default {getattr(d, name)})")
    ap.add_argument("--bounty-recovered-yuan", type=int, default=d.bounty_recovered_fen // 100,
                    help=f"悬赏执行到位, 元 (default {d.bounty_recovered_fen // 100:,})")
    return ap.parse_args(argv)


async def run(args: argparse.Namespace) -> int:
    urls = {s: f"http://127.0.0.1:{DEFAULT_PORTS[s]}" for s in SERVICES}
    urls.update(dict(item.split("=", 1) for item in args.base_url))
    counts = Counts(alarms=args.alarms, dispatches=args.dispatches, detentions=args.detentions, notices=args.notices,
                    successes=args.successes, bounty_recovered_fen=args.bounty_recovered_yuan * 100,
                    pushed=args.pushed, fully_executed=args.fully_executed, settled=args.settled,
                    batches=args.batches, people=args.people, transfers=args.transfers,
                    transfer_persons=args.transfer_persons)
    plan = Plan(court=args.court, year=args.year, today=today_cn(), counts=counts)
    if args.skip_stories:
        plan.headline_settled_on = plan.headline_fully_executed_on = date(1900, 1, 1)
    plan.check()
    api = Api(urls, concurrency=args.concurrency)
    started = time.monotonic()
    try:
        for s in SERVICES:  # fail fast when the suite is not running
            await api.call(s, "readyz", wait=30, retry_statuses=(503,))
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console) as progress:
            seeder = Seeder(api, plan, progress)
            stories = [] if args.skip_stories else [seeder.headline(), seeder.floating_bridge(args.procuratorate)]

            async def concluded_then_settled():
                pushed, prior = await seeder.concluded_cases()
                await seeder.settlements(pushed, prior)
                return pushed

            async def dispatch_bounty_police():
                await seeder.dispatch()
                notices = await seeder.bounties()
                return notices

            pushed, notices, *_ = await asyncio.gather(concluded_then_settled(), dispatch_bounty_police(), *stories)
            people = [{"case_id": n["case_id"], "debtor": n["debtor"], "id_number": resident_id(AREA, 20000 + n["k"])}
                      for n in notices] or [
                {"case_id": x["case_id"], "debtor": person_name("被执行人", x["i"]), "id_number": resident_id(AREA, x["i"])}
                for x in pushed]
            if counts.batches or counts.transfers:
                await seeder.police(people)
        seeded = time.monotonic() - started
        console.print(f"seeded in {seeded:.0f} s ({api.requests:,} requests); waiting for the overview's counters…")
        overview, ok = await wait_for_overview(api, plan, args.timeout)
        print_overview(overview, counts.expected())
        total = time.monotonic() - started
        console.print(f"{'figures match' if ok else 'FIGURES DO NOT MATCH'} — {total:.0f} s in all "
                      f"(seeding {seeded:.0f} s)")
        return 0 if ok else 1
    finally:
        await api.close()


def main(argv: list[str] | None = None) -> None:
    sys.exit(asyncio.run(run(parse(argv))))
