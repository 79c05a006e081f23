from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.court_figures import CourtFigures
    from ..models.figure_counts import FigureCounts
    from ..models.figures_out_labels import FiguresOutLabels
    from ..models.period_out import PeriodOut
    from ..models.response_times import ResponseTimes


T = TypeVar("T", bound="FiguresOut")


@_attrs_define
class FiguresOut:
    """
    Attributes:
        courts (list[CourtFigures]):
        labels (FiguresOutLabels):
        period (PeriodOut):
        response_times (ResponseTimes):
        total (FigureCounts):
    """

    courts: list[CourtFigures]
    labels: FiguresOutLabels
    period: PeriodOut
    response_times: ResponseTimes
    total: FigureCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courts = []
        for courts_item_data in self.courts:
            courts_item = courts_item_data.to_dict()
            courts.append(courts_item)

        labels = self.labels.to_dict()

        period = self.period.to_dict()

        response_times = self.response_times.to_dict()

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courts": courts,
                "labels": labels,
                "period": period,
                "response_times": response_times,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.court_figures import CourtFigures
        from ..models.figure_counts import FigureCounts
        from ..models.figures_out_labels import FiguresOutLabels
        from ..models.period_out import PeriodOut
        from ..models.response_times import ResponseTimes

        d = dict(src_dict)
        courts = []
        _courts = d.pop("courts")
        for courts_item_data in _courts:
            courts_item = CourtFigures.from_dict(courts_item_data)

            courts.append(courts_item)

        labels = FiguresOutLabels.from_dict(d.pop("labels"))

        period = PeriodOut.from_dict(d.pop("period"))

        response_times = ResponseTimes.from_dict(d.pop("response_times"))

        total = FigureCounts.from_dict(d.pop("total"))

        figures_out = cls(
            courts=courts,
            labels=labels,
            period=period,
            response_times=response_times,
            total=total,
        )

        figures_out.additional_properties = d
        return figures_out

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
