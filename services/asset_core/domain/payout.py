"""执行款发放 (paying recovered money out to the applicants): 《最高人民法院关于执行款物管理工作的规定》
(法发〔2017〕6号) 第十三条 — the court completes the accounting, the settlement of costs, the notice to the applicant
and the payout within 30 days of receiving the money; with the approval of the head of the enforcement bureau or
the president in charge the payout may be deferred (延缓发放) on the grounds of ¶2 (a distribution among creditors
is needed; the applicant's money is preserved or frozen for another case, suit or crime; the applicant, notified,
did not collect; the case is suspended (中止) or execution postponed (暂缓); another proper reason), and once the
ground has ceased the money is paid out within 10 days. 绿色通道 (DOMAIN.md § Statistics): wage and support cases
are paid out first.

Both periods are periods for an act: a last day on a rest day moves to the next working day (民诉法 85 ¶3, the
court's calendar). Pure: no I/O."""
from __future__ import annotations

from datetime import date

from shared.calendar import ActDeadline, act_deadline, days_after
from shared.legal import DomainError

PAYOUT_DAYS = 30  # 执行款物管理规定 13 ¶1
PAYOUT_DAYS_AFTER_DEFERRAL = 10  # 执行款物管理规定 13 ¶3
PAYOUT_DEFERRAL_GROUNDS = {  # 执行款物管理规定 13 ¶2 (1)-(5)
    "distribution": "需要进行案款分配",
    "applicant_funds_frozen": "申请执行人因另案诉讼、执行或涉嫌犯罪等原因导致执行款被保全或冻结",
    "not_collected": "申请执行人经通知未领取",
    "case_suspended": "案件被依法中止或者暂缓执行",
    "other": "有其他正当理由需要延缓发放",
}
PAYOUT_METHODS = {"bank_transfer": "转账", "cheque": "支票", "cash": "现金"}
PAYABLE_SOURCES = ("debtor_payment", "deduction", "auction", "settlement_payment", "third_party")  # not 以物抵债


def payout_deadline(received_on: date, *, deferral_ended_on: date | None = None) -> ActDeadline:
    """The last day to pay out money received on `received_on` (执行款物管理规定 13 ¶1): 30 days counted from the day
    after receipt (民诉法 85 ¶2), moved off a rest day (民诉法 85 ¶3). A payout deferred with approval on a ground of
    ¶2 is due within 10 days of the ground ceasing (¶3) — `deferral_ended_on`; never earlier than the 30 days
    themselves (a deferral does not shorten the time the article gives)."""
    base = act_deadline(days_after(received_on, PAYOUT_DAYS))
    if deferral_ended_on is None:
        return base
    if deferral_ended_on < received_on:
        raise DomainError("deferral_before_receipt", f"延缓发放的情形消失日 {deferral_ended_on} 早于收款日 "
                                                     f"{received_on} / a deferral cannot end before the money was "
                                                     f"received")
    after = act_deadline(days_after(deferral_ended_on, PAYOUT_DAYS_AFTER_DEFERRAL))
    return after if after.on > base.on else base


def available_for_payout(received_by_day_fen: int, paid_out_fen: int) -> int:
    """What may still be paid out: the money received by the payout's day less what was already paid out (never
    more: a payout beyond it would pay money the court does not hold)."""
    return max(received_by_day_fen - paid_out_fen, 0)


def waiting_since(receipts: list[tuple[date, int]], paid_out_fen: int) -> date | None:
    """The day the oldest money not yet paid out arrived: receipts (day, fen) are paid out first in, first out;
    None when everything received was paid out."""
    covered = paid_out_fen
    for day, amount in sorted(receipts):
        if covered >= amount:
            covered -= amount
            continue
        return day
    return None


def deadline_with_deferrals(received_on: date, deferrals: list[tuple[date, date | None]]) -> ActDeadline | None:
    """The payout deadline of money received on `received_on` given the case's deferral decisions (decided_on,
    ended_on): None while one stands (not ended: 执行款物管理规定 13 ¶2, no deadline runs); else 10 days after the
    latest ground to cease on or after the receipt (¶3), never shorter than the 30 days (`payout_deadline`). A
    deferral that ended before the money arrived deferred other money: it does not move this deadline."""
    if any(ended is None for _, ended in deferrals):
        return None
    ended = max((e for _, e in deferrals if e is not None and e >= received_on), default=None)
    return payout_deadline(received_on, deferral_ended_on=ended)
