from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metrics_out import MetricsOut
    from ..models.metrics_report_labels import MetricsReportLabels
    from ..models.metrics_report_totals import MetricsReportTotals


T = TypeVar("T", bound="MetricsReport")


@_attrs_define
class MetricsReport:
    """
    Attributes:
        labels (MetricsReportLabels):
        periods (list[MetricsOut]):
        totals (MetricsReportTotals):
    """

    labels: MetricsReportLabels
    periods: list[MetricsOut]
    totals: MetricsReportTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels = self.labels.to_dict()

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
                "periods": periods,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_out import MetricsOut
        from ..models.metrics_report_labels import MetricsReportLabels
        from ..models.metrics_report_totals import MetricsReportTotals

        d = dict(src_dict)
        labels = MetricsReportLabels.from_dict(d.pop("labels"))

        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = MetricsOut.from_dict(periods_item_data)

            periods.append(periods_item)

        totals = MetricsReportTotals.from_dict(d.pop("totals"))

        metrics_report = cls(
            labels=labels,
            periods=periods,
            totals=totals,
        )

        metrics_report.additional_properties = d
        return metrics_report

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
