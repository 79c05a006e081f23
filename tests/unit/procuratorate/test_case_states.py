"""The public-interest case lifecycle (DOMAIN.md 公益诉讼): 立案 → 调查 → 磋商 → 检察建议 → 回复 → 跟进调查/回头看 →
结案 or 提起行政公益诉讼; a recommendation is mandatory before administrative litigation (行政诉讼法 25)."""
import pytest

from services.procuratorate.domain import (
    TRANSITIONS, CaseState, DomainError, check_clue_open, check_litigation, check_project_transition,
    check_transition, close_outcome, close_refusals, next_item_status, sum_metrics)

S = CaseState


def test_happy_path_is_allowed():
    path = [S.filed, S.investigating, S.consulting, S.recommended, S.replied, S.following_up, S.closed]
    for a, b in zip(path, path[1:]):
        check_transition(a, b, recommendation_issued=True)


@pytest.mark.parametrize("state", [S.filed, S.investigating, S.consulting])
def test_no_litigation_without_a_prior_recommendation_行政诉讼法25(state):
    with pytest.raises(DomainError) as e:
        check_transition(state, S.litigation, kind="administrative", recommendation_issued=False)
    assert e.value.code == "recommendation_required" and "行政诉讼法第25条" in str(e.value)


@pytest.mark.parametrize("state", [S.recommended, S.replied, S.following_up])
def test_litigation_after_a_recommendation_行政诉讼法25(state):
    check_transition(state, S.litigation, kind="administrative", recommendation_issued=True)


def test_check_litigation_only_binds_administrative_cases_行政诉讼法25():
    with pytest.raises(DomainError):
        check_litigation("administrative", False)
    check_litigation("administrative", True)
    check_litigation("civil", False)


@pytest.mark.parametrize("final", [S.closed, S.litigation])
def test_final_states_have_no_successor(final):
    assert TRANSITIONS[final] == frozenset()
    for target in S:
        with pytest.raises(DomainError) as e:
            check_transition(final, target, recommendation_issued=True)
        assert e.value.code == "illegal_transition"


def test_illegal_transition_names_the_allowed_ones():
    with pytest.raises(DomainError) as e:
        check_transition(S.filed, S.replied)
    assert e.value.code == "illegal_transition" and "investigating" in str(e.value)
    with pytest.raises(DomainError) as e:
        check_transition("nonsense", S.closed)
    assert e.value.code == "unknown_state"


def test_closed_as_rectified_only_when_every_item_is_verified():
    assert close_refusals(["verified", "verified"]) == []
    assert close_refusals(["verified", "measures_reported"])
    assert close_refusals([])  # nothing to verify
    assert close_outcome(S.following_up, ["verified"] * 14) == "rectified"
    with pytest.raises(DomainError) as e:
        close_outcome(S.following_up, ["verified", "not_rectified"])
    assert e.value.code == "close_refused"
    assert close_outcome(S.investigating, []) == "terminated"
    with pytest.raises(DomainError):
        close_outcome(S.following_up, [])


def test_item_is_verified_only_by_a_review():
    assert next_item_status("open", reply_done=True) == "measures_reported"
    assert next_item_status("measures_reported", review_rectified=True) == "verified"
    assert next_item_status("measures_reported", review_rectified=False) == "not_rectified"
    assert next_item_status("verified", review_rectified=False) == "verified"
    assert next_item_status("open") == "open"


def test_a_clue_is_evaluated_once():
    check_clue_open("received")
    for status in ("filed", "closed", "referred"):
        with pytest.raises(DomainError) as e:
            check_clue_open(status)
        assert e.value.code == "clue_already_evaluated"


def test_projects_move_forward_only():
    check_project_transition("planned", "under_construction")
    check_project_transition("under_construction", "completed")
    with pytest.raises(DomainError):
        check_project_transition("completed", "planned")


def test_campaign_totals_sum_the_periods():
    rows = [{"cases": 60, "mu_cleared": 1000, "buildings_removed": 50}, {"cases": 62, "mu_cleared": 2264,
                                                                           "buildings_removed": 56}]
    totals = sum_metrics(rows)
    assert totals["cases"] == 122 and totals["mu_cleared"] == 3264 and totals["buildings_removed"] == 106
    assert totals["garbage_tonnes"] == 0
