"""The bounty rules of 最高人民法院关于民事执行中财产调查若干问题的规定 (法释〔2017〕8号) 21–24, one test (or a few)
per rule, each naming its article."""
from datetime import date, datetime, timedelta, timezone

import pytest

from services.reward import domain
from services.reward.domain import (ApplicationState, Person, RegisteredTip, RewardKind, RewardTerms, compute_reward,
                                    decision_due, exclusion, group_for, is_decision_overdue, normalise_clue_key,
                                    rank_in_group)
from shared.identity import party_key
from shared.legal import Conflict, Refused

SECRET = "unit-test-party-key"


# ------------------------------------------------------------------ 21: decide within 10 days of receipt
def test_21_ten_days_counted_from_the_day_after_receipt():
    due = decision_due(date(2025, 3, 3))  # Monday; the 10th day after is Thursday 2025-03-13, a working day
    assert due.on == date(2025, 3, 13) and due.moved_for_holiday_from is None


def test_21_the_tenth_day_is_still_in_time_the_eleventh_is_overdue():
    due = decision_due(date(2025, 3, 3)).on
    assert not is_decision_overdue(due, date(2025, 3, 13), ApplicationState.received)
    assert is_decision_overdue(due, date(2025, 3, 14), ApplicationState.received)
    assert not is_decision_overdue(due, date(2025, 3, 20), ApplicationState.granted)  # decided: never overdue


def test_21_a_last_day_on_a_weekend_moves_to_monday():
    due = decision_due(date(2025, 3, 5))  # + 10 = Saturday 2025-03-15
    assert due.on == date(2025, 3, 17) and due.moved_for_holiday_from == date(2025, 3, 15)


def test_21_a_last_day_in_the_national_day_holiday_moves_past_it():
    due = decision_due(date(2025, 9, 25))  # + 10 = 2025-10-05, inside 国庆 (10-01 … 10-08)
    assert due.on == date(2025, 10, 9) and due.moved_for_holiday_from == date(2025, 10, 5)


def test_21_a_tiaoxiu_working_sunday_does_not_move():
    due = decision_due(date(2025, 9, 18))  # + 10 = Sunday 2025-09-28, a working day (调休)
    assert due.on == date(2025, 9, 28) and due.moved_for_holiday_from is None


def test_21_a_refusal_states_reasons_and_a_decision_is_taken_once():
    domain.check_decision(ApplicationState.received, True, None)
    with pytest.raises(Refused) as e:
        domain.check_decision(ApplicationState.received, False, "  ")
    assert e.value.code == "reasons_required"
    with pytest.raises(Conflict):
        domain.check_decision(ApplicationState.granted, True, None)


def test_21_22_a_refused_application_cannot_be_published():
    domain.check_publishable(ApplicationState.granted)
    with pytest.raises(Conflict) as e:
        domain.check_publishable(ApplicationState.refused)
    assert e.value.code == "application_refused"
    with pytest.raises(Conflict):
        domain.check_publishable(ApplicationState.received)


# ------------------------------------------------------------------ 21 ¶1 (一): the reward amount or method
def test_21_terms_fixed_or_percentage_with_cap_and_floor():
    domain.check_terms(RewardTerms(RewardKind.fixed, fixed_fen=200_000), 500)
    domain.check_terms(RewardTerms(RewardKind.percentage, percent_bp=500, cap_fen=5_000_000, floor_fen=50_000), 500)
    bad = [RewardTerms(RewardKind.fixed), RewardTerms(RewardKind.fixed, fixed_fen=1, percent_bp=5),
           RewardTerms(RewardKind.percentage), RewardTerms(RewardKind.percentage, percent_bp=501),
           RewardTerms(RewardKind.percentage, percent_bp=100, fixed_fen=1),
           RewardTerms(RewardKind.percentage, percent_bp=100, cap_fen=100, floor_fen=200)]
    for t in bad:
        with pytest.raises(Refused):
            domain.check_terms(t, 500)


