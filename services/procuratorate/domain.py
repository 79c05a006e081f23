"""procuratorate (河长+检察长) domain rules (DOMAIN.md "公益诉讼"). Pure: no I/O, no framework; dates are
calendar dates (`datetime.date`) in Asia/Shanghai.

Period convention (as in asset_core, 民诉法 85 ¶2): the day of receipt is not counted; N months end on the
corresponding day N months later, or on that month's last day when it has none (`reply_deadline`,
`recommendation_decision_deadline`, `litigation_decision_deadline`: the period's nominal last day). Every one of
these periods is for an act (a reply, a decision), so when its last day is a statutory holiday or rest day it
ends on the next working day of the court's calendar (民诉法 85 ¶3, applied to administrative public-interest
cases through 行政诉讼法 101; `shared.calendar.act_deadline`: `reply_due`,
`recommendation_decision_due`, `litigation_decision_due`, each with `moved_for_holiday_from`). A reply is overdue
from the day after its (moved) deadline.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from shared.calendar import ActDeadline, act_deadline
from shared.legal import Conflict, DomainError, Refused, add_months  # noqa: F401 (DomainError: what rules raise)
from shared.orgs import org_kind


# ---------------------------------------------------------------------------------------------------------------
# Clues (线索) → 评估 → 立案 / 不立案 / 移送
# ---------------------------------------------------------------------------------------------------------------

CLUE_SOURCE_LABELS = {
    "cppcc_member": "政协委员",
    "npc_deputy": "人大代表",
    "river_chief_office": "河长办",
    "public": "群众举报",
    "patrol": "巡河发现",
    "procuratorate": "其他检察院移送",
    "other": "其他",
}
CLUE_STATUS_LABELS = {"received": "已受理", "filed": "已立案", "closed": "不予立案", "referred": "已移送"}


def check_clue_open(status: str) -> None:
    """A clue is evaluated (立案 / 不予立案) or referred once; afterwards it is settled."""
    if status != "received":
        raise Conflict("clue_already_evaluated", f"线索已处理（{CLUE_STATUS_LABELS.get(status, status)}） / the clue "
                                                 f"was already evaluated: {status}")


def check_transfer(from_org: str, to_org: str) -> None:
    """A partner's clue transfer goes to a procuratorate (code `…检`, shared.orgs) other than its sender."""
    if from_org == to_org:
        raise Refused("transfer_to_sender", f"线索不能移送给发送单位本身 / a clue cannot be transferred to its sender "
                                            f"({from_org})")
    if org_kind(to_org) != "procuratorate":
        raise Refused("not_a_procuratorate", f"接收单位不是检察院 / the receiving organisation {to_org!r} is not a "
                                             f"procuratorate code (e.g. 内05检)")


def check_referral(own_org: str, to_org: str, to_kind: str) -> None:
    """A clue is referred (移送) to another organisation whose code is of the kind named (a 河长办 `…河长办` or a
    procuratorate `…检`, shared.orgs)."""
    if to_org == own_org:
        raise Refused("referral_to_self", "不能移送给本院", "to_org is this procuratorate")
    kind = org_kind(to_org)
    if kind != to_kind:
        raise Refused("partner_kind_mismatch", "接收单位与其类型不符 (the organisation is not of that kind)",
                      f"{to_org} is {'not an organisation code' if kind is None else 'a ' + kind}, not a {to_kind}")


# Names of the partner procuratorates (河长+检察长, 跨区域协作; the 两省七地 cooperation): what a transfer calls its
# sender. An unknown code is named by the code itself.
ORG_NAMES = {
    "内05检": "通辽市人民检察院",
    "内0502检": "通辽市科尔沁区人民检察院",
    "内0521检": "科尔沁左翼中旗人民检察院",
    "内0522检": "科尔沁左翼后旗人民检察院",
    "内0523检": "开鲁县人民检察院",
    "内0525检": "奈曼旗人民检察院",
    "辽12检": "铁岭市人民检察院",
    "辽1224检": "昌图县人民检察院",
    "吉0382检": "双辽市人民检察院",
}


