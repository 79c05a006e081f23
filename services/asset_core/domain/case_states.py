"""Case states and the state machine (民诉法 267 中止, 268 终结 — 2023 revision; 和解规定 2, 8, 9; 终本规定 1, 9)."""
from __future__ import annotations

from enum import Enum

from shared.legal import DomainError


class CaseState(str, Enum):
    filed = "filed"  # 已立案
    executing = "executing"  # 执行中
    concluded_no_assets = "concluded_no_assets"  # 终结本次执行 (终本)
    fully_executed = "fully_executed"  # 执行完毕
    suspended_settlement = "suspended_settlement"  # 和解中止
    terminated = "terminated"  # 终结执行
    suspended = "suspended"  # 中止执行 (民诉法 267), other than by settlement


CASE_STATE_LABELS = {
    CaseState.filed: "已立案",
    CaseState.executing: "执行中",
    CaseState.concluded_no_assets: "终结本次执行程序",
    CaseState.fully_executed: "执行完毕",
    CaseState.suspended_settlement: "和解中止执行",
    CaseState.terminated: "终结执行",
    CaseState.suspended: "中止执行",
}


TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.filed: frozenset({CaseState.executing, CaseState.terminated}),
    CaseState.executing: frozenset({CaseState.concluded_no_assets, CaseState.fully_executed,
                                    CaseState.suspended_settlement, CaseState.terminated, CaseState.suspended}),
    # 民诉法 267: once the ground of the suspension is gone, execution resumes; 268: or it is terminated.
    CaseState.suspended: frozenset({CaseState.executing, CaseState.terminated}),
    # 和解规定 9: default → the applicant applies to resume; 和解规定 8: performed in full → closed.
    CaseState.suspended_settlement: frozenset({CaseState.executing, CaseState.fully_executed}),
    # Final. Resumption after 终本 opens a NEW case with type 执恢 (DOMAIN.md "终本"; 终本规定 9).
    CaseState.concluded_no_assets: frozenset(),
    CaseState.fully_executed: frozenset(),
    CaseState.terminated: frozenset(),
}


SUSPENDED_STATES = frozenset({CaseState.suspended, CaseState.suspended_settlement})  # their days do not count

# 民诉法 267 (2023 revision): the grounds of 中止执行.
SUSPENSION_GROUNDS: dict[str, str] = {
    "applicant_postpones": "申请人表示可以延期执行",  # (1)
    "third_party_objection": "案外人对执行标的提出确有理由的异议",  # (2)
    "party_died": "作为一方当事人的公民死亡，需要等待继承人继承权利或者承担义务",  # (3)
    "organisation_terminated": "作为一方当事人的法人或者其他组织终止，尚未确定权利义务承受人",  # (4)
    "other": "人民法院认为应当中止执行的其他情形",  # (5)
}


def check_suspension_ground(ground: str | None) -> str:
    """中止执行 needs one of the grounds of 民诉法 267; a settlement suspends through its own state (和解规定 2).
    Raises DomainError("suspension_ground_required")."""
    if ground not in SUSPENSION_GROUNDS:
        raise DomainError("suspension_ground_required", f"中止执行须说明民诉法第二百六十七条规定的事由 / a suspension "
                                                        f"needs a ground of 民诉法 267: {', '.join(SUSPENSION_GROUNDS)}; "
                                                        f"got {ground!r}")
    return ground


def _state(value: CaseState | str) -> CaseState:
    try:
        return CaseState(value)
    except ValueError:
        raise DomainError("unknown_state", f"未知案件状态 {value!r} / unknown case state {value!r}; known: "
                                           f"{', '.join(s.value for s in CaseState)}") from None


def _state_text(s: CaseState) -> str:
    return f"{s.value} ({CASE_STATE_LABELS[s]})"


def check_transition(current: CaseState, target: CaseState) -> None:
    """Refuse a case state change the law does not allow (民诉法 267 中止 / 268 终结; 和解规定 2 suspension by
    settlement, 8 closure on performance, 9 resumption on default; 终本规定 1). Final states (终本, 执行完毕, 终结)
    have no successor: resumption after 终本 opens a new 执恢 case (`resumed_case_type`).
    Raises DomainError("illegal_transition")."""
    cur, tgt = _state(current), _state(target)
    allowed = TRANSITIONS[cur]
    if tgt in allowed:
        return
    allowed_text = ", ".join(_state_text(s) for s in CaseState if s in allowed) or (
        "none — final state; 终本后恢复执行须另立执恢案件 / resumption after 终本 opens a new 执恢 case"
        if cur is CaseState.concluded_no_assets else "none — final state / 已为终局状态")
    raise DomainError("illegal_transition", f"案件状态不能从「{CASE_STATE_LABELS[cur]}」变更为「{CASE_STATE_LABELS[tgt]}」 / "
                                            f"case state transition from {_state_text(cur)} to {_state_text(tgt)} is "
                                            f"not allowed; allowed: {allowed_text}")


def resumed_case_type() -> str:
    """The case-type code of a resumed execution (恢复执行) — a new case number (DOMAIN.md "终本"; 终本规定 9)."""
    return "执恢"
