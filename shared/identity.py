"""Personal and organisation identity numbers, in one place for every service: 居民身份证号 (GB 11643-1999),
统一社会信用代码 (GB 32100-2015) and phone numbers — validated on input, masked on output (个人信息保护法 28)
unless the role needs them. Pure: no I/O."""
from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date
from typing import Literal

from shared.legal import DomainError, today_cn

PartyKind = Literal["person", "organisation"]
PHONE = re.compile(r"^(1\d{10}|0\d{2,3}-?\d{7,8})$")  # mainland mobile (11 digits) or landline with area code

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
    if born > today_cn():
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


def validate_phone(value: str) -> str:
    """A mainland mobile (11 digits, starting 1) or a landline with its area code (0xx(x)-xxxxxxx(x)).
    Raises DomainError("invalid_phone")."""
    text = (value or "").strip() if isinstance(value, str) else ""
    if not PHONE.match(text):
        raise DomainError("invalid_phone", f"电话号码格式不正确: {value!r} / phone must be a mainland mobile (11 digits) "
                                           f"or landline number")
    return text


def validate_id_number(kind: PartyKind, value: str) -> str:
    """A person's 身份证号 or an organisation's 统一社会信用代码, by the party's kind."""
    return validate_resident_id(value) if kind == "person" else validate_uscc(value)


def mask_id_number(kind: PartyKind, value: str | None) -> str | None:
    """What a role without PII rights sees of an id number: a resident id masked; an organisation's 统一社会信用代码
    is public (it is printed on the business licence) and shown in full."""
    if value is None:
        return None
    return mask_resident_id(value) if kind == "person" else value


def mask_optional_phone(value: str | None) -> str | None:
    return None if value is None else mask_phone(value)


def mask_name(name: str | None) -> str | None:
    """A person's name for readers without the right to it: the first character and '*' for the rest (王小明 → 王**)."""
    if not name or not name.strip():
        return name and name.strip()
    text = name.strip()
    return text[:1] + "*" * max(len(text) - 1, 1)


def party_key(kind: str, id_number: str | None, secret: str) -> str | None:
    """The key that links a party's cases across services without its id number: HMAC-SHA256 of "kind:number"
    under the suite's secret (settings.party_key_secret), 32 hex characters. Keyed, so a partner reading events
    cannot recover the number by hashing every possible 身份证号."""
    if not id_number:
        return None
    return hmac.new(secret.encode(), f"{kind}:{id_number}".encode(), hashlib.sha256).hexdigest()[:32]
