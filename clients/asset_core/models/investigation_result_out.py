from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvestigationResultOut")


@_attrs_define
class InvestigationResultOut:
    """
    Attributes:
        category (str):
        label (str):
        note (None | str):
        queried_on (datetime.date):
        source (str):
        status (str):
    """

    category: str
    label: str
    note: None | str
    queried_on: datetime.date
    source: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        label = self.label

        note: None | str
        note = self.note

        queried_on = self.queried_on.isoformat()

        source = self.source

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "label": label,
                "note": note,
                "queried_on": queried_on,
                "source": source,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category = d.pop("category")

        label = d.pop("label")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        queried_on = datetime.date.fromisoformat(d.pop("queried_on"))

        source = d.pop("source")

        status = d.pop("status")

        investigation_result_out = cls(
            category=category,
            label=label,
            note=note,
            queried_on=queried_on,
            source=source,
            status=status,
        )

        investigation_result_out.additional_properties = d
        return investigation_result_out

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
