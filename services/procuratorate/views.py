"""procuratorate read models: what the API shows of clues, cases (with their records, meetings, objects and
items, recommendations and deadlines), rivers and counties, campaign metrics, follow-on projects and the
river chiefs' patrol schedule. Queries only; a use case in service.py loads through them when it writes."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.procuratorate import domain
from services.procuratorate.domain import CaseState
from services.procuratorate.settings import ProcuratorateSettings
from services.procuratorate.tables import (campaign_metrics, case_shares, cases, clues, counties,
                                           investigation_records, map_spots, meetings, objects, projects,
                                           recommendations, rectification_items, replies, reviews, river_segments,
                                           rivers)
from shared.legal import NotFound, today_cn
from shared.pagination import keyset_page
from shared.settings import Settings
from shared.usecase import UseCaseContext


# ------------------------------------------------------------------ clues
def clue_view(c: Any) -> dict:
    return {**{k: getattr(c, k) for k in (
        "id", "org_code", "source", "source_name", "received_on", "summary", "river_code", "segment_code",
        "county_code", "location", "status", "evaluated_on", "evaluation_reason", "case_id", "referred_to",
        "referred_kind", "transfer_id", "from_org", "created_at")},
        "source_label": domain.CLUE_SOURCE_LABELS.get(c.source, c.source),
        "status_label": domain.CLUE_STATUS_LABELS.get(c.status, c.status)}


async def clue_row(ctx: UseCaseContext, clue_id: uuid.UUID, *, lock: bool = False) -> Any:
    """This procuratorate's clue (clues are never shared); `lock` for a use case about to change it."""
    q = select(clues).where(clues.c.id == clue_id, clues.c.org_code == ctx.org)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None:
        raise NotFound("clue_not_found", "线索不存在", f"no clue {clue_id} visible to {ctx.org}")
    return row


async def get_clue(ctx: UseCaseContext, clue_id: uuid.UUID) -> dict:
    return clue_view(await clue_row(ctx, clue_id))


async def list_clues(ctx: UseCaseContext, *, limit: int, after_seq: int | None,
                     status: str | None) -> tuple[list[dict], int | None]:
    q = select(clues).where(clues.c.org_code == ctx.org)
    if status:
        q = q.where(clues.c.status == status)
    rows, last = await keyset_page(ctx.session, q, clues.c.seq, limit, after_seq)
    return [clue_view(r) for r in rows], last


async def river_name(session: AsyncSession, code: str | None) -> str | None:
    if not code:
        return None
    return (await session.execute(select(rivers.c.name).where(rivers.c.code == code))).scalar()


async def river_code(session: AsyncSession, code_or_name: str) -> str | None:
    """A river known by its code or its name (a partner writes 西辽河, we write xiliao)."""
    return (await session.execute(select(rivers.c.code).where(
        or_(rivers.c.code == code_or_name, rivers.c.name == code_or_name)))).scalar()


# ------------------------------------------------------------------ cases
def visible_filter(org: str):
    """A procuratorate sees its own cases and those a partner explicitly shared with it."""
    return or_(cases.c.org_code == org,
               cases.c.id.in_(select(case_shares.c.case_id).where(case_shares.c.grantee_org == org)))


async def case_row(ctx: UseCaseContext, case_id: uuid.UUID, *, lock: bool = False) -> Any:
    """A case visible to the caller's organisation (own or shared); `lock` for a use case about to change it."""
    q = select(cases).where(cases.c.id == case_id, visible_filter(ctx.org))
    row = (await ctx.session.execute(q.with_for_update(of=cases) if lock else q)).first()
    if row is None:
        raise NotFound("case_not_found", "案件不存在", f"no case {case_id} visible to {ctx.org}")
    return row


