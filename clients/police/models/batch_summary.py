from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_status import BatchStatus

T = TypeVar("T", bound="BatchSummary")


@_attrs_define
class BatchSummary:
    """
    Attributes:
        accepted_on (datetime.date | None):
        closed_on (datetime.date | None):
        court_code (str):
        green_channel_count (int):
        id (UUID):
        note (None | str):
        person_count (int):
        police_code (str):
        reference (str):
        sent_on (datetime.date):
        status (BatchStatus):
        status_label (str):
        version (int):
    """

    accepted_on: datetime.date | None
    closed_on: datetime.date | None
    court_code: str
    green_channel_count: int
    id: UUID
    note: None | str
    person_count: int
    police_code: str
    reference: str
    sent_on: datetime.date
    status: BatchStatus
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_on: None | str
        if isinstance(self.accepted_on, datetime.date):
            accepted_on = self.accepted_on.isoformat()
        else:
            accepted_on = self.accepted_on

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        court_code = self.court_code

        green_channel_count = self.green_channel_count

        id = str(self.id)

        note: None | str
        note = self.note

        person_count = self.person_count

        police_code = self.police_code

        reference = self.reference

        sent_on = self.sent_on.isoformat()

        status = self.status.value

        status_label = self.status_label

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_on": accepted_on,
                "closed_on": closed_on,
                "court_code": court_code,
                "green_channel_count": green_channel_count,
                "id": id,
                "note": note,
                "person_count": person_count,
                "police_code": police_code,
                "reference": reference,
                "sent_on": sent_on,
                "status": status,
                "status_label": status_label,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_accepted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_on_type_0 = datetime.date.fromisoformat(data)

                return accepted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        accepted_on = _parse_accepted_on(d.pop("accepted_on"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        court_code = d.pop("court_code")

        green_channel_count = d.pop("green_channel_count")

        id = UUID(d.pop("id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        person_count = d.pop("person_count")

        police_code = d.pop("police_code")

        reference = d.pop("reference")

        sent_on = datetime.date.fromisoformat(d.pop("sent_on"))

        status = BatchStatus(d.pop("status"))

        status_label = d.pop("status_label")

        version = d.pop("version")

        batch_summary = cls(
            accepted_on=accepted_on,
            closed_on=closed_on,
            court_code=court_code,
            green_channel_count=green_channel_count,
            id=id,
            note=note,
            person_count=person_count,
            police_code=police_code,
            reference=reference,
            sent_on=sent_on,
            status=status,
            status_label=status_label,
            version=version,
        )

        batch_summary.additional_properties = d
        return batch_summary

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
