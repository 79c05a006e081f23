"""The screens of issue 14 in a real headless Chromium, against asset_core and reward as real uvicorn processes on
one fresh world (their own databases, Kafka topics with the world's prefix), seeded through their HTTP APIs only:

- 四联一核总览 shows the same numbers as `GET /api/v1/overview` and draws its charts;
- 案件页: a search by 案号 (the other bracket style) or party name finds the case; the case page shows its measures
  (with expiry) and its deadlines (due / overdue), parties masked as the role's API shows them;
- 悬赏公告: a tip sent through the public form answers a receipt whose status page works;
- 执行开放日: the page's DOM has no full 身份证号, phone number, tipster name, party name or hidden amount;
- the public pages work at 375 px.
Screenshots of each page go to docs/screenshots/."""
from __future__ import annotations

import re
from datetime import date

import httpx
import pytest
from playwright.async_api import Page, expect

from shared.identity import resident_id_check_char
from shared.legal import today_cn
from tests.browser.conftest import PHONE, UvicornApp, no_horizontal_scroll, screenshot
from tests.support import COURT, RUN_ID, World, auth, token, wait_for

CANVAS_INK = """el => {
  const c = el.querySelector("canvas");
  if (!c || !c.width || !c.height) return 0;
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let inked = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) inked++;
  return inked;
}"""