def test_22_reward_text_in_yuan():
    assert domain.reward_text(RewardTerms(RewardKind.fixed, fixed_fen=200_050)) == \
        "悬赏金 2,000.50 元；从申请执行人应得的执行款中扣减。"
    text = domain.reward_text(RewardTerms(RewardKind.percentage, percent_bp=250, cap_fen=5_000_000, floor_fen=50_000,
                                          applicant_pays_separately=True))
    assert text == "悬赏金为依线索执行到位金额的 2.5%，最低 500 元，最高 50,000 元；由申请执行人另行支付。"


# ------------------------------------------------------------------ 24: the reward, in fen
def test_24_percentage_rounds_down_to_the_fen():
    r = compute_reward(RewardTerms(RewardKind.percentage, percent_bp=500), 123_456_789)
    assert r.amount_fen == 6_172_839 and r.payment_mode == "deducted"  # 6,172,839.45 → 6,172,839


def test_24_the_cap_limits_the_percentage():
    r = compute_reward(RewardTerms(RewardKind.percentage, percent_bp=500, cap_fen=5_000_000), 800_000_000)
    assert r.amount_fen == 5_000_000 and "cap" in r.basis


def test_24_the_floor_raises_a_small_percentage():
    r = compute_reward(RewardTerms(RewardKind.percentage, percent_bp=500, floor_fen=50_000), 100_000)
    assert r.amount_fen == 50_000 and "floor" in r.basis


def test_24_never_more_than_the_money_recovered_when_deducted_from_it():
    floor = RewardTerms(RewardKind.percentage, percent_bp=500, floor_fen=50_000)
    assert compute_reward(floor, 30_000).amount_fen == 30_000
    fixed = RewardTerms(RewardKind.fixed, fixed_fen=200_000)
    assert compute_reward(fixed, 150_000).amount_fen == 150_000
    assert compute_reward(fixed, 250_000).amount_fen == 200_000


def test_24_the_applicant_pays_separately_for_a_specific_object_or_nothing_to_deduct():
    separately = RewardTerms(RewardKind.fixed, fixed_fen=200_000, applicant_pays_separately=True)
    r = compute_reward(separately, 150_000)
    assert r.amount_fen == 200_000 and r.payment_mode == "applicant_separately"
    in_kind = compute_reward(RewardTerms(RewardKind.fixed, fixed_fen=200_000), 150_000, nothing_to_deduct=True)
    assert in_kind.amount_fen == 200_000 and in_kind.payment_mode == "applicant_separately"


def test_24_amounts_are_integer_fen():
    with pytest.raises(Refused):
        compute_reward(RewardTerms(RewardKind.fixed, fixed_fen=1), 10.5)  # type: ignore[arg-type]
    with pytest.raises(Refused):
        compute_reward(RewardTerms(RewardKind.fixed, fixed_fen=1), -1)


# ------------------------------------------------------------------ 23: same clues grouped, ranked by receipt
T0 = datetime(2026, 5, 1, 2, 0, tzinfo=timezone.utc)


def _tip(i: str, seq: int, at: datetime, asset: str | None = None, place: str | None = None, group: str = "g"):
    return RegisteredTip(i, seq, at, normalise_clue_key(asset), normalise_clue_key(place), group)


def test_23_identical_identifiers_are_one_clue_whatever_the_spelling():
    assert normalise_clue_key("鄂A·12345") == normalise_clue_key(" 鄂a 12345 ")
    assert normalise_clue_key("３－２－１１０１") == normalise_clue_key("3-2-1101") == "321101"
    assert normalise_clue_key("  ") is None and normalise_clue_key(None) is None


def test_23_a_tip_on_the_same_asset_or_place_joins_the_earlier_group():
    first = _tip("a", 1, T0, asset="蒙(2021)康巴什区不动产权第0012345号", group="G1")
    other = _tip("b", 2, T0 + timedelta(minutes=1), place="东胜区某街 8 号", group="G2")
    same_asset = group_for(normalise_clue_key("蒙（2021）康巴什区不动产权第 0012345 号"), None, [first, other], "c")
    same_place = group_for(None, normalise_clue_key("东胜区某街8号"), [first, other], "d")
    own = group_for(normalise_clue_key("鄂K99999"), None, [first, other], "e")
    assert same_asset == "G1" and same_place == "G2" and own not in ("G1", "G2")


