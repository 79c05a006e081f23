"""交叉执行 — 民诉法 237 and the SPC guidance of June 2024 (DOMAIN.md "Case numbers (案号) and courts"):
after more than 6 months unexecuted, only a higher court designates; the executing court changes except
for 协同执行 and 督促执行."""
from datetime import date

import pytest

from services.asset_core.domain import DomainError, check_designation, executing_court_after, is_higher_court

FILED = date(2024, 1, 15)


def test_court_hierarchy_nests_by_code():
    assert is_higher_court("内06", "内0621") and is_higher_court("内", "内0621")
    assert not is_higher_court("内0621", "内0621") and not is_higher_court("内07", "内0621")
    assert not is_higher_court("内0621", "内06")


def test_the_intermediate_court_designates_to_dalate_after_six_months_民诉法237():
    check_designation("内06", "内0602", "内0621", FILED, date(2024, 7, 16), "instruct")
    assert executing_court_after("instruct", "内0602", "内0621") == "内0621"


def test_not_before_six_months_unexecuted_民诉法237():
    with pytest.raises(DomainError) as exc:
        check_designation("内06", "内0602", "内0621", FILED, date(2024, 7, 15), "instruct")
    assert exc.value.code == "designation_too_early"


@pytest.mark.parametrize("designating, to", [("内0602", "内0621"), ("内07", "内0621"), ("内06", "内0721")])
def test_only_a_court_above_both_courts_may_designate(designating, to):
    with pytest.raises(DomainError) as exc:
        check_designation(designating, "内0602", to, FILED, date(2025, 1, 1), "instruct")
    assert exc.value.code == "not_higher_court"


def test_elevation_takes_the_case_to_the_higher_court_itself():
    check_designation("内06", "内0602", "内06", FILED, date(2025, 1, 1), "elevate")
    assert executing_court_after("elevate", "内0602", "内06") == "内06"
    with pytest.raises(DomainError):
        check_designation("内06", "内0602", "内0621", FILED, date(2025, 1, 1), "elevate")


@pytest.mark.parametrize("form", ["cooperate", "supervise"])
def test_cooperation_and_supervision_keep_the_executing_court(form):
    assert executing_court_after(form, "内0602", "内0621") == "内0602"


def test_unknown_form_and_same_court_are_refused():
    with pytest.raises(DomainError):
        check_designation("内06", "内0602", "内0621", FILED, date(2025, 1, 1), "transfer")
    with pytest.raises(DomainError) as exc:
        check_designation("内06", "内0602", "内0602", FILED, date(2025, 1, 1), "instruct")
    assert exc.value.code == "same_court"
