"""police (公安联动) domain rules. Pure: no I/O.

Three things the police do for the courts' enforcement bureaus (DOMAIN.md § 公安联动):
- 协查 (joint search) batches: a list of persons, per person the requests (locate the person, vehicles, travel,
  lodging, other); an answer per person and request.
- 拒执罪 transfers (刑法 313; 法发〔2025〕8号; 法释〔2024〕13号): receipt → filing decision (7 days of receipt, 30 when
  complex) → refusal notified within 7 days → 立案监督 by the procuratorate: explanation within 7 days of its
  request, filing within 15 days of its order → 自诉 when both decline; after filing investigation → prosecution →
  judgment; the debtor's payment before prosecution / before the first-instance judgment (法释〔2024〕13号 11).
- Custody of a debtor detained by the court (司法拘留, 民诉法 118): the police carry it out; the end never moves.

Periods for an act count from the day after the triggering day (民诉法 85 ¶2; 刑诉法 105 ¶1 by analogy) and a last
day on a rest day moves to the next working day (`shared.calendar.act_deadline`, 民诉法 85 ¶3 / 刑诉法 105 ¶4);
custody runs to its last day and never moves (刑诉法 105 ¶2 by analogy).

Organisation codes (`shared.orgs`): courts `内0621`, procuratorates `内05检`, public-security bureaus `内0621公`
(达拉特旗公安局), `内06公` (鄂尔多斯市公安局)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Iterable

from shared.calendar import act_deadline, days_after
from shared.legal import Conflict, DomainError, Forbidden, Refused
from shared.orgs import OrgKind, org_kind, parse_org

# ------------------------------------------------------------------ organisations
COURT_ROLES = frozenset({"clerk", "judge", "president"})
POLICE_ROLES = frozenset({"police"})
PROCURATOR_ROLES = frozenset({"procurator"})
OVERSIGHT_ROLES = frozenset({"auditor", "admin"})
PII_ROLES = frozenset({"judge", "president", "police"})  # see 身份证号 in full (the police search by it)


def check_police_code(code: str, what: str = "police_code") -> str:
    """The addressee of a batch or a transfer is a public-security bureau: a code ending in 公 (内0621公)."""
    if org_kind(code) != "police":
        raise Refused("not_a_police_code", f"{what} 必须是公安机关代码（如 内0621公）/ {what} must be a public-security "
                                           f"bureau code ending in 公, e.g. 内0621公; got {code!r}")
    return code


def check_procuratorate_code(code: str, what: str = "procuratorate_code") -> str:
    if org_kind(code) != "procuratorate":
        raise Refused("not_a_procuratorate_code", f"{what} 必须是检察院代码（如 内0621检）/ {what} must be a "
                                                  f"procuratorate code ending in 检; got {code!r}")
    return code


def acting_as(org: str, roles: Iterable[str]) -> OrgKind | None:
    """The kind of organisation a token acts for, when its role fits its organisation: a court role with a court
    code, `police` with a 公 code, `procurator` with a 检 code; None otherwise (auditors and admins)."""
    kind, roles = org_kind(org), frozenset(roles)
    if kind == "court" and roles & COURT_ROLES:
        return "court"
    if kind == "police" and roles & POLICE_ROLES:
        return "police"
    if kind == "procuratorate" and roles & PROCURATOR_ROLES:
        return "procuratorate"
    return None


def police_of_court(court_code: str) -> str:
    """The public-security bureau at the level of a court carries out its detentions (民诉法 118): 内0621 → 内0621公."""
    org = parse_org(court_code)
    if org is None or org.kind != "court":
        raise Refused("not_a_court_code", f"不是法院代码: {court_code!r} / not a court code")
    return f"{org.province}{org.digits}公"


# ------------------------------------------------------------------ periods
@dataclass(frozen=True)
class Deadline:
    """The last day of a period for an act; `moved_for_holiday_from` when a rest day moved it (民诉法 85 ¶3)."""

    kind: str
    on: date
    moved_for_holiday_from: date | None
    article: str


def _act_period(kind: str, start: date, days: int, article: str) -> Deadline:
    moved = act_deadline(days_after(start, days))
    return Deadline(kind, moved.on, moved.moved_for_holiday_from, article)


FILING_DECISION_DAYS = 7
FILING_DECISION_COMPLEX_DAYS = 30
REFUSAL_NOTICE_DAYS = 7
EXPLANATION_DAYS = 7
ORDERED_FILING_DAYS = 15


def filing_decision_deadline(receipted_on: date, complex_case: bool = False) -> Deadline:
    """法发〔2025〕8号: the police decide whether to file within 7 days of the receipt of the transfer, within 30 days
    when the case is complex (the reason recorded). Counted from the day after the receipt (刑诉法 105 ¶1)."""
    days = FILING_DECISION_COMPLEX_DAYS if complex_case else FILING_DECISION_DAYS
    return _act_period("filing_decision", receipted_on, days, "法发〔2025〕8号（移送后7日内决定是否立案，重大复杂30日）")


def refusal_notice_deadline(refused_on: date) -> Deadline:
    """法发〔2025〕8号: a decision not to file is notified to the transferring court within 7 days."""
    return _act_period("refusal_notice", refused_on, REFUSAL_NOTICE_DAYS, "法发〔2025〕8号（不予立案7日内通知法院）")


def explanation_deadline(requested_on: date) -> Deadline:
    """法发〔2025〕8号 (立案监督, 刑诉法 113): the police state their reasons for not filing within 7 days of the
    procuratorate's request."""
    return _act_period("explanation", requested_on, EXPLANATION_DAYS, "法发〔2025〕8号；刑诉法 113（7日内说明不立案理由）")


