"""shared/web without a browser: the filters, the template environment, the local sign-in and its refusal in
production, what `install` wires."""
from datetime import date, datetime, timedelta, timezone

import httpx
import jinja2
import pytest

from shared import web
from shared.settings import Settings
from shared.web import cn_date, cn_time, num, yuan
from tests.browser.demo.app import create_app


def test_yuan_from_integer_fen_with_thousands_separators():
    assert yuan(123_456_789) == "¥1,234,567.89"
    assert yuan(0) == "¥0.00" and yuan(5) == "¥0.05" and yuan(99) == "¥0.99" and yuan(100) == "¥1.00"
    assert yuan(-1_200) == "-¥12.00"
    assert yuan(170_000_000) == "¥1,700,000.00"
    assert yuan(123456789012345678901) == "¥1,234,567,890,123,456,789.01"  # no float anywhere on the way
    assert yuan(None) == "—"
    for wrong in (12.5, True, "100", 1e3):
        with pytest.raises(TypeError):
            yuan(wrong)


def test_counts_and_times_as_the_court_reads_them():
    assert num(3_500) == "3,500" and num(0) == "0" and num(None) == "—"
    with pytest.raises(TypeError):
        num(1.0)
    assert cn_time(datetime(2024, 5, 10, 1, 30, tzinfo=timezone.utc)) == "2024-05-10 09:30"
    assert cn_time(datetime(2024, 5, 10, 9, 30, tzinfo=timezone(timedelta(hours=8)))) == "2024-05-10 09:30"
    assert cn_time(datetime(2024, 5, 10, 1, 30)) == "2024-05-10 09:30"  # naive is UTC, as the services store it
    assert cn_time("2024-05-10T01:30:00Z") == "2024-05-10 09:30" and cn_time(None) == "—"
    assert cn_date(datetime(2024, 5, 9, 23, 30, tzinfo=timezone.utc)) == "2024-05-10"  # already the 10th in 北京
    assert cn_date(date(2024, 5, 10)) == "2024-05-10" == cn_date("2024-05-10")


def test_templates_have_the_filters_and_refuse_undefined_names():
    env = web.environment()
    assert env.from_string("{{ 123456789 | yuan }} {{ 3500 | num }}").render() == "¥1,234,567.89 3,500"
    figure = env.get_template("macros.html").module.figure
    page = figure("执行到位", 170_000_000, href="/x", format="yuan")
    assert "¥1,700,000.00" in page and 'href="/x"' in page
    assert "&lt;script&gt;" in figure("<script>", 1)  # .html templates are autoescaped
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


def test_only_same_origin_paths_after_sign_in():
    assert web.safe_next("/overview?period=2024") == "/overview?period=2024"
    for bad in (None, "", "https://evil.example/", "//evil.example", "/\\evil.example", "overview"):
        assert web.safe_next(bad) == "/"


def _client(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


async def test_local_sign_in_issues_a_token_the_apis_accept():
    async with _client(create_app(Settings(environment="test"))) as c:
        r = await c.post("/signin", json={"role": "judge", "org": "内0621", "sub": "张法官"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["token_type"] == "bearer" and body["org"] == "内0621" and body["roles"] == ["judge"]
        assert "set-cookie" not in r.headers
        figures = await c.get("/api/v1/demo/figures", headers={"Authorization": f"Bearer {body['access_token']}"})
        assert figures.status_code == 200 and figures.json()["totals"]["alarms"] == 409
        bad = await c.post("/signin", json={"role": "clerk", "org": "北京"})
        assert bad.status_code == 422 and bad.json()["code"] == "invalid_org"
        assert bad.headers["content-type"].startswith("application/problem+json")
        assert (await c.post("/signin", json={"role": "root", "org": "内0621"})).status_code == 422
        form = await c.get("/signin?next=//evil.example")
        assert 'data-next="/"' in form.text and 'id="signin-form"' in form.text


async def test_local_sign_in_is_refused_in_production():
    pem = Settings().public_key()  # a key from outside .run/, as production passes it
    settings = Settings(environment="production", jwt_public_key=pem, party_key_secret="a production secret")
    async with _client(create_app(settings)) as c:
        r = await c.post("/signin", json={"role": "president", "org": "内0621"})
        assert r.status_code == 403 and r.json()["code"] == "local_signin_refused"
        assert r.headers["content-type"].startswith("application/problem+json")
        page = await c.get("/signin")
        assert page.status_code == 403 and "统一身份认证" in page.text and 'id="signin-form"' not in page.text


async def test_install_wires_static_assets_sign_in_and_pages():
    app = create_app(Settings(environment="test"))
    async with _client(app) as c:
        css = await c.get("/static/site.css")
        assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
        for path in ["/static/api.js", "/static/charts.js", "/static/signin.js", "/static/webdemo/demo.js",
                     "/static/vendor/echarts.min.js"]:
            r = await c.get(path)
            assert r.status_code == 200 and "javascript" in r.headers["content-type"], path
        assert (await c.get("/static/../pyproject.toml")).status_code == 404
        page = await c.get("/demo")
        assert page.headers["content-security-policy"] == web.CSP and page.headers["cache-control"] == "no-store"
        assert '<html lang="zh-CN">' in page.text and "¥1,234,567.89" in page.text
        spec = (await c.get("/openapi.json")).json()
        assert "/demo" not in spec["paths"] and "/signin" in spec["paths"]  # pages stay out; sign-in is an API
        assert spec["paths"]["/signin"]["post"]["operationId"] == "webdemo_signin_local"
