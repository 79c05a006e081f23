from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duty import Duty


T = TypeVar("T", bound="MeetingIn")


@_attrs_define
class MeetingIn:
    """
    Attributes:
        duties (list[Duty]): who holds the statutory duty for what
        held_on (datetime.date):
        participants (list[str]): agencies attending
        summary (None | str | Unset):
    """

    duties: list[Duty]
    held_on: datetime.date
    participants: list[str]
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duties = []
        for duties_item_data in self.duties:
            duties_item = duties_item_data.to_dict()
            duties.append(duties_item)

        held_on = self.held_on.isoformat()

        participants = self.participants

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duties": duties,
                "held_on": held_on,
                "participants": participants,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duty import Duty

        d = dict(src_dict)
        duties = []
        _duties = d.pop("duties")
        for duties_item_data in _duties:
            duties_item = Duty.from_dict(duties_item_data)

            duties.append(duties_item)

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        participants = cast(list[str], d.pop("participants"))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        meeting_in = cls(
            duties=duties,
            held_on=held_on,
            participants=participants,
            summary=summary,
        )

        return meeting_in
