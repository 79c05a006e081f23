from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayeeOut")


@_attrs_define
class PayeeOut:
    """
    Attributes:
        id_number (None | str): masked unless the role needs it
        kind (str):
        name (str):
        party_id (UUID):
        party_key (None | str):
    """

    id_number: None | str
    kind: str
    name: str
    party_id: UUID
    party_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number: None | str
        id_number = self.id_number

        kind = self.kind

        name = self.name

        party_id = str(self.party_id)

        party_key: None | str
        party_key = self.party_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_number": id_number,
                "kind": kind,
                "name": name,
                "party_id": party_id,
                "party_key": party_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id_number = _parse_id_number(d.pop("id_number"))

        kind = d.pop("kind")

        name = d.pop("name")

        party_id = UUID(d.pop("party_id"))

        def _parse_party_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        party_key = _parse_party_key(d.pop("party_key"))

        payee_out = cls(
            id_number=id_number,
            kind=kind,
            name=name,
            party_id=party_id,
            party_key=party_key,
        )

        payee_out.additional_properties = d
        return payee_out

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
