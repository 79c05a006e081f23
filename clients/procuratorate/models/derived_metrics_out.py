from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.derived_metrics_out_manual_periods_item import (
        DerivedMetricsOutManualPeriodsItem,
    )
    from ..models.derived_metrics_out_totals import DerivedMetricsOutTotals
    from ..models.figure_out import FigureOut


T = TypeVar("T", bound="DerivedMetricsOut")


@_attrs_define
class DerivedMetricsOut:
    """
    Attributes:
        figures (list[FigureOut]):
        manual_periods (list[DerivedMetricsOutManualPeriodsItem]): the manual periods inside the range (used only for
            figures without records)
        org_code (str):
        period_from (datetime.date):
        period_to (datetime.date):
        totals (DerivedMetricsOutTotals):
    """

    figures: list[FigureOut]
    manual_periods: list[DerivedMetricsOutManualPeriodsItem]
    org_code: str
    period_from: datetime.date
    period_to: datetime.date
    totals: DerivedMetricsOutTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        manual_periods = []
        for manual_periods_item_data in self.manual_periods:
            manual_periods_item = manual_periods_item_data.to_dict()
            manual_periods.append(manual_periods_item)

        org_code = self.org_code

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "figures": figures,
                "manual_periods": manual_periods,
                "org_code": org_code,
                "period_from": period_from,
                "period_to": period_to,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.derived_metrics_out_manual_periods_item import (
            DerivedMetricsOutManualPeriodsItem,
        )
        from ..models.derived_metrics_out_totals import DerivedMetricsOutTotals
        from ..models.figure_out import FigureOut

        d = dict(src_dict)
        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = FigureOut.from_dict(figures_item_data)

            figures.append(figures_item)

        manual_periods = []
        _manual_periods = d.pop("manual_periods")
        for manual_periods_item_data in _manual_periods:
            manual_periods_item = DerivedMetricsOutManualPeriodsItem.from_dict(
                manual_periods_item_data
            )

            manual_periods.append(manual_periods_item)

        org_code = d.pop("org_code")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        totals = DerivedMetricsOutTotals.from_dict(d.pop("totals"))

        derived_metrics_out = cls(
            figures=figures,
            manual_periods=manual_periods,
            org_code=org_code,
            period_from=period_from,
            period_to=period_to,
            totals=totals,
        )

        derived_metrics_out.additional_properties = d
        return derived_metrics_out

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
