"""Organisation codes and their hierarchy, in one place for every service.

Grammar (parsed, never compared as string prefixes):
- courts: the province's character and 0, 2 or 4 digits — `内` 内蒙古自治区高级人民法院 (level 1), `内06`
  鄂尔多斯市中级人民法院 (level 2), `内0621` 达拉特旗人民法院 (level 3);
- procuratorates: the same followed by `检` — `内05检` 通辽市人民检察院;
- public-security bureaus: the same followed by `公` — `内0621公` 达拉特旗公安局;
- river-chief offices (partners): the same followed by `河长办` — `内0523河长办` 开鲁县河长办.
An organisation is above another of the same kind when its level is higher and the other's digits extend its
own (内06 ⊃ 内0621). A court never supervises a procuratorate or a police bureau, nor the reverse."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, or_
from sqlalchemy.sql.elements import ColumnClause

OrgKind = Literal["court", "procuratorate", "police", "river_chief_office"]
_SUFFIX: dict[str, OrgKind] = {"": "court", "检": "procuratorate", "公": "police", "河长办": "river_chief_office"}
_KIND_SUFFIX: dict[str, str] = {v: k for k, v in _SUFFIX.items()}
_CODE = re.compile(r"^(?P<province>[\u4e00-\u9fff])(?P<digits>(?:\d{2}){0,2})(?P<suffix>检|公|河长办|)$")


@dataclass(frozen=True)
class Org:
    code: str
    kind: OrgKind
    province: str
    digits: str  # "", "06" or "0621"

    @property
    def level(self) -> int:
        """1 province (高级), 2 city (中级), 3 county (基层)."""
        return 1 + len(self.digits) // 2


def parse_org(code: str) -> Org | None:
    """The parsed code, or None when it does not follow the grammar."""
    m = _CODE.match(code or "")
    if m is None:
        return None
    return Org(code, _SUFFIX[m["suffix"]], m["province"], m["digits"])


def org_kind(code: str) -> OrgKind | None:
    org = parse_org(code)
    return org.kind if org else None


def is_above(higher: str, lower: str) -> bool:
    """`higher` supervises `lower`: same kind and province, a higher level, and `lower`'s digits extend its own."""
    h, l = parse_org(higher), parse_org(lower)
    return (h is not None and l is not None and h.kind == l.kind and h.province == l.province
            and h.level < l.level and l.digits.startswith(h.digits))


def below_pattern(org: str) -> str | None:
    """A PostgreSQL regular expression matching exactly the codes below `org` (None when nothing can be)."""
    o = parse_org(org)
    if o is None or o.level == 3:
        return None
    suffix = _KIND_SUFFIX[o.kind]
    return f"^{o.province}{o.digits}(\\d{{2}}){{1,{3 - o.level}}}{suffix}$"


def visible_to(org: str, *columns: ColumnClause | ColumnElement) -> ColumnElement[bool]:
    """SQL: any of `columns` is `org` itself or an organisation below it."""
    pattern = below_pattern(org)
    terms = [c == org for c in columns]
    if pattern is not None:
        terms += [c.regexp_match(pattern) for c in columns]
    return or_(*terms)
