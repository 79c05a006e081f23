from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricsIn")


@_attrs_define
class MetricsIn:
    """
    Attributes:
        period_end (datetime.date):
        period_start (datetime.date):
        buildings_removed (int | Unset):  Default: 0.
        campaign (str | Unset):  Default: '守护美丽西辽河'.
        cases (int | Unset):  Default: 0.
        garbage_tonnes (int | Unset):  Default: 0.
        map_spots_rectified (int | Unset):  Default: 0.
        mu_cleared (int | Unset):  Default: 0.
        river_km_protected (int | Unset):  Default: 0.
    """

    period_end: datetime.date
    period_start: datetime.date
    buildings_removed: int | Unset = 0
    campaign: str | Unset = "守护美丽西辽河"
    cases: int | Unset = 0
    garbage_tonnes: int | Unset = 0
    map_spots_rectified: int | Unset = 0
    mu_cleared: int | Unset = 0
    river_km_protected: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        buildings_removed = self.buildings_removed

        campaign = self.campaign

        cases = self.cases

        garbage_tonnes = self.garbage_tonnes

        map_spots_rectified = self.map_spots_rectified

        mu_cleared = self.mu_cleared

        river_km_protected = self.river_km_protected

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period_end": period_end,
                "period_start": period_start,
            }
        )
        if buildings_removed is not UNSET:
            field_dict["buildings_removed"] = buildings_removed
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if cases is not UNSET:
            field_dict["cases"] = cases
        if garbage_tonnes is not UNSET:
            field_dict["garbage_tonnes"] = garbage_tonnes
        if map_spots_rectified is not UNSET:
            field_dict["map_spots_rectified"] = map_spots_rectified
        if mu_cleared is not UNSET:
            field_dict["mu_cleared"] = mu_cleared
        if river_km_protected is not UNSET:
            field_dict["river_km_protected"] = river_km_protected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        buildings_removed = d.pop("buildings_removed", UNSET)

        campaign = d.pop("campaign", UNSET)

        cases = d.pop("cases", UNSET)

        garbage_tonnes = d.pop("garbage_tonnes", UNSET)

        map_spots_rectified = d.pop("map_spots_rectified", UNSET)

        mu_cleared = d.pop("mu_cleared", UNSET)

        river_km_protected = d.pop("river_km_protected", UNSET)

        metrics_in = cls(
            period_end=period_end,
            period_start=period_start,
            buildings_removed=buildings_removed,
            campaign=campaign,
            cases=cases,
            garbage_tonnes=garbage_tonnes,
            map_spots_rectified=map_spots_rectified,
            mu_cleared=mu_cleared,
            river_km_protected=river_km_protected,
        )

        return metrics_in
