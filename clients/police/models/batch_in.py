from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_in import PersonIn


T = TypeVar("T", bound="BatchIn")


@_attrs_define
class BatchIn:
    """
    Attributes:
        persons (list[PersonIn]):
        police_code (str): 公安机关代码, e.g. 内0621公
        reference (str): 协查函文号
        sent_on (datetime.date):
        note (None | str | Unset):
    """

    persons: list[PersonIn]
    police_code: str
    reference: str
    sent_on: datetime.date
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        persons = []
        for persons_item_data in self.persons:
            persons_item = persons_item_data.to_dict()
            persons.append(persons_item)

        police_code = self.police_code

        reference = self.reference

        sent_on = self.sent_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "persons": persons,
                "police_code": police_code,
                "reference": reference,
                "sent_on": sent_on,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.person_in import PersonIn

        d = dict(src_dict)
        persons = []
        _persons = d.pop("persons")
        for persons_item_data in _persons:
            persons_item = PersonIn.from_dict(persons_item_data)

            persons.append(persons_item)

        police_code = d.pop("police_code")

        reference = d.pop("reference")

        sent_on = datetime.date.fromisoformat(d.pop("sent_on"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        batch_in = cls(
            persons=persons,
            police_code=police_code,
            reference=reference,
            sent_on=sent_on,
            note=note,
        )

        return batch_in
