"""asset_core domain rules (DOMAIN.md): case numbers (案号), identity numbers, case states, time limits, asset
investigation, the 终本 gate, control measures (查封/扣押/冻结) and disposal (拍卖/变卖). Pure: no I/O, no
framework; dates are `datetime.date`, money is int fen (分) and is only ever computed with integer arithmetic.

Period convention (民诉法 85): the day an event happens is not counted; a period of N months ends on the
corresponding day N months later, or on that month's last day when it has no such day (see `add_months`).
Statutory holidays (民诉法 85 ¶3) are not applied here: no holiday calendar is available to pure code.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from shared.legal import DomainError, add_months


# 高级人民法院代字 (province-level court characters); 兵 = 新疆生产建设兵团.
PROVINCE_CHARS = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵"

# Execution case-type codes (案件类型代字), DOMAIN.md "Case numbers".
CASE_TYPES = {
    "执": "首次执行",
    "执恢": "恢复执行",
    "执保": "财产保全执行",
    "执异": "执行异议",
    "执复": "执行复议",
    "执监": "执行监督",
    "执协": "执行协调",
}

_CASE_NUMBER = re.compile(
    r"^[（(〔\[]\s*(?P<year>\d{4})\s*[）)〕\]]\s*"
    rf"(?P<court>[{PROVINCE_CHARS}]\d{{0,4}})\s*"
    r"(?P<type>执[恢保异复监协]?)\s*"
    r"(?P<seq>\d{1,7})\s*号$"
)


class CaseNumberError(DomainError):
    """An unparseable 案号 (DOMAIN.md "Case numbers"). A DomainError with code `invalid_case_number`."""

    def __init__(self, message: str, code: str = "invalid_case_number"):
        super().__init__(code, message)


@dataclass(frozen=True)
class CaseNumber:
    year: int
    court_code: str
    case_type: str
    sequence: int

    def __str__(self) -> str:
        return f"（{self.year}）{self.court_code}{self.case_type}{self.sequence}号"


def parse_case_number(raw: str, today: date | None = None) -> CaseNumber:
    """Parse an enforcement 案号 such as `（2024）内0621执123号` (ASCII or full-width brackets accepted)."""
    text = (raw or "").strip()
    m = _CASE_NUMBER.match(text)
    if not m:
        raise CaseNumberError(
            f"案号格式不正确: {raw!r}; expected e.g. （2024）内0621执123号 — (year) court code, execution type "
            f"({'/'.join(CASE_TYPES)}), sequence, 号")
    year, seq = int(m["year"]), int(m["seq"])
    this_year = (today or date.today()).year
    if not 1990 <= year <= this_year + 1:
        raise CaseNumberError(f"案号年份不合理: {year}")
    if seq == 0:
        raise CaseNumberError("案号序号必须大于 0")
    return CaseNumber(year=year, court_code=m["court"], case_type=m["type"], sequence=seq)


class CaseState(str, Enum):
    filed = "filed"  # 已立案
    executing = "executing"  # 执行中
    concluded_no_assets = "concluded_no_assets"  # 终结本次执行 (终本)
    fully_executed = "fully_executed"  # 执行完毕
    suspended_settlement = "suspended_settlement"  # 和解中止
    terminated = "terminated"  # 终结执行


CASE_STATE_LABELS = {
    CaseState.filed: "已立案",
    CaseState.executing: "执行中",
    CaseState.concluded_no_assets: "终结本次执行程序",
    CaseState.fully_executed: "执行完毕",
    CaseState.suspended_settlement: "和解中止执行",
    CaseState.terminated: "终结执行",
}


class LivelihoodCategory(str, Enum):
    """绿色通道: livelihood cases are filed, executed and paid out first (MISSION.md)."""

    none = "none"
    migrant_wages = "migrant_wages"  # 拖欠农民工工资
    support_payments = "support_payments"  # 赡养费、抚养费、扶养费


def priority(category: LivelihoodCategory) -> int:
    """Lower runs first: green-channel cases before all others."""
    return 0 if category != LivelihoodCategory.none else 1


# ---------------------------------------------------------------------------------------------------------------
# Shared guards
# ---------------------------------------------------------------------------------------------------------------

def _fen(value: int, what: str) -> int:
    """Money is a non-negative int number of fen; floats (and bools) are refused so no rounding can creep in."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError("invalid_amount", f"{what} 必须是以分为单位的整数 / {what} must be an integer amount in fen, "
                                            f"got {value!r}")
    if value < 0:
        raise DomainError("invalid_amount", f"{what} 不能为负数 / {what} must not be negative, got {value}")
    return value


