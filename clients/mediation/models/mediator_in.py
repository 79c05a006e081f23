from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mediator_in_skills_item import MediatorInSkillsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediatorIn")


@_attrs_define
class MediatorIn:
    """
    Attributes:
        name (str): 调解员姓名
        team (str): 团队, e.g. 和解一组
        user_sub (str): the mediator's login (token `sub`)
        active (bool | Unset):  Default: True.
        capacity (int | Unset): 最多同时办理的案件数 Default: 30.
        skills (list[MediatorInSkillsItem] | Unset): livelihood 民生(绿色通道) / commercial 商事 / real_estate 房地产 / finance
            金融借款 / labour 劳动 / family 婚姻家事
    """

    name: str
    team: str
    user_sub: str
    active: bool | Unset = True
    capacity: int | Unset = 30
    skills: list[MediatorInSkillsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        team = self.team

        user_sub = self.user_sub

        active = self.active

        capacity = self.capacity

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.value
                skills.append(skills_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "team": team,
                "user_sub": user_sub,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        team = d.pop("team")

        user_sub = d.pop("user_sub")

        active = d.pop("active", UNSET)

        capacity = d.pop("capacity", UNSET)

        _skills = d.pop("skills", UNSET)
        skills: list[MediatorInSkillsItem] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = MediatorInSkillsItem(skills_item_data)

                skills.append(skills_item)

        mediator_in = cls(
            name=name,
            team=team,
            user_sub=user_sub,
            active=active,
            capacity=capacity,
            skills=skills,
        )

        return mediator_in