def org_name(code: str) -> str:
    return ORG_NAMES.get(code, code)


def takes_in(to_org: str, served: Iterable[str]) -> bool:
    """Whether this instance takes in a transfer addressed to `to_org`: an instance serving every procuratorate
    (`served` empty) takes in all of them, one serving only some takes in those addressed to them — the addressee
    decides, never the sender (so an instance does not re-import its own outbound transfers)."""
    orgs = frozenset(served)
    return not orgs or to_org in orgs


# ---------------------------------------------------------------------------------------------------------------
# Case state machine (DOMAIN.md 公益诉讼 lifecycle; 行政诉讼法 25)
# ---------------------------------------------------------------------------------------------------------------

class CaseState(str, Enum):
    filed = "filed"  # 立案
    investigating = "investigating"  # 调查
    consulting = "consulting"  # 磋商
    recommended = "recommended"  # 检察建议
    replied = "replied"  # 回复
    following_up = "following_up"  # 跟进调查 / 回头看
    closed = "closed"  # 结案
    litigation = "litigation"  # 提起公益诉讼


CASE_STATE_LABELS = {
    CaseState.filed: "立案",
    CaseState.investigating: "调查",
    CaseState.consulting: "磋商",
    CaseState.recommended: "检察建议",
    CaseState.replied: "回复",
    CaseState.following_up: "跟进调查/回头看",
    CaseState.closed: "结案",
    CaseState.litigation: "提起公益诉讼",
}
DOMAIN_LABELS = {"flood_safety": "行洪安全", "water_resources": "水资源", "water_environment": "水环境",
                 "water_ecology": "水生态", "shoreline": "河湖岸线", "other": "其他"}
KIND_LABELS = {"administrative": "行政公益诉讼", "civil": "民事公益诉讼"}

TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.filed: frozenset({CaseState.investigating, CaseState.closed}),
    CaseState.investigating: frozenset({CaseState.consulting, CaseState.recommended, CaseState.closed,
                                        CaseState.litigation}),
    # 磋商 may itself obtain the rectification (then the case closes) or lead to a recommendation
    CaseState.consulting: frozenset({CaseState.recommended, CaseState.closed, CaseState.litigation}),
    CaseState.recommended: frozenset({CaseState.replied, CaseState.following_up, CaseState.litigation}),
    CaseState.replied: frozenset({CaseState.following_up, CaseState.litigation}),
    CaseState.following_up: frozenset({CaseState.following_up, CaseState.closed, CaseState.litigation}),
    CaseState.closed: frozenset(),
    CaseState.litigation: frozenset(),
}
FINAL_STATES = frozenset({CaseState.closed, CaseState.litigation})


def _state(value: CaseState | str) -> CaseState:
    try:
        return CaseState(value)
    except ValueError:
        raise Refused("unknown_state", f"未知案件状态 {value!r} / unknown case state {value!r}") from None


def check_litigation(kind: str, recommendation_issued: bool, **extra: object) -> None:
    """行政诉讼法 25 ¶4: before bringing administrative public-interest litigation the procuratorate must have
    issued a (pre-litigation) recommendation to the agency, which did not perform. A civil public-interest
    suit has no recommendation requirement (it follows an announcement instead)."""
    if kind == "administrative" and not recommendation_issued:
        raise Conflict("recommendation_required",
                       "提起行政公益诉讼前必须先向行政机关提出检察建议（行政诉讼法第25条） / administrative "
                       "public-interest litigation needs a prior procuratorial recommendation (行政诉讼法 25)", **extra)


def allowed_targets(current: CaseState | str) -> list[str]:
    """The states a case may move to from `current`, in the workflow's order."""
    cur = _state(current)
    return [s.value for s in CaseState if s in TRANSITIONS[cur]]


