from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_state import CaseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitionIn")


@_attrs_define
class TransitionIn:
    """
    Attributes:
        reason (str):
        to_state (CaseState):
        court (None | str | Unset): litigation: the court
        defendant (None | str | Unset): litigation: the agency sued
        on (datetime.date | None | Unset):
    """

    reason: str
    to_state: CaseState
    court: None | str | Unset = UNSET
    defendant: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        to_state = self.to_state.value

        court: None | str | Unset
        if isinstance(self.court, Unset):
            court = UNSET
        else:
            court = self.court

        defendant: None | str | Unset
        if isinstance(self.defendant, Unset):
            defendant = UNSET
        else:
            defendant = self.defendant

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "to_state": to_state,
            }
        )
        if court is not UNSET:
            field_dict["court"] = court
        if defendant is not UNSET:
            field_dict["defendant"] = defendant
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        to_state = CaseState(d.pop("to_state"))

        def _parse_court(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        court = _parse_court(d.pop("court", UNSET))

        def _parse_defendant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        defendant = _parse_defendant(d.pop("defendant", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        transition_in = cls(
            reason=reason,
            to_state=to_state,
            court=court,
            defendant=defendant,
            on=on,
        )

        return transition_in
