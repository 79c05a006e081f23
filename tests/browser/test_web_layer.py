"""shared/web in a real headless Chromium: the local sign-in keeps its token in sessionStorage only, the shared
layout renders, api.js fetches with the bearer and shows problems politely, ECharts draws from fetched data, money
is 元 with separators, times are Asia/Shanghai whatever the browser's zone, the CSP holds, 375 px does not scroll
sideways."""
import re

from playwright.async_api import Page, expect

from shared.web import filters
from tests.browser.conftest import PHONE, no_horizontal_scroll, screenshot
from tests.browser.demo.app import ALARMS, DISPATCHES, RECOVERED_FEN

CANVAS_INK = """el => {
  const c = el.querySelector("canvas");
  if (!c || !c.width || !c.height) return 0;
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let inked = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) inked++;
  return inked;
}"""


async def sign_in(page: Page, base: str, path: str = "/demo", role: str = "president", org: str = "内0621") -> None:
    """Open a staff page without a token: api.js sends the browser to sign-in, which brings it back."""
    await page.goto(base + path)
    await page.wait_for_url(re.compile(r"/signin\?next="))
    await page.select_option("select[name=role]", role)
    await page.fill("input[name=org]", org)
    await page.click("button[type=submit]")
    await page.wait_for_url(base + path)


async def test_sign_in_then_the_page_draws_fetched_figures(page: Page, webdemo):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    await page.goto(webdemo.url + "/demo")
    await page.wait_for_url(re.compile(r"/signin\?next=%2Fdemo$"))  # 401 from the API → sign-in, back to /demo after
    await expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    await screenshot(page, "web-signin")
    await page.select_option("select[name=role]", "president")
    await page.fill("input[name=org]", "内0621")
    await page.click("button[type=submit]")
    await page.wait_for_url(webdemo.url + "/demo")
    await expect(page.locator("body")).to_have_attribute("data-loaded", "true")

    # the token: in this tab's sessionStorage, in no URL and no cookie
    token = await page.evaluate("sessionStorage.getItem('suite.token')")
    assert token and token.count(".") == 2
    assert not [u for u in requested if token in u or "token" in u.lower()]
    assert await page.context.cookies() == []
    await expect(page.locator("[data-who-name]")).to_have_text("院长 · 内0621")

    # figures fetched through api.js; money in 元 with separators; the server's filters agree
    assert sum(RECOVERED_FEN) == 170_023_456
    await expect(page.locator("#figures h2")).to_have_text("达拉特旗人民法院")
    await expect(page.locator("[data-field='totals.alarms']")).to_have_text(f"{sum(ALARMS)}")
    await expect(page.locator("[data-field='totals.dispatches']")).to_have_text(f"{sum(DISPATCHES)}")
    await expect(page.locator("[data-field='totals.recovered_fen']")).to_have_text("¥1,700,234.56")
    await expect(page.locator("#server-money")).to_have_text("¥1,234,567.89")
    await expect(page.locator("#server-time")).to_have_text("2024-05-10 09:30")  # browser in UTC; page in 北京时间
    await expect(page.locator("#months tr").nth(2).locator("td").nth(3)).to_have_text("¥300,123.45")
    assert await page.locator("a.figure").first.get_attribute("href") == "/demo?list=alarms"

    # both charts drawn by ECharts from the fetched series, on a canvas with ink on it
    for chart_id, expected in [("chart-counts", ALARMS), ("chart-money", RECOVERED_FEN)]:
        box = page.locator(f"#{chart_id}")
        await expect(box).to_have_attribute("data-rendered", "true")
        assert await box.evaluate(CANVAS_INK) > 500, chart_id
        data = await box.evaluate("el => echarts.getInstanceByDom(el).getOption().series[0].data")
        assert data == expected
    await screenshot(page, "web-demo")


