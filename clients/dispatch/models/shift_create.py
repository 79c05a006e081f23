from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.shift_create_role import ShiftCreateRole

T = TypeVar("T", bound="ShiftCreate")


@_attrs_define
class ShiftCreate:
    """
    Attributes:
        ends_at (datetime.datetime):
        name (str):
        role (ShiftCreateRole):
        starts_at (datetime.datetime):
        user_id (str): the judge's / president's sign-in id (`sub`)
    """

    ends_at: datetime.datetime
    name: str
    role: ShiftCreateRole
    starts_at: datetime.datetime
    user_id: str

    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        name = self.name

        role = self.role.value

        starts_at = self.starts_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ends_at": ends_at,
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
        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        name = d.pop("name")

        role = ShiftCreateRole(d.pop("role"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        user_id = d.pop("user_id")

        shift_create = cls(
            ends_at=ends_at,
            name=name,
            role=role,
            starts_at=starts_at,
            user_id=user_id,
        )

        return shift_create