async def list_cases(ctx: UseCaseContext, *, limit: int, after_seq: int | None, state: CaseState | None,
                     filed_from: date | None, filed_to: date | None) -> tuple[list[dict], int | None]:
    q = select(cases).where(visible_filter(ctx.org))
    if state is not None:
        q = q.where(cases.c.state == state.value)
    if filed_from is not None:
        q = q.where(cases.c.filed_on >= filed_from)
    if filed_to is not None:
        q = q.where(cases.c.filed_on <= filed_to)
    rows, last = await keyset_page(ctx.session, q, cases.c.seq, limit, after_seq)
    return [case_summary(r) for r in rows], last


def case_summary(case: Any) -> dict:
    state = CaseState(case.state)
    return {**{k: getattr(case, k) for k in ("id", "org_code", "case_number", "title", "domain", "kind", "filed_on",
                                             "river_code", "segment_code", "county_code", "location", "version",
                                             "closed_on", "outcome", "outcome_reason", "litigation", "clue_id",
                                             "created_at", "updated_at")},
            "domain_label": domain.DOMAIN_LABELS.get(case.domain, case.domain),
            "kind_label": domain.KIND_LABELS.get(case.kind, case.kind),
            "state": state, "state_label": domain.CASE_STATE_LABELS[state]}


def reply_moved_from(r: Any) -> date | None:
    """The reply period's nominal last day when the holiday rule moved the stored deadline (民诉法 85 ¶3)."""
    return domain.moved_from(domain.reply_deadline(r.received_on, r.urgent), r.reply_due_on)


def rec_view(r: Any, today: date) -> dict:
    status = domain.reply_status(r.reply_due_on, today, r.replied_on)
    overdue = domain.is_overdue(r.reply_due_on, today, r.replied_on)
    return {**{k: getattr(r, k) for k in ("id", "number", "addressee", "content", "issued_on", "received_on",
                                          "urgent", "reply_due_on", "replied_on")},
            "moved_for_holiday_from": reply_moved_from(r),
            "reply_status": status, "overdue": overdue,
            "overdue_since": r.overdue_since or (domain.overdue_since(r.reply_due_on) if overdue else None),
            "overdue_event_published": r.overdue_since is not None}


def item_view(i: Any) -> dict:
    return {**{k: getattr(i, k) for k in ("id", "object_id", "defect", "description", "responsible_agency",
                                          "recommendation_id", "status", "measures", "review_finding",
                                          "verified_on")},
            "defect_label": domain.DEFECT_LABELS.get(i.defect, i.defect),
            "status_label": domain.ITEM_STATUS_LABELS.get(i.status, i.status)}


async def get_case(ctx: UseCaseContext, case_id: uuid.UUID) -> dict:
    return await case_view(ctx, await case_row(ctx, case_id))


