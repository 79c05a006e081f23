"""reward (法信悬赏) domain rules — 最高人民法院关于民事执行中财产调查若干问题的规定 (法释〔2017〕8号) 21–24.
Pure: no I/O.

- 21: the applicant applies in writing (reward amount or method, promise to pay, where to publish); the court
  decides within 10 days of receipt (counted from the next day, 民诉法 85; a last day on a rest day moves to the
  next working day).
- 22: granted → a notice (reward or method, conditions), published on the national platform, court WeChat/Weibo,
  notice boards; other media at the applicant's cost.
- 23: every tip is registered with the tipster and the clue; identical clues rank by time of receipt; identity
  and clue are confidential.
- 24: a clue the court did not already hold (尚未掌握) that realises the claim in full or in part earns the
  reward, deducted from the applicant's execution money (paid by the applicant separately for a specific object
  or when nothing can be deducted); none to the applicant's agent, the debtor or others with a duty to report."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Iterable, Literal, Sequence

from shared.calendar import act_deadline, days_after
from shared.identity import mask_id_number, mask_name  # noqa: F401  (domain.mask_name: the tipster's name)
from shared.legal import Conflict, Refused

DECISION_DAYS = 10  # 财产调查规定 21: 十日内决定是否准许

# The asset types asset_core's ledger accepts (its contract vocabulary; the TipVerified it consumes uses them).
ASSET_TYPES = ("bank_deposit", "real_estate", "movable", "vehicle", "equity", "securities", "other_property_right",
               "online_funds", "ship")

# asset_core case states in which execution has ended: the notice is withdrawn (22: nothing left to seek).
CASE_ENDED_STATES = frozenset({"fully_executed", "terminated", "closed", "concluded_no_assets"})


class Sought(str, Enum):
    whereabouts = "whereabouts"  # 被执行人下落
    assets = "assets"  # 可供执行的财产
    both = "both"


class RewardKind(str, Enum):
    fixed = "fixed"  # 固定金额
    percentage = "percentage"  # 按执行到位金额的比例 (with optional cap / floor)


class Channel(str, Enum):
    national_platform = "national_platform"  # 全国法院执行悬赏公告平台
    court_wechat = "court_wechat"  # 法院微信
    court_weibo = "court_weibo"  # 法院微博
    notice_board = "notice_board"  # 执行法院公告栏 / 被执行人住所地张贴
    other_media = "other_media"  # 其他媒体 (申请执行人承担费用)


CHANNEL_LABELS = {Channel.national_platform: "全国法院执行悬赏公告平台", Channel.court_wechat: "法院微信公众号",
                  Channel.court_weibo: "法院微博", Channel.notice_board: "法院公告栏及被执行人住所地",
                  Channel.other_media: "其他媒体（费用由申请执行人承担）"}


class ApplicationState(str, Enum):
    received = "received"
    granted = "granted"
    refused = "refused"


class NoticeState(str, Enum):
    active = "active"
    withdrawn = "withdrawn"


class TipStatus(str, Enum):
    """What the register records; the public sees `PUBLIC_STATUS` of it."""

    received = "received"
    under_verification = "under_verification"
    verified = "verified"  # useful (person located / asset found)
    not_useful = "not_useful"  # not useful, or already known to the court (24)
    reward_payable = "reward_payable"
    paid = "paid"


TIP_STATUS_LABELS = {TipStatus.received: "已登记", TipStatus.under_verification: "核实中", TipStatus.verified: "核实属实",
                     TipStatus.not_useful: "线索无效", TipStatus.reward_payable: "悬赏金待发放",
                     TipStatus.paid: "悬赏金已发放"}


class Outcome(str, Enum):
    useful = "useful"
    not_useful = "not_useful"
    already_known = "already_known"  # 24: 人民法院已掌握 — earns nothing


class Finding(str, Enum):
    person_located = "person_located"
    asset_found = "asset_found"


# ------------------------------------------------------------------ 21: the decision within 10 days
@dataclass(frozen=True)
class DecisionDue:
    on: date
    moved_for_holiday_from: date | None


def decision_due(received_on: date, days: int = DECISION_DAYS) -> DecisionDue:
    """财产调查规定 21 (十日内决定): counted from the day after receipt (民诉法 85 ¶2); a last day on a statutory
    holiday or rest day moves to the next working day (民诉法 85 ¶3)."""
    moved = act_deadline(days_after(received_on, days))
    return DecisionDue(moved.on, moved.moved_for_holiday_from)


def is_decision_overdue(due: date, today: date, state: ApplicationState) -> bool:
    """Overdue from the day after the (moved) last day, while undecided."""
    return state == ApplicationState.received and today > due


def check_decision(state: ApplicationState, grant: bool, reasons: str | None) -> None:
    if state != ApplicationState.received:
        raise Conflict("already_decided", f"申请已决定 ({state.value}) / the application was already decided")
    if not grant and not (reasons or "").strip():
        raise Refused("reasons_required", "不予准许须说明理由 / a refusal states its reasons")


def check_publishable(state: ApplicationState) -> None:
    """A refused (or undecided) application cannot be published (21–22)."""
    if state == ApplicationState.refused:
        raise Conflict("application_refused", "申请未获准许，不能发布悬赏公告 / a refused application cannot be published")
    if state != ApplicationState.granted:
        raise Conflict("application_not_decided", "申请尚未决定准许 / the application has not been granted yet")


# ------------------------------------------------------------------ the reward terms (21 ¶1 (一), 22)
@dataclass(frozen=True)
class RewardTerms:
    kind: RewardKind
    fixed_fen: int | None = None
    percent_bp: int | None = None  # basis points of the recovered amount: 500 = 5 %
    cap_fen: int | None = None
    floor_fen: int | None = None
    applicant_pays_separately: bool = False  # 24 ¶2: specific object / nothing to deduct from


def check_terms(t: RewardTerms, max_percent_bp: int) -> RewardTerms:
    """21: the reward as a fixed amount or a calculation method; integer fen throughout."""
    if t.kind == RewardKind.fixed:
        if t.fixed_fen is None or t.fixed_fen <= 0:
            raise Refused("fixed_amount_required", "固定悬赏金须大于零 / a fixed reward needs fixed_fen > 0")
        if t.percent_bp is not None or t.cap_fen is not None or t.floor_fen is not None:
            raise Refused("mixed_terms", "固定金额不设比例、上限、下限 / a fixed reward has no percentage, cap or floor")
        return t
    if t.fixed_fen is not None:
        raise Refused("mixed_terms", "按比例计算时不设固定金额 / a percentage reward has no fixed amount")
    if t.percent_bp is None or not 0 < t.percent_bp <= max_percent_bp:
        raise Refused("percent_out_of_range", f"悬赏比例须在 0 与 {max_percent_bp / 100:g}% 之间 / percent_bp must be "
                                              f"1..{max_percent_bp}", max_percent_bp=max_percent_bp)
    if t.cap_fen is not None and t.cap_fen <= 0 or t.floor_fen is not None and t.floor_fen <= 0:
        raise Refused("invalid_amount", "上限、下限须大于零 / cap and floor must be positive")
    if t.cap_fen is not None and t.floor_fen is not None and t.floor_fen > t.cap_fen:
        raise Refused("floor_above_cap", "下限高于上限 / the floor is above the cap")
    return t


def reward_text(t: RewardTerms) -> str:
    """The notice's reward sentence (22), amounts in yuan."""
    def yuan(f: int) -> str:
        return f"{f // 100:,}" + (f".{f % 100:02d}" if f % 100 else "") + " 元"
    if t.kind == RewardKind.fixed:
        text = f"悬赏金 {yuan(t.fixed_fen or 0)}"
    else:
        bp = t.percent_bp or 0
        text = f"悬赏金为依线索执行到位金额的 {bp / 100:g}%"
        if t.floor_fen is not None:
            text += f"，最低 {yuan(t.floor_fen)}"
        if t.cap_fen is not None:
            text += f"，最高 {yuan(t.cap_fen)}"
    tail = ("由申请执行人另行支付" if t.applicant_pays_separately else "从申请执行人应得的执行款中扣减")
    return f"{text}；{tail}。"