def check_transition(current: CaseState | str, target: CaseState | str, *, kind: str = "administrative",
                     recommendation_issued: bool = False) -> None:
    """Refuse a state change the workflow does not allow, with the reason. Litigation is refused first by
    行政诉讼法 25 when no recommendation was issued (code `recommendation_required`)."""
    cur, tgt = _state(current), _state(target)
    if tgt is CaseState.litigation and cur not in FINAL_STATES:
        check_litigation(kind, recommendation_issued, allowed=allowed_targets(cur))
    if tgt in TRANSITIONS[cur]:
        return
    allowed = ", ".join(f"{s.value} ({CASE_STATE_LABELS[s]})" for s in CaseState if s in TRANSITIONS[cur])
    raise Conflict("illegal_transition",
                   f"案件状态不能从「{CASE_STATE_LABELS[cur]}」变更为「{CASE_STATE_LABELS[tgt]}」 / transition "
                   f"from {cur.value} to {tgt.value} is not allowed; allowed: {allowed or 'none — final state'}",
                   allowed=allowed_targets(cur))


# ---------------------------------------------------------------------------------------------------------------
# Deadlines (两高公益诉讼解释 21; DOMAIN.md configurable older guidance)
# ---------------------------------------------------------------------------------------------------------------

REPLY_MONTHS = 2  # 两高公益诉讼解释 21
URGENT_REPLY_DAYS = 15  # 两高公益诉讼解释 21
RECOMMENDATION_DECISION_MONTHS = 3  # configurable (older guidance)
LITIGATION_DECISION_MONTHS = 2  # configurable (older guidance)


def reply_deadline(received_on: date, urgent: bool = False) -> date:
    """The last day of the reply period before the holiday rule: the agency replies in writing within 2 months
    of receiving the recommendation, 15 days when the public interest is in urgent danger (两高公益诉讼解释 21):
    2024-08-01 → 2024-10-01 (urgent: 2024-08-16). The deadline itself is `reply_due`."""
    return received_on + timedelta(days=URGENT_REPLY_DAYS) if urgent else add_months(received_on, REPLY_MONTHS)


def reply_due(received_on: date, urgent: bool = False) -> ActDeadline:
    """The agency's reply deadline (两高公益诉讼解释 21, with 民诉法 85 ¶3): the period's last day, moved to the
    next working day when it is a statutory holiday or rest day. 2024-08-01 → 2024-10-01 is 国庆, so the
    deadline is 2024-10-08 (moved_for_holiday_from 2024-10-01) and the reply is overdue from 2024-10-09."""
    return act_deadline(reply_deadline(received_on, urgent))


def moved_from(nominal: date, deadline: date) -> date | None:
    """`moved_for_holiday_from` of a stored deadline: the period's nominal last day when the holiday rule moved
    it (民诉法 85 ¶3), None otherwise (also for a deadline stored before the calendar was applied)."""
    return nominal if deadline != nominal else None


def overdue_since(deadline: date) -> date:
    """A reply not received by its deadline is overdue from the day after it (DOMAIN.md 公益诉讼)."""
    return deadline + timedelta(days=1)


def reply_status(deadline: date, today: date, replied_on: date | None = None) -> str:
    """`replied` / `replied_late` once a reply exists (whatever today is); otherwise `overdue` from the day
    after the deadline and `pending` until then."""
    if replied_on is not None:
        return "replied_late" if replied_on > deadline else "replied"
    return "overdue" if today >= overdue_since(deadline) else "pending"


def is_overdue(deadline: date, today: date, replied_on: date | None = None) -> bool:
    """Whether the overdue flag applies as of `today`: no reply by the deadline and today is after it (a late
    reply does not erase the fact that the reply was overdue)."""
    if replied_on is not None:
        return replied_on > deadline and today >= overdue_since(deadline)
    return today >= overdue_since(deadline)


def recommendation_decision_deadline(filed_on: date, months: int = RECOMMENDATION_DECISION_MONTHS) -> date:
    """Decide whether to issue a recommendation within 3 months of filing (older guidance; configurable): the
    period's last day before the holiday rule (see `recommendation_decision_due`)."""
    return add_months(filed_on, months)


def recommendation_decision_due(filed_on: date, months: int = RECOMMENDATION_DECISION_MONTHS) -> ActDeadline:
    """The deadline of the decision on a recommendation (older guidance, configurable; 民诉法 85 ¶3): filed
    2024-05-10 → 2024-08-10 is a Saturday → 2024-08-12."""
    return act_deadline(recommendation_decision_deadline(filed_on, months))