def _ceil_pct(value: int, pct: int) -> int:
    """ceil(value * pct / 100) in integers (no floats for money)."""
    return -(-value * pct // 100)


def _days(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DomainError("invalid_days", f"{what} 必须是非负整数天数 / {what} must be a non-negative whole number of "
                                          f"days, got {value!r}")
    return value


# ---------------------------------------------------------------------------------------------------------------
# Identity numbers (居民身份证号 GB 11643-1999, 统一社会信用代码 GB 32100-2015)
# ---------------------------------------------------------------------------------------------------------------

_RID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RID_CHECK = "10X98765432"  # indexed by (weighted sum mod 11), ISO 7064 MOD 11-2
_RID = re.compile(r"^(?P<area>\d{6})(?P<birth>\d{8})(?P<seq>\d{3})(?P<check>[0-9X])$")


def resident_id_check_char(first17: str) -> str:
    """GB 11643-1999 §5 / ISO 7064 MOD 11-2: the check character for the first 17 digits of a 居民身份证号."""
    if not re.fullmatch(r"\d{17}", first17 or ""):
        raise DomainError("invalid_resident_id", f"身份证号本体码须为 17 位数字 / the first 17 characters must be digits, "
                                                 f"got {first17!r}")
    return _RID_CHECK[sum(int(c) * w for c, w in zip(first17, _RID_WEIGHTS)) % 11]


def validate_resident_id(value: str) -> str:
    """Validate an 18-character 公民身份号码 (GB 11643-1999) and return it normalised (surrounding blanks removed,
    check character `x` upper-cased). Structure: 6-digit address code, birth date YYYYMMDD (a real calendar date,
    not after today), 3-digit sequence code, ISO 7064 MOD 11-2 check character (0-9 or X).
    Raises DomainError("invalid_resident_id")."""
    text = (value or "").strip().upper() if isinstance(value, str) else ""
    m = _RID.match(text)
    if not m:
        raise DomainError("invalid_resident_id", f"身份证号格式不正确: {value!r}; 18 位：6 位地址码 + 8 位出生日期 + 3 位顺序码 + "
                                                 f"校验码 (0-9 或 X) / a resident ID has 18 characters: 6-digit area "
                                                 f"code, birth date YYYYMMDD, 3-digit sequence, check digit 0-9 or X")
    b = m["birth"]
    try:
        born = date(int(b[:4]), int(b[4:6]), int(b[6:]))
    except ValueError:
        raise DomainError("invalid_resident_id", f"身份证号出生日期无效: {b} / the birth date {b} is not a real date") from None
    if born > date.today():
        raise DomainError("invalid_resident_id", f"身份证号出生日期在未来: {born.isoformat()} / the birth date "
                                                 f"{born.isoformat()} is in the future")
    expected = resident_id_check_char(text[:17])
    if m["check"] != expected:
        raise DomainError("invalid_resident_id", f"身份证号校验码错误: 应为 {expected}，实为 {m['check']} / check character "
                                                 f"should be {expected}, got {m['check']} (GB 11643-1999)")
    return text


def mask_resident_id(value: str) -> str:
    """Mask a 居民身份证号 for display (personal information, 个人信息保护法 28): keep the first 6 and the last 4
    characters, '*' in between: "150621********123X". Does not validate (legacy data must still display); a value
    of 10 characters or fewer is masked entirely so nothing leaks."""
    text = (value or "").strip().upper()
    if len(text) <= 10:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, Z, S, V
_USCC_VALUE = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    """GB 32100-2015 §4 / 附录: the check character for the first 17 characters of a 统一社会信用代码."""
    text = first17 or ""
    if len(text) != 17 or any(c not in _USCC_VALUE for c in text):
        raise DomainError("invalid_uscc", f"统一社会信用代码前 17 位无效: {first17!r} / the first 17 characters must use "
                                          f"0-9 and A-Y without I, O, Z, S, V")
    r = 31 - sum(_USCC_VALUE[c] * w for c, w in zip(text, _USCC_WEIGHTS)) % 31
    return _USCC_CHARS[0 if r == 31 else r]


def validate_uscc(value: str) -> str:
    """Validate an 18-character 统一社会信用代码 (GB 32100-2015) and return it normalised (surrounding blanks
    removed, upper case). Characters 0-9 A-H J-N P-R T-U W-Y (no I O Z S V); weights 1,3,9,27,19,26,16,17,20,29,
    25,13,8,24,10,30,28; check = 31 - (sum mod 31), 31 → 0. Raises DomainError("invalid_uscc")."""
    text = (value or "").strip().upper() if isinstance(value, str) else ""
    if len(text) != 18:
        raise DomainError("invalid_uscc", f"统一社会信用代码须为 18 位: {value!r} / a unified social credit code has "
                                          f"18 characters")
    bad = sorted({c for c in text if c not in _USCC_VALUE})
    if bad:
        raise DomainError("invalid_uscc", f"统一社会信用代码含非法字符 {''.join(bad)} / invalid characters "
                                          f"{''.join(bad)}: only 0-9 and A-Y without I, O, Z, S, V (GB 32100-2015)")
    expected = uscc_check_char(text[:17])
    if text[17] != expected:
        raise DomainError("invalid_uscc", f"统一社会信用代码校验码错误: 应为 {expected}，实为 {text[17]} / check character "
                                          f"should be {expected}, got {text[17]} (GB 32100-2015)")
    return text


def mask_phone(value: str) -> str:
    """Mask a phone number for display (个人信息保护法 28): keep the first 3 and the last 4 digits, '*' between:
    "13812345678" → "138****5678". A value shorter than 8 characters is masked entirely."""
    text = (value or "").strip()
    if len(text) < 8:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


# ---------------------------------------------------------------------------------------------------------------
# Case state machine (民诉法 263-264; 和解规定 2, 8, 9; 终本规定 1, 9)
# ---------------------------------------------------------------------------------------------------------------

TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.filed: frozenset({CaseState.executing, CaseState.terminated}),
    CaseState.executing: frozenset({CaseState.concluded_no_assets, CaseState.fully_executed,
                                    CaseState.suspended_settlement, CaseState.terminated}),
    # 和解规定 9: default → the applicant applies to resume; 和解规定 8: performed in full → closed.
    CaseState.suspended_settlement: frozenset({CaseState.executing, CaseState.fully_executed}),
    # Final. Resumption after 终本 opens a NEW case with type 执恢 (DOMAIN.md "终本"; 终本规定 9).
    CaseState.concluded_no_assets: frozenset(),
    CaseState.fully_executed: frozenset(),
    CaseState.terminated: frozenset(),
}


def _state(value: CaseState | str) -> CaseState:
    try:
        return CaseState(value)
    except ValueError:
        raise DomainError("unknown_state", f"未知案件状态 {value!r} / unknown case state {value!r}; known: "
                                           f"{', '.join(s.value for s in CaseState)}") from None


def _state_text(s: CaseState) -> str:
    return f"{s.value} ({CASE_STATE_LABELS[s]})"


def check_transition(current: CaseState, target: CaseState) -> None:
    """Refuse a case state change the law does not allow (民诉法 263 中止 / 264 终结; 和解规定 2 suspension by
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


# ---------------------------------------------------------------------------------------------------------------
# Time limits (DOMAIN.md "Time limits"; 执行期限规定 法发〔2006〕35号; 解释 480; 财产调查规定 2, 7)
# ---------------------------------------------------------------------------------------------------------------

FINISH_MONTHS = 6
FINISH_MONTHS_NON_LITIGATION = 3
EXTENSION_MONTHS = 3


def finishing_deadline(filed_on: date, *, non_litigation: bool = False, extension_approved: bool = False,
                       suspended_days: int = 0) -> date:
    """执结期限 (DOMAIN.md "Time limits"; 执行期限规定 法发〔2006〕35号 1): 6 months from filing (3 for
    non-litigation enforcement 非诉执行), +3 months when the president approved an extension, plus the days of
    suspension (中止), which do not count. The months are counted together from the filing date (6+3 = 9 months
    from filing), then the suspended days are added."""
    months = (FINISH_MONTHS_NON_LITIGATION if non_litigation else FINISH_MONTHS) + (
        EXTENSION_MONTHS if extension_approved else 0)
    return add_months(filed_on, months) + timedelta(days=_days(suspended_days, "suspended_days"))


def extension_request_latest(deadline: date) -> date:
    """The last day to request an extension of the finishing period: at least 5 days before it expires
    (DOMAIN.md "Time limits"; 执行期限规定 法发〔2006〕35号 2): deadline - 5 days."""
    return deadline - timedelta(days=5)


def officer_assignment_deadline(filed_on: date) -> date:
    """The responsible officer (承办人) is assigned within 7 days of filing (DOMAIN.md "Time limits";
    执行期限规定 法发〔2006〕35号)."""
    return filed_on + timedelta(days=7)


def execution_notice_deadline(filed_on: date) -> date:
    """The execution notice (执行通知) — with the asset-report order (财产调查规定 3) — goes out within 10 days
    of receiving the application (解释 480)."""
    return filed_on + timedelta(days=10)


def clue_verification_deadline(received_on: date, urgent: bool = False) -> date:
    """The applicant's specific asset clues are verified within 7 days, 3 if urgent (财产调查规定 2)."""
    return received_on + timedelta(days=3 if urgent else 7)


def debtor_change_report_deadline(changed_on: date) -> date:
    """After reporting, the debtor reports a change in assets within 10 days of the change (财产调查规定 7)."""
    return changed_on + timedelta(days=10)


def deadline_status(deadline: date, today: date, done_on: date | None = None, warn_days: int = 0) -> str:
    """Flag a time limit (DOMAIN.md: deadlines surface as "due" / "overdue"): "done" if done on or before the
    deadline and "done_late" if done after it (whatever today is); otherwise "overdue" if today > deadline, "due"
    if deadline - warn_days <= today <= deadline, else "pending"."""
    warn = _days(warn_days, "warn_days")
    if done_on is not None:
        return "done_late" if done_on > deadline else "done"
    if today > deadline:
        return "overdue"
    if today >= deadline - timedelta(days=warn):
        return "due"
    return "pending"


# ---------------------------------------------------------------------------------------------------------------
# Asset investigation — "一核" (财产调查规定 13; DOMAIN.md "Asset investigation")
# ---------------------------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------------------------
# 终本 gate (DOMAIN.md "终本"; 终本规定 1, 9)
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConclusionFacts:
    """What the 终本 gate looks at (终本规定 1; DOMAIN.md "终本")."""

    filed_on: date
    execution_notice_issued: bool
    asset_report_order_issued: bool
    consumption_restriction_issued: bool
    dishonest_listing_eligible: bool
    dishonest_listing_issued: bool
    investigation_gaps: tuple[str, ...]  # from investigation_gaps()
    disposable_property_found: bool  # any asset still available for disposal
    debtor_missing: bool
    missing_debtor_searched: bool


CONCLUSION_MIN_MONTHS = 3


def conclusion_earliest(filed_on: date) -> date:
    """The first day 终本 is allowed: MORE than 3 months since filing (终本规定 1(4)): add_months(filed_on, 3) + 1."""
    return add_months(filed_on, CONCLUSION_MIN_MONTHS) + timedelta(days=1)


def conclusion_refusals(facts: ConclusionFacts, today: date) -> list[dict]:
    """Every reason 终结本次执行程序 is refused today (DOMAIN.md "终本"; 终本规定 1): execution notice and
    asset-report order issued (1(1)); consumption restriction issued and, if eligible, dishonest-debtor listing
    (1(2)); investigation complete with no disposable property (1(3)); more than 3 months since filing (1(4)); a
    missing debtor searched for (1(5)). Each refusal is {"code", "reason"}; [] means 终本 is allowed."""
    out: list[dict] = []

    def refuse(code: str, reason: str) -> None:
        out.append({"code": code, "reason": reason})

    gaps = _unique(facts.investigation_gaps)
    if not facts.execution_notice_issued:
        refuse("execution_notice_missing", "未向被执行人发出执行通知 / the execution notice has not been issued "
                                           "(终本规定 1(1))")
    if not facts.asset_report_order_issued or ASSET_REPORT_ORDER in gaps:
        refuse("asset_report_order_missing", "未责令被执行人报告财产 / the asset-report order has not been issued "
                                             "(终本规定 1(1); 财产调查规定 3)")
    if not facts.consumption_restriction_issued:
        refuse("consumption_restriction_missing", "未发出限制消费令 / the consumption restriction order has not been "
                                                  "issued (终本规定 1(2))")
    if facts.dishonest_listing_eligible and not facts.dishonest_listing_issued:
        refuse("dishonest_listing_missing", "被执行人符合条件但未纳入失信被执行人名单 / the debtor is eligible but "
                                            "not yet on the dishonest-debtor list (终本规定 1(2))")
    missing = [g for g in gaps if g != ASSET_REPORT_ORDER]
    if missing:
        labels = "、".join(CATEGORY_LABELS.get(g, g) for g in missing)
        refuse("investigation_incomplete", f"财产调查未穷尽，缺少查控结果：{labels} / the asset investigation is "
                                           f"incomplete, no result for: {', '.join(missing)} (终本规定 1(3))")
    if facts.disposable_property_found:
        refuse("disposable_property_found", "仍有可供处置的财产 / property available for disposal was found "
                                            "(终本规定 1(3))")
    earliest = conclusion_earliest(facts.filed_on)
    if today < earliest:
        refuse("too_early", f"自立案之日起未超过三个月，最早可于 {earliest.isoformat()} 终本 / not more than 3 months "
                            f"since filing on {facts.filed_on.isoformat()}; 终本 is allowed from "
                            f"{earliest.isoformat()} (终本规定 1(4))")
    if facts.debtor_missing and not facts.missing_debtor_searched:
        refuse("missing_debtor_not_searched", "被执行人下落不明，尚未依法查找 / the debtor is missing and has not been "
                                              "searched for (终本规定 1(5))")
    return out


REQUERY_INTERVAL_MONTHS = 6
REQUERY_YEARS = 5


def requery_schedule(concluded_on: date) -> list[date]:
    """After 终本, re-query the debtor's assets online every 6 months for 5 years (DOMAIN.md "终本"; 终本规定 9):
    10 dates, each counted from the 终本 date (so month-end clamping does not drift)."""
    count = REQUERY_YEARS * 12 // REQUERY_INTERVAL_MONTHS
    return [add_months(concluded_on, REQUERY_INTERVAL_MONTHS * k) for k in range(1, count + 1)]


# ---------------------------------------------------------------------------------------------------------------
# Control measures — 查封 / 扣押 / 冻结 (解释 485; 查扣冻规定 10, 19, 26, 27, 28)
# ---------------------------------------------------------------------------------------------------------------

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
    "payment": "履行完毕",
    "over_seizure": "超标的查封",  # 查扣冻规定 19
    "failed_disposal": "流拍无人接受抵债",  # 查扣冻规定 28
    "court_order": "法院决定",
}


