from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_state import CaseState

if TYPE_CHECKING:
    from ..models.timeline_step import TimelineStep


T = TypeVar("T", bound="TimelineOut")


@_attrs_define
class TimelineOut:
    """
    Attributes:
        case_number (None | str):
        id (UUID):
        org_code (str):
        state (CaseState):
        state_label (str):
        steps (list[TimelineStep]):
        title (str):
    """

    case_number: None | str
    id: UUID
    org_code: str
    state: CaseState
    state_label: str
    steps: list[TimelineStep]
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number: None | str
        case_number = self.case_number

        id = str(self.id)

        org_code = self.org_code

        state = self.state.value

        state_label = self.state_label

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "id": id,
                "org_code": org_code,
                "state": state,
                "state_label": state_label,
                "steps": steps,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timeline_step import TimelineStep

        d = dict(src_dict)

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        id = UUID(d.pop("id"))

        org_code = d.pop("org_code")

        state = CaseState(d.pop("state"))

        state_label = d.pop("state_label")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = TimelineStep.from_dict(steps_item_data)

            steps.append(steps_item)

        title = d.pop("title")

        timeline_out = cls(
            case_number=case_number,
            id=id,
            org_code=org_code,
            state=state,
            state_label=state_label,
            steps=steps,
            title=title,
        )

        timeline_out.additional_properties = d
        return timeline_out

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
