"""dispatch's commands and errors in the service shape (ADR 0008): refusals carry their HTTP status, and a
penalty subject's id number is validated by shared.identity (身份证号 for a person, 统一社会信用代码 for an
organisation)."""
import pytest

from services.dispatch import domain as d
from services.dispatch import service
from services.dispatch.domain import DispatchStatus, PenaltyStatus, SubjectKind
from shared.identity import uscc_check_char
from shared.legal import Conflict, DomainError


def test_state_conflicts_are_409_and_rule_refusals_422():
    with pytest.raises(Conflict) as exc:
        d.check_transition(DispatchStatus.completed, DispatchStatus.en_route)
    assert exc.value.status == 409 and exc.value.code == "invalid_dispatch_transition"
    with pytest.raises(Conflict) as exc:
        d.approval_outcome(PenaltyStatus.approved, True)
    assert exc.value.status == 409 and exc.value.code == "not_awaiting_approval"
    with pytest.raises(DomainError) as exc:
        d.check_detention_days(16)
    assert exc.value.status == 422 and exc.value.code == "detention_too_long"


def test_a_persons_id_number_is_a_valid_resident_id_normalised():
    assert service.subject_id_number(SubjectKind.person, "11010519491231002x") == "11010519491231002X"
    assert service.subject_id_number(SubjectKind.person, None) is None
    assert service.subject_id_number(SubjectKind.person, "  ") is None


@pytest.mark.parametrize("kind, value, code", [
    (SubjectKind.person, "110105194912310021", "invalid_resident_id"),  # wrong check character
    (SubjectKind.person, "11010519491331002X", "invalid_resident_id"),  # month 13
    (SubjectKind.person, "1101051949123", "invalid_resident_id"),  # too short
    (SubjectKind.organisation, "11010519491231002X", "invalid_uscc"),  # a person's number for a company
    (SubjectKind.organisation, "91150621MA0N1234KO", "invalid_uscc"),  # O is not a USCC character
])
def test_a_bad_id_number_is_refused_with_422(kind, value, code):
    with pytest.raises(DomainError) as exc:
        service.subject_id_number(kind, value)
    assert exc.value.code == code and exc.value.status == 422


def test_an_organisations_uscc_is_accepted():
    code = "91150621MA0R8C4D3" + uscc_check_char("91150621MA0R8C4D3")
    assert service.subject_id_number(SubjectKind.organisation, code.lower()) == code


def test_consumers_declare_typed_handlers_for_what_dispatch_reads():
    from services.dispatch.consumers import SUBSCRIPTIONS
    from shared.contracts import asset_core, police, reward
    by_group = {s.group: set(s.contracts.values()) for s in SUBSCRIPTIONS}
    existing = {k: v for k, v in by_group.items() if k != "dispatch.custody"}  # issue 12: custody is a new group
    assert existing == {
        "dispatch.case-projection": {asset_core.CaseRegistered, asset_core.CaseDesignated, asset_core.CaseStateChanged},
        "dispatch.alarms": {reward.TipVerified, police.PersonLocated, police.AssetLocated}}
    assert by_group["dispatch.custody"] == {police.CustodyOpened, police.CustodyHandedOver, police.CustodyReleased}
