from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.transfer_person_in_capacity import TransferPersonInCapacity
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferPersonIn")


@_attrs_define
class TransferPersonIn:
    """
    Attributes:
        name (str):
        capacity (TransferPersonInCapacity | Unset):  Default: TransferPersonInCapacity.DEBTOR.
        id_number (None | str | Unset):
    """

    name: str
    capacity: TransferPersonInCapacity | Unset = TransferPersonInCapacity.DEBTOR
    id_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        capacity: str | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.value

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if id_number is not UNSET:
            field_dict["id_number"] = id_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        _capacity = d.pop("capacity", UNSET)
        capacity: TransferPersonInCapacity | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = TransferPersonInCapacity(_capacity)

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        transfer_person_in = cls(
            name=name,
            capacity=capacity,
            id_number=id_number,
        )

        return transfer_person_in