async def case_view(ctx: UseCaseContext, case: Any, today: date | None = None) -> dict:
    today = today or today_cn()
    s = ctx.session
    recs = (await s.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                            .order_by(recommendations.c.seq))).all()
    reps = {r.recommendation_id: r for r in (await s.execute(select(replies).where(
        replies.c.case_id == case.id))).all()}
    objs = (await s.execute(select(objects).where(objects.c.case_id == case.id).order_by(objects.c.seq))).all()
    items = (await s.execute(select(rectification_items).where(rectification_items.c.case_id == case.id)
                             .order_by(rectification_items.c.seq))).all()
    recs_out = []
    for r in recs:
        out = rec_view(r, today)
        rep = reps.get(r.id)
        out["reply"] = None if rep is None else {"received_on": rep.received_on, "summary": rep.summary,
                                                 "measures": rep.measures}
        recs_out.append(out)
    settings = ctx.settings
    dmonths = getattr(settings, "recommendation_decision_months", domain.RECOMMENDATION_DECISION_MONTHS)
    lmonths = getattr(settings, "litigation_decision_months", domain.LITIGATION_DECISION_MONTHS)
    decision = domain.recommendation_decision_due(case.filed_on, dmonths)
    first_rec = recs[0].issued_on if recs else None
    deadlines = [{"kind": "recommendation_decision", "label": "决定是否提出检察建议", "deadline": decision.on,
                  "moved_for_holiday_from": decision.moved_for_holiday_from,
                  "status": domain.deadline_status(decision.on, today, first_rec or (
                      case.closed_on if case.state == CaseState.closed.value else None))}]
    for r in recs:
        deadlines.append({"kind": "reply", "label": "行政机关书面回复", "deadline": r.reply_due_on,
                          "moved_for_holiday_from": reply_moved_from(r), "recommendation_id": r.id,
                          "status": domain.reply_status(r.reply_due_on, today, r.replied_on)})
    if recs:
        lit = domain.litigation_decision_due(recs[-1].reply_due_on, lmonths)
        deadlines.append({"kind": "litigation_decision", "label": "决定是否提起诉讼", "deadline": lit.on,
                          "moved_for_holiday_from": lit.moved_for_holiday_from,
                          "litigation_allowed_from": domain.litigation_allowed_from(recs[-1].reply_due_on),
                          "status": domain.deadline_status(lit.on, today, case.closed_on)})
    counts: dict[str, int] = {}
    for i in items:
        counts[i.status] = counts.get(i.status, 0) + 1
    return {
        **case_summary(case),
        "deadlines": deadlines,
        "records": [{**{k: getattr(r, k) for k in ("id", "kind", "recorded_on", "participants", "agencies", "findings",
                                                   "evidence")}}
                    for r in (await s.execute(select(investigation_records).where(
                        investigation_records.c.case_id == case.id).order_by(investigation_records.c.seq))).all()],
        "meetings": [{k: getattr(m, k) for k in ("id", "held_on", "participants", "duties", "summary")}
                     for m in (await s.execute(select(meetings).where(meetings.c.case_id == case.id)
                                               .order_by(meetings.c.seq))).all()],
        "objects": [{**{k: getattr(o, k) for k in ("id", "kind", "name", "location", "county_code", "operator")},
                     "kind_label": domain.OBJECT_KIND_LABELS.get(o.kind, o.kind),
                     "items": [item_view(i) for i in items if i.object_id == o.id]} for o in objs],
        "items_by_status": counts,
        "recommendations": recs_out,
        "reviews": [{k: getattr(r, k) for k in ("id", "reviewed_on", "led_by", "participants", "findings", "summary")}
                    for r in (await s.execute(select(reviews).where(reviews.c.case_id == case.id)
                                              .order_by(reviews.c.seq))).all()],
        "shared_with": await shared_with(s, case.id),
    }


RECORD_KIND_LABELS = {"document_request": "调取书证", "interview": "询问", "site_inspection": "现场勘查",
                      "consultation": "磋商", "other": "调查"}
# same-day steps read in the workflow's order
STEP_ORDER = ["clue_received", "clue_evaluated", "case_filed", "record", "meeting", "recommendation_issued",
              "recommendation_received", "reply_overdue", "reply_received", "review", "case_closed",
              "litigation_filed"]


