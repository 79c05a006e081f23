from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExplanationIn")


@_attrs_define
class ExplanationIn:
    """
    Attributes:
        explained_on (datetime.date):
        explanation (str):
    """

    explained_on: datetime.date
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        explained_on = self.explained_on.isoformat()

        explanation = self.explanation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "explained_on": explained_on,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        explained_on = datetime.date.fromisoformat(d.pop("explained_on"))

        explanation = d.pop("explanation")

        explanation_in = cls(
            explained_on=explained_on,
            explanation=explanation,
        )

        return explanation_in
