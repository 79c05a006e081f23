from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.core_figures_out_figures import CoreFiguresOutFigures


T = TypeVar("T", bound="CoreFiguresOut")


@_attrs_define
class CoreFiguresOut:
    """
    Attributes:
        figures (CoreFiguresOutFigures):
        label (str):
    """

    figures: CoreFiguresOutFigures
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figures = self.figures.to_dict()

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "figures": figures,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.core_figures_out_figures import CoreFiguresOutFigures

        d = dict(src_dict)
        figures = CoreFiguresOutFigures.from_dict(d.pop("figures"))

        label = d.pop("label")

        core_figures_out = cls(
            figures=figures,
            label=label,
        )

        core_figures_out.additional_properties = d
        return core_figures_out

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
