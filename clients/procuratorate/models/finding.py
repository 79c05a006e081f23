from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Finding")


@_attrs_define
class Finding:
    """
    Attributes:
        item_id (UUID):
        rectified (bool):
        finding (None | str | Unset):
    """

    item_id: UUID
    rectified: bool
    finding: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item_id = str(self.item_id)

        rectified = self.rectified

        finding: None | str | Unset
        if isinstance(self.finding, Unset):
            finding = UNSET
        else:
            finding = self.finding

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_id": item_id,
                "rectified": rectified,
            }
        )
        if finding is not UNSET:
            field_dict["finding"] = finding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_id = UUID(d.pop("item_id"))

        rectified = d.pop("rectified")

        def _parse_finding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finding = _parse_finding(d.pop("finding", UNSET))

        finding = cls(
            item_id=item_id,
            rectified=rectified,
            finding=finding,
        )

        return finding
