"""Partner organisations (河长办, other procuratorates) by their codes (shared.orgs), and how the rules refuse:
a state the case is in refuses with Conflict (409), a request that breaks a rule with Refused (422)."""
import pytest

from services.procuratorate.domain import (CODES, CaseState, check_clue_open, check_project_transition,
                                           check_referral, check_transfer, check_transition, close_outcome)
from shared.legal import Conflict, Refused
from shared.orgs import org_kind


def test_the_services_own_codes_are_procuratorates():
    assert {org_kind(c) for c in (CODES.tongliao, CODES.tieling, CODES.shuangliao)} == {"procuratorate"}


def test_a_transfer_goes_to_a_procuratorate_other_than_its_sender():
    check_transfer("内0523河长办", "内05检")
    check_transfer("辽12检", "内05检")
    with pytest.raises(Refused) as e:
        check_transfer("吉0382检", "吉0382检")
    assert e.value.code == "transfer_to_sender" and "sender" in str(e.value)
    for to_org in ("内0621", "内0523河长办", "somewhere"):
        with pytest.raises(Refused) as e:
            check_transfer("辽12检", to_org)
        assert e.value.code == "not_a_procuratorate"


def test_a_referral_names_the_kind_of_the_receiving_organisation():
    check_referral("内05检", "辽12检", "procuratorate")
    check_referral("内05检", "内0523河长办", "river_chief_office")
    with pytest.raises(Refused) as e:
        check_referral("内05检", "内05检", "procuratorate")
    assert e.value.code == "referral_to_self"
    for to_org, kind in [("内0523河长办", "procuratorate"), ("辽12检", "river_chief_office"),
                         ("内0621", "procuratorate"), ("x", "procuratorate")]:
        with pytest.raises(Refused) as e:
            check_referral("内05检", to_org, kind)
        assert e.value.code == "partner_kind_mismatch"


def test_refusals_carry_their_status():
    with pytest.raises(Conflict) as e:
        check_transition(CaseState.filed, CaseState.recommended)
    assert e.value.status == 409 and e.value.extra["allowed"] == ["investigating", "closed"]
    with pytest.raises(Conflict) as e:
        check_transition(CaseState.investigating, CaseState.litigation, recommendation_issued=False)
    assert e.value.code == "recommendation_required" and e.value.status == 409
    with pytest.raises(Conflict):
        check_clue_open("filed")
    with pytest.raises(Conflict):
        check_project_transition("completed", "planned")
    with pytest.raises(Refused) as e:
        close_outcome(CaseState.following_up, ["open"])
    assert e.value.status == 422 and e.value.code == "close_refused"
