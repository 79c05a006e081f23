"""Intake and 分案 — DOMAIN.md 和解 (终本 cases pushed to the center keep their legal status), 绿色通道 (wage and
support cases first), the center's state machine, the balancing rule, supervision of handling steps."""
from datetime import date

import pytest

from services.mediation.domain import (
    LIVELIHOOD_SKILL, TRANSITIONS, CenterState, DomainError, MediatorLoad, assignment_order_key, check_transition,
    handling_overdue, intake_legal_status, intake_priority, period_contains, pick_mediator, required_skill)


@pytest.mark.parametrize("state", ["concluded_no_assets", "executing", "suspended_settlement"])
def test_和解_intake_keeps_the_legal_status_of_the_case(state):
    assert intake_legal_status(state) == state


@pytest.mark.parametrize("category, priority", [("migrant_wages", 0), ("support_payments", 0), ("none", 1)])
def test_绿色通道_wage_and_support_cases_first(category, priority):
    assert intake_priority(category) == priority


def test_绿色通道_the_queue_orders_green_channel_then_first_received():
    cases = [(1, 1), (0, 5), (1, 2), (0, 3)]
    assert sorted(cases, key=lambda c: assignment_order_key(*c)) == [(0, 3), (0, 5), (1, 1), (1, 2)]


def _m(id, load, capacity=10, skills=(), active=True):
    return MediatorLoad(id=id, name=id, team="一组", skills=frozenset(skills), load=load, capacity=capacity,
                        active=active)


def test_分案_balances_load_relative_to_capacity():
    assert pick_mediator([_m("a", 5), _m("b", 2), _m("c", 3)]).id == "b"
    assert pick_mediator([_m("a", 5, capacity=20), _m("b", 3, capacity=5)]).id == "a"  # 25 % < 60 %
    assert pick_mediator([_m("b", 1), _m("a", 1)]).id == "a"  # a tie is broken deterministically


def test_分案_skips_full_inactive_and_excluded_mediators():
    assert pick_mediator([_m("a", 10), _m("b", 0, active=False)]) is None
    assert pick_mediator([_m("a", 0), _m("b", 4)], exclude="a").id == "b"


def test_分案_green_channel_cases_prefer_mediators_with_the_livelihood_skill():
    assert required_skill("migrant_wages") == LIVELIHOOD_SKILL and required_skill("none") is None
    ms = [_m("a", 0), _m("b", 6, skills=[LIVELIHOOD_SKILL])]
    assert pick_mediator(ms, skill=LIVELIHOOD_SKILL).id == "b"
    assert pick_mediator([_m("a", 0), _m("b", 10, skills=[LIVELIHOOD_SKILL])], skill=LIVELIHOOD_SKILL).id == "a"


def test_the_center_state_machine():
    check_transition("received", "assigned")
    check_transition("assigned", "settled")
    check_transition("settled", "fully_executed")
    check_transition("settled", "defaulted")
    for final in (CenterState.fully_executed, CenterState.closed):
        assert TRANSITIONS[final] == frozenset()
    with pytest.raises(DomainError) as e:
        check_transition("received", "settled")  # a case is handled by a mediator before it settles
    assert e.value.code == "illegal_transition"
    with pytest.raises(DomainError):
        check_transition("settled", "closed")  # a settlement being performed ends by performance or default


def test_监督_handling_step_overdue_after_the_configured_days():
    assert not handling_overdue(date(2025, 1, 1), date(2025, 1, 16), 15)
    assert handling_overdue(date(2025, 1, 1), date(2025, 1, 17), 15)


def test_figures_period_is_closed_at_both_ends():
    assert period_contains(date(2025, 1, 1), date(2025, 1, 1), date(2025, 12, 31))
    assert period_contains(date(2025, 12, 31), None, date(2025, 12, 31))
    assert not period_contains(date(2026, 1, 1), date(2025, 1, 1), date(2025, 12, 31))