def litigation_decision_deadline(reply_due_on: date, months: int = LITIGATION_DECISION_MONTHS) -> date:
    """Decide on litigation within 2 months after the reply deadline (older guidance; configurable): the
    period's last day before the holiday rule (see `litigation_decision_due`)."""
    return add_months(reply_due_on, months)


def litigation_decision_due(reply_due_on: date, months: int = LITIGATION_DECISION_MONTHS) -> ActDeadline:
    """The deadline of the decision on litigation, counted from the (already moved) reply deadline (older
    guidance, configurable; 民诉法 85 ¶3): reply due 2024-10-08 → 2024-12-08 is a Sunday → 2024-12-09."""
    return act_deadline(litigation_decision_deadline(reply_due_on, months))


def litigation_allowed_from(reply_due_on: date) -> date:
    """The first day administrative public-interest litigation may be brought on the ground that the agency did
    not act by the reply deadline: the day after the (moved) deadline (行政诉讼法 25 ¶4; 两高公益诉讼解释 21)."""
    return overdue_since(reply_due_on)


def reply_shows_no_action(measures_done: Iterable[bool]) -> bool:
    """A written reply shows no action when it answers item by item and reports none of them done (a reply
    without items cannot show it: the reply period then runs to its end)."""
    done = list(measures_done)
    return bool(done) and not any(done)


def check_litigation_timing(on: date, reply_due_on: date, *, replied_on: date | None = None,
                            measures_done: Iterable[bool] = ()) -> None:
    """行政诉讼法 25 ¶4, 两高公益诉讼解释 21: after a pre-litigation recommendation the procuratorate sues only
    when the agency does not perform — it has until the reply deadline to act. Litigation is therefore
    allowed from the day after the (moved) reply deadline, or earlier when the agency's written reply (received
    by `on`) shows no action (`reply_shows_no_action`: items answered, none reported done). Otherwise refused
    (422 `reply_period_running`) with the date from which it is allowed."""
    allowed_from = litigation_allowed_from(reply_due_on)
    if on >= allowed_from:
        return
    replied = replied_on is not None and replied_on <= on
    done = list(measures_done)
    if replied and reply_shows_no_action(done):
        return
    why = "行政机关已书面回复，回复期限尚未届满" if replied else "行政机关的回复期限尚未届满"
    raise Refused("reply_period_running",
                  f"{why}，{allowed_from} 起方可以行政机关未依法履职为由提起行政公益诉讼（行政诉讼法第25条第4款、"
                  f"两高公益诉讼解释第21条） / the agency may still act until the reply deadline {reply_due_on}: "
                  f"litigation is allowed from {allowed_from}",
                  f"litigation on {on} is before {allowed_from}; the reply deadline is {reply_due_on}"
                  + (f"; the reply of {replied_on} reported {sum(done)} of {len(done)} item(s) done" if replied
                     else ""),
                  allowed_from=allowed_from.isoformat(), reply_due_on=reply_due_on.isoformat())


def deadline_status(deadline: date, today: date, done_on: date | None = None) -> str:
    """`done` / `done_late` once done; otherwise `overdue` from the day after the deadline, else `pending`."""
    if done_on is not None:
        return "done_late" if done_on > deadline else "done"
    return "overdue" if today > deadline else "pending"


def check_dates_order(earlier: date, later: date, code: str, what: str) -> None:
    if later < earlier:
        raise Refused(code, f"{what}: {later} 早于 {earlier} / {later} is before {earlier}")


# ---------------------------------------------------------------------------------------------------------------
# Objects and rectification items (整改事项)
# ---------------------------------------------------------------------------------------------------------------

