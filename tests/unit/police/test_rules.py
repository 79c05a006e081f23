"""Organisation codes, the transfer's steps and who takes them, the debtor's payment stage, 协查 finds."""
import pytest

from services.police import domain
from services.police.domain import PaymentStage, RequestKind, TransferState
from shared.legal import DomainError


def test_police_codes_end_in_gong():
    assert domain.check_police_code("内0621公") == "内0621公"
    assert domain.check_police_code("内06公") == "内06公"
    for bad in ("内0621", "内05检", "0621公", "内062公", ""):
        with pytest.raises(DomainError):
            domain.check_police_code(bad)
    assert domain.police_of_court("内0621") == "内0621公"
    assert domain.police_of_court("内06") == "内06公"


def test_the_role_must_fit_the_organisation():
    assert domain.acting_as("内0621公", {"police"}) == "police"
    assert domain.acting_as("内0621", {"police"}) is None  # a police role with a court code
    assert domain.acting_as("内0621", {"clerk"}) == "court"
    assert domain.acting_as("内0621公", {"clerk"}) is None
    assert domain.acting_as("内05检", {"procurator"}) == "procuratorate"
    assert domain.acting_as("内0621", {"admin"}) is None


def test_transfer_steps_and_who_takes_them():
    T = TransferState
    domain.check_transfer_transition(T.sent, T.receipted, "police")
    domain.check_transfer_transition(T.refused, T.supervision_requested, "court")
    domain.check_transfer_transition(T.explained, T.filing_ordered, "procuratorate")
    domain.check_transfer_transition(T.supervision_declined, T.private_prosecution, "court")
    with pytest.raises(DomainError) as e:
        domain.check_transfer_transition(T.sent, T.filed, "police")  # no receipt yet
    assert e.value.status == 409
    with pytest.raises(DomainError) as e:
        domain.check_transfer_transition(T.sent, T.receipted, "court")
    assert e.value.status == 403
    with pytest.raises(DomainError):  # 自诉 only when police AND procuratorate declined
        domain.check_transfer_transition(T.refused, T.private_prosecution, "court")


def test_payment_stage_decides_the_leniency():
    """法释〔2024〕13号 11."""
    assert domain.payment_stage(TransferState.filed) == PaymentStage.before_prosecution
    assert domain.payment_stage(TransferState.prosecution_recommended) == PaymentStage.before_prosecution
    assert domain.payment_stage(TransferState.prosecuted) == PaymentStage.before_first_instance_judgment
    assert domain.payment_stage(TransferState.convicted) == PaymentStage.after_judgment


def test_wages_and_support_weigh_heavier():
    """法释〔2024〕13号 10."""
    assert domain.weighs_heavier("migrant_wages", [])
    assert domain.weighs_heavier("none", ["support"])
    assert not domain.weighs_heavier("none", ["refuse_to_pay"])


def test_what_a_find_locates():
    assert domain.locates(RequestKind.locate_person, True) == "person"
    assert domain.locates(RequestKind.lodging, True) == "person"
    assert domain.locates(RequestKind.vehicles, True) == "asset"
    assert domain.locates(RequestKind.vehicles, False) is None
    assert domain.green_channel("support_payments") and not domain.green_channel("none")
