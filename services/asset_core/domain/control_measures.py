"""Control measures — 查封 / 扣押 / 冻结 (解释 485; 查扣冻规定 10, 19, 26, 27, 28)."""
from __future__ import annotations

from datetime import date, timedelta

from services.asset_core.domain._guards import _days
from shared.legal import DomainError, add_months

MEASURE_KINDS = ("freeze", "seal", "seize")  # 冻结 / 查封 / 扣押
MEASURE_KIND_LABELS = {"freeze": "冻结", "seal": "查封", "seize": "扣押"}
ASSET_TYPES = ("bank_deposit", "real_estate", "movable", "vehicle", "equity", "securities", "other_property_right",
               "online_funds", "ship")
ASSET_TYPE_LABELS = {
    "bank_deposit": "银行存款", "real_estate": "不动产", "movable": "动产", "vehicle": "车辆", "equity": "股权",
    "securities": "证券", "other_property_right": "其他财产权", "online_funds": "网络资金", "ship": "船舶",
}
_FUNDS = frozenset({"bank_deposit", "online_funds"})
_MOVABLES = frozenset({"movable", "vehicle", "ship"})
_RIGHTS = frozenset({"equity", "securities", "other_property_right"})


def _asset_type(asset_type: str) -> str:
    if asset_type not in ASSET_TYPES:
        raise DomainError("unknown_asset_type", f"未知财产类型 {asset_type!r} / unknown asset type; known: "
                                                f"{', '.join(ASSET_TYPES)}")
    return asset_type


def measure_max_months(asset_type: str) -> int:
    """Longest period of one control measure (解释 485): frozen funds (bank deposits, online funds) 12 months;
    movables seized/sealed (movables, vehicles, ships) 24; real estate sealed and other property rights frozen
    (equity, securities, other rights) 36."""
    t = _asset_type(asset_type)
    return 12 if t in _FUNDS else 24 if t in _MOVABLES else 36


def allowed_measure_kinds(asset_type: str) -> frozenset[str]:
    """Which measure fits which asset (解释 485; 查扣冻规定): funds are frozen; movables are seized or sealed;
    real estate is sealed; equity, securities and other property rights are frozen."""
    t = _asset_type(asset_type)
    if t in _MOVABLES:
        return frozenset({"seize", "seal"})
    if t == "real_estate":
        return frozenset({"seal"})
    return frozenset({"freeze"})


def _measure_months(asset_type: str, months: int | None) -> int:
    limit = measure_max_months(asset_type)
    if months is None:
        return limit
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise DomainError("invalid_period", f"期限须为正整数个月 / the period must be a positive whole number of months, "
                                            f"got {months!r}")
    if months > limit:
        raise DomainError("period_exceeds_maximum", f"{ASSET_TYPE_LABELS[asset_type]}的查封/扣押/冻结期限不得超过 {limit} "
                                                    f"个月 / a measure on {asset_type} may last at most {limit} months, "
                                                    f"{months} requested (解释 485)")
    return months


def measure_expiry(asset_type: str, start: date, months: int | None = None) -> date:
    """Last day a control measure is in force (解释 485; 民诉法 85): `months` (default: the maximum for the asset
    type) counted from the start date. More than the maximum raises DomainError("period_exceeds_maximum")."""
    return add_months(start, _measure_months(asset_type, months))


def renewal_expiry(asset_type: str, current_expiry: date, today: date, months: int | None = None) -> date:
    """续封/续冻 (解释 485; 查扣冻规定 27): only before the measure lapses (today <= current_expiry, else
    DomainError("measure_lapsed")), each renewal at most the maximum period, counted from the current expiry."""
    n = _measure_months(_asset_type(asset_type), months)
    if today > current_expiry:
        raise DomainError("measure_lapsed", f"措施已于 {current_expiry.isoformat()} 到期失效，不能续行，须重新采取措施 / "
                                            f"the measure lapsed on {current_expiry.isoformat()} and cannot be "
                                            f"renewed; a new measure is needed (查扣冻规定 27)")
    return add_months(current_expiry, n)


EXPIRY_WARNING_DAYS = 30  # configurable default (DOMAIN.md "Control measures")


def measure_status(expiry: date, today: date, warn_days: int = EXPIRY_WARNING_DAYS, released: bool = False) -> str:
    """State of a control measure (查扣冻规定 27; DOMAIN.md "Control measures"): "released" if lifted; "lapsed"
    if today > expiry (an unrenewed measure lapses at expiry); "expiring" if today is within warn_days of expiry
    (inclusive: today >= expiry - warn_days); else "active"."""
    warn = _days(warn_days, "warn_days")
    if released:
        return "released"
    if today > expiry:
        return "lapsed"
    if today >= expiry - timedelta(days=warn):
        return "expiring"
    return "active"


# Reasons to release (解除) a measure. Lapse at expiry (查扣冻规定 27) is not a release.
RELEASE_REASONS: dict[str, str] = {
    "settlement": "和解",  # 和解规定 2-3
    "payment": "履行完毕",  # 查扣冻规定 28(4)
    "over_seizure": "超标的查封",  # 查扣冻规定 19
    "failed_disposal": "流拍无人接受抵债",  # 查扣冻规定 28(3)
    "court_order": "法院决定",  # 查扣冻规定 28(6)
    "third_party_property": "案外人财产",  # 查扣冻规定 28(1)
    "claim_withdrawn": "撤回申请或放弃债权",  # 查扣冻规定 28(2)
    "guarantee_accepted": "提供担保且申请执行人同意",  # 查扣冻规定 28(5)
    "case_terminated": "终结执行",  # the case ended without full payment (民诉法 264)
}


def check_release_ground(reason: str, *, disposal_exhausted: bool = False, applicant_consents: bool = False,
                         case_fully_paid: bool = False) -> None:
    """A release (解除) needs its ground (查扣冻规定 19, 28): a failed disposal only once the auctions / sale
    failed and no creditor took the asset in kind (28(3)); a guarantee only with the applicant's consent
    (28(5)); payment only when the debt is paid (28(4)). Raises DomainError naming the article."""
    if reason not in RELEASE_REASONS:
        raise DomainError("unknown_release_reason", f"未知解除事由 {reason!r}; known: {', '.join(RELEASE_REASONS)}")
    if reason == "failed_disposal" and not disposal_exhausted:
        raise DomainError("disposal_not_exhausted", "财产尚未流拍或变卖不成（且无人接受抵债），不能以此解除 / the disposal "
                                                    "has not failed with no creditor taking the asset in kind "
                                                    "(查扣冻规定 28(3))")
    if reason == "guarantee_accepted" and not applicant_consents:
        raise DomainError("applicant_consent_required", "被执行人提供担保，须申请执行人同意方可解除 / a guarantee "
                                                        "releases the measure only with the applicant's consent "
                                                        "(查扣冻规定 28(5))")
    if reason == "payment" and not case_fully_paid:
        raise DomainError("debt_not_paid", "债务尚未清偿完毕，不能以履行完毕解除 / the debt is not paid in full "
                                           "(查扣冻规定 28(4))")


def next_queued_effective(queue: list[tuple[int, date]]) -> int | None:
    """轮候查封 (查扣冻规定 26): of the queued measures (measure order, queued_on) on the same asset, the one that
    becomes effective automatically when the earlier measure is lifted: the earliest queued_on, ties broken by the
    lower order. None if nothing is queued."""
    if not queue:
        return None
    return min(queue, key=lambda item: (item[1], item[0]))[0]