def rid(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


DEBTOR_ID = rid("15062119800101123")
DEBTOR_PHONE = "13912345678"
DEBTOR = "钱多多"  # plainly fictitious
TIPSTER = "孙悟空"
TIPSTER_PHONE = "13812345678"
TIPSTER_ID = rid("15062719900202234")
SEQ = int(RUN_ID[:4], 16) % 1000 * 10 + 7000


class Screens:
    def __init__(self, asset_core: UvicornApp, reward: UvicornApp, seeded: dict) -> None:
        self.asset_core, self.reward, self.seeded = asset_core, reward, seeded


async def _post(client: httpx.AsyncClient, path: str, body: dict, role: str = "judge", ok: int = 200) -> dict:
    r = await client.post(path, json=body, headers=auth(role))
    assert r.status_code == ok, f"{path}: {r.status_code} {r.text}"
    return r.json()


async def seed(core: httpx.AsyncClient, reward: httpx.AsyncClient) -> dict:
    year = today_cn().year
    filed = date(year, 1, 5).isoformat()
    case = await _post(core, "/api/v1/cases", {
        "case_number": f"（{year}）{COURT}执{SEQ}号", "filed_on": filed, "amount_owed_fen": 12_345_678_90,
        "livelihood_category": "none",
        "applicants": [{"name": "鄂尔多斯市某某建材有限公司", "kind": "organisation"}],
        "respondents": [{"name": DEBTOR, "kind": "person", "id_number": DEBTOR_ID, "phone": DEBTOR_PHONE}]},
        role="clerk", ok=201)
    cid = case["id"]
    green = await _post(core, "/api/v1/cases", {
        "case_number": f"（{year}）{COURT}执{SEQ + 1}号", "filed_on": filed, "amount_owed_fen": 3_600_000,
        "livelihood_category": "migrant_wages", "applicants": [{"name": "周大福", "kind": "person"}],
        "respondents": [{"name": "内蒙古某某劳务有限公司", "kind": "organisation"}]}, role="clerk", ok=201)
    await _post(core, f"/api/v1/cases/{cid}/milestones", {"kind": "officer_assigned", "officer_id": "officer-7",
                                                          "on": date(year, 1, 6).isoformat()})
    deposit = await _post(core, f"/api/v1/cases/{cid}/assets", {
        "asset_type": "bank_deposit", "description": "某银行活期存款", "estimated_value_fen": 50_000_000,
        "discovery_source": "online_query"}, role="officer", ok=201)
    house = await _post(core, f"/api/v1/cases/{cid}/assets", {
        "asset_type": "real_estate", "description": "康巴什区住房一套", "estimated_value_fen": 80_000_000,
        "location": "康巴什区某小区3-2-1101", "discovery_source": "online_query"}, role="officer", ok=201)
    freeze = await _post(core, f"/api/v1/assets/{deposit['id']}/measures", {
        "kind": "freeze", "amount_fen": 50_000_000, "start_on": date(year, 1, 10).isoformat()}, ok=201)
    seal = await _post(core, f"/api/v1/assets/{house['id']}/measures", {
        "kind": "seal", "start_on": date(year, 1, 12).isoformat()}, ok=201)
    await _post(core, f"/api/v1/cases/{cid}/recoveries", {
        "amount_fen": 20_000_000, "source": "deduction", "received_on": date(year, 1, 20).isoformat(),
        "asset_id": deposit["id"]}, ok=201)
    # 执行款发放 (issue 16): part of the money paid out to the applicant; the overview's 执行到位 stays 20 000 000
    payees = (await core.get(f"/api/v1/cases/{cid}/payouts", headers=auth("clerk"))).json()["payees"]
    payout = await _post(core, f"/api/v1/cases/{cid}/payouts", {
        "amount_fen": 5_000_000, "payee_party_id": payees[0]["party_id"], "paid_on": date(year, 1, 25).isoformat(),
        "method": "bank_transfer", "reference": "HD0125"}, role="clerk", ok=201)

    # reward: the case reaches reward's projection through Kafka, then an application, the decision, the notice
    application = {"case_id": cid, "applicant_name": "鄂尔多斯市某某建材有限公司", "sought": "assets",
                   "reward": {"kind": "percentage", "percent_bp": 500, "cap_fen": 5_000_000, "floor_fen": 50_000},
                   "promise_to_pay": True, "promise": "线索使债权得以实现的，自愿按公告支付悬赏金",
                   "channels": ["national_platform", "court_wechat"], "debtor_name": DEBTOR, "debtor_kind": "person",
                   "debtor_id_number": DEBTOR_ID}

    async def applied():
        r = await reward.post("/api/v1/applications", json=application, headers=auth("clerk"))
        return r.json() if r.status_code == 201 else None
    a = await wait_for(applied, timeout=60, interval=0.5, what="reward to know the case")
    await _post(reward, f"/api/v1/applications/{a['id']}/decision", {"decision": "granted"})
    notice = await _post(reward, f"/api/v1/applications/{a['id']}/notice",
                         {"court_contact": "张法官 0477-5123456"}, ok=201)

    # 执行开放日: the case opened without amounts
    await _post(core, f"/api/v1/cases/{cid}/open-day", {"show_amounts": False})

    async def counted():  # reward's notice.published event reached asset_core's overview
        r = await core.get("/api/v1/overview", params={"from": date(year, 1, 1).isoformat(),
                                                        "to": today_cn().isoformat()}, headers=auth("president"))
        return r.json()["linkages"]["reward"]["figures"]["notices_published"]["value"] >= 1
    await wait_for(counted, timeout=60, interval=0.5, what="the notice in the overview")
    return {"case": case, "green": green, "freeze": freeze, "seal": seal, "notice": notice, "payout": payout}


@pytest.fixture(scope="module")
async def screens(infra):
    world = World(f"scr{RUN_ID}", ["asset_core", "reward"])
    await world.create()
    core = UvicornApp("services.asset_core.app:create_app", world.env("asset_core"))
    reward = UvicornApp("services.reward.app:create_app", world.env("reward"))
    try:
        await core.start()
        await reward.start()
        async with httpx.AsyncClient(base_url=core.url, timeout=30) as c, \
                httpx.AsyncClient(base_url=reward.url, timeout=30) as r:
            seeded = await seed(c, r)
        yield Screens(core, reward, seeded)
    finally:
        core.stop()
        reward.stop()
        await world.destroy()


async def signed_in(page: Page, base: str, path: str, role: str = "president") -> None:
    """Open a staff page without a token: the API's 401 sends the browser to sign-in, which brings it back."""
    await page.goto(base + path)
    await page.wait_for_url(re.compile(r"/signin\?next="))
    await page.select_option("select[name=role]", role)
    await page.fill("input[name=org]", COURT)
    await page.click("button[type=submit]")
    await page.wait_for_url(base + path)
    await expect(page.locator("body")).to_have_attribute("data-loaded", "true", timeout=15_000)


# ------------------------------------------------------------------ 四联一核总览
FIGURES = {
    "linkages.dispatch.figures.alarms_received.value": "num", "linkages.dispatch.figures.officer_dispatches.value": "num",
    "linkages.dispatch.figures.detentions.value": "num", "linkages.reward.figures.notices_published.value": "num",
    "linkages.reward.figures.successes.value": "num", "linkages.reward.figures.recovered_fen.value": "yuan",
    "linkages.mediation.figures.cases_pushed.value": "num", "linkages.mediation.figures.fully_executed.value": "num",
    "linkages.mediation.figures.settled.value": "num", "linkages.police.figures.joint_search_batches.value": "num",
    "linkages.police.figures.people_searched.value": "num", "linkages.police.figures.refusal_transfers.value": "num",
    "core.figures.cases_registered.value": "num", "core.figures.concluded_no_assets.value": "num",
    "core.figures.recovered_fen.value": "yuan", "core.figures.green_channel_cases.value": "num",
}


def shown(value, kind: str) -> str:
    from shared.web import num, yuan
    return "—" if value is None else (yuan(value) if kind == "yuan" else num(value))


async def test_the_dashboard_shows_the_overview_api_numbers_and_draws_its_charts(page: Page, screens):
    base = screens.asset_core.url
    await signed_in(page, base, "/overview")
    year = today_cn().year
    api = httpx.get(base + "/api/v1/overview", params={"from": f"{year}-01-01", "to": today_cn().isoformat()},
                    headers={"Authorization": f"Bearer {token('president')}"}).json()
    for field, kind in FIGURES.items():
        value = api
        for k in field.split("."):
            value = value[k]
        await expect(page.locator(f"[data-field='{field}']")).to_have_text(shown(value, kind))
    assert api["core"]["figures"]["cases_registered"]["value"] == 2
    assert api["core"]["figures"]["recovered_fen"]["value"] == 20_000_000
    await expect(page.locator("[data-field='core.figures.recovered_fen.value']")).to_have_text("¥200,000.00")
    await expect(page.locator("[data-field='linkages.reward.figures.notices_published.value']")).to_have_text("1")
    # a number links to the list behind it: 立案 → the case list of the period
    link = page.locator("a.figure[data-figure='core.figures.cases_registered.value']")
    assert await link.get_attribute("href") == f"/cases?filed_from={year}-01-01&filed_to={today_cn().isoformat()}"

    # the campaign targets, against their thresholds
    targets = httpx.get(base + "/api/v1/overview/targets", params={"from": f"{year}-01-01",
                                                                  "to": today_cn().isoformat()},
                        headers={"Authorization": f"Bearer {token('president')}"}).json()["targets"]
    assert [t["key"] for t in targets] == ["within_period", "compliant_conclusion", "completion"]
    assert [t["threshold_percent"] for t in targets] == [90, 90, 80]
    completion = page.locator("#targets tr[data-target='completion'] td")
    await expect(completion.nth(2)).to_have_text("2")  # both cases to handle, none resolved yet
    await expect(completion.nth(4)).to_have_text("≥ 80%")
    await expect(completion.nth(5)).to_have_text("未达标")

    for chart in ("chart-linkages", "chart-core", "chart-money", "chart-green"):
        box = page.locator(f"#{chart}")
        await expect(box).to_have_attribute("data-rendered", "true")
        assert await box.evaluate(CANVAS_INK) > 300, chart
    months = await page.locator("#chart-core").evaluate("el => echarts.getInstanceByDom(el).getOption().xAxis[0].data")
    assert months[0] == f"{year}-01" and len(months) == today_cn().month
    registered = await page.locator("#chart-core").evaluate(
        "el => echarts.getInstanceByDom(el).getOption().series[0].data")
    assert registered[0] == 2 and sum(registered) == 2
    green = await page.locator("#chart-green").evaluate("el => echarts.getInstanceByDom(el).getOption().series[0].data")
    assert [(d["name"], d["value"]) for d in green] == [("绿色通道", 1), ("其他案件", 1)]
    await screenshot(page, "overview")

    await link.click()  # the list behind 立案
    await page.wait_for_url(re.compile(r"/cases\?filed_from="))
    await expect(page.locator("#results tr")).to_have_count(2)


# ------------------------------------------------------------------ 案件页
async def test_the_case_page_finds_the_case_and_shows_its_measures_and_deadlines(page: Page, screens):
    base = screens.asset_core.url
    case = screens.seeded["case"]
    await signed_in(page, base, "/cases")
    ascii_number = case["case_number"].replace("（", "(").replace("）", ")")
    await page.fill("input[name=case_number]", ascii_number)
    await page.click("#search button[type=submit]")
    await expect(page.locator("#results tr")).to_have_count(1)
    await expect(page.locator("#results tr td").first).to_have_text(case["case_number"])
    await page.fill("input[name=case_number]", "")
    await page.fill("input[name=party_name]", DEBTOR[:2])  # a prefix of the debtor's name
    await page.click("#search button[type=submit]")
    await expect(page.locator("#results tr td").first).to_have_text(case["case_number"])
    await screenshot(page, "cases")

    await page.locator("#results a").first.click()
    await page.wait_for_url(base + f"/cases/{case['id']}")
    await expect(page.locator("body")).to_have_attribute("data-loaded", "true")
    await expect(page.locator("#case-title")).to_have_text("案件 " + case["case_number"])
    measures = page.locator("#measures tr")
    await expect(measures).to_have_count(2)
    freeze, seal = screens.seeded["freeze"], screens.seeded["seal"]
    await expect(measures.nth(0).locator("td").nth(0)).to_have_text("冻结")
    await expect(measures.nth(0).locator("td").nth(2)).to_have_text("¥500,000.00")
    await expect(measures.nth(0).locator("td").nth(4)).to_have_text(freeze["expiry_on"])
    await expect(measures.nth(1).locator("td").nth(0)).to_have_text("查封")
    await expect(measures.nth(1).locator("td").nth(4)).to_have_text(seal["expiry_on"])
    api_case = httpx.get(base + f"/api/v1/cases/{case['id']}", headers=auth("president")).json()
    deadlines = page.locator("#deadlines tr")
    await expect(deadlines).to_have_count(len(api_case["deadlines"]))
    labels = {"done": "已完成", "done_late": "逾期完成", "overdue": "已逾期", "due": "即将到期", "pending": "未到期"}
    for i, d in enumerate(api_case["deadlines"]):
        await expect(deadlines.nth(i).locator("td").nth(0)).to_have_text(d["label"])
        await expect(deadlines.nth(i).locator("td").nth(1)).to_have_text(d["deadline"])
        await expect(deadlines.nth(i).locator("td").nth(3)).to_have_text(labels[d["status"]])
    assert "overdue" in {d["status"] for d in api_case["deadlines"]}  # the execution notice, never sent
    await expect(page.locator("#recoveries tr td").nth(2)).to_have_text("¥200,000.00")
    await expect(page.locator("#timeline li").first).to_contain_text("立案")
    # the president sees the full id number; the timeline counts money in 元, never raw 分
    await expect(page.locator("#parties")).to_contain_text(DEBTOR_ID)
    assert " 分" not in await page.locator("#timeline").inner_text()
    await screenshot(page, "case")


async def test_a_clerk_sees_the_parties_masked_as_the_api_masks_them(page: Page, screens):
    base = screens.asset_core.url
    case = screens.seeded["case"]
    await signed_in(page, base, f"/cases/{case['id']}", role="clerk")
    api = httpx.get(base + f"/api/v1/cases/{case['id']}", headers=auth("clerk")).json()
    masked = api["respondents"][0]
    assert masked["id_number"] != DEBTOR_ID
    text = await page.locator("#parties").inner_text()
    assert masked["id_number"] in text and DEBTOR_ID not in text and DEBTOR_PHONE not in text


# ------------------------------------------------------------------ 悬赏公告
async def test_the_case_search_filters_by_court_and_green_channel_and_posts_an_id_number(page: Page, screens):
    """Issue 16: 绿色通道 first, the court and green-channel filters, and a party's id number sent in a POST body to
    /api/v1/cases/search — never in a URL the browser requests or shows."""
    base = screens.asset_core.url
    case, green = screens.seeded["case"], screens.seeded["green"]
    urls: list[str] = []
    posts: list[tuple[str, str | None]] = []
    page.on("request", lambda r: (urls.append(r.url), r.method == "POST" and posts.append((r.url, r.post_data))))
    await signed_in(page, base, "/cases")
    await page.fill("input[name=court]", COURT)
    await page.click("#search button[type=submit]")
    await page.wait_for_url(re.compile(r"/cases\?.*court="))
    rows = page.locator("#results tr")
    await expect(rows).to_have_count(2)
    await expect(rows.nth(0).locator("td").first).to_have_text(green["case_number"])  # 绿色通道 first
    await expect(rows.nth(0).locator("td").nth(7)).to_have_text("绿色通道")
    await expect(rows.nth(1).locator("td").first).to_have_text(case["case_number"])
    await page.select_option("select[name=green_channel]", "false")
    await page.click("#search button[type=submit]")
    await page.wait_for_url(re.compile(r"green_channel=false"))
    await expect(rows).to_have_count(1)
    await expect(rows.nth(0).locator("td").first).to_have_text(case["case_number"])

    await page.fill("input[name=court]", "")
    await page.select_option("select[name=green_channel]", "")
    await page.fill("#id_number", DEBTOR_ID.lower())
    await page.click("#search button[type=submit]")
    await expect(page.locator("body")).to_have_attribute("data-loaded", "true")
    await expect(rows).to_have_count(1)
    await expect(rows.nth(0).locator("td").first).to_have_text(case["case_number"])
    searches = [(u, d) for u, d in posts if u.endswith("/api/v1/cases/search")]
    assert searches and DEBTOR_ID.lower() in (searches[-1][1] or "")
    assert not any(DEBTOR_ID in u.upper() for u in urls + [page.url]), "an id number reached a URL"
    await screenshot(page, "cases-search")

    # the case page lists the payout and what still waits, with its 30-day deadline (执行款物管理规定 13)
    await page.locator("#results a").first.click()
    await page.wait_for_url(base + f"/cases/{case['id']}")
    await expect(page.locator("body")).to_have_attribute("data-loaded", "true")
    payouts = page.locator("#payouts tr")
    await expect(payouts).to_have_count(1)
    await expect(payouts.nth(0).locator("td").nth(0)).to_have_text(screens.seeded["payout"]["paid_on"])
    await expect(payouts.nth(0).locator("td").nth(1)).to_have_text("鄂尔多斯市某某建材有限公司")
    await expect(payouts.nth(0).locator("td").nth(4)).to_have_text("¥50,000.00")
    summary = page.locator("#payout-summary")
    await expect(summary).to_contain_text("已到位执行款 ¥200,000.00；已发放 ¥50,000.00；待发放 ¥150,000.00")
    await expect(summary).to_contain_text("发放期限")
    await expect(page.locator("#timeline")).to_contain_text("执行款发放 ¥50,000.00")


async def test_a_tip_through_the_public_form_answers_a_receipt_whose_status_page_works(page: Page, screens):
    base = screens.reward.url
    notice = screens.seeded["notice"]
    await page.goto(base + "/bounty")
    item = page.locator(f".notice-item[data-number='{notice['number']}']")
    await expect(item).to_be_visible()
    public = httpx.get(base + "/api/v1/public/notices").json()["items"][0]
    await expect(item.locator("[data-debtor-id]")).to_have_text(public["debtor_id_masked"])
    assert DEBTOR_ID not in await page.content()
    await screenshot(page, "bounty-board")

    await item.locator("h2 a").click()
    await expect(page.locator("#notice")).to_have_attribute("data-number", notice["number"])
    await expect(page.locator("#notice [data-debtor-id]")).to_have_text(public["debtor_id_masked"])
    await page.select_option("select[name=clue_kind]", "asset")
    await page.fill("textarea[name=clue_text]", "被执行人在康巴什区另有一辆越野车，常停在某小区地下车库")
    await page.fill("input[name=asset_identifier]", "蒙K·A1234")
    await page.fill("input[name=name]", TIPSTER)
    await page.fill("input[name=phone]", TIPSTER_PHONE)
    await page.check("input[name=declares_no_exclusion]")
    await page.click("#tip-form button[type=submit]")
    await expect(page.locator("#receipt")).to_be_visible()
    receipt = (await page.locator("#receipt-code").inner_text()).strip()
    assert re.fullmatch(r"[A-Za-z0-9_-]{16,100}", receipt)
    await expect(page.locator("#receipt")).to_contain_text("请妥善保存回执码")
    await screenshot(page, "bounty-tip-receipt")

    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    await page.click("#receipt a")
    await page.wait_for_url(base + "/bounty/status")
    assert receipt not in page.url
    await page.fill("input[name=receipt]", receipt)
    await page.click("#status-form button[type=submit]")
    await expect(page.locator("#status-result")).to_be_visible()
    await expect(page.locator("#status-label")).to_have_text("已登记")
    await expect(page.locator("#status-notice")).to_have_text(notice["number"])
    assert TIPSTER not in await page.content()
    await screenshot(page, "bounty-status")

    await page.fill("input[name=receipt]", "x" * 32)  # an unknown receipt: said politely
    await page.click("#status-form button[type=submit]")
    await expect(page.locator("[data-alert]")).to_contain_text("回执码无效")


async def test_public_pages_work_at_375_px(page: Page, screens):
    await page.set_viewport_size(PHONE)
    notice = screens.seeded["notice"]
    for base, path, name in [(screens.reward.url, "/bounty", "bounty-board-375"),
                             (screens.reward.url, f"/bounty/notices/{notice['number']}", "bounty-notice-375"),
                             (screens.reward.url, "/bounty/status", "bounty-status-375"),
                             (screens.asset_core.url, "/open-day", "open-day-375")]:
        r = await page.goto(base + path)
        assert r.ok, path
        assert await no_horizontal_scroll(page), path
        await screenshot(page, name)


# ------------------------------------------------------------------ 执行开放日
async def test_the_open_day_shows_opened_cases_masked(page: Page, screens):
    base = screens.asset_core.url
    case, green = screens.seeded["case"], screens.seeded["green"]
    r = await page.goto(base + "/open-day")
    assert r.ok
    opened = page.locator(f".open-case[data-case-number='{case['case_number']}']")
    await expect(opened).to_be_visible()
    await expect(page.locator(f".open-case[data-case-number='{green['case_number']}']")).to_have_count(0)
    await expect(opened).to_contain_text("钱某")
    await expect(opened).to_contain_text("某某公司")
    await expect(opened.locator(".timeline li").first).to_contain_text("立案")
    await expect(opened.locator(".timeline li").nth(2)).to_contain_text("2026-01-10".replace("2026", str(today_cn().year)))
    await expect(opened.locator(".timeline li").nth(2)).to_contain_text("对财产采取冻结措施")
    await expect(opened.locator(".timeline")).to_contain_text("执行款到位")
    html = await page.content()
    text = await page.locator("body").inner_text()
    for secret in (DEBTOR_ID, DEBTOR_PHONE, DEBTOR, TIPSTER, TIPSTER_PHONE, TIPSTER_ID, "鄂尔多斯市某某建材",
                   "3-2-1101", "康巴什区住房"):
        assert secret not in html, secret
    assert not re.search(r"\d{17}[\dXx]", html), "a full 身份证号"
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", html), "a phone number"
    assert "¥" not in text  # the court did not choose to show amounts
    await screenshot(page, "open-day")

    # the public JSON says the same, and amounts appear once the court chooses so
    public = httpx.get(base + "/api/v1/public/open-day").json()["items"]
    assert [c["case_number"] for c in public] == [case["case_number"]]
    assert public[0]["amount_owed_fen"] is None and public[0]["respondents"] == ["钱某"]
    r = httpx.post(base + f"/api/v1/cases/{case['id']}/open-day", json={"show_amounts": True}, headers=auth("clerk"))
    assert r.status_code == 403
    r = httpx.post(base + f"/api/v1/cases/{case['id']}/open-day", json={"show_amounts": True}, headers=auth("judge"))
    assert r.status_code == 200, r.text
    await page.goto(base + "/open-day")
    await expect(opened.locator("[data-amount]").first).to_have_text("¥12,345,678.90")
    r = httpx.post(base + f"/api/v1/cases/{case['id']}/open-day", json={"open": False}, headers=auth("judge"))
    assert r.status_code == 200 and httpx.get(base + "/api/v1/public/open-day").json()["items"] == []
    r = httpx.post(base + f"/api/v1/cases/{case['id']}/open-day", json={"show_amounts": False}, headers=auth("judge"))
    assert r.status_code == 200
