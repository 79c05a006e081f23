from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome_in_outcome import OutcomeInOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeIn")


@_attrs_define
class OutcomeIn:
    """
    Attributes:
        on (datetime.date):
        outcome (OutcomeInOutcome):
        note (None | str | Unset):
        sentence (None | str | Unset): e.g. 有期徒刑一年
    """

    on: datetime.date
    outcome: OutcomeInOutcome
    note: None | str | Unset = UNSET
    sentence: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        outcome = self.outcome.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        sentence: None | str | Unset
        if isinstance(self.sentence, Unset):
            sentence = UNSET
        else:
            sentence = self.sentence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "outcome": outcome,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if sentence is not UNSET:
            field_dict["sentence"] = sentence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        outcome = OutcomeInOutcome(d.pop("outcome"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_sentence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sentence = _parse_sentence(d.pop("sentence", UNSET))

        outcome_in = cls(
            on=on,
            outcome=outcome,
            note=note,
            sentence=sentence,
        )

        return outcome_in
