"""案号 rules — DOMAIN.md "Case numbers (案号) and courts": format （year）court-code type-code sequence 号,
ASCII and full-width brackets accepted, normalised parts stored, canonical form printed."""
from datetime import date

import pytest

from services.asset_core.domain import CASE_TYPES, CaseNumberError, parse_case_number

TODAY = date(2026, 11, 26)


def test_parses_the_articles_example():
    n = parse_case_number("（2024）内0621执123号", TODAY)
    assert (n.year, n.court_code, n.case_type, n.sequence) == (2024, "内0621", "执", 123)
    assert str(n) == "（2024）内0621执123号"


@pytest.mark.parametrize("raw", ["(2024)内0621执123号", "（2024）内0621执123号", " (2024) 内0621 执 123 号 ",
                                 "〔2024〕内0621执123号", "(2024）内0621执123号"])
def test_ascii_and_full_width_brackets_normalise_to_the_canonical_form(raw):
    assert str(parse_case_number(raw, TODAY)) == "（2024）内0621执123号"


@pytest.mark.parametrize("code", list(CASE_TYPES))
def test_every_execution_type_code_is_accepted(code):
    assert parse_case_number(f"（2025）内06{code}7号", TODAY).case_type == code


def test_all_seven_execution_type_codes_are_known():
    assert set(CASE_TYPES) == {"执", "执恢", "执保", "执异", "执复", "执监", "执协"}


@pytest.mark.parametrize("court", ["内", "内06", "内0621", "京0105", "兵09"])
def test_court_codes_of_high_intermediate_and_basic_courts(court):
    assert parse_case_number(f"（2024）{court}执1号", TODAY).court_code == court


@pytest.mark.parametrize("raw", [
    "", "（2024）内0621民123号",  # not an execution case
    "（2024）内0621执号", "（2024）内0621执0号", "2024内0621执123号", "（24）内0621执123号",
    "（2024）X0621执123号", "（2024）内06210执123号", "（2024）内0621执123", "（1989）内0621执1号",
    "（2028）内0621执1号", "（2024）内0621执恢恢1号",
])
def test_malformed_case_numbers_are_refused(raw):
    with pytest.raises(CaseNumberError):
        parse_case_number(raw, TODAY)


def test_next_years_numbers_are_allowed_around_new_year():
    assert parse_case_number("（2027）内0621执1号", TODAY).year == 2027