async def case_timeline(ctx: UseCaseContext, case_id: uuid.UUID) -> dict:
    """Every dated step of a case, in order: the clue (received, evaluated), filing, investigation records,
    meetings, recommendations (issued, received, reply overdue), replies, follow-up reviews, closure or
    litigation. Steps of one day read in the workflow's order."""
    case = await case_row(ctx, case_id)
    s = ctx.session
    steps: list[dict] = []

    def step(on: date | None, kind: str, label: str, summary: str | None = None, ref_id: Any = None,
             seq: int = 0) -> None:
        if on is not None:
            steps.append({"on": on, "kind": kind, "label": label, "summary": summary, "ref_id": ref_id,
                          "_k": (on, STEP_ORDER.index(kind), seq)})

    if case.clue_id is not None:
        clue = (await s.execute(select(clues).where(clues.c.id == case.clue_id))).first()
        if clue is not None:
            who = domain.CLUE_SOURCE_LABELS.get(clue.source, clue.source)
            step(clue.received_on, "clue_received", "受理线索",
                 f"{who}{'（' + clue.source_name + '）' if clue.source_name else ''}: {clue.summary}", clue.id)
            if clue.evaluated_on is not None and clue.evaluated_on != case.filed_on:
                step(clue.evaluated_on, "clue_evaluated", "线索评估", clue.evaluation_reason, clue.id)
    step(case.filed_on, "case_filed", "立案", f"{case.case_number + ' ' if case.case_number else ''}{case.title}",
         case.id)
    for r in (await s.execute(select(investigation_records).where(investigation_records.c.case_id == case.id)
                              .order_by(investigation_records.c.seq))).all():
        step(r.recorded_on, "record", RECORD_KIND_LABELS.get(r.kind, r.kind), r.findings, r.id, r.seq)
    for m in (await s.execute(select(meetings).where(meetings.c.case_id == case.id).order_by(meetings.c.seq))).all():
        agencies = "、".join(dict.fromkeys(d["agency"] for d in m.duties))
        step(m.held_on, "meeting", "责任认定会议", f"{m.summary or ''}{'; ' if m.summary else ''}负有监管职责: "
                                                   f"{agencies}", m.id, m.seq)
    today = today_cn()
    reps = {r.recommendation_id: r for r in (await s.execute(select(replies).where(
        replies.c.case_id == case.id))).all()}
    for r in (await s.execute(select(recommendations).where(recommendations.c.case_id == case.id)
                              .order_by(recommendations.c.seq))).all():
        step(r.issued_on, "recommendation_issued", "诉前检察建议",
             f"致{r.addressee}: {r.content}; 回复期限 {r.reply_due_on}", r.id, r.seq)
        if r.received_on != r.issued_on:
            step(r.received_on, "recommendation_received", "行政机关收到检察建议", r.addressee, r.id, r.seq)
        overdue = r.overdue_since or (domain.overdue_since(r.reply_due_on)
                                      if domain.is_overdue(r.reply_due_on, today, r.replied_on) else None)
        step(overdue, "reply_overdue", "回复逾期", f"{r.addressee} 未在 {r.reply_due_on} 前书面回复", r.id, r.seq)
        rep = reps.get(r.id)
        if rep is not None:
            step(rep.received_on, "reply_received", "书面回复", f"{r.addressee}: {rep.summary}", rep.id, r.seq)
    for v in (await s.execute(select(reviews).where(reviews.c.case_id == case.id).order_by(reviews.c.seq))).all():
        done = sum(1 for f in v.findings if f.get("rectified"))
        step(v.reviewed_on, "review", "跟进调查/回头看",
             f"{v.led_by}带队; {done}/{len(v.findings)} 项整改到位{'; ' + v.summary if v.summary else ''}", v.id, v.seq)
    if case.state == CaseState.litigation.value:
        lit = case.litigation or {}
        step(case.closed_on, "litigation_filed", "提起行政公益诉讼",
             f"{lit.get('court', '')} 被告 {lit.get('defendant', '')}; {case.outcome_reason or ''}", case.id)
    elif case.closed_on is not None:
        step(case.closed_on, "case_closed", "结案", f"{'整改到位' if case.outcome == 'rectified' else '终结'}: "
                                                     f"{case.outcome_reason or ''}", case.id)
    steps.sort(key=lambda x: x.pop("_k"))
    return {**{k: getattr(case, k) for k in ("id", "org_code", "case_number", "title", "state")},
            "state_label": domain.CASE_STATE_LABELS[CaseState(case.state)], "steps": steps}


async def shared_with(session: AsyncSession, case_id: uuid.UUID) -> list[str]:
    return [r for r in (await session.execute(select(case_shares.c.grantee_org).where(
        case_shares.c.case_id == case_id).order_by(case_shares.c.grantee_org))).scalars()]


