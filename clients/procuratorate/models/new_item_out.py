from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewItemOut")


@_attrs_define
class NewItemOut:
    """
    Attributes:
        defect (str):
        defect_label (str):
        id (UUID):
        status (str):
    """

    defect: str
    defect_label: str
    id: UUID
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        defect = self.defect

        defect_label = self.defect_label

        id = str(self.id)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defect": defect,
                "defect_label": defect_label,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        defect = d.pop("defect")

        defect_label = d.pop("defect_label")

        id = UUID(d.pop("id"))

        status = d.pop("status")

        new_item_out = cls(
            defect=defect,
            defect_label=defect_label,
            id=id,
            status=status,
        )

        new_item_out.additional_properties = d
        return new_item_out

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
