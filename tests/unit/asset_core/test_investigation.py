"""Asset investigation, the "一核" standard — 财产调查规定 13 (online 总对总 results have the legal effect of
on-site investigation; the required categories) and 财产调查规定 3 (asset-report order): complete only when
every required category has a result (found / none / not applicable with reason) and the order was issued."""
import pytest

from services.asset_core.domain import (
    CATEGORY_LABELS, DEFAULT_REQUIRED_CATEGORIES, OPTIONAL_CATEGORIES, RESULT_STATUSES, DomainError,
    check_investigation_result, investigation_coverage, investigation_gaps)

ALL_NONE = {c: "none" for c in DEFAULT_REQUIRED_CATEGORIES}


def test_财产调查规定13_default_and_optional_categories():
    assert DEFAULT_REQUIRED_CATEGORIES == ("bank_deposits", "real_estate", "vehicles", "securities", "ships",
                                           "online_payment_funds")
    assert OPTIONAL_CATEGORIES == ("equity", "insurance", "wealth_management", "exit_entry")
    assert RESULT_STATUSES == ("found", "none", "not_applicable")


def test_财产调查规定13_every_category_has_a_chinese_label():
    assert set(CATEGORY_LABELS) == set(DEFAULT_REQUIRED_CATEGORIES) | set(OPTIONAL_CATEGORIES)
    assert [CATEGORY_LABELS[c] for c in DEFAULT_REQUIRED_CATEGORIES + OPTIONAL_CATEGORIES] == [
        "银行存款", "不动产", "车辆", "证券", "船舶/渔船", "网络支付资金", "股权", "保险", "理财产品", "出入境记录"]


def test_财产调查规定13_complete_when_all_results_recorded_and_order_issued():
    results = dict(ALL_NONE, real_estate="found", ships="not_applicable")
    assert investigation_gaps(DEFAULT_REQUIRED_CATEGORIES, results, report_order_issued=True) == []
    assert investigation_coverage(DEFAULT_REQUIRED_CATEGORIES, results) == 1.0


def test_财产调查规定13_one_missing_category_is_a_gap():
    results = {c: "none" for c in DEFAULT_REQUIRED_CATEGORIES if c != "vehicles"}
    assert investigation_gaps(DEFAULT_REQUIRED_CATEGORIES, results, True) == ["vehicles"]
    assert investigation_coverage(DEFAULT_REQUIRED_CATEGORIES, results) == pytest.approx(5 / 6)


def test_财产调查规定3_asset_report_order_missing_is_a_gap_even_with_all_results():
    assert investigation_gaps(DEFAULT_REQUIRED_CATEGORIES, ALL_NONE, report_order_issued=False) == [
        "asset_report_order"]


def test_财产调查规定13_gaps_keep_the_required_order_and_the_order_gap_comes_last():
    assert investigation_gaps(["ships", "bank_deposits", "ships"], {}, False) == [
        "ships", "bank_deposits", "asset_report_order"]


def test_财产调查规定13_unknown_status_is_not_a_result():
    results = dict(ALL_NONE, securities="pending")
    assert investigation_gaps(DEFAULT_REQUIRED_CATEGORIES, results, True) == ["securities"]


def test_财产调查规定13_configured_extra_categories_are_required_too():
    required = DEFAULT_REQUIRED_CATEGORIES + ("equity",)
    assert investigation_gaps(required, ALL_NONE, True) == ["equity"]
    assert investigation_coverage(required, ALL_NONE) == pytest.approx(6 / 7)


def test_财产调查规定13_results_for_categories_not_required_do_not_count():
    assert investigation_coverage(["bank_deposits", "real_estate"], {"equity": "found", "bank_deposits": "none"}) == 0.5
    assert investigation_coverage([], {}) == 1.0
    assert investigation_coverage(DEFAULT_REQUIRED_CATEGORIES, {}) == 0.0


def test_财产调查规定13_not_applicable_needs_a_reason():
    check_investigation_result("ships", "not_applicable", "被执行人为自然人，经查无船舶登记")
    for reason in (None, "", "   "):
        with pytest.raises(DomainError) as e:
            check_investigation_result("ships", "not_applicable", reason)
        assert e.value.code == "reason_required"


def test_财产调查规定13_recorded_result_must_be_known_category_and_status():
    check_investigation_result("bank_deposits", "found")
    with pytest.raises(DomainError) as e:
        check_investigation_result("bank_deposits", "maybe")
    assert e.value.code == "invalid_result_status"
    with pytest.raises(DomainError) as e:
        check_investigation_result("crypto", "none")
    assert e.value.code == "unknown_category"
