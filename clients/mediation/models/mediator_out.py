from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediatorOut")


@_attrs_define
class MediatorOut:
    """
    Attributes:
        active (bool):
        capacity (int):
        court_code (str):
        created_at (datetime.datetime):
        id (UUID):
        load (int): open cases: assigned, or settled and being performed
        name (str):
        skills (list[str]):
        team (str):
        user_sub (str):
    """

    active: bool
    capacity: int
    court_code: str
    created_at: datetime.datetime
    id: UUID
    load: int
    name: str
    skills: list[str]
    team: str
    user_sub: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        capacity = self.capacity

        court_code = self.court_code

        created_at = self.created_at.isoformat()

        id = str(self.id)

        load = self.load

        name = self.name

        skills = self.skills

        team = self.team

        user_sub = self.user_sub

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "capacity": capacity,
                "court_code": court_code,
                "created_at": created_at,
                "id": id,
                "load": load,
                "name": name,
                "skills": skills,
                "team": team,
                "user_sub": user_sub,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        capacity = d.pop("capacity")

        court_code = d.pop("court_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        load = d.pop("load")

        name = d.pop("name")

        skills = cast(list[str], d.pop("skills"))

        team = d.pop("team")

        user_sub = d.pop("user_sub")

        mediator_out = cls(
            active=active,
            capacity=capacity,
            court_code=court_code,
            created_at=created_at,
            id=id,
            load=load,
            name=name,
            skills=skills,
            team=team,
            user_sub=user_sub,
        )

        mediator_out.additional_properties = d
        return mediator_out

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
