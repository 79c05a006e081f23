"""mediation's scheduled work: every installment overdue on the court's day is flagged once
(InstallmentOverdue); one replica at a time (advisory lock), and the `notices` table remembers what went out,
so a sweep run twice emits nothing twice. Wired in app.py with `shared.sweep.scheduled`; an operator can also
run it by hand (`POST /api/v1/ops/sweep`)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.mediation import domain, service, views
from services.mediation.tables import center_cases, notices, settlements
from shared.sweep import notice_once, try_lock

SWEEP_LOCK = 0x6d65647377  # one mediation sweeper at a time across replicas


def make_ctx(session, settings) -> service.Ctx:
    return service.Ctx(session, settings, None, None, actor="sweeper")


async def sweep(ctx: service.Ctx, today: date) -> dict:
    """Flag every installment overdue on `today` once. `skipped` when another replica is sweeping."""
    if not await try_lock(ctx.session, SWEEP_LOCK):
        return {"skipped": True, "overdue_installments": 0}
    counts = {"skipped": False, "overdue_installments": 0}
    open_s = (await ctx.session.execute(select(settlements).where(settlements.c.state == "performing")
                                        .order_by(settlements.c.seq).with_for_update())).all()
    for s in open_s:
        inst = await views.installments_of(ctx.session, s.id)
        schedule = views.schedule(inst)
        credited = domain.paid_per_installment(schedule, s.paid_fen)
        cc = (await ctx.session.execute(select(center_cases).where(center_cases.c.id == s.center_case_id))).first()
        for no in domain.overdue_installments(schedule, s.paid_fen, today):
            r = inst[no - 1]
            if not await notice_once(ctx.session, notices, subject_id=f"{s.id}:{no}", kind="installment_overdue",
                                     for_date=r.due_on):
                continue
            await service.flag_overdue_installment(ctx, s, cc, r, r.amount_fen - credited[no - 1], today)
            counts["overdue_installments"] += 1
    return counts
