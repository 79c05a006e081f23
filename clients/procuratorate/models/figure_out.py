from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.figure_out_source import FigureOutSource

T = TypeVar("T", bound="FigureOut")


@_attrs_define
class FigureOut:
    """
    Attributes:
        label (str):
        metric (str):
        records (int): records the derived figure counts (cases, verified items, rectified 图斑)
        source (FigureOutSource): derived from the records / the manual figure (no record in the period) / nothing
        source_label (str):
        value (float):
    """

    label: str
    metric: str
    records: int
    source: FigureOutSource
    source_label: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        metric = self.metric

        records = self.records

        source = self.source.value

        source_label = self.source_label

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "metric": metric,
                "records": records,
                "source": source,
                "source_label": source_label,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        metric = d.pop("metric")

        records = d.pop("records")

        source = FigureOutSource(d.pop("source"))

        source_label = d.pop("source_label")

        value = d.pop("value")

        figure_out = cls(
            label=label,
            metric=metric,
            records=records,
            source=source,
            source_label=source_label,
            value=value,
        )

        figure_out.additional_properties = d
        return figure_out

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
