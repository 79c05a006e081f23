from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.person_in_capacity import PersonInCapacity
from ..models.request_kind import RequestKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonIn")


@_attrs_define
class PersonIn:
    """
    Attributes:
        case_id (UUID):
        id_number (str): 居民身份证号 (GB 11643-1999), validated
        name (str):
        requests (list[RequestKind]): locate_person 查找下落 / vehicles 车辆 / travel 出行 / lodging 住宿 / other
        capacity (PersonInCapacity | Unset):  Default: PersonInCapacity.DEBTOR.
        note (None | str | Unset):
    """

    case_id: UUID
    id_number: str
    name: str
    requests: list[RequestKind]
    capacity: PersonInCapacity | Unset = PersonInCapacity.DEBTOR
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        id_number = self.id_number

        name = self.name

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.value
            requests.append(requests_item)

        capacity: str | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "case_id": case_id,
                "id_number": id_number,
                "name": name,
                "requests": requests,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        id_number = d.pop("id_number")

        name = d.pop("name")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = RequestKind(requests_item_data)

            requests.append(requests_item)

        _capacity = d.pop("capacity", UNSET)
        capacity: PersonInCapacity | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = PersonInCapacity(_capacity)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        person_in = cls(
            case_id=case_id,
            id_number=id_number,
            name=name,
            requests=requests,
            capacity=capacity,
            note=note,
        )

        return person_in
