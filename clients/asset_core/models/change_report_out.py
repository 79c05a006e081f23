from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChangeReportOut")


@_attrs_define
class ChangeReportOut:
    """
    Attributes:
        case_id (UUID):
        changed_on (datetime.date):
        description (str):
        due_on (datetime.date): 10 days after the change, moved off rest days (财产调查规定 7)
        id (UUID):
        late (bool):
        moved_for_holiday_from (datetime.date | None):
        reported_on (datetime.date):
    """

    case_id: UUID
    changed_on: datetime.date
    description: str
    due_on: datetime.date
    id: UUID
    late: bool
    moved_for_holiday_from: datetime.date | None
    reported_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        changed_on = self.changed_on.isoformat()

        description = self.description

        due_on = self.due_on.isoformat()

        id = str(self.id)

        late = self.late

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        reported_on = self.reported_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "changed_on": changed_on,
                "description": description,
                "due_on": due_on,
                "id": id,
                "late": late,
                "moved_for_holiday_from": moved_for_holiday_from,
                "reported_on": reported_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        changed_on = datetime.date.fromisoformat(d.pop("changed_on"))

        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = UUID(d.pop("id"))

        late = d.pop("late")

        def _parse_moved_for_holiday_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        moved_for_holiday_from = _parse_moved_for_holiday_from(
            d.pop("moved_for_holiday_from")
        )

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        change_report_out = cls(
            case_id=case_id,
            changed_on=changed_on,
            description=description,
            due_on=due_on,
            id=id,
            late=late,
            moved_for_holiday_from=moved_for_holiday_from,
            reported_on=reported_on,
        )

        change_report_out.additional_properties = d
        return change_report_out

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