def next_queued_effective(queue: list[tuple[int, date]]) -> int | None:
    """轮候查封 (查扣冻规定 26): of the queued measures (measure order, queued_on) on the same asset, the one that
    becomes effective automatically when the earlier measure is lifted: the earliest queued_on, ties broken by the
    lower order. None if nothing is queued."""
    if not queue:
        return None
    return min(queue, key=lambda item: (item[1], item[0]))[0]


# ---------------------------------------------------------------------------------------------------------------
# Disposal (网拍规定 10, 12, 17, 20, 26; 拍卖变卖规定 5, 16, 24-25, 32)
# ---------------------------------------------------------------------------------------------------------------

def _auctionable(asset_type: str) -> str:
    t = _asset_type(asset_type)
    if t in _FUNDS:
        raise DomainError("not_auctionable", f"{ASSET_TYPE_LABELS[t]}为资金，直接扣划，不经拍卖 / {t} is money: it is "
                                             f"transferred, not auctioned")
    return t


def min_opening_price(valuation_fen: int) -> int:
    """First online auction: the opening price (起拍价) is at least 70% of the valuation, rounded UP to the fen
    (网拍规定 10)."""
    return _ceil_pct(_fen(valuation_fen, "valuation_fen"), 70)


def min_next_round_price(previous_opening_fen: int) -> int:
    """Re-auction after 流拍: the cut is at most 20% of the previous opening price, i.e. at least 80% of it,
    rounded up (网拍规定 26)."""
    return _ceil_pct(_fen(previous_opening_fen, "previous_opening_fen"), 80)


