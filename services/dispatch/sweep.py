"""dispatch's scheduled work, as of a moment, by one replica at a time (`try_lock`), each notice once
(`notice_once` on `sweep_notices`):

- 解释 180: a detention whose family was not told within 24 h → `FamilyNoticeOverdue`, pushed to the deciding
  judge and the duty commanders;
- response targets (configurable per class): an alarm not dispatched / not reached in time, or reached late →
  `ResponseTargetMissed` per target, pushed to the duty commanders;
- an assignment not accepted within `assignment_accept_minutes` → the next available officer
  (`AssignmentEscalated`).

The timer (`shared.sweep.scheduled`) passes the court's day; this sweep works to the minute, so it reads the
clock itself; `POST /api/v1/ops/sweep {"now": …}` sweeps "as of" a moment."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, cast, exists, or_, select, true

from services.dispatch import domain, service
from services.dispatch.domain import AlarmStatus, DispatchStatus, PenaltyKind, PenaltyStatus
from services.dispatch.tables import alarms, assignments, dispatches, penalties, sweep_notices
from services.dispatch.views import now_utc
from shared.sweep import notice_once, scheduled, try_lock

SWEEP_LOCK = 0x6469737061  # 'dispa'


def _not_noticed(subject, kind: str):
    return ~exists().where(sweep_notices.c.subject == subject, sweep_notices.c.kind == kind)


async def sweep(ctx: service.Ctx, now: datetime, court: str | None = None) -> dict[str, Any]:
    """Everything due as of `now` (one court's only when `court` is given)."""
    out: dict[str, Any] = {"skipped": False, "as_of": now, "family_notices_overdue": 0, "targets_missed": 0,
                           "escalated": 0, "details": []}
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {**out, "skipped": True}
    s = ctx.session

    # 解释 180: family notice overdue
    rows = (await s.execute(select(penalties).where(
        penalties.c.kind == PenaltyKind.detention.value, penalties.c.detained_at.is_not(None),
        penalties.c.family_notified_at.is_(None), penalties.c.family_unable_recorded.is_(False),
        penalties.c.status.in_([PenaltyStatus.approved.value, PenaltyStatus.detained_pending_approval.value]),
        penalties.c.detained_at < now - timedelta(hours=domain.FAMILY_NOTICE_HOURS),
        _not_noticed(func_text(penalties.c.id), "family_notice_overdue"), _court(penalties.c.court_code, court))
        .order_by(penalties.c.seq))).all()
    for p in rows:
        if not domain.family_notice_overdue(p.detained_at, p.family_notified_at, p.family_unable_recorded,
                                            PenaltyStatus(p.status), now):
            continue
        if await notice_once(s, sweep_notices, subject=str(p.id), kind="family_notice_overdue"):
            await service.flag_family_notice_overdue(ctx, p, now)
            out["family_notices_overdue"] += 1
            out["details"].append(f"family_notice_overdue:{p.id}")

    # response targets
    for target, due, done in (("dispatch", alarms.c.dispatch_due_at, alarms.c.first_dispatched_at),
                              ("arrival", alarms.c.arrival_due_at, alarms.c.first_arrived_at)):
        kind = f"{target}_target_missed"
        late = or_(and_(done.is_(None), due < now, alarms.c.status != AlarmStatus.closed.value), done > due)
        rows = (await s.execute(select(alarms).where(due.is_not(None), due < now, late,
                                                     _not_noticed(func_text(alarms.c.id), kind),
                                                     _court(alarms.c.court_code, court))
                                .order_by(alarms.c.priority, alarms.c.received_at))).all()
        for a in rows:
            due_at, done_at = getattr(a, due.name), getattr(a, done.name)
            if not domain.target_missed(due_at, done_at, now):
                continue
            if await notice_once(s, sweep_notices, subject=str(a.id), kind=kind):
                await service.flag_target_missed(ctx, a, target, due_at, done_at, now)
                out["targets_missed"] += 1
                out["details"].append(f"{kind}:{a.id}")

    # unaccepted assignments
    minutes = service.accept_minutes(ctx.settings)
    rows = (await s.execute(select(assignments).join(dispatches, dispatches.c.id == assignments.c.dispatch_id).where(
        assignments.c.accepted_at.is_(None), assignments.c.escalated_at.is_(None),
        assignments.c.assigned_at <= now - timedelta(minutes=minutes),
        dispatches.c.status.in_([st.value for st in domain.ESCALATING_DISPATCH]),
        _court(dispatches.c.court_code, court))
        .order_by(assignments.c.assigned_at))).all()
    for asg in rows:
        chosen = await service.escalate_assignment(ctx, asg, now)
        if chosen is not None:
            out["escalated"] += 1
            out["details"].append(f"escalated:{asg.dispatch_id}:{asg.officer_id}->{chosen}")
    return out


def _court(col, court: str | None):
    return true() if court is None else col == court


def func_text(col):
    return cast(col, String)


async def timed(ctx: service.Ctx, today: date) -> dict[str, Any]:
    """The timer's job: the court's day is not precise enough for 10-minute targets; sweep as of now."""
    return await sweep(ctx, now_utc())


def make_ctx(session, settings) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper", org="system")


BACKGROUND = [scheduled("sweep_interval_seconds", make_ctx, timed)]
