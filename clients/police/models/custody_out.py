from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custody_status import CustodyStatus

T = TypeVar("T", bound="CustodyOut")


@_attrs_define
class CustodyOut:
    """
    Attributes:
        case_id (None | str):
        court_code (str):
        days (int):
        decided_at (datetime.datetime):
        emergency (bool):
        ends_at (datetime.datetime | None):
        ends_on (datetime.date | None): never moved for holidays
        facility (None | str):
        handed_over_at (datetime.datetime | None):
        id (UUID):
        opened_at (datetime.datetime | None):
        penalty_id (str):
        police_code (str):
        release_due (bool):
        release_kind (None | str):
        release_reason (None | str):
        released_at (datetime.datetime | None):
        started_at (datetime.datetime | None):
        status (CustodyStatus):
        status_label (str):
        subject_name (str):
        version (int):
    """

    case_id: None | str
    court_code: str
    days: int
    decided_at: datetime.datetime
    emergency: bool
    ends_at: datetime.datetime | None
    ends_on: datetime.date | None
    facility: None | str
    handed_over_at: datetime.datetime | None
    id: UUID
    opened_at: datetime.datetime | None
    penalty_id: str
    police_code: str
    release_due: bool
    release_kind: None | str
    release_reason: None | str
    released_at: datetime.datetime | None
    started_at: datetime.datetime | None
    status: CustodyStatus
    status_label: str
    subject_name: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id: None | str
        case_id = self.case_id

        court_code = self.court_code

        days = self.days

        decided_at = self.decided_at.isoformat()

        emergency = self.emergency

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        facility: None | str
        facility = self.facility

        handed_over_at: None | str
        if isinstance(self.handed_over_at, datetime.datetime):
            handed_over_at = self.handed_over_at.isoformat()
        else:
            handed_over_at = self.handed_over_at

        id = str(self.id)

        opened_at: None | str
        if isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        penalty_id = self.penalty_id

        police_code = self.police_code

        release_due = self.release_due

        release_kind: None | str
        release_kind = self.release_kind

        release_reason: None | str
        release_reason = self.release_reason

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        status_label = self.status_label

        subject_name = self.subject_name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "court_code": court_code,
                "days": days,
                "decided_at": decided_at,
                "emergency": emergency,
                "ends_at": ends_at,
                "ends_on": ends_on,
                "facility": facility,
                "handed_over_at": handed_over_at,
                "id": id,
                "opened_at": opened_at,
                "penalty_id": penalty_id,
                "police_code": police_code,
                "release_due": release_due,
                "release_kind": release_kind,
                "release_reason": release_reason,
                "released_at": released_at,
                "started_at": started_at,
                "status": status,
                "status_label": status_label,
                "subject_name": subject_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_case_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_id = _parse_case_id(d.pop("case_id"))

        court_code = d.pop("court_code")

        days = d.pop("days")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        emergency = d.pop("emergency")

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        def _parse_facility(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        facility = _parse_facility(d.pop("facility"))

        def _parse_handed_over_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handed_over_at_type_0 = datetime.datetime.fromisoformat(data)

                return handed_over_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        handed_over_at = _parse_handed_over_at(d.pop("handed_over_at"))

        id = UUID(d.pop("id"))

        def _parse_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        opened_at = _parse_opened_at(d.pop("opened_at"))

        penalty_id = d.pop("penalty_id")

        police_code = d.pop("police_code")

        release_due = d.pop("release_due")

        def _parse_release_kind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_kind = _parse_release_kind(d.pop("release_kind"))

        def _parse_release_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_reason = _parse_release_reason(d.pop("release_reason"))

        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("released_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = CustodyStatus(d.pop("status"))

        status_label = d.pop("status_label")

        subject_name = d.pop("subject_name")

        version = d.pop("version")

        custody_out = cls(
            case_id=case_id,
            court_code=court_code,
            days=days,
            decided_at=decided_at,
            emergency=emergency,
            ends_at=ends_at,
            ends_on=ends_on,
            facility=facility,
            handed_over_at=handed_over_at,
            id=id,
            opened_at=opened_at,
            penalty_id=penalty_id,
            police_code=police_code,
            release_due=release_due,
            release_kind=release_kind,
            release_reason=release_reason,
            released_at=released_at,
            started_at=started_at,
            status=status,
            status_label=status_label,
            subject_name=subject_name,
            version=version,
        )

        custody_out.additional_properties = d
        return custody_out

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
