from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.object_in import ObjectIn


T = TypeVar("T", bound="ObjectsIn")


@_attrs_define
class ObjectsIn:
    """
    Attributes:
        objects (list[ObjectIn]):
    """

    objects: list[ObjectIn]

    def to_dict(self) -> dict[str, Any]:
        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_in import ObjectIn

        d = dict(src_dict)
        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = ObjectIn.from_dict(objects_item_data)

            objects.append(objects_item)

        objects_in = cls(
            objects=objects,
        )

        return objects_in
