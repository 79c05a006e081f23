from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DesignationOut")


@_attrs_define
class DesignationOut:
    """
    Attributes:
        designated_on (datetime.date):
        designating_court (str):
        form (str):
        form_label (str):
        from_court (str):
        id (UUID):
        reason (str):
        to_court (str):
    """

    designated_on: datetime.date
    designating_court: str
    form: str
    form_label: str
    from_court: str
    id: UUID
    reason: str
    to_court: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        designated_on = self.designated_on.isoformat()

        designating_court = self.designating_court

        form = self.form

        form_label = self.form_label

        from_court = self.from_court

        id = str(self.id)

        reason = self.reason

        to_court = self.to_court

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designated_on": designated_on,
                "designating_court": designating_court,
                "form": form,
                "form_label": form_label,
                "from_court": from_court,
                "id": id,
                "reason": reason,
                "to_court": to_court,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        designated_on = datetime.date.fromisoformat(d.pop("designated_on"))

        designating_court = d.pop("designating_court")

        form = d.pop("form")

        form_label = d.pop("form_label")

        from_court = d.pop("from_court")

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        to_court = d.pop("to_court")

        designation_out = cls(
            designated_on=designated_on,
            designating_court=designating_court,
            form=form,
            form_label=form_label,
            from_court=from_court,
            id=id,
            reason=reason,
            to_court=to_court,
        )

        designation_out.additional_properties = d
        return designation_out

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
