"""Case state machine — 民诉法 263 (中止) / 264 (终结); 和解规定 2 (settlement suspends), 8 (performed → closed),
9 (default → resumption); 终本规定 1, 9 (终本 is final; resumption opens a new 执恢 case)."""
import pytest

from services.asset_core.domain import (
    CASE_TYPES, TRANSITIONS, CaseNumberError, CaseState, DomainError, check_transition, parse_case_number,
    resumed_case_type)

S = CaseState
ALLOWED = {
    (S.filed, S.executing), (S.filed, S.terminated),
    (S.executing, S.concluded_no_assets), (S.executing, S.fully_executed),
    (S.executing, S.suspended_settlement), (S.executing, S.terminated),
    (S.suspended_settlement, S.executing), (S.suspended_settlement, S.fully_executed),
    # issue 13: general 中止 (民诉法 267, 2023 revision) — resumed, or terminated (268)
    (S.executing, S.suspended), (S.suspended, S.executing), (S.suspended, S.terminated),
}


def test_民诉法263_264_transition_table_is_exactly_the_allowed_pairs():
    assert set(TRANSITIONS) == set(CaseState)
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


@pytest.mark.parametrize("pair", sorted(ALLOWED))
def test_民诉法263_264_allowed_transitions_pass(pair):
    check_transition(*pair)


@pytest.mark.parametrize("pair", sorted((a, b) for a in S for b in S if (a, b) not in ALLOWED))
def test_民诉法263_264_every_other_transition_is_refused(pair):
    with pytest.raises(DomainError) as e:
        check_transition(*pair)
    assert e.value.code == "illegal_transition"


def test_和解规定9_defaulted_settlement_resumes_execution():
    check_transition(S.suspended_settlement, S.executing)


def test_和解规定8_performed_settlement_closes_the_case_but_cannot_be_concluded_as_终本():
    check_transition(S.suspended_settlement, S.fully_executed)
    with pytest.raises(DomainError):
        check_transition(S.suspended_settlement, S.concluded_no_assets)


def test_终本规定9_终本_is_final_and_resumption_is_a_new_执恢_case():
    with pytest.raises(DomainError) as e:
        check_transition(S.concluded_no_assets, S.executing)
    assert "执恢" in str(e.value)
    assert resumed_case_type() == "执恢" and resumed_case_type() in CASE_TYPES


def test_民诉法263_264_refusal_names_both_states_with_labels_and_the_allowed_targets():
    with pytest.raises(DomainError) as e:
        check_transition(S.filed, S.fully_executed)
    msg = str(e.value)
    assert "filed (已立案)" in msg and "fully_executed (执行完毕)" in msg
    assert "allowed: executing (执行中), terminated (终结执行)" in msg


def test_民诉法263_264_string_states_are_accepted_and_unknown_ones_refused():
    check_transition("filed", "executing")
    with pytest.raises(DomainError) as e:
        check_transition("filed", "closed")
    assert e.value.code == "unknown_state"


def test_DomainError_is_a_ValueError_with_code_and_message():
    err = DomainError("some_code", "中文 / English")
    assert isinstance(err, ValueError) and err.code == "some_code" and str(err) == "中文 / English"


def test_案号_errors_are_DomainErrors_with_a_stable_code():
    with pytest.raises(DomainError) as e:
        parse_case_number("（2024）内0621民1号")
    assert isinstance(e.value, CaseNumberError) and e.value.code == "invalid_case_number"
