from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.answer_in import AnswerIn


T = TypeVar("T", bound="AnswersIn")


@_attrs_define
class AnswersIn:
    """
    Attributes:
        answers (list[AnswerIn]):
    """

    answers: list[AnswerIn]

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_in import AnswerIn

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = AnswerIn.from_dict(answers_item_data)

            answers.append(answers_item)

        answers_in = cls(
            answers=answers,
        )

        return answers_in
