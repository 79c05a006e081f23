"""Asset investigation — "一核" (财产调查规定 13; DOMAIN.md "Asset investigation")."""
from __future__ import annotations

from collections.abc import Iterable

from shared.legal import DomainError

DEFAULT_REQUIRED_CATEGORIES: tuple[str, ...] = (
    "bank_deposits", "real_estate", "vehicles", "securities", "ships", "online_payment_funds")
OPTIONAL_CATEGORIES: tuple[str, ...] = ("equity", "insurance", "wealth_management", "exit_entry")
CATEGORY_LABELS: dict[str, str] = {
    "bank_deposits": "银行存款",
    "real_estate": "不动产",
    "vehicles": "车辆",
    "securities": "证券",
    "ships": "船舶/渔船",
    "online_payment_funds": "网络支付资金",
    "equity": "股权",
    "insurance": "保险",
    "wealth_management": "理财产品",
    "exit_entry": "出入境记录",
}
ASSET_REPORT_ORDER = "asset_report_order"  # the gap reported when the 报告财产令 was not issued
RESULT_STATUSES = ("found", "none", "not_applicable")
RESULT_STATUS_LABELS = {"found": "发现财产", "none": "未发现", "not_applicable": "不适用"}


def check_investigation_result(category: str, status: str, reason: str | None = None) -> None:
    """Validate one recorded investigation result before it is stored (DOMAIN.md "Asset investigation";
    财产调查规定 13): the category is known, the status is found / none / not_applicable, and not_applicable
    carries a reason. Raises DomainError("unknown_category" | "invalid_result_status" | "reason_required")."""
    if category not in CATEGORY_LABELS:
        raise DomainError("unknown_category", f"未知查控类别 {category!r} / unknown investigation category; known: "
                                              f"{', '.join(CATEGORY_LABELS)}")
    if status not in RESULT_STATUSES:
        raise DomainError("invalid_result_status", f"查控结果无效 {status!r} / result must be one of "
                                                   f"{', '.join(RESULT_STATUSES)}")
    if status == "not_applicable" and not (reason or "").strip():
        raise DomainError("reason_required", f"「{CATEGORY_LABELS[category]}」标记为不适用须说明理由 / marking "
                                             f"{category} not applicable requires a reason")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def investigation_gaps(required: Iterable[str], results: dict[str, str], report_order_issued: bool) -> list[str]:
    """What keeps the investigation from being complete (DOMAIN.md "Asset investigation"; 财产调查规定 13): the
    required category codes with no recorded result (a status outside RESULT_STATUSES counts as none), in the
    order given, then "asset_report_order" if the 报告财产令 was not issued (财产调查规定 3). [] = complete.
    The reason for not_applicable is checked when the result is recorded (`check_investigation_result`)."""
    gaps = [c for c in _unique(required) if results.get(c) not in RESULT_STATUSES]
    if not report_order_issued:
        gaps.append(ASSET_REPORT_ORDER)
    return gaps


def investigation_coverage(required: Iterable[str], results: dict[str, str]) -> float:
    """Share (0..1) of the required categories that have a recorded result (财产调查规定 13). Nothing required
    counts as fully covered (1.0)."""
    req = _unique(required)
    if not req:
        return 1.0
    return sum(1 for c in req if results.get(c) in RESULT_STATUSES) / len(req)


def required_categories(additions: Iterable[str] | None = None) -> list[str]:
    """The 网络查控 categories a case must cover (DOMAIN.md "Asset investigation"; 财产调查规定 13): the national
    minimum, always, plus what the case ADDS — a case may add categories, never drop one of the minimum (else 终本
    could pass without bank or real-estate checks). Unknown categories raise DomainError("unknown_category")."""
    extra = list(additions or [])
    unknown = [c for c in extra if c not in CATEGORY_LABELS]
    if unknown:
        raise DomainError("unknown_category", f"未知查控类别 {unknown} / unknown investigation categories; known: "
                                              f"{', '.join(CATEGORY_LABELS)}")
    return _unique([*DEFAULT_REQUIRED_CATEGORIES, *extra])