def test_23_ranked_by_time_of_receipt():
    later = _tip("later", 1, T0 + timedelta(seconds=5))  # registered first but received later (clock order wins)
    earlier = _tip("earlier", 2, T0)
    assert rank_in_group([later, earlier]) == {"earlier": 1, "later": 2}


def test_23_a_tie_in_time_of_receipt_goes_by_order_of_registration():
    a, b = _tip("a", 7, T0), _tip("b", 3, T0)
    assert rank_in_group([a, b]) == {"b": 1, "a": 2}


# ------------------------------------------------------------------ 24 ¶3: who cannot be paid
DEBTOR_KEY = party_key("person", "15062119900101123X", SECRET)
AGENT_KEY = party_key("person", "110105194912310029", SECRET)


def _excl(tipster: Person, declared: bool = True, contact: bool = True):
    return exclusion(tipster, declares_no_exclusion=declared, has_contact=contact,
                     debtors=[Person("李某", None), Person(None, DEBTOR_KEY)], agents=[Person("赵律师", AGENT_KEY)],
                     applicants=[Person("某银行股份有限公司", None)])


def test_24_the_debtor_gets_nothing():
    assert _excl(Person("化名", DEBTOR_KEY)) == "debtor"  # by the id number's key, whatever the name
    assert _excl(Person("李某", None)) == "debtor"


def test_24_the_applicants_agent_gets_nothing():
    assert _excl(Person("另一个名字", AGENT_KEY)) == "applicant_agent"
    assert _excl(Person("赵律师", None)) == "applicant_agent"


def test_24_the_applicant_itself_and_those_with_a_duty_to_report_get_nothing():
    assert _excl(Person("某银行股份有限公司", None)) == "applicant"
    assert _excl(Person("王某", None), declared=False) == "duty_to_report"


def test_24_an_anonymous_tip_cannot_be_paid_and_a_declared_stranger_can():
    assert _excl(Person(None, None), contact=False) == "anonymous"
    assert _excl(Person("王某", party_key("person", "11010519491231002X", SECRET))) is None


def test_24_a_key_decides_over_a_name_when_both_have_one():
    namesake = Person("赵律师", party_key("person", "11010519491231002X", SECRET))  # same name, another person
    assert _excl(namesake) is None


# ------------------------------------------------------------------ 22, 23: masking
def test_22_the_debtors_identity_is_masked_in_the_notice():
    assert domain.mask_debtor_id("person", "15062119900101123x") == "1506**********123X"
    assert domain.mask_debtor_id("organisation", "91150621MA0N0L9X58") == "91150621MA0N0L9X58"  # public
    assert domain.mask_debtor_id("person", None) is None


def test_23_a_tipsters_name_is_masked_for_other_readers():
    assert domain.mask_name("王小明") == "王**" and domain.mask_name("王") == "王*" and domain.mask_name(None) is None


def test_22_notice_numbers():
    assert domain.notice_number("内0621", 2026, 12) == "（2026）内0621悬12号"


# ------------------------------------------------------------------ 24: 人民法院尚未掌握
def _held(description: str, at: datetime, source_event_id: str | None = None):
    from types import SimpleNamespace
    return SimpleNamespace(asset_id="a", description=description, discovered_at=at, source_event_id=source_event_id)


def test_24_an_asset_in_the_ledger_before_the_tip_was_already_held():
    ledger = [_held("小型轿车 蒙K·66666", T0 - timedelta(days=30))]
    assert domain.already_held(normalise_clue_key("蒙K66666"), T0, ledger, set()) is ledger[0]


def test_24_an_asset_found_after_the_tip_or_through_this_notice_was_not():
    later = [_held("小型轿车 蒙K·66666", T0 + timedelta(hours=1))]
    assert domain.already_held(normalise_clue_key("蒙K66666"), T0, later, set()) is None
    ours = [_held("小型轿车 蒙K·66666", T0 - timedelta(days=1), "our-tip-verified-event")]
    assert domain.already_held(normalise_clue_key("蒙K66666"), T0, ours, {"our-tip-verified-event"}) is None
    assert domain.already_held(None, T0, [_held("x", T0 - timedelta(days=1))], set()) is None
    assert domain.already_held(normalise_clue_key("蒙K99999"), T0, [_held("蒙K66666", T0 - timedelta(days=1))],
                               set()) is None