CONDITIONS = ("提供人民法院尚未掌握的财产线索或被执行人下落，经核实属实，并使申请执行人的债权得以全部或部分实现的，"
              "按本公告发放悬赏金；两人以上提供相同线索的，按提供线索的先后顺序，仅向第一位提供人发放；申请执行人的代理人、"
              "被执行人及其他负有报告财产义务的人员不能获得悬赏金（财产调查规定 23、24）。")


@dataclass(frozen=True)
class Reward:
    amount_fen: int
    basis: str  # how it was computed, for the record
    payment_mode: Literal["deducted", "applicant_separately"]


def compute_reward(t: RewardTerms, recovered_fen: int, *, nothing_to_deduct: bool = False) -> Reward:
    """财产调查规定 24: the reward by the notice's terms, in integer fen (a percentage rounds down to the fen).
    It is deducted from the applicant's execution money, so it is never more than the money recovered through the
    clue — unless the notice says the applicant pays separately, or the recovery leaves nothing to deduct from
    (delivery of a specific object, 以物抵债): then the applicant pays it separately and no such limit applies."""
    if isinstance(recovered_fen, bool) or not isinstance(recovered_fen, int) or recovered_fen < 0:
        raise Refused("invalid_amount", f"recovered_fen must be a non-negative integer, got {recovered_fen!r}")
    if t.kind == RewardKind.fixed:
        amount, basis = t.fixed_fen or 0, "fixed"
    else:
        amount = recovered_fen * (t.percent_bp or 0) // 10_000
        basis = f"{t.percent_bp}bp of {recovered_fen}"
        if t.floor_fen is not None and amount < t.floor_fen:
            amount, basis = t.floor_fen, basis + f", floor {t.floor_fen}"
        if t.cap_fen is not None and amount > t.cap_fen:
            amount, basis = t.cap_fen, basis + f", cap {t.cap_fen}"
    separately = t.applicant_pays_separately or nothing_to_deduct
    if not separately and amount > recovered_fen:
        amount, basis = recovered_fen, basis + f", limited to the recovered {recovered_fen}"
    return Reward(amount, basis, "applicant_separately" if separately else "deducted")