DEFECT_LABELS = {
    "uncertified_pontoon": "浮箱无合格证明",
    "loose_anchor": "锚固松动",
    "damaged_deck": "桥面破损",
    "damaged_approach": "引道破损",
    "unknown_load": "承载能力不明",
    "toll_not_posted": "未公示收费标准",
    "no_receipt": "未开具收费票据",
    "flood_obstruction": "阻碍行洪",
    "illegal_building": "违法建筑",
    "illegal_mining": "非法采砂",
    "garbage": "垃圾堆放",
    "other": "其他",
}
OBJECT_KIND_LABELS = {"floating_bridge": "浮桥", "building": "建筑物", "crops_trees": "高秆作物/林木",
                      "sand_pit": "采砂场", "garbage_site": "垃圾堆放点", "other": "其他"}
ITEM_STATUS_LABELS = {"open": "待整改", "measures_reported": "已回复整改措施", "verified": "整改到位",
                      "not_rectified": "未整改到位"}
ITEM_TRANSITIONS = {
    "open": {"measures_reported", "verified", "not_rectified"},
    "measures_reported": {"verified", "not_rectified"},
    "not_rectified": {"measures_reported", "verified"},
    "verified": set(),
}


def next_item_status(current: str, *, reply_done: bool | None = None, review_rectified: bool | None = None) -> str:
    """A reply's measures move an item to `measures_reported`; only a follow-up review (回头看) verifies it
    (`verified`) or finds it not rectified. A verified item stays verified."""
    if current == "verified":
        return current
    if review_rectified is not None:
        return "verified" if review_rectified else "not_rectified"
    if reply_done is not None:
        return "measures_reported"
    return current


def close_refusals(item_statuses: Iterable[str]) -> list[str]:
    """A case closes as rectified (结案, 整改到位) only when it has items and every one is verified by a
    follow-up review. Returns the reasons it cannot close (empty: it can)."""
    items = list(item_statuses)
    if not items:
        return ["没有整改事项 / the case has no rectification items"]
    open_items = [s for s in items if s != "verified"]
    if open_items:
        return [f"{len(open_items)} 项整改事项未经回头看核实整改到位 / {len(open_items)} of {len(items)} items "
                f"are not verified as rectified"]
    return []


EARLY_STATES = frozenset({CaseState.filed, CaseState.investigating, CaseState.consulting})


def close_outcome(state: CaseState | str, item_statuses: Iterable[str]) -> str:
    """The outcome of closing a case (结案): `rectified` when every item is verified rectified; `terminated`
    when a case found nothing to rectify before any recommendation (no items, still filed / investigating /
    consulting). Otherwise refused with the reasons (code `close_refused`)."""
    items = list(item_statuses)
    refusals = close_refusals(items)
    if not refusals:
        return "rectified"
    if not items and _state(state) in EARLY_STATES:
        return "terminated"
    raise Refused("close_refused", "不能结案 / the case cannot close: " + "; ".join(refusals))


# ---------------------------------------------------------------------------------------------------------------
# River-chief system (河长制): patrol frequencies per level (configurable)
# ---------------------------------------------------------------------------------------------------------------

PATROL_LEVELS = ("province", "city", "county", "township", "village")
PATROL_LEVEL_LABELS = {"province": "省级", "city": "市级", "county": "县级", "township": "乡级", "village": "村级"}
DEFAULT_PATROL_DAYS: Mapping[str, int] = {"county": 30, "township": 10, "village": 7}  # ≥ monthly / 10 d / weekly


def patrol_interval_days(level: str, config: Mapping[str, int] | None = None) -> int | None:
    """Days between river-chief patrols at `level` (county ≥ monthly, township ≥ every 10 days, village ≥
    weekly; configurable). Province/city chiefs have no fixed interval here (None)."""
    if level not in PATROL_LEVELS:
        raise Refused("unknown_level", f"未知河长层级 {level!r} / unknown river-chief level; known: "
                                       f"{', '.join(PATROL_LEVELS)}")
    return (config or DEFAULT_PATROL_DAYS).get(level)


def next_patrol_due(last_patrol_on: date, level: str, config: Mapping[str, int] | None = None) -> date | None:
    days = patrol_interval_days(level, config)
    return None if days is None else last_patrol_on + timedelta(days=days)


# ---------------------------------------------------------------------------------------------------------------
# Campaign metrics and follow-on projects
# ---------------------------------------------------------------------------------------------------------------

