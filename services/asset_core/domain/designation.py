"""交叉执行 (民诉法 237; SPC guidance of June 2024). The court hierarchy is `shared.orgs`."""
from __future__ import annotations

from datetime import date, timedelta

from shared.legal import DomainError, add_months
from shared.orgs import is_above

DESIGNATION_FORMS = {
    "instruct": "指令执行",  # another court executes
    "elevate": "提级执行",  # the higher court takes the case up
    "concentrate": "集中执行",  # concentrated in one court
    "cooperate": "协同执行",  # courts execute together; the executing court stays
    "supervise": "督促执行",  # the higher court supervises; the executing court stays
}
UNEXECUTED_MONTHS_BEFORE_DESIGNATION = 6


def is_higher_court(higher: str, lower: str) -> bool:
    """Court codes nest: 内 (high court) ⊃ 内06 (intermediate) ⊃ 内0621 (basic) — `shared.orgs.is_above`."""
    return is_above(higher, lower)


def executing_court_after(form: str, from_court: str, to_court: str) -> str:
    """Which court executes after a designation: cooperate and supervise keep the executing court."""
    return from_court if form in ("cooperate", "supervise") else to_court


def check_designation(designating: str, from_court: str, to_court: str, filed_on: date, on: date, form: str) -> None:
    """民诉法 237: when a case is unexecuted for more than 6 months, the higher court may supervise,
    instruct another court, take the case up, concentrate or cooperate. Only a court above both the
    executing court and the receiving court may designate."""
    if form not in DESIGNATION_FORMS:
        raise DomainError("unknown_designation_form", f"未知的交叉执行方式 {form!r}; known: {list(DESIGNATION_FORMS)}")
    if form == "elevate" and to_court != designating:
        raise DomainError("elevate_to_self", "提级执行由上级法院自己执行 (to_court must be the designating court)")
    receiving_ok = to_court == designating if form == "elevate" else is_higher_court(designating, to_court)
    if not is_higher_court(designating, from_court) or not receiving_ok:
        raise DomainError("not_higher_court", f"只有上级法院可以交叉执行: {designating} is not above both "
                                              f"{from_court} and {to_court}")
    if form not in ("cooperate", "supervise") and to_court == from_court:
        raise DomainError("same_court", "交叉执行的承接法院不能是原执行法院")
    earliest = add_months(filed_on, UNEXECUTED_MONTHS_BEFORE_DESIGNATION)
    if on <= earliest:
        raise DomainError("designation_too_early", f"立案后超过 6 个月未执行完毕方可交叉执行: from {earliest + timedelta(days=1)}")
    if on < filed_on:
        raise DomainError("before_filing", "日期早于立案日期")
