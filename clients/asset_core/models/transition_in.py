from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_state import CaseState
from ..models.transition_in_suspension_ground_type_0 import (
    TransitionInSuspensionGroundType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitionIn")


@_attrs_define
class TransitionIn:
    """
    Attributes:
        reason (str):
        to_state (CaseState):
        anticipatory_breach (bool | Unset): resuming a settled case before it is due: the debtor clearly said or showed
            it will not perform (和解规定 11(2); 民法典 578) Default: False.
        on (datetime.date | None | Unset): effective date (default: today, Asia/Shanghai)
        suspension_ground (None | TransitionInSuspensionGroundType0 | Unset): to_state suspended (中止执行): the ground of
            民诉法 267 (1)-(5)
    """

    reason: str
    to_state: CaseState
    anticipatory_breach: bool | Unset = False
    on: datetime.date | None | Unset = UNSET
    suspension_ground: None | TransitionInSuspensionGroundType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        to_state = self.to_state.value

        anticipatory_breach = self.anticipatory_breach

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        suspension_ground: None | str | Unset
        if isinstance(self.suspension_ground, Unset):
            suspension_ground = UNSET
        elif isinstance(self.suspension_ground, TransitionInSuspensionGroundType0):
            suspension_ground = self.suspension_ground.value
        else:
            suspension_ground = self.suspension_ground

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "to_state": to_state,
            }
        )
        if anticipatory_breach is not UNSET:
            field_dict["anticipatory_breach"] = anticipatory_breach
        if on is not UNSET:
            field_dict["on"] = on
        if suspension_ground is not UNSET:
            field_dict["suspension_ground"] = suspension_ground

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        to_state = CaseState(d.pop("to_state"))

        anticipatory_breach = d.pop("anticipatory_breach", UNSET)

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

        def _parse_suspension_ground(
            data: object,
        ) -> None | TransitionInSuspensionGroundType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspension_ground_type_0 = TransitionInSuspensionGroundType0(data)

                return suspension_ground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransitionInSuspensionGroundType0 | Unset, data)

        suspension_ground = _parse_suspension_ground(d.pop("suspension_ground", UNSET))

        transition_in = cls(
            reason=reason,
            to_state=to_state,
            anticipatory_breach=anticipatory_breach,
            on=on,
            suspension_ground=suspension_ground,
        )

        return transition_in
