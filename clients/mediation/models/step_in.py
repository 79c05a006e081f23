from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.step_in_channel_type_0 import StepInChannelType0
from ..models.step_in_kind import StepInKind
from ..models.step_in_outcome_type_0 import StepInOutcomeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepIn")


@_attrs_define
class StepIn:
    """
    Attributes:
        kind (StepInKind): contact 联系 / session 调解 / note 备注
        channel (None | StepInChannelType0 | Unset): phone 电话 / visit 走访 / in_person 约谈 / online 在线
        held_on (datetime.date | None | Unset):
        note (None | str | Unset):
        outcome (None | StepInOutcomeType0 | Unset): contact: reached 联系上 / no_answer 未联系上; session: agreed 达成合意 /
            continued 继续调解 / refused 拒绝和解 / absent 未到场
        parties (list[str] | Unset): 参加的当事人
    """

    kind: StepInKind
    channel: None | StepInChannelType0 | Unset = UNSET
    held_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET
    outcome: None | StepInOutcomeType0 | Unset = UNSET
    parties: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, StepInChannelType0):
            channel = self.channel.value
        else:
            channel = self.channel

        held_on: None | str | Unset
        if isinstance(self.held_on, Unset):
            held_on = UNSET
        elif isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, StepInOutcomeType0):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        parties: list[str] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = self.parties

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if note is not UNSET:
            field_dict["note"] = note
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if parties is not UNSET:
            field_dict["parties"] = parties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = StepInKind(d.pop("kind"))

        def _parse_channel(data: object) -> None | StepInChannelType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = StepInChannelType0(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StepInChannelType0 | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)

                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        held_on = _parse_held_on(d.pop("held_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_outcome(data: object) -> None | StepInOutcomeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = StepInOutcomeType0(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StepInOutcomeType0 | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        parties = cast(list[str], d.pop("parties", UNSET))

        step_in = cls(
            kind=kind,
            channel=channel,
            held_on=held_on,
            note=note,
            outcome=outcome,
            parties=parties,
        )

        return step_in
