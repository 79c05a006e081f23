from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignedOfficerOut")


@_attrs_define
class AssignedOfficerOut:
    """
    Attributes:
        accepted_at (datetime.datetime | None):
        name (str):
        officer_id (str):
        team (str):
        escalated_at (datetime.datetime | None | Unset): not accepted in time: handed to `escalated_to`
        escalated_from (None | str | Unset): this officer took over from that one
        escalated_to (None | str | Unset):
    """

    accepted_at: datetime.datetime | None
    name: str
    officer_id: str
    team: str
    escalated_at: datetime.datetime | None | Unset = UNSET
    escalated_from: None | str | Unset = UNSET
    escalated_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_at: None | str
        if isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        name = self.name

        officer_id = self.officer_id

        team = self.team

        escalated_at: None | str | Unset
        if isinstance(self.escalated_at, Unset):
            escalated_at = UNSET
        elif isinstance(self.escalated_at, datetime.datetime):
            escalated_at = self.escalated_at.isoformat()
        else:
            escalated_at = self.escalated_at

        escalated_from: None | str | Unset
        if isinstance(self.escalated_from, Unset):
            escalated_from = UNSET
        else:
            escalated_from = self.escalated_from

        escalated_to: None | str | Unset
        if isinstance(self.escalated_to, Unset):
            escalated_to = UNSET
        else:
            escalated_to = self.escalated_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_at": accepted_at,
                "name": name,
                "officer_id": officer_id,
                "team": team,
            }
        )
        if escalated_at is not UNSET:
            field_dict["escalated_at"] = escalated_at
        if escalated_from is not UNSET:
            field_dict["escalated_from"] = escalated_from
        if escalated_to is not UNSET:
            field_dict["escalated_to"] = escalated_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_accepted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at"))

        name = d.pop("name")

        officer_id = d.pop("officer_id")

        team = d.pop("team")

        def _parse_escalated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                escalated_at_type_0 = datetime.datetime.fromisoformat(data)

                return escalated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        escalated_at = _parse_escalated_at(d.pop("escalated_at", UNSET))

        def _parse_escalated_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        escalated_from = _parse_escalated_from(d.pop("escalated_from", UNSET))

        def _parse_escalated_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        escalated_to = _parse_escalated_to(d.pop("escalated_to", UNSET))

        assigned_officer_out = cls(
            accepted_at=accepted_at,
            name=name,
            officer_id=officer_id,
            team=team,
            escalated_at=escalated_at,
            escalated_from=escalated_from,
            escalated_to=escalated_to,
        )

        assigned_officer_out.additional_properties = d
        return assigned_officer_out

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