async def test_pages_carry_a_strict_content_security_policy(page: Page, webdemo):
    for path in ["/demo", "/demo/public", "/signin"]:
        response = await page.goto(webdemo.url + path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self';" in csp and "style-src 'self';" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert await page.locator("script:not([src])").count() == 0  # nothing inline for the CSP to allow
        assert await page.locator("[style]").count() == 0
        if path == "/demo":  # a staff page without a token goes on to sign-in: let it, before the next page
            await page.wait_for_url("**/signin?next=*")
    echarts = await page.request.get(webdemo.url + "/static/vendor/echarts.min.js")
    assert echarts.ok and "javascript" in echarts.headers["content-type"] and len(await echarts.body()) > 500_000


async def test_a_rate_limit_is_explained_politely(page: Page, webdemo):
    await sign_in(page, webdemo.url)
    await expect(page.locator("body")).to_have_attribute("data-loaded", "true")
    await page.click("#busy")
    alert = page.locator("[data-alert]")
    await expect(alert).to_be_visible()
    await expect(alert).to_have_text("请求过于频繁，请在 7 秒后再试。")
    await expect(alert).to_have_attribute("data-status", "429")


async def test_a_wrong_organisation_code_is_refused_on_the_form(page: Page, webdemo):
    await page.goto(webdemo.url + "/signin?next=/demo")
    await page.fill("input[name=org]", "北京法院")
    await page.click("button[type=submit]")
    await expect(page.locator("[data-alert]")).to_contain_text("组织代码无效")
    assert await page.evaluate("sessionStorage.getItem('suite.token')") is None
    assert page.url.endswith("/signin?next=/demo")


async def test_signing_out_forgets_the_token(page: Page, webdemo):
    await sign_in(page, webdemo.url, role="clerk")
    await expect(page.locator("[data-who-name]")).to_have_text("立案/书记员 · 内0621")
    await page.click("[data-signout]")
    await page.wait_for_url(re.compile(r"/signin\?next="))
    assert await page.evaluate("sessionStorage.getItem('suite.token')") is None


async def test_a_375_px_wide_screen_does_not_scroll_sideways(page: Page, webdemo):
    await page.set_viewport_size(PHONE)
    await page.goto(webdemo.url + "/signin")
    assert await no_horizontal_scroll(page)
    await screenshot(page, "web-signin-375")
    await page.goto(webdemo.url + "/demo/public")
    assert await no_horizontal_scroll(page)  # the wide table scrolls inside its box
    await screenshot(page, "web-public-375")
    await sign_in(page, webdemo.url)
    await expect(page.locator("#chart-money")).to_have_attribute("data-rendered", "true")
    assert await no_horizontal_scroll(page)
    width = await page.locator("#chart-money canvas").evaluate("c => c.getBoundingClientRect().width")
    assert 0 < width <= PHONE["width"]
    await screenshot(page, "web-demo-375")


async def test_the_browser_formats_as_the_server_does(page: Page, webdemo):
    await page.goto(webdemo.url + "/demo/public")
    amounts = [0, 5, 99, 100, 123_456_789, -1_200, 9_007_199_254_740_991]
    shown = await page.evaluate("xs => xs.map(x => Api.yuan(x))", amounts)
    assert shown == [filters.yuan(a) for a in amounts]
    assert await page.evaluate("Api.yuan('123456789012345678901')") == filters.yuan(123456789012345678901)
    assert await page.evaluate("Api.num(3500)") == filters.num(3500) == "3,500"
    assert await page.evaluate("(() => { try { Api.yuan(1.5); return 'taken'; } catch (e) { return e.name; } })()") \
        == "TypeError"
    moments = ["2024-05-10T01:30:00Z", "2024-05-09T23:30:00+00:00", "2024-12-31T16:00:00Z"]
    assert await page.evaluate("xs => xs.map(Api.cnTime)", moments) == [filters.cn_time(m) for m in moments]
    assert await page.evaluate("xs => xs.map(Api.cnDate)", moments) == [filters.cn_date(m) for m in moments]
    assert await page.evaluate("Api.cnDate('2024-05-10')") == "2024-05-10"
    assert await page.evaluate("Api.percent(1, 3)") == "33.3%"
