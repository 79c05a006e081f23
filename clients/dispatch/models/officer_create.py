from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.duty_status import DutyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfficerCreate")


@_attrs_define
class OfficerCreate:
    """
    Attributes:
        id (str): the officer's sign-in id (token `sub`): letters, digits, . _ @ -
        name (str):
        team (str): 执行小组, e.g. 执行一组
        duty_status (DutyStatus | Unset):
        phone (None | str | Unset):
    """

    id: str
    name: str
    team: str
    duty_status: DutyStatus | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        team = self.team

        duty_status: str | Unset = UNSET
        if not isinstance(self.duty_status, Unset):
            duty_status = self.duty_status.value

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "team": team,
            }
        )
        if duty_status is not UNSET:
            field_dict["duty_status"] = duty_status
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        team = d.pop("team")

        _duty_status = d.pop("duty_status", UNSET)
        duty_status: DutyStatus | Unset
        if isinstance(_duty_status, Unset):
            duty_status = UNSET
        else:
            duty_status = DutyStatus(_duty_status)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        officer_create = cls(
            id=id,
            name=name,
            team=team,
            duty_status=duty_status,
            phone=phone,
        )

        return officer_create
