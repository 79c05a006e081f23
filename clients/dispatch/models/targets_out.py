from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.target_out import TargetOut


T = TypeVar("T", bound="TargetsOut")


@_attrs_define
class TargetsOut:
    """
    Attributes:
        arrival (TargetOut):
        class_ (str): first (绿色通道/即将离开) / urgent / normal
        class_label (str):
        dispatch (TargetOut):
    """

    arrival: TargetOut
    class_: str
    class_label: str
    dispatch: TargetOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrival = self.arrival.to_dict()

        class_ = self.class_

        class_label = self.class_label

        dispatch = self.dispatch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arrival": arrival,
                "class": class_,
                "class_label": class_label,
                "dispatch": dispatch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target_out import TargetOut

        d = dict(src_dict)
        arrival = TargetOut.from_dict(d.pop("arrival"))

        class_ = d.pop("class")

        class_label = d.pop("class_label")

        dispatch = TargetOut.from_dict(d.pop("dispatch"))

        targets_out = cls(
            arrival=arrival,
            class_=class_,
            class_label=class_label,
            dispatch=dispatch,
        )

        targets_out.additional_properties = d
        return targets_out

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
