from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TipsterIn")


@_attrs_define
class TipsterIn:
    """
    Attributes:
        declares_no_exclusion (bool | Unset): 本人不是申请执行人的代理人、被执行人或负有报告财产义务的人 (24) — needed to be paid Default: False.
        id_number (None | str | Unset): 居民身份证号
        name (None | str | Unset):
        phone (None | str | Unset):
    """

    declares_no_exclusion: bool | Unset = False
    id_number: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        declares_no_exclusion = self.declares_no_exclusion

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if declares_no_exclusion is not UNSET:
            field_dict["declares_no_exclusion"] = declares_no_exclusion
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        declares_no_exclusion = d.pop("declares_no_exclusion", UNSET)

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        tipster_in = cls(
            declares_no_exclusion=declares_no_exclusion,
            id_number=id_number,
            name=name,
            phone=phone,
        )

        return tipster_in
