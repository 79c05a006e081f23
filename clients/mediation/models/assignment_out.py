from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_out_mode import AssignmentOutMode

T = TypeVar("T", bound="AssignmentOut")


@_attrs_define
class AssignmentOut:
    """
    Attributes:
        assigned_by (str):
        assigned_on (datetime.date):
        mediator_id (UUID):
        mediator_name (str):
        mode (AssignmentOutMode):
        previous_mediator_id (None | UUID):
        reason (None | str):
    """

    assigned_by: str
    assigned_on: datetime.date
    mediator_id: UUID
    mediator_name: str
    mode: AssignmentOutMode
    previous_mediator_id: None | UUID
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_by = self.assigned_by

        assigned_on = self.assigned_on.isoformat()

        mediator_id = str(self.mediator_id)

        mediator_name = self.mediator_name

        mode = self.mode.value

        previous_mediator_id: None | str
        if isinstance(self.previous_mediator_id, UUID):
            previous_mediator_id = str(self.previous_mediator_id)
        else:
            previous_mediator_id = self.previous_mediator_id

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_by": assigned_by,
                "assigned_on": assigned_on,
                "mediator_id": mediator_id,
                "mediator_name": mediator_name,
                "mode": mode,
                "previous_mediator_id": previous_mediator_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assigned_by = d.pop("assigned_by")

        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        mediator_id = UUID(d.pop("mediator_id"))

        mediator_name = d.pop("mediator_name")

        mode = AssignmentOutMode(d.pop("mode"))

        def _parse_previous_mediator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_mediator_id_type_0 = UUID(data)

                return previous_mediator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        previous_mediator_id = _parse_previous_mediator_id(
            d.pop("previous_mediator_id")
        )

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        assignment_out = cls(
            assigned_by=assigned_by,
            assigned_on=assigned_on,
            mediator_id=mediator_id,
            mediator_name=mediator_name,
            mode=mode,
            previous_mediator_id=previous_mediator_id,
            reason=reason,
        )

        assignment_out.additional_properties = d
        return assignment_out

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