# ------------------------------------------------------------------ 23: the tips register, grouping and ranking
_PUNCT = re.compile(r"[\s\-_/\\·.,，。、:：;；()（）\[\]【】#＃]+")


def normalise_clue_key(value: str | None) -> str | None:
    """An asset identifier or a place as a comparison key: NFKC (full-width → half-width), upper case, without
    blanks and punctuation — "鄂A·12345" and "鄂a12345" are the same plate, "3-2-1101" and "3 2 1101" one flat."""
    if not value:
        return None
    key = _PUNCT.sub("", unicodedata.normalize("NFKC", value)).upper()
    return key or None


@dataclass(frozen=True)
class RegisteredTip:
    id: str
    seq: int
    received_at: datetime
    asset_key: str | None
    place_key: str | None
    group_key: str


def group_for(asset_key: str | None, place_key: str | None, existing: Iterable[RegisteredTip],
              own_id: str) -> str:
    """23 (相同财产线索): a tip naming the same asset identifier or the same place as an earlier tip of the notice
    joins that tip's group (the earliest such group); otherwise it starts its own."""
    matches = [t for t in existing
               if (asset_key and t.asset_key == asset_key) or (place_key and t.place_key == place_key)]
    if not matches:
        return hashlib.sha256(f"tip:{own_id}".encode()).hexdigest()[:32]
    return min(matches, key=lambda t: (t.received_at, t.seq)).group_key


def rank_in_group(group: Sequence[RegisteredTip]) -> dict[str, int]:
    """23 (按照提供线索的先后顺序): rank 1, 2, … by time of receipt; the same instant is broken by the order of
    registration (seq)."""
    return {t.id: i for i, t in enumerate(sorted(group, key=lambda t: (t.received_at, t.seq)), start=1)}


# ------------------------------------------------------------------ 24: 人民法院尚未掌握
def already_held(asset_key: str | None, received_at: datetime, ledger: Iterable[Any],
                 own_event_ids: set[str]) -> Any | None:
    """财产调查规定 24 (人民法院尚未掌握的财产线索): the ledger's asset (`asset_id`, `description`,
    `discovered_at`, `source_event_id`) the court already held when the tip arrived — recorded before it, not found
    through this notice's own tips, its description naming the tip's asset identifier — or None."""
    if not asset_key:
        return None
    for a in ledger:
        if a.discovered_at >= received_at or (a.source_event_id and a.source_event_id in own_event_ids):
            continue
        if asset_key in (normalise_clue_key(a.description) or ""):
            return a
    return None


# ------------------------------------------------------------------ 24: exclusions
@dataclass(frozen=True)
class Person:
    name: str | None
    key: str | None  # party key of an id number (shared.identity.party_key, keyed HMAC) or None


def _same(a: Person, b: Person) -> bool:
    if a.key and b.key:
        return a.key == b.key
    return bool(a.name and b.name and a.name.strip() == b.name.strip())


def exclusion(tipster: Person, *, declares_no_exclusion: bool, has_contact: bool, debtors: Iterable[Person],
              agents: Iterable[Person], applicants: Iterable[Person]) -> str | None:
    """财产调查规定 24 ¶3: no reward to the applicant's agent, the debtor obliged to report, or others with a duty
    to report (a declaration by the tipster and a check against the case's parties and the application's agents);
    none to the applicant itself (it would pay itself); an anonymous tip cannot be paid. The reason, or None."""
    if any(_same(tipster, d) for d in debtors):
        return "debtor"  # 被执行人
    if any(_same(tipster, a) for a in agents):
        return "applicant_agent"  # 申请执行人的代理人
    if any(_same(tipster, a) for a in applicants):
        return "applicant"
    if not declares_no_exclusion:
        return "duty_to_report"  # no declaration that the tipster has no duty to report
    if not has_contact:
        return "anonymous"
    return None


EXCLUSION_LABELS = {"debtor": "提供人为被执行人", "applicant_agent": "提供人为申请执行人的代理人",
                    "applicant": "提供人为申请执行人", "duty_to_report": "提供人负有报告财产义务或未作声明",
                    "anonymous": "匿名提供，无法发放"}


# ------------------------------------------------------------------ masking
def mask_debtor_id(kind: str, id_number: str | None) -> str | None:
    """22: the debtor's identity in the notice — a 身份证号 masked (1506**********123X: the first 4 and the last 4),
    an organisation's 统一社会信用代码 in full (it is public)."""
    if id_number is None:
        return None
    if kind != "person":
        return mask_id_number(kind, id_number)
    text = id_number.strip().upper()
    return text[:4] + "*" * (len(text) - 8) + text[-4:] if len(text) > 8 else "*" * len(text)


def notice_number(court_code: str, year: int, n: int) -> str:
    """The notice's own number (22): （2026）内0621悬12号."""
    return f"（{year}）{court_code}悬{n}号"