def check_opening_price(valuation_fen: int, round_no: int, opening_fen: int, previous_opening_fen: int | None) -> None:
    """Refuse an online opening price that is too low: round 1 against 70% of the valuation (网拍规定 10), later
    rounds against 80% of the previous round's opening price (网拍规定 26). An opening price above the valuation
    is allowed. Raises DomainError("opening_price_too_low"), or "invalid_round" / "previous_opening_required"."""
    _fen(valuation_fen, "valuation_fen")
    _fen(opening_fen, "opening_fen")
    if isinstance(round_no, bool) or not isinstance(round_no, int) or round_no < 1:
        raise DomainError("invalid_round", f"拍卖轮次须为正整数 / the round number must be 1 or more, got {round_no!r}")
    if round_no == 1:
        floor = min_opening_price(valuation_fen)
        if opening_fen < floor:
            raise DomainError("opening_price_too_low", f"首次拍卖起拍价 {opening_fen} 分低于评估价 {valuation_fen} 分的 70%"
                                                       f"（{floor} 分）/ the first opening price {opening_fen} fen is "
                                                       f"below 70% of the valuation {valuation_fen} fen ({floor} fen) "
                                                       f"(网拍规定 10)")
        return
    if previous_opening_fen is None:
        raise DomainError("previous_opening_required", f"第 {round_no} 次拍卖须提供前次起拍价 / round {round_no} needs "
                                                       f"the previous round's opening price (网拍规定 26)")
    floor = min_next_round_price(previous_opening_fen)
    if opening_fen < floor:
        raise DomainError("opening_price_too_low", f"第 {round_no} 次拍卖起拍价 {opening_fen} 分降幅超过前次起拍价 "
                                                   f"{previous_opening_fen} 分的 20%（最低 {floor} 分）/ the opening "
                                                   f"price {opening_fen} fen cuts more than 20% from the previous "
                                                   f"{previous_opening_fen} fen (minimum {floor} fen) (网拍规定 26)")


