from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricsOut")


@_attrs_define
class MetricsOut:
    """
    Attributes:
        buildings_removed (int):
        campaign (str):
        cases (int):
        garbage_tonnes (int):
        map_spots_rectified (int):
        mu_cleared (int):
        org_code (str):
        period_end (datetime.date):
        period_start (datetime.date):
        river_km_protected (int):
    """

    buildings_removed: int
    campaign: str
    cases: int
    garbage_tonnes: int
    map_spots_rectified: int
    mu_cleared: int
    org_code: str
    period_end: datetime.date
    period_start: datetime.date
    river_km_protected: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buildings_removed = self.buildings_removed

        campaign = self.campaign

        cases = self.cases

        garbage_tonnes = self.garbage_tonnes

        map_spots_rectified = self.map_spots_rectified

        mu_cleared = self.mu_cleared

        org_code = self.org_code

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        river_km_protected = self.river_km_protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buildings_removed": buildings_removed,
                "campaign": campaign,
                "cases": cases,
                "garbage_tonnes": garbage_tonnes,
                "map_spots_rectified": map_spots_rectified,
                "mu_cleared": mu_cleared,
                "org_code": org_code,
                "period_end": period_end,
                "period_start": period_start,
                "river_km_protected": river_km_protected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        buildings_removed = d.pop("buildings_removed")

        campaign = d.pop("campaign")

        cases = d.pop("cases")

        garbage_tonnes = d.pop("garbage_tonnes")

        map_spots_rectified = d.pop("map_spots_rectified")

        mu_cleared = d.pop("mu_cleared")

        org_code = d.pop("org_code")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        river_km_protected = d.pop("river_km_protected")

        metrics_out = cls(
            buildings_removed=buildings_removed,
            campaign=campaign,
            cases=cases,
            garbage_tonnes=garbage_tonnes,
            map_spots_rectified=map_spots_rectified,
            mu_cleared=mu_cleared,
            org_code=org_code,
            period_end=period_end,
            period_start=period_start,
            river_km_protected=river_km_protected,
        )

        metrics_out.additional_properties = d
        return metrics_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
