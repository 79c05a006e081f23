from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StepEntryOut")


@_attrs_define
class StepEntryOut:
    """
    Attributes:
        channel (None | str):
        held_on (datetime.date):
        id (UUID):
        kind (str):
        kind_label (str):
        note (None | str):
        outcome (None | str):
        parties (list[str]):
        recorded_by (str):
    """

    channel: None | str
    held_on: datetime.date
    id: UUID
    kind: str
    kind_label: str
    note: None | str
    outcome: None | str
    parties: list[str]
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        channel = self.channel

        held_on = self.held_on.isoformat()

        id = str(self.id)

        kind = self.kind

        kind_label = self.kind_label

        note: None | str
        note = self.note

        outcome: None | str
        outcome = self.outcome

        parties = self.parties

        recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "held_on": held_on,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "note": note,
                "outcome": outcome,
                "parties": parties,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        parties = cast(list[str], d.pop("parties"))

        recorded_by = d.pop("recorded_by")

        step_entry_out = cls(
            channel=channel,
            held_on=held_on,
            id=id,
            kind=kind,
            kind_label=kind_label,
            note=note,
            outcome=outcome,
            parties=parties,
            recorded_by=recorded_by,
        )

        step_entry_out.additional_properties = d
        return step_entry_out

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
