from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverdueStepOut")


@_attrs_define
class OverdueStepOut:
    """
    Attributes:
        case_number (str):
        center_case_id (UUID):
        days_without_step (int):
        last_step_on (datetime.date):
        mediator_id (None | UUID):
        mediator_name (None | str):
        priority (int):
        team (None | str):
    """

    case_number: str
    center_case_id: UUID
    days_without_step: int
    last_step_on: datetime.date
    mediator_id: None | UUID
    mediator_name: None | str
    priority: int
    team: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        center_case_id = str(self.center_case_id)

        days_without_step = self.days_without_step

        last_step_on = self.last_step_on.isoformat()

        mediator_id: None | str
        if isinstance(self.mediator_id, UUID):
            mediator_id = str(self.mediator_id)
        else:
            mediator_id = self.mediator_id

        mediator_name: None | str
        mediator_name = self.mediator_name

        priority = self.priority

        team: None | str
        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "center_case_id": center_case_id,
                "days_without_step": days_without_step,
                "last_step_on": last_step_on,
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

        days_without_step = d.pop("days_without_step")

        last_step_on = datetime.date.fromisoformat(d.pop("last_step_on"))

        def _parse_mediator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mediator_id_type_0 = UUID(data)

                return mediator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        mediator_id = _parse_mediator_id(d.pop("mediator_id"))

        def _parse_mediator_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mediator_name = _parse_mediator_name(d.pop("mediator_name"))

        priority = d.pop("priority")

        def _parse_team(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team = _parse_team(d.pop("team"))

        overdue_step_out = cls(
            case_number=case_number,
            center_case_id=center_case_id,
            days_without_step=days_without_step,
            last_step_on=last_step_on,
            mediator_id=mediator_id,
            mediator_name=mediator_name,
            priority=priority,
            team=team,
        )

        overdue_step_out.additional_properties = d
        return overdue_step_out

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