def ordered_filing_deadline(ordered_on: date) -> Deadline:
    """法发〔2025〕8号 (刑诉法 113): when the procuratorate finds the reasons untenable and orders filing, the police
    file within 15 days of receiving the notice."""
    return _act_period("ordered_filing", ordered_on, ORDERED_FILING_DAYS, "法发〔2025〕8号；刑诉法 113（通知立案后15日内立案）")


def is_overdue(deadline: date, done_on: date | None, today: date) -> bool:
    """Done on or before the last day is on time; overdue from the day after (done late, or not done by today)."""
    return (done_on if done_on is not None else today) > deadline


def deadline_status(deadline: date, done_on: date | None, today: date) -> str:
    if done_on is not None:
        return "met" if done_on <= deadline else "missed"
    return "overdue" if today > deadline else "due"


# ------------------------------------------------------------------ custody (司法拘留)
MAX_DETENTION_DAYS = 15


def detention_ends(started_at: datetime, days: int) -> datetime:
    """民诉法 118: 拘留的期限，为十五日以下. Counted from the day after detention began (刑诉法 105 ¶1): the debtor is
    released on the `days`-th day after the start; a duration — it NEVER moves for a holiday (刑诉法 105 ¶2)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DETENTION_DAYS:
        raise Refused("invalid_detention_days", f"拘留期限为1至15日（民诉法第118条）/ detention is 1 to 15 days, got {days!r}")
    return started_at + timedelta(days=days)


def detention_end_day(started_on: date, days: int) -> date:
    """The calendar day custody ends (the release day); never moved (刑诉法 105 ¶2)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DETENTION_DAYS:
        raise Refused("invalid_detention_days", f"拘留期限为1至15日（民诉法第118条）/ detention is 1 to 15 days, got {days!r}")
    return started_on + timedelta(days=days)


class CustodyStatus(str, Enum):
    pending_approval = "pending_approval"  # 决定待院长批准, not carried out yet (not an open custody)
    awaiting_handover = "awaiting_handover"  # 待交付拘留所
    in_custody = "in_custody"  # 在押
    released = "released"  # 已释放 (end or early release)
    cancelled = "cancelled"  # 院长不批准: never carried out


CUSTODY_LABELS = {CustodyStatus.pending_approval: "待批准", CustodyStatus.awaiting_handover: "待交付拘留所",
                  CustodyStatus.in_custody: "在押", CustodyStatus.released: "已释放", CustodyStatus.cancelled: "未执行"}
OPEN_CUSTODY = {CustodyStatus.awaiting_handover, CustodyStatus.in_custody}


def check_release_at_end(ends_on: date | None, released_on: date) -> None:
    """The police release at the end; an earlier release needs the court's decision (提前解除, the court lifts it)."""
    if ends_on is None:
        raise Conflict("not_in_custody", "尚未交付拘留所 / not handed over yet")
    if released_on < ends_on:
        raise Refused("release_before_end", f"拘留期限至 {ends_on} 届满；提前解除须法院决定 / custody ends on {ends_on}; an "
                                            "earlier release needs the court's decision", ends_on=ends_on.isoformat())


# ------------------------------------------------------------------ 协查 batches
class RequestKind(str, Enum):
    locate_person = "locate_person"  # 查找下落
    vehicles = "vehicles"  # 车辆
    travel = "travel"  # 出行记录
    lodging = "lodging"  # 住宿记录
    other = "other"


REQUEST_LABELS = {RequestKind.locate_person: "查找下落", RequestKind.vehicles: "车辆", RequestKind.travel: "出行记录",
                  RequestKind.lodging: "住宿记录", RequestKind.other: "其他"}


class BatchStatus(str, Enum):
    sent = "sent"  # 已发送
    accepted = "accepted"  # 公安已接收
    closed = "closed"  # 已办结


