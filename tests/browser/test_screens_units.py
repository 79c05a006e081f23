"""The screens' read-model rules without a browser: party names on the open day, 案号 search in either bracket
style, the months of a period, what counts as a compliant 终本, and the pages' wiring (CSP, out of OpenAPI)."""
from datetime import date
from types import SimpleNamespace

import httpx

from services.asset_core import views
from shared import web
from shared.settings import Settings


def test_open_day_party_names_keep_a_surname_or_the_kind_of_organisation_only():
    assert views.public_party_name("钱多多", "person") == "钱某"
    assert views.public_party_name("欧阳锋", "person") == "欧阳某"
    assert views.public_party_name("内蒙古某房地产开发有限公司", "organisation") == "某某公司"
    assert views.public_party_name("中国某银行股份有限公司鄂尔多斯分行", "organisation") == "某某分行"
    assert views.public_party_name("达拉特旗某某合作社", "organisation") == "某某合作社"
    assert views.public_party_name("某协调小组", "organisation") == "某某单位"


def test_case_number_search_accepts_either_bracket_style_and_parts():
    assert views.case_number_pattern("(2024)内0621执123号") == "%（2024）内0621执123号%"
    assert views.case_number_pattern(" （2024） 内0621执 ") == "%（2024）内0621执%"
    assert views.case_number_pattern("50%_") == "%50\\%\\_%"  # wildcards typed are literal


def test_months_of_a_period_are_clipped_to_it():
    assert views.months_of(date(2024, 1, 15), date(2024, 3, 10)) == [
        ("2024-01", date(2024, 1, 15), date(2024, 1, 31)), ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-03", date(2024, 3, 1), date(2024, 3, 10))]
    assert len(views.months_of(date(2023, 12, 1), date(2024, 1, 1))) == 2


def _concluded(**kw):
    base = dict(concluded_on=date(2024, 6, 1), investigation_completed_on=date(2024, 2, 10),
                asset_report_order_on=date(2024, 2, 5), consumption_restriction_on=date(2024, 2, 5),
                applicant_heard_on=date(2024, 5, 20), dishonest_listing_eligible=False, dishonest_listing_on=None,
                debtor_missing=False, missing_debtor_searched_on=None, obstructed=False,
                obstruction_sanctioned_on=None)
    return SimpleNamespace(**{**base, **kw})


def test_a_compliant_conclusion_had_every_condition_on_record_by_its_day():
    assert views.compliant_conclusion(_concluded())
    assert not views.compliant_conclusion(_concluded(applicant_heard_on=date(2024, 6, 2)))
    assert not views.compliant_conclusion(_concluded(dishonest_listing_eligible=True))
    assert views.compliant_conclusion(_concluded(obstructed=True, obstruction_sanctioned_on=date(2024, 3, 1)))
    assert views._permille(1, 3) == 333 and views._permille(2, 3) == 667 and views._permille(0, 0) is None


async def test_the_pages_are_wired_with_the_csp_and_stay_out_of_openapi():
    from services.asset_core.app import create_app as asset_core
    from services.reward.app import create_app as reward
    for factory, pages in ((asset_core, ["/overview", "/cases", "/open-day"]), (reward, ["/bounty", "/bounty/status"])):
        app = factory(Settings(environment="test"))
        spec = app.openapi()
        assert not [p for p in spec["paths"] if p in pages or p.startswith("/bounty")]
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            for path in pages:
                if path in ("/open-day", "/bounty"):
                    continue  # these read the database: the browser tests serve them
                r = await c.get(path)
                assert r.status_code == 200 and r.headers["content-security-policy"] == web.CSP, path
                assert "<script>" not in r.text and "style=" not in r.text
    assert "/api/v1/public/open-day" in asset_core(Settings(environment="test")).openapi()["paths"]
