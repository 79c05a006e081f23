"""Outbound transfers are taken in by their addressee; 碍洪图斑 statuses; a campaign figure is derived from the
records, falls back to the manual figure only without records (marked as such)."""
import pytest

from services.procuratorate.domain import (CODES, MAP_SPOT_KIND_LABELS, QUANTITY_UNITS, campaign_figure,
                                           check_map_spot_transition, org_name, takes_in)
from services.procuratorate.settings import ProcuratorateSettings
from shared.legal import Conflict


def test_the_addressee_decides_who_takes_a_transfer_in():
    assert takes_in(CODES.tieling, [])  # one instance for every procuratorate
    assert takes_in(CODES.tieling, [CODES.tieling, CODES.shuangliao])
    assert not takes_in(CODES.tieling, [CODES.tongliao])  # 通辽's own instance: its outbound transfer stays out


def test_served_orgs_setting():
    assert ProcuratorateSettings().served() == frozenset()
    assert ProcuratorateSettings(served_orgs=" 辽12检, 吉0382检 ,").served() == {"辽12检", "吉0382检"}


def test_partner_names():
    assert (org_name(CODES.tongliao), org_name(CODES.tieling), org_name(CODES.shuangliao)) == \
        ("通辽市人民检察院", "铁岭市人民检察院", "双辽市人民检察院")
    assert org_name("黑01检") == "黑01检"


def test_map_spot_kinds_and_statuses():
    assert set(MAP_SPOT_KIND_LABELS.values()) == {"乱占", "乱采", "乱堆", "乱建"}
    check_map_spot_transition("pending", "rectifying")
    check_map_spot_transition("pending", "rectified")
    check_map_spot_transition("rectifying", "rectified")
    for cur, tgt in [("rectified", "rectifying"), ("rectified", "rectified"), ("rectifying", "pending")]:
        with pytest.raises(Conflict) as e:
            check_map_spot_transition(cur, tgt)
        assert e.value.code == "illegal_map_spot_transition"


def test_a_figure_is_derived_or_manual_only_without_records():
    assert campaign_figure(12.5, 3, 3264) == (12.5, "derived")
    assert campaign_figure(0, 0, 3264) == (3264, "manual")
    assert campaign_figure(0, 0, None) == (0, "none")
    assert set(QUANTITY_UNITS.values()) == {"mu_cleared", "buildings_removed", "garbage_tonnes",
                                            "river_km_protected"}
