"""Every police deadline at its boundary, with its source. Periods for an act count from the day after the trigger
(民诉法 85 ¶2; 刑诉法 105 ¶1) and move to the next working day when the last day is a rest day (民诉法 85 ¶3);
custody never moves (刑诉法 105 ¶2)."""
from datetime import date, datetime, timezone

import pytest

from services.police import domain
from services.police.domain import TransferDates
from shared.legal import DomainError

MON = date(2024, 3, 4)  # a Monday in an ordinary week: +7 = Mon 03-11, +15 = Tue 03-19, +30 = Wed 04-03


def test_filing_decision_7_days_of_receipt_day_7_on_time_day_8_overdue():
    """法发〔2025〕8号: decide whether to file within 7 days of the receipt."""
    dl = domain.filing_decision_deadline(MON)
    assert (dl.on, dl.moved_for_holiday_from) == (date(2024, 3, 11), None)
    assert "法发〔2025〕8号" in dl.article
    assert not domain.is_overdue(dl.on, date(2024, 3, 11), date(2024, 3, 20))  # decided on day 7: on time
    assert domain.is_overdue(dl.on, date(2024, 3, 12), date(2024, 3, 20))  # decided on day 8: late
    assert not domain.is_overdue(dl.on, None, date(2024, 3, 11))  # still due on day 7
    assert domain.is_overdue(dl.on, None, date(2024, 3, 12))  # overdue from day 8
    assert domain.deadline_status(dl.on, None, date(2024, 3, 11)) == "due"
    assert domain.deadline_status(dl.on, None, date(2024, 3, 12)) == "overdue"
    assert domain.deadline_status(dl.on, date(2024, 3, 12), date(2024, 3, 12)) == "missed"
    assert domain.deadline_status(dl.on, date(2024, 3, 11), date(2024, 3, 12)) == "met"


def test_filing_decision_complex_30_days():
    """法发〔2025〕8号: 30 days when the case is complex (重大、复杂)."""
    dl = domain.filing_decision_deadline(MON, complex_case=True)
    assert dl.on == date(2024, 4, 3)
    assert not domain.is_overdue(dl.on, date(2024, 4, 3), date(2024, 4, 3))
    assert domain.is_overdue(dl.on, None, date(2024, 4, 8))  # 04-04..06 清明 holiday, then day 35


def test_refusal_notice_7_days():
    """法发〔2025〕8号: a refusal is notified to the court within 7 days."""
    dl = domain.refusal_notice_deadline(MON)
    assert dl.on == date(2024, 3, 11)
    assert not domain.is_overdue(dl.on, None, date(2024, 3, 11))
    assert domain.is_overdue(dl.on, None, date(2024, 3, 12))


def test_explanation_7_days_then_ordered_filing_15_days():
    """法发〔2025〕8号 / 刑诉法 113: explain within 7 days of the procuratorate's request; file within 15 days of its
    order (7 + 15)."""
    explain = domain.explanation_deadline(MON)
    assert explain.on == date(2024, 3, 11)
    assert not domain.is_overdue(explain.on, date(2024, 3, 11), date(2024, 3, 11))
    assert domain.is_overdue(explain.on, date(2024, 3, 12), date(2024, 3, 12))
    ordered = domain.ordered_filing_deadline(explain.on)  # ordered on the day the explanation was due
    assert ordered.on == date(2024, 3, 26)
    assert not domain.is_overdue(ordered.on, None, date(2024, 3, 26))
    assert domain.is_overdue(ordered.on, None, date(2024, 3, 27))
    assert domain.ordered_filing_deadline(MON).on == date(2024, 3, 19)


def test_a_last_day_on_a_holiday_moves_to_the_next_working_day():
    """民诉法 85 ¶3 (刑诉法 105 by analogy): 2024-09-24 + 7 = 10-01 (国庆) → 10-08, shown as moved."""
    dl = domain.filing_decision_deadline(date(2024, 9, 24))
    assert (dl.on, dl.moved_for_holiday_from) == (date(2024, 10, 8), date(2024, 10, 1))
    assert not domain.is_overdue(dl.on, date(2024, 10, 8), date(2024, 10, 8))
    assert domain.is_overdue(dl.on, date(2024, 10, 9), date(2024, 10, 9))
    weekend = domain.refusal_notice_deadline(date(2024, 3, 2))  # + 7 = Sat 03-09 → Mon 03-11
    assert (weekend.on, weekend.moved_for_holiday_from) == (date(2024, 3, 11), date(2024, 3, 9))


def test_a_weekend_working_day_does_not_move():
    """调休: Sunday 2024-09-29 was a working day, so a period ending on it stays there."""
    dl = domain.explanation_deadline(date(2024, 9, 22))
    assert (dl.on, dl.moved_for_holiday_from) == (date(2024, 9, 29), None)


def test_custody_ends_on_its_day_and_never_moves():
    """民诉法 118: at most 15 days; custody runs to its last day, never moved for a holiday (刑诉法 105 ¶2)."""
    assert domain.detention_end_day(date(2024, 9, 28), 15) == date(2024, 10, 13)  # a Sunday: stays
    assert domain.detention_end_day(date(2024, 9, 26), 5) == date(2024, 10, 1)  # 国庆: stays
    start = datetime(2024, 3, 1, 2, 0, tzinfo=timezone.utc)
    assert domain.detention_ends(start, 15) == datetime(2024, 3, 16, 2, 0, tzinfo=timezone.utc)
    for bad in (0, 16, True):
        with pytest.raises(DomainError):
            domain.detention_end_day(date(2024, 3, 1), bad)


def test_release_before_the_end_needs_the_court():
    domain.check_release_at_end(date(2024, 3, 16), date(2024, 3, 16))
    with pytest.raises(DomainError) as e:
        domain.check_release_at_end(date(2024, 3, 16), date(2024, 3, 15))
    assert e.value.code == "release_before_end"


def test_missed_deadlines_of_a_transfer():
    refused = TransferDates(receipted_on=MON, refused_on=date(2024, 3, 8), refusal_notified_on=date(2024, 3, 8),
                            supervision_requested_on=date(2024, 3, 11))
    kinds = {dl.kind: done for dl, done in domain.transfer_deadlines(refused)}
    assert kinds == {"filing_decision": date(2024, 3, 8), "refusal_notice": date(2024, 3, 8), "explanation": None}
    assert domain.missed_deadlines(refused, date(2024, 3, 18)) == []  # explanation due 03-18
    assert [dl.kind for dl, _ in domain.missed_deadlines(refused, date(2024, 3, 19))] == ["explanation"]
    late = TransferDates(receipted_on=MON, filed_on=date(2024, 3, 12))
    assert [dl.kind for dl, _ in domain.missed_deadlines(late, date(2024, 3, 12))] == ["filing_decision"]
    ordered = TransferDates(receipted_on=MON, refused_on=date(2024, 3, 5), refusal_notified_on=date(2024, 3, 5),
                            supervision_requested_on=date(2024, 3, 6), explained_on=date(2024, 3, 8),
                            filing_ordered_on=date(2024, 3, 11), filed_on=date(2024, 3, 26))
    assert domain.missed_deadlines(ordered, date(2024, 4, 1)) == []  # filed on day 15
