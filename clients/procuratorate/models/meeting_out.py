from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meeting_out_duties_item import MeetingOutDutiesItem


T = TypeVar("T", bound="MeetingOut")


@_attrs_define
class MeetingOut:
    """
    Attributes:
        case_id (UUID):
        duties (list[MeetingOutDutiesItem]):
        held_on (datetime.date):
        id (UUID):
        participants (list[str]):
        responsible_agencies (list[str]):
        summary (None | str):
    """

    case_id: UUID
    duties: list[MeetingOutDutiesItem]
    held_on: datetime.date
    id: UUID
    participants: list[str]
    responsible_agencies: list[str]
    summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        duties = []
        for duties_item_data in self.duties:
            duties_item = duties_item_data.to_dict()
            duties.append(duties_item)

        held_on = self.held_on.isoformat()

        id = str(self.id)

        participants = self.participants

        responsible_agencies = self.responsible_agencies

        summary: None | str
        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "duties": duties,
                "held_on": held_on,
                "id": id,
                "participants": participants,
                "responsible_agencies": responsible_agencies,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meeting_out_duties_item import MeetingOutDutiesItem

        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        duties = []
        _duties = d.pop("duties")
        for duties_item_data in _duties:
            duties_item = MeetingOutDutiesItem.from_dict(duties_item_data)

            duties.append(duties_item)

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        participants = cast(list[str], d.pop("participants"))

        responsible_agencies = cast(list[str], d.pop("responsible_agencies"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        meeting_out = cls(
            case_id=case_id,
            duties=duties,
            held_on=held_on,
            id=id,
            participants=participants,
            responsible_agencies=responsible_agencies,
            summary=summary,
        )

        meeting_out.additional_properties = d
        return meeting_out

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
