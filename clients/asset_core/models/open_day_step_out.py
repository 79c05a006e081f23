from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OpenDayStepOut")


@_attrs_define
class OpenDayStepOut:
    """
    Attributes:
        label (str):
        linkage (str):
        linkage_label (str):
        on (datetime.date):
    """

    label: str
    linkage: str
    linkage_label: str
    on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        linkage = self.linkage

        linkage_label = self.linkage_label

        on = self.on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "linkage": linkage,
                "linkage_label": linkage_label,
                "on": on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        linkage = d.pop("linkage")

        linkage_label = d.pop("linkage_label")

        on = datetime.date.fromisoformat(d.pop("on"))

        open_day_step_out = cls(
            label=label,
            linkage=linkage,
            linkage_label=linkage_label,
            on=on,
        )

        open_day_step_out.additional_properties = d
        return open_day_step_out

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