def notice_days(asset_type: str) -> int:
    """Days the first online auction must be announced in advance (网拍规定 12): 15 for movables (movables,
    vehicles, ships), 30 for real estate and other property rights (equity, securities, other rights). Funds are
    not auctioned (DomainError("not_auctionable"))."""
    return 15 if _auctionable(asset_type) in _MOVABLES else 30


def deposit_range_fen(opening_fen: int) -> tuple[int, int]:
    """Bidding deposit (保证金) between 5% and 20% of the opening price (网拍规定 17): (5% rounded up, 20% rounded
    down), so any whole-fen amount in the range complies."""
    v = _fen(opening_fen, "opening_fen")
    return _ceil_pct(v, 5), v * 20 // 100


MIN_BIDDING_HOURS = 24  # 网拍规定 20
ONLINE_MAX_AUCTION_ROUNDS = 2  # after the second 流拍, 变卖 (网拍规定 26)
TRADITIONAL_MAX_AUCTION_ROUNDS = {"immovable": 3, "movable": 2}  # 拍卖变卖规定 24-25


def next_disposal_step(failed_rounds: int, online: bool, asset_type: str) -> str:
    """After `failed_rounds` 流拍: "auction" while rounds remain, then "sale" (变卖). Online: 2 rounds (网拍规定
    26). Traditional: real estate and other property rights 3 rounds, movables 2 (拍卖变卖规定 24-25)."""
    t = _auctionable(asset_type)
    if isinstance(failed_rounds, bool) or not isinstance(failed_rounds, int) or failed_rounds < 0:
        raise DomainError("invalid_round", f"流拍次数须为非负整数 / failed_rounds must be 0 or more, got {failed_rounds!r}")
    if online:
        rounds = ONLINE_MAX_AUCTION_ROUNDS
    else:
        rounds = TRADITIONAL_MAX_AUCTION_ROUNDS["movable" if t in _MOVABLES else "immovable"]
    return "auction" if failed_rounds < rounds else "sale"