# ------------------------------------------------------------------ reference data, campaign, projects
async def list_rivers(session: AsyncSession, province: str | None = None) -> list[dict]:
    """Rivers with the provinces they flow through and their segments, each in its county (city, province);
    `province` keeps the rivers through that province."""
    rs = (await session.execute(select(rivers).order_by(rivers.c.code))).all()
    segs = (await session.execute(select(river_segments, counties.c.name.label("county_name"),
                                         counties.c.city, counties.c.province)
                                  .join(counties, counties.c.code == river_segments.c.county_code)
                                  .order_by(river_segments.c.code))).all()
    return [{**{k: getattr(r, k) for k in ("code", "name", "main_stream_km", "local_km", "basin_km2")},
             "provinces": list(r.provinces or []),
             "segments": [{"code": s.code, "name": s.name, "county_code": s.county_code,
                           "county_name": s.county_name, "city": s.city, "province": s.province,
                           "length_km": s.length_km}
                          for s in segs if s.river_code == r.code]}
            for r in rs if province is None or province in (r.provinces or [])]


async def list_counties(session: AsyncSession) -> list[dict]:
    return [dict(r._mapping) for r in (await session.execute(select(counties).order_by(counties.c.code))).all()]


def metrics_view(r: Any) -> dict:
    return {k: getattr(r, k) for k in ("org_code", "campaign", "period_start", "period_end",
                                       *domain.METRIC_LABELS)}


async def metrics(ctx: UseCaseContext, campaign: str | None, start: date | None, end: date | None) -> dict:
    q = select(campaign_metrics).where(campaign_metrics.c.org_code == ctx.org).order_by(
        campaign_metrics.c.period_start)
    if campaign:
        q = q.where(campaign_metrics.c.campaign == campaign)
    if start:
        q = q.where(campaign_metrics.c.period_start >= start)
    if end:
        q = q.where(campaign_metrics.c.period_end <= end)
    rows = [metrics_view(r) for r in (await ctx.session.execute(q)).all()]
    return {"periods": rows, "totals": domain.sum_metrics(rows), "labels": domain.METRIC_LABELS}


async def derived_metrics(ctx: UseCaseContext, start: date, end: date, campaign: str | None) -> dict:
    """The campaign's figures for [start, end], derived from the records: cases filed, items verified rectified
    in the period by their quantity's unit (亩 cleared, buildings removed, tonnes, km protected), 图斑 rectified.
    A figure with no record in the period falls back to the manual figures of the periods inside it (marked
    `manual`); with neither it is 0 (`none`)."""
    domain.check_period(start, end)
    s, org = ctx.session, ctx.org
    derived: dict[str, tuple[float, int]] = {}
    n = (await s.execute(select(func.count()).where(cases.c.org_code == org, cases.c.filed_on.between(start, end)))
         ).scalar()
    derived["cases"] = (n, n)
    by_unit = {u: (float(q or 0), c) for u, q, c in (await s.execute(
        select(rectification_items.c.unit, func.sum(rectification_items.c.quantity), func.count())
        .join(cases, cases.c.id == rectification_items.c.case_id)
        .where(cases.c.org_code == org, rectification_items.c.status == "verified",
               rectification_items.c.unit.isnot(None), rectification_items.c.quantity.isnot(None),
               rectification_items.c.verified_on.between(start, end))
        .group_by(rectification_items.c.unit))).all()}
    for unit, metric in domain.QUANTITY_UNITS.items():
        derived[metric] = by_unit.get(unit, (0.0, 0))
    n = (await s.execute(select(func.count()).where(
        map_spots.c.org_code == org, map_spots.c.status == "rectified",
        map_spots.c.rectified_on.between(start, end)))).scalar()
    derived["map_spots_rectified"] = (n, n)
    q = select(campaign_metrics).where(campaign_metrics.c.org_code == org, campaign_metrics.c.period_start >= start,
                                       campaign_metrics.c.period_end <= end)
    if campaign:
        q = q.where(campaign_metrics.c.campaign == campaign)
    manual_rows = [metrics_view(r) for r in (await s.execute(q)).all()]
    manual = domain.sum_metrics(manual_rows) if manual_rows else None
    figures = []
    for metric, label in domain.METRIC_LABELS.items():
        value, records = derived[metric]
        v, source = domain.campaign_figure(value, records, manual[metric] if manual else None)
        figures.append({"metric": metric, "label": label, "value": v, "source": source,
                        "source_label": domain.FIGURE_SOURCES[source], "records": records})
    return {"org_code": org, "period_from": start, "period_to": end, "figures": figures,
            "totals": {f["metric"]: f["value"] for f in figures},
            "manual_periods": [{"campaign": r["campaign"], "period_start": r["period_start"],
                                "period_end": r["period_end"]} for r in manual_rows]}