METRIC_LABELS = {
    "cases": "河湖案件数",
    "mu_cleared": "清理高秆作物及林木（亩）",
    "buildings_removed": "拆除违建（处）",
    "garbage_tonnes": "清理垃圾（吨）",
    "river_km_protected": "保护河道（公里）",
    "map_spots_rectified": "碍洪图斑整改（处）",
}
PROJECT_STATUS_LABELS = {"planned": "规划", "under_construction": "在建", "completed": "建成", "cancelled": "取消"}
PROJECT_TRANSITIONS = {"planned": {"under_construction", "cancelled"}, "under_construction": {"completed", "cancelled"},
                       "completed": set(), "cancelled": set()}


def check_period(start: date, end: date) -> None:
    if end < start:
        raise Refused("invalid_period", f"统计期间无效: {start} 至 {end} / period ends before it starts")


def check_project_transition(current: str, target: str) -> None:
    if target not in PROJECT_TRANSITIONS.get(current, set()):
        raise Conflict("illegal_project_transition",
                       f"项目状态不能从「{PROJECT_STATUS_LABELS.get(current, current)}」变更为"
                       f"「{PROJECT_STATUS_LABELS.get(target, target)}」 / project status {current} → {target} "
                       f"is not allowed")


def sum_metrics(rows: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Totals over periods (the campaign's figures for any range of periods)."""
    out = {k: 0 for k in METRIC_LABELS}
    for r in rows:
        for k in METRIC_LABELS:
            out[k] += int(r.get(k) or 0)
    return out


# ---------------------------------------------------------------------------------------------------------------
# 碍洪图斑 (flood-obstruction map spots: 乱占 / 乱采 / 乱堆 / 乱建) and the campaign's derived figures
# ---------------------------------------------------------------------------------------------------------------

MAP_SPOT_KIND_LABELS = {"occupation": "乱占", "mining": "乱采", "piling": "乱堆", "building": "乱建"}
MAP_SPOT_STATUS_LABELS = {"pending": "待整改", "rectifying": "整改中", "rectified": "已整改"}
MAP_SPOT_TRANSITIONS = {"pending": {"rectifying", "rectified"}, "rectifying": {"rectified"}, "rectified": set()}


def check_map_spot_transition(current: str, target: str) -> None:
    if target not in MAP_SPOT_TRANSITIONS.get(current, set()):
        raise Conflict("illegal_map_spot_transition",
                       f"图斑状态不能从「{MAP_SPOT_STATUS_LABELS.get(current, current)}」变更为"
                       f"「{MAP_SPOT_STATUS_LABELS.get(target, target)}」 / map spot status {current} → {target} "
                       f"is not allowed", allowed=sorted(MAP_SPOT_TRANSITIONS.get(current, set())))


# A rectification item's quantity, by unit, feeds one campaign figure once the item is verified rectified.
QUANTITY_UNITS = {"mu": "mu_cleared", "building": "buildings_removed", "tonne": "garbage_tonnes",
                  "km": "river_km_protected"}
UNIT_LABELS = {"mu": "亩", "building": "处", "tonne": "吨", "km": "公里"}
FIGURE_SOURCES = {"derived": "由案件、整改事项、图斑记录统计", "manual": "手工填报（无对应记录）", "none": "无数据"}


def campaign_figure(derived: float, records: int, manual: float | None) -> tuple[float, str]:
    """One campaign figure for a period: derived from the records (cases, verified items, rectified 图斑) when any
    record exists; otherwise the manual figure, marked `manual`; `none` when neither exists."""
    if records:
        return derived, "derived"
    if manual is not None:
        return manual, "manual"
    return 0, "none"


@dataclass(frozen=True)
class ProcuratorateCodes:
    """Organisation codes (the JWT `org` claim) used by the procuratorate service: the court-style
    province character + the region's administrative digits + 检 (docs/adr/0006)."""

    tongliao: str = "内05检"  # 通辽市人民检察院
    tieling: str = "辽12检"  # 铁岭市人民检察院 (Liaoning)
    shuangliao: str = "吉0382检"  # 双辽市人民检察院 (Jilin)


CODES = ProcuratorateCodes()
