from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recovery_item_out import RecoveryItemOut


T = TypeVar("T", bound="RecoveryListOut")


@_attrs_define
class RecoveryListOut:
    """
    Attributes:
        case_id (UUID):
        items (list[RecoveryItemOut]):
        total_fen (int):
    """

    case_id: UUID
    items: list[RecoveryItemOut]
    total_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_fen = self.total_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "items": items,
                "total_fen": total_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recovery_item_out import RecoveryItemOut

        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RecoveryItemOut.from_dict(items_item_data)

            items.append(items_item)

        total_fen = d.pop("total_fen")

        recovery_list_out = cls(
            case_id=case_id,
            items=items,
            total_fen=total_fen,
        )

        recovery_list_out.additional_properties = d
        return recovery_list_out

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
