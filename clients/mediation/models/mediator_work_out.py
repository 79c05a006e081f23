from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediatorWorkOut")


@_attrs_define
class MediatorWorkOut:
    """
    Attributes:
        court_code (str):
        mediator_id (UUID):
        name (str):
        open_cases (int):
        overdue_installments (int):
        overdue_steps (int):
        reminders (int):
        team (str):
    """

    court_code: str
    mediator_id: UUID
    name: str
    open_cases: int
    overdue_installments: int
    overdue_steps: int
    reminders: int
    team: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court_code = self.court_code

        mediator_id = str(self.mediator_id)

        name = self.name

        open_cases = self.open_cases

        overdue_installments = self.overdue_installments

        overdue_steps = self.overdue_steps

        reminders = self.reminders

        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court_code": court_code,
                "mediator_id": mediator_id,
                "name": name,
                "open_cases": open_cases,
                "overdue_installments": overdue_installments,
                "overdue_steps": overdue_steps,
                "reminders": reminders,
                "team": team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        court_code = d.pop("court_code")

        mediator_id = UUID(d.pop("mediator_id"))

        name = d.pop("name")

        open_cases = d.pop("open_cases")

        overdue_installments = d.pop("overdue_installments")

        overdue_steps = d.pop("overdue_steps")

        reminders = d.pop("reminders")

        team = d.pop("team")

        mediator_work_out = cls(
            court_code=court_code,
            mediator_id=mediator_id,
            name=name,
            open_cases=open_cases,
            overdue_installments=overdue_installments,
            overdue_steps=overdue_steps,
            reminders=reminders,
            team=team,
        )

        mediator_work_out.additional_properties = d
        return mediator_work_out

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