BATCH_LABELS = {BatchStatus.sent: "已发送", BatchStatus.accepted: "已接收", BatchStatus.closed: "已办结"}


def green_channel(livelihood_category: str | None) -> bool:
    """绿色通道: wages and support cases first (livelihood_category other than none)."""
    return bool(livelihood_category) and livelihood_category != "none"


def check_batch_transition(current: BatchStatus, target: BatchStatus) -> None:
    allowed = {BatchStatus.sent: {BatchStatus.accepted}, BatchStatus.accepted: {BatchStatus.closed}}
    if target not in allowed.get(BatchStatus(current), set()):
        raise Conflict("invalid_batch_transition", f"协查批次不能从 {BATCH_LABELS[BatchStatus(current)]} 变为 "
                       f"{BATCH_LABELS[target]} / a batch cannot go from {current} to {target.value}")


def check_can_answer(status: BatchStatus) -> None:
    if BatchStatus(status) != BatchStatus.accepted:
        raise Conflict("batch_not_accepted", "协查批次须先接收、尚未办结方可答复 / answer an accepted, open batch")


def locates(kind: RequestKind, found: bool) -> str | None:
    """What a found answer locates: the person (下落, 出行, 住宿 tell where the person is) or an asset (车辆, other)."""
    if not found:
        return None
    return "person" if RequestKind(kind) in (RequestKind.locate_person, RequestKind.travel, RequestKind.lodging) \
        else "asset"


# ------------------------------------------------------------------ 拒执罪 transfers
class TransferState(str, Enum):
    sent = "sent"  # 已移送
    receipted = "receipted"  # 已出具回执
    filed = "filed"  # 已立案 (侦查中)
    refused = "refused"  # 不予立案
    supervision_requested = "supervision_requested"  # 已提请检察院立案监督
    explained = "explained"  # 公安已说明不立案理由
    filing_ordered = "filing_ordered"  # 检察院通知立案
    supervision_declined = "supervision_declined"  # 检察院认为不立案理由成立
    private_prosecution = "private_prosecution"  # 申请执行人自诉
    prosecution_recommended = "prosecution_recommended"  # 侦查终结，移送审查起诉
    investigation_dropped = "investigation_dropped"  # 撤销案件
    prosecuted = "prosecuted"  # 提起公诉
    not_prosecuted = "not_prosecuted"  # 不起诉
    convicted = "convicted"  # 一审判决有罪
    acquitted = "acquitted"  # 一审判决无罪
    exempted = "exempted"  # 免予刑事处罚


TRANSFER_LABELS = {
    TransferState.sent: "已移送", TransferState.receipted: "已回执", TransferState.filed: "已立案侦查",
    TransferState.refused: "不予立案", TransferState.supervision_requested: "已提请立案监督",
    TransferState.explained: "已说明不立案理由", TransferState.filing_ordered: "检察院通知立案",
    TransferState.supervision_declined: "检察院认为不立案理由成立", TransferState.private_prosecution: "自诉",
    TransferState.prosecution_recommended: "移送审查起诉", TransferState.investigation_dropped: "撤销案件",
    TransferState.prosecuted: "提起公诉", TransferState.not_prosecuted: "不起诉", TransferState.convicted: "判决有罪",
    TransferState.acquitted: "判决无罪", TransferState.exempted: "免予刑事处罚"}

# Who moves a transfer from a state to another.
_T = TransferState
C, P, J = frozenset({"court"}), frozenset({"police"}), frozenset({"procuratorate"})
TRANSITIONS: dict[TransferState, dict[TransferState, frozenset[str]]] = {
    _T.sent: {_T.receipted: P},
    _T.receipted: {_T.filed: P, _T.refused: P},
    _T.refused: {_T.supervision_requested: C},
    _T.supervision_requested: {_T.explained: P, _T.filing_ordered: J, _T.supervision_declined: J},
    _T.explained: {_T.filing_ordered: J, _T.supervision_declined: J},
    _T.filing_ordered: {_T.filed: P},
    _T.supervision_declined: {_T.private_prosecution: C},  # 自诉 when police and procuratorate both decline
    _T.filed: {_T.prosecution_recommended: P, _T.investigation_dropped: P},
    _T.prosecution_recommended: {_T.prosecuted: C | J, _T.not_prosecuted: C | J},
    _T.prosecuted: {_T.convicted: C, _T.acquitted: C, _T.exempted: C},
}
FINAL_TRANSFER_STATES = {_T.private_prosecution, _T.investigation_dropped, _T.not_prosecuted, _T.convicted,
                         _T.acquitted, _T.exempted}