def map_spot_view(m: Any) -> dict:
    return {**{k: getattr(m, k) for k in ("id", "org_code", "number", "kind", "location", "river_code",
                                          "segment_code", "county_code", "found_on", "status", "rectified_on",
                                          "rectification_note", "case_id", "history", "version", "created_at")},
            "kind_label": domain.MAP_SPOT_KIND_LABELS.get(m.kind, m.kind),
            "status_label": domain.MAP_SPOT_STATUS_LABELS.get(m.status, m.status)}


async def map_spot_row(ctx: UseCaseContext, spot_id: uuid.UUID, *, lock: bool = False) -> Any:
    q = select(map_spots).where(map_spots.c.id == spot_id, map_spots.c.org_code == ctx.org)
    row = (await ctx.session.execute(q.with_for_update() if lock else q)).first()
    if row is None:
        raise NotFound("map_spot_not_found", "图斑不存在", f"no map spot {spot_id} visible to {ctx.org}")
    return row


async def get_map_spot(ctx: UseCaseContext, spot_id: uuid.UUID) -> dict:
    return map_spot_view(await map_spot_row(ctx, spot_id))


async def list_map_spots(ctx: UseCaseContext, *, limit: int, after_seq: int | None, status: str | None,
                         kind: str | None, county_code: str | None, river_code: str | None
                         ) -> tuple[list[dict], int | None]:
    conds = [map_spots.c.org_code == ctx.org]
    for col, v in ((map_spots.c.status, status), (map_spots.c.kind, kind), (map_spots.c.county_code, county_code),
                   (map_spots.c.river_code, river_code)):
        if v is not None:
            conds.append(col == v)
    rows, last = await keyset_page(ctx.session, select(map_spots).where(and_(*conds)), map_spots.c.seq, limit,
                                   after_seq)
    return [map_spot_view(r) for r in rows], last


def project_view(p: Any) -> dict:
    return {**{k: getattr(p, k) for k in ("id", "org_code", "name", "kind", "county_code", "planned_year", "status",
                                          "case_id", "history", "version")},
            "status_label": domain.PROJECT_STATUS_LABELS.get(p.status, p.status)}


async def list_projects(ctx: UseCaseContext, status: str | None, year_from: int | None,
                        year_to: int | None) -> dict:
    q = select(projects).where(projects.c.org_code == ctx.org).order_by(projects.c.planned_year, projects.c.seq)
    if status:
        q = q.where(projects.c.status == status)
    if year_from:
        q = q.where(projects.c.planned_year >= year_from)
    if year_to:
        q = q.where(projects.c.planned_year <= year_to)
    items = [project_view(p) for p in (await ctx.session.execute(q)).all()]
    by_status: dict[str, int] = {}
    for p in items:
        by_status[p["status"]] = by_status.get(p["status"], 0) + 1
    return {"items": items, "by_status": by_status}


def patrol_schedule(settings: Settings, level: str, last_patrol_on: date) -> dict:
    cfg = settings.patrol_config() if isinstance(settings, ProcuratorateSettings) else None
    days = domain.patrol_interval_days(level, cfg)
    return {"level": level, "level_label": domain.PATROL_LEVEL_LABELS[level], "interval_days": days,
            "last_patrol_on": last_patrol_on, "next_due_on": domain.next_patrol_due(last_patrol_on, level, cfg)}
