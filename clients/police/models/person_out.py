from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_kind import RequestKind

if TYPE_CHECKING:
    from ..models.answer_out import AnswerOut


T = TypeVar("T", bound="PersonOut")


@_attrs_define
class PersonOut:
    """
    Attributes:
        answered (bool):
        answers (list[AnswerOut]):
        capacity (str):
        case_id (UUID):
        case_number (str):
        green_channel (bool):
        id (UUID):
        id_number (str): masked unless the role needs it (judge, president, police)
        located (bool):
        name (str):
        note (None | str):
        requests (list[RequestKind]):
    """

    answered: bool
    answers: list[AnswerOut]
    capacity: str
    case_id: UUID
    case_number: str
    green_channel: bool
    id: UUID
    id_number: str
    located: bool
    name: str
    note: None | str
    requests: list[RequestKind]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered = self.answered

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        capacity = self.capacity

        case_id = str(self.case_id)

        case_number = self.case_number

        green_channel = self.green_channel

        id = str(self.id)

        id_number = self.id_number

        located = self.located

        name = self.name

        note: None | str
        note = self.note

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.value
            requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered": answered,
                "answers": answers,
                "capacity": capacity,
                "case_id": case_id,
                "case_number": case_number,
                "green_channel": green_channel,
                "id": id,
                "id_number": id_number,
                "located": located,
                "name": name,
                "note": note,
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_out import AnswerOut

        d = dict(src_dict)
        answered = d.pop("answered")

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = AnswerOut.from_dict(answers_item_data)

            answers.append(answers_item)

        capacity = d.pop("capacity")

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        green_channel = d.pop("green_channel")

        id = UUID(d.pop("id"))

        id_number = d.pop("id_number")

        located = d.pop("located")

        name = d.pop("name")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = RequestKind(requests_item_data)

            requests.append(requests_item)

        person_out = cls(
            answered=answered,
            answers=answers,
            capacity=capacity,
            case_id=case_id,
            case_number=case_number,
            green_channel=green_channel,
            id=id,
            id_number=id_number,
            located=located,
            name=name,
            note=note,
            requests=requests,
        )

        person_out.additional_properties = d
        return person_out

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
