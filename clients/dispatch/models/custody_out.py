from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustodyOut")


@_attrs_define
class CustodyOut:
    """
    Attributes:
        custody_id (str):
        ends_at (datetime.datetime | None): never moved for holidays
        ends_on (datetime.date | None):
        facility (None | str): 拘留所
        handed_over_at (datetime.datetime | None):
        opened_at (datetime.datetime | None):
        police_code (str): the bureau carrying it out, e.g. 内0621公
        release_kind (None | str): end / early / not_approved
        release_kind_label (None | str):
        release_reason (None | str): the court's decision for an early release
        released_at (datetime.datetime | None):
        started_at (datetime.datetime | None):
        status (str): opened (待交付) / handed_over (在押) / released
        status_label (str):
        ends_moved_for_holiday_from (datetime.date | None | Unset): always null: a duration never moves
    """

    custody_id: str
    ends_at: datetime.datetime | None
    ends_on: datetime.date | None
    facility: None | str
    handed_over_at: datetime.datetime | None
    opened_at: datetime.datetime | None
    police_code: str
    release_kind: None | str
    release_kind_label: None | str
    release_reason: None | str
    released_at: datetime.datetime | None
    started_at: datetime.datetime | None
    status: str
    status_label: str
    ends_moved_for_holiday_from: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custody_id = self.custody_id

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

        opened_at: None | str
        if isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        police_code = self.police_code

        release_kind: None | str
        release_kind = self.release_kind

        release_kind_label: None | str
        release_kind_label = self.release_kind_label

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

        status = self.status

        status_label = self.status_label

        ends_moved_for_holiday_from: None | str | Unset
        if isinstance(self.ends_moved_for_holiday_from, Unset):
            ends_moved_for_holiday_from = UNSET
        elif isinstance(self.ends_moved_for_holiday_from, datetime.date):
            ends_moved_for_holiday_from = self.ends_moved_for_holiday_from.isoformat()
        else:
            ends_moved_for_holiday_from = self.ends_moved_for_holiday_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custody_id": custody_id,
                "ends_at": ends_at,
                "ends_on": ends_on,
                "facility": facility,
                "handed_over_at": handed_over_at,
                "opened_at": opened_at,
                "police_code": police_code,
                "release_kind": release_kind,
                "release_kind_label": release_kind_label,
                "release_reason": release_reason,
                "released_at": released_at,
                "started_at": started_at,
                "status": status,
                "status_label": status_label,
            }
        )
        if ends_moved_for_holiday_from is not UNSET:
            field_dict["ends_moved_for_holiday_from"] = ends_moved_for_holiday_from

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custody_id = d.pop("custody_id")

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

        police_code = d.pop("police_code")

        def _parse_release_kind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_kind = _parse_release_kind(d.pop("release_kind"))

        def _parse_release_kind_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_kind_label = _parse_release_kind_label(d.pop("release_kind_label"))

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

        status = d.pop("status")

        status_label = d.pop("status_label")

        def _parse_ends_moved_for_holiday_from(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return ends_moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_moved_for_holiday_from = _parse_ends_moved_for_holiday_from(
            d.pop("ends_moved_for_holiday_from", UNSET)
        )

        custody_out = cls(
            custody_id=custody_id,
            ends_at=ends_at,
            ends_on=ends_on,
            facility=facility,
            handed_over_at=handed_over_at,
            opened_at=opened_at,
            police_code=police_code,
            release_kind=release_kind,
            release_kind_label=release_kind_label,
            release_reason=release_reason,
            released_at=released_at,
            started_at=started_at,
            status=status,
            status_label=status_label,
            ends_moved_for_holiday_from=ends_moved_for_holiday_from,
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
