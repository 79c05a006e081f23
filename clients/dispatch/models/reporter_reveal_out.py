from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReporterRevealOut")


@_attrs_define
class ReporterRevealOut:
    """
    Attributes:
        alarm_id (UUID):
        dispatch_id (UUID):
        name (None | str):
        phone (None | str): in full: the reveal is audited
        revealed_at (datetime.datetime):
    """

    alarm_id: UUID
    dispatch_id: UUID
    name: None | str
    phone: None | str
    revealed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarm_id = str(self.alarm_id)

        dispatch_id = str(self.dispatch_id)

        name: None | str
        name = self.name

        phone: None | str
        phone = self.phone

        revealed_at = self.revealed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alarm_id": alarm_id,
                "dispatch_id": dispatch_id,
                "name": name,
                "phone": phone,
                "revealed_at": revealed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alarm_id = UUID(d.pop("alarm_id"))

        dispatch_id = UUID(d.pop("dispatch_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        revealed_at = datetime.datetime.fromisoformat(d.pop("revealed_at"))

        reporter_reveal_out = cls(
            alarm_id=alarm_id,
            dispatch_id=dispatch_id,
            name=name,
            phone=phone,
            revealed_at=revealed_at,
        )

        reporter_reveal_out.additional_properties = d
        return reporter_reveal_out

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
