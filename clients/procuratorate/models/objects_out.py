from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_object_out import NewObjectOut


T = TypeVar("T", bound="ObjectsOut")


@_attrs_define
class ObjectsOut:
    """
    Attributes:
        case_id (UUID):
        objects (list[NewObjectOut]):
    """

    case_id: UUID
    objects: list[NewObjectOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_object_out import NewObjectOut

        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = NewObjectOut.from_dict(objects_item_data)

            objects.append(objects_item)

        objects_out = cls(
            case_id=case_id,
            objects=objects,
        )

        objects_out.additional_properties = d
        return objects_out

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