OUTCOME_STATES = {_T.prosecution_recommended, _T.investigation_dropped, _T.prosecuted, _T.not_prosecuted,
                  _T.convicted, _T.acquitted, _T.exempted}


def check_transfer_transition(current: TransferState, target: TransferState, by: OrgKind | None) -> None:
    current, target = TransferState(current), TransferState(target)
    allowed = TRANSITIONS.get(current, {})
    if target not in allowed:
        raise Conflict("invalid_transfer_transition", f"移送案件不能从「{TRANSFER_LABELS[current]}」变为"
                       f"「{TRANSFER_LABELS[target]}」/ a transfer cannot go from {current.value} to {target.value}",
                       state=current.value)
    if by not in allowed[target]:
        who = "、".join(_KIND_LABELS[k] for k in sorted(allowed[target]))
        raise Forbidden("not_your_step", f"「{TRANSFER_LABELS[target]}」由{who}记录 / {target.value} is recorded by "
                        f"the {' or '.join(sorted(allowed[target]))}")


_KIND_LABELS = {"court": "法院", "police": "公安机关", "procuratorate": "检察院"}


class PaymentStage(str, Enum):
    before_prosecution = "before_prosecution"  # 提起公诉前 — 可以酌情不起诉 (法释〔2024〕13号 11)
    before_first_instance_judgment = "before_first_instance_judgment"  # 一审判决宣告前 — 可以从轻、减轻或免除处罚
    after_judgment = "after_judgment"  # 判决后


PAYMENT_LABELS = {PaymentStage.before_prosecution: "提起公诉前履行（可酌情不起诉）",
                  PaymentStage.before_first_instance_judgment: "一审判决宣告前履行（可从轻、减轻或免除处罚）",
                  PaymentStage.after_judgment: "判决后履行"}


def payment_stage(state: TransferState) -> PaymentStage:
    """法释〔2024〕13号 11: performing before the prosecution is brought may lead to non-prosecution; before the
    first-instance judgment to a lighter, reduced or no penalty."""
    state = TransferState(state)
    if state in (_T.convicted, _T.acquitted, _T.exempted):
        return PaymentStage.after_judgment
    if state == _T.prosecuted:
        return PaymentStage.before_first_instance_judgment
    return PaymentStage.before_prosecution


LIVELIHOOD_ACTS = frozenset({"wages", "support"})  # 拒不支付劳动报酬、赡养费、扶养费、抚养费 weigh heavier (法释〔2024〕13号 10)


def weighs_heavier(livelihood_category: str | None, act_kinds: Iterable[str]) -> bool:
    """法释〔2024〕13号 10: refusing to pay wages or support (a livelihood case) is treated as heavier."""
    return green_channel(livelihood_category) or bool(LIVELIHOOD_ACTS & set(act_kinds))


def check_not_before(later: date, earlier: date | None, what: str) -> None:
    if earlier is not None and later < earlier:
        raise Refused("date_out_of_order", f"{what} {later} 早于 {earlier} / {what} {later} is before {earlier}")


def check_not_future(day: date, today: date, what: str) -> None:
    if day > today:
        raise Refused("date_in_future", f"{what} 不能晚于今天 / {what} {day} is in the future")


def check_period(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise DomainError("invalid_period", "期间起点晚于终点 / from is after to")


@dataclass(frozen=True)
class TransferDates:
    """The dates of a transfer's acts that its deadlines depend on."""

    receipted_on: date | None = None
    complex_case: bool = False
    filed_on: date | None = None
    refused_on: date | None = None
    refusal_notified_on: date | None = None
    supervision_requested_on: date | None = None
    explained_on: date | None = None
    filing_ordered_on: date | None = None


def transfer_deadlines(d: TransferDates) -> list[tuple[Deadline, date | None]]:
    """Every deadline that applies to a transfer so far, with the day its act was done (None while not done)."""
    out: list[tuple[Deadline, date | None]] = []
    if d.receipted_on is not None:
        decided = d.refused_on or (d.filed_on if d.filing_ordered_on is None else None)
        out.append((filing_decision_deadline(d.receipted_on, d.complex_case), decided))
    if d.refused_on is not None:
        out.append((refusal_notice_deadline(d.refused_on), d.refusal_notified_on))
    if d.supervision_requested_on is not None:
        out.append((explanation_deadline(d.supervision_requested_on), d.explained_on))
    if d.filing_ordered_on is not None:
        out.append((ordered_filing_deadline(d.filing_ordered_on), d.filed_on))
    return out


def missed_deadlines(d: TransferDates, today: date) -> list[tuple[Deadline, date | None]]:
    """The deadlines missed as of `today`: done after the last day, or not done and the last day has passed."""
    return [(dl, done) for dl, done in transfer_deadlines(d) if is_overdue(dl.on, done, today)]
