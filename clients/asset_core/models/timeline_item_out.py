from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimelineItemOut")


@_attrs_define
class TimelineItemOut:
    """
    Attributes:
        at (datetime.datetime):
        linkage (str): core / dispatch / reward / mediation / police / procuratorate / other
        linkage_label (str):
        summary (str):
        type_ (str): the event's type
    """

    at: datetime.datetime
    linkage: str
    linkage_label: str
    summary: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        linkage = self.linkage

        linkage_label = self.linkage_label

        summary = self.summary

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "linkage": linkage,
                "linkage_label": linkage_label,
                "summary": summary,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        linkage = d.pop("linkage")

        linkage_label = d.pop("linkage_label")

        summary = d.pop("summary")

        type_ = d.pop("type")

        timeline_item_out = cls(
            at=at,
            linkage=linkage,
            linkage_label=linkage_label,
            summary=summary,
            type_=type_,
        )

        timeline_item_out.additional_properties = d
        return timeline_item_out

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
