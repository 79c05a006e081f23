"""案号 (DOMAIN.md "Case numbers"): parse and print an enforcement case number."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from shared.legal import DomainError, today_cn

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
    this_year = (today or today_cn()).year
    if not 1990 <= year <= this_year + 1:
        raise CaseNumberError(f"案号年份不合理: {year}")
    if seq == 0:
        raise CaseNumberError("案号序号必须大于 0")
    return CaseNumber(year=year, court_code=m["court"], case_type=m["type"], sequence=seq)
