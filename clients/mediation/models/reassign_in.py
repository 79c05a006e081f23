from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReassignIn")


@_attrs_define
class ReassignIn:
    """
    Attributes:
        reason (str):
        mediator_id (None | Unset | UUID): 改派给 (omit: the balancing rule picks one)
        on (datetime.date | None | Unset):
    """

    reason: str
    mediator_id: None | Unset | UUID = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        mediator_id: None | str | Unset
        if isinstance(self.mediator_id, Unset):
            mediator_id = UNSET
        elif isinstance(self.mediator_id, UUID):
            mediator_id = str(self.mediator_id)
        else:
            mediator_id = self.mediator_id

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
            }
        )
        if mediator_id is not UNSET:
            field_dict["mediator_id"] = mediator_id
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_mediator_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mediator_id_type_0 = UUID(data)

                return mediator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        mediator_id = _parse_mediator_id(d.pop("mediator_id", UNSET))

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

        reassign_in = cls(
            reason=reason,
            mediator_id=mediator_id,
            on=on,
        )

        return reassign_in
