from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_measure import ItemMeasure


T = TypeVar("T", bound="ReplyIn")


@_attrs_define
class ReplyIn:
    """
    Attributes:
        received_on (datetime.date):
        summary (str):
        measures (list[ItemMeasure] | Unset):
    """

    received_on: datetime.date
    summary: str
    measures: list[ItemMeasure] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        received_on = self.received_on.isoformat()

        summary = self.summary

        measures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = []
            for measures_item_data in self.measures:
                measures_item = measures_item_data.to_dict()
                measures.append(measures_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received_on": received_on,
                "summary": summary,
            }
        )
        if measures is not UNSET:
            field_dict["measures"] = measures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_measure import ItemMeasure

        d = dict(src_dict)
        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        summary = d.pop("summary")

        _measures = d.pop("measures", UNSET)
        measures: list[ItemMeasure] | Unset = UNSET
        if _measures is not UNSET:
            measures = []
            for measures_item_data in _measures:
                measures_item = ItemMeasure.from_dict(measures_item_data)

                measures.append(measures_item)

        reply_in = cls(
            received_on=received_on,
            summary=summary,
            measures=measures,
        )

        return reply_in
