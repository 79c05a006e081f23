from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.party_in_kind import PartyInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartyIn")


@_attrs_define
class PartyIn:
    """
    Attributes:
        name (str):
        id_number (None | str | Unset): person: 18-digit 居民身份证号; organisation: 统一社会信用代码
        kind (PartyInKind | Unset): 自然人 person / 法人或其他组织 organisation Default: PartyInKind.ORGANISATION.
        phone (None | str | Unset): mobile or landline
    """

    name: str
    id_number: None | str | Unset = UNSET
    kind: PartyInKind | Unset = PartyInKind.ORGANISATION
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if kind is not UNSET:
            field_dict["kind"] = kind
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: PartyInKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PartyInKind(_kind)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        party_in = cls(
            name=name,
            id_number=id_number,
            kind=kind,
            phone=phone,
        )

        return party_in
