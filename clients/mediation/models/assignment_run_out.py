from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assigned_out import AssignedOut


T = TypeVar("T", bound="AssignmentRunOut")


@_attrs_define
class AssignmentRunOut:
    """
    Attributes:
        assigned (list[AssignedOut]):
        waiting (int): received cases no mediator could take (all at capacity)
    """

    assigned: list[AssignedOut]
    waiting: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned = []
        for assigned_item_data in self.assigned:
            assigned_item = assigned_item_data.to_dict()
            assigned.append(assigned_item)

        waiting = self.waiting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned": assigned,
                "waiting": waiting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assigned_out import AssignedOut

        d = dict(src_dict)
        assigned = []
        _assigned = d.pop("assigned")
        for assigned_item_data in _assigned:
            assigned_item = AssignedOut.from_dict(assigned_item_data)

            assigned.append(assigned_item)

        waiting = d.pop("waiting")

        assignment_run_out = cls(
            assigned=assigned,
            waiting=waiting,
        )

        assignment_run_out.additional_properties = d
        return assignment_run_out

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
