from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timeline_item_out import TimelineItemOut


T = TypeVar("T", bound="TimelineOut")


@_attrs_define
class TimelineOut:
    """
    Attributes:
        case_id (UUID):
        case_number (str):
        items (list[TimelineItemOut]):
    """

    case_id: UUID
    case_number: str
    items: list[TimelineItemOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        case_number = self.case_number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_number": case_number,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timeline_item_out import TimelineItemOut

        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TimelineItemOut.from_dict(items_item_data)

            items.append(items_item)

        timeline_out = cls(
            case_id=case_id,
            case_number=case_number,
            items=items,
        )

        timeline_out.additional_properties = d
        return timeline_out

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
