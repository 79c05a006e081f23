from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfficerOut")


@_attrs_define
class OfficerOut:
    """
    Attributes:
        court_code (str):
        duty_label (str):
        duty_status (str):
        id (str):
        name (str):
        phone (None | str):
        team (str):
        updated_at (datetime.datetime):
        version (int):
    """

    court_code: str
    duty_label: str
    duty_status: str
    id: str
    name: str
    phone: None | str
    team: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court_code = self.court_code

        duty_label = self.duty_label

        duty_status = self.duty_status

        id = self.id

        name = self.name

        phone: None | str
        phone = self.phone

        team = self.team

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court_code": court_code,
                "duty_label": duty_label,
                "duty_status": duty_status,
                "id": id,
                "name": name,
                "phone": phone,
                "team": team,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        court_code = d.pop("court_code")

        duty_label = d.pop("duty_label")

        duty_status = d.pop("duty_status")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        team = d.pop("team")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        officer_out = cls(
            court_code=court_code,
            duty_label=duty_label,
            duty_status=duty_status,
            id=id,
            name=name,
            phone=phone,
            team=team,
            updated_at=updated_at,
            version=version,
        )

        officer_out.additional_properties = d
        return officer_out

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