def reauction_deadline(failed_on: date) -> date:
    """After 流拍, the re-auction is held within 30 days (网拍规定 26)."""
    return failed_on + timedelta(days=30)


def min_sale_price(valuation_fen: int) -> int:
    """变卖: the lowest sale price is half the valuation, rounded up (拍卖变卖规定 32)."""
    return _ceil_pct(_fen(valuation_fen, "valuation_fen"), 50)


def in_kind_price(reserve_fen: int) -> int:
    """以物抵债: a creditor may take the asset in kind at that round's reserve price (拍卖变卖规定 16, 24-25)."""
    return _fen(reserve_fen, "reserve_fen")


# ---------------------------------------------------------------------------
# 交叉执行 (民诉法 237; SPC guidance of June 2024)
# ---------------------------------------------------------------------------
DESIGNATION_FORMS = {
    "instruct": "指令执行",  # another court executes
    "elevate": "提级执行",  # the higher court takes the case up
    "concentrate": "集中执行",  # concentrated in one court
    "cooperate": "协同执行",  # courts execute together; the executing court stays
    "supervise": "督促执行",  # the higher court supervises; the executing court stays
}
UNEXECUTED_MONTHS_BEFORE_DESIGNATION = 6


def is_higher_court(higher: str, lower: str) -> bool:
    """Court codes nest: 内 (high court) ⊃ 内06 (intermediate) ⊃ 内0621 (basic)."""
    return len(higher) < len(lower) and lower.startswith(higher)


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
