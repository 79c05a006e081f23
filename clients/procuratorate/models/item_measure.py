from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemMeasure")


@_attrs_define
class ItemMeasure:
    """
    Attributes:
        item_id (UUID):
        measures (str):
        done (bool | Unset):  Default: True.
    """

    item_id: UUID
    measures: str
    done: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        item_id = str(self.item_id)

        measures = self.measures

        done = self.done

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_id": item_id,
                "measures": measures,
            }
        )
        if done is not UNSET:
            field_dict["done"] = done

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_id = UUID(d.pop("item_id"))

        measures = d.pop("measures")

        done = d.pop("done", UNSET)

        item_measure = cls(
            item_id=item_id,
            measures=measures,
            done=done,
        )

        return item_measure
