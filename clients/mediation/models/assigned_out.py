from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignedOut")


@_attrs_define
class AssignedOut:
    """
    Attributes:
        case_number (str):
        center_case_id (UUID):
        mediator_id (UUID):
        mediator_name (str):
        priority (int):
        team (str):
    """

    case_number: str
    center_case_id: UUID
    mediator_id: UUID
    mediator_name: str
    priority: int
    team: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        center_case_id = str(self.center_case_id)

        mediator_id = str(self.mediator_id)

        mediator_name = self.mediator_name

        priority = self.priority

        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "center_case_id": center_case_id,
                "mediator_id": mediator_id,
                "mediator_name": mediator_name,
                "priority": priority,
                "team": team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("case_number")

        center_case_id = UUID(d.pop("center_case_id"))

        mediator_id = UUID(d.pop("mediator_id"))

        mediator_name = d.pop("mediator_name")

        priority = d.pop("priority")

        team = d.pop("team")

        assigned_out = cls(
            case_number=case_number,
            center_case_id=center_case_id,
            mediator_id=mediator_id,
            mediator_name=mediator_name,
            priority=priority,
            team=team,
        )

        assigned_out.additional_properties = d
        return assigned_out

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
