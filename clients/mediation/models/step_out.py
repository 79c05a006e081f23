from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StepOut")


@_attrs_define
class StepOut:
    """The recorded step.

    Attributes:
        at (datetime.datetime):
        center_case_id (UUID):
        channel (None | str):
        held_on (datetime.date):
        id (UUID):
        kind (str):
        note (None | str):
        outcome (None | str):
        parties (list[str]):
        recorded_by (str):
        seq (int):
    """

    at: datetime.datetime
    center_case_id: UUID
    channel: None | str
    held_on: datetime.date
    id: UUID
    kind: str
    note: None | str
    outcome: None | str
    parties: list[str]
    recorded_by: str
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        center_case_id = str(self.center_case_id)

        channel: None | str
        channel = self.channel

        held_on = self.held_on.isoformat()

        id = str(self.id)

        kind = self.kind

        note: None | str
        note = self.note

        outcome: None | str
        outcome = self.outcome

        parties = self.parties

        recorded_by = self.recorded_by

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "center_case_id": center_case_id,
                "channel": channel,
                "held_on": held_on,
                "id": id,
                "kind": kind,
                "note": note,
                "outcome": outcome,
                "parties": parties,
                "recorded_by": recorded_by,
                "seq": seq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        center_case_id = UUID(d.pop("center_case_id"))

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

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

        seq = d.pop("seq")

        step_out = cls(
            at=at,
            center_case_id=center_case_id,
            channel=channel,
            held_on=held_on,
            id=id,
            kind=kind,
            note=note,
            outcome=outcome,
            parties=parties,
            recorded_by=recorded_by,
            seq=seq,
        )

        step_out.additional_properties = d
        return step_out

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
