from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShiftOut")


@_attrs_define
class ShiftOut:
    """
    Attributes:
        court_code (str):
        created_by (str):
        ends_at (datetime.datetime):
        id (UUID):
        name (str):
        role (str):
        starts_at (datetime.datetime):
        user_id (str):
    """

    court_code: str
    created_by: str
    ends_at: datetime.datetime
    id: UUID
    name: str
    role: str
    starts_at: datetime.datetime
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court_code = self.court_code

        created_by = self.created_by

        ends_at = self.ends_at.isoformat()

        id = str(self.id)

        name = self.name

        role = self.role

        starts_at = self.starts_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court_code": court_code,
                "created_by": created_by,
                "ends_at": ends_at,
                "id": id,
                "name": name,
                "role": role,
                "starts_at": starts_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        court_code = d.pop("court_code")

        created_by = d.pop("created_by")

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        role = d.pop("role")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        user_id = d.pop("user_id")

        shift_out = cls(
            court_code=court_code,
            created_by=created_by,
            ends_at=ends_at,
            id=id,
            name=name,
            role=role,
            starts_at=starts_at,
            user_id=user_id,
        )

        shift_out.additional_properties = d
        return shift_out

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
