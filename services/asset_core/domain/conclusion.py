"""The 终本 gate and the re-queries after it (DOMAIN.md "终本"; 终本规定 1, 9)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from services.asset_core.domain.investigation import ASSET_REPORT_ORDER, CATEGORY_LABELS, _unique
from shared.legal import add_months


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
    disposable_property_found: bool  # an asset still available for disposal; found property that cannot be
    # disposed of (marked undisposable with its reason) does not count (终本规定 1(3))
    debtor_missing: bool
    missing_debtor_searched: bool
    obstructed: bool = False  # the debtor or someone else obstructed execution (终本规定 1(5))
    obstruction_sanctioned: bool = False  # a fine / detention was imposed or criminal liability pursued (1(5))
    applicant_heard: bool = False  # the applicant was told and heard before 终本 (终本规定 5)


CONCLUSION_MIN_MONTHS = 3


def conclusion_earliest(filed_on: date) -> date:
    """The first day 终本 is allowed: MORE than 3 months since filing (终本规定 1(4)): add_months(filed_on, 3) + 1."""
    return add_months(filed_on, CONCLUSION_MIN_MONTHS) + timedelta(days=1)


def conclusion_refusals(facts: ConclusionFacts, today: date) -> list[dict]:
    """Every reason 终结本次执行程序 is refused today (DOMAIN.md "终本"; 终本规定 1): execution notice and
    asset-report order issued (1(1)); consumption restriction issued and, if eligible, dishonest-debtor listing
    (1(2)); investigation complete with no disposable property — found property that cannot be disposed of does
    not block (1(3)); more than 3 months since filing (1(4)); a missing debtor searched for, and where someone
    obstructed execution a fine / detention or a criminal transfer made (1(5)); the applicant told and heard
    before 终本 (5). Each refusal is {"code", "reason"}; [] means 终本 is allowed."""
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
    if facts.obstructed and not facts.obstruction_sanctioned:
        refuse("obstruction_not_sanctioned", "有妨害执行行为，尚未依法采取罚款、拘留等强制措施或启动刑事责任追究程序 / "
                                             "someone obstructed execution and no fine, detention or criminal "
                                             "transfer was made (终本规定 1(5))")
    if not facts.applicant_heard:
        refuse("applicant_not_heard", "终本前未告知申请执行人并听取其意见 / the applicant was not told of the case and "
                                      "heard before 终本 (终本规定 5)")
    return out


REQUERY_INTERVAL_MONTHS = 6
REQUERY_YEARS = 5


def requery_schedule(concluded_on: date) -> list[date]:
    """After 终本, re-query the debtor's assets online every 6 months for 5 years (DOMAIN.md "终本"; 终本规定 9):
    10 dates, each counted from the 终本 date (so month-end clamping does not drift)."""
    count = REQUERY_YEARS * 12 // REQUERY_INTERVAL_MONTHS
    return [add_months(concluded_on, REQUERY_INTERVAL_MONTHS * k) for k in range(1, count + 1)]
