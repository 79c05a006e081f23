from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TeamWorkOut")


@_attrs_define
class TeamWorkOut:
    """
    Attributes:
        mediators (int):
        open_cases (int):
        overdue_installments (int):
        overdue_steps (int):
        team (str):
    """

    mediators: int
    open_cases: int
    overdue_installments: int
    overdue_steps: int
    team: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mediators = self.mediators

        open_cases = self.open_cases

        overdue_installments = self.overdue_installments

        overdue_steps = self.overdue_steps

        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mediators": mediators,
                "open_cases": open_cases,
                "overdue_installments": overdue_installments,
                "overdue_steps": overdue_steps,
                "team": team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mediators = d.pop("mediators")

        open_cases = d.pop("open_cases")

        overdue_installments = d.pop("overdue_installments")

        overdue_steps = d.pop("overdue_steps")

        team = d.pop("team")

        team_work_out = cls(
            mediators=mediators,
            open_cases=open_cases,
            overdue_installments=overdue_installments,
            overdue_steps=overdue_steps,
            team=team,
        )

        team_work_out.additional_properties = d
        return team_work_out

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
