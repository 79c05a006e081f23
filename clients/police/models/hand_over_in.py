from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HandOverIn")


@_attrs_define
class HandOverIn:
    """
    Attributes:
        facility (str): 拘留所, e.g. 达拉特旗拘留所
        handed_over_at (datetime.datetime | None | Unset):
    """

    facility: str
    handed_over_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facility = self.facility

        handed_over_at: None | str | Unset
        if isinstance(self.handed_over_at, Unset):
            handed_over_at = UNSET
        elif isinstance(self.handed_over_at, datetime.datetime):
            handed_over_at = self.handed_over_at.isoformat()
        else:
            handed_over_at = self.handed_over_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facility": facility,
            }
        )
        if handed_over_at is not UNSET:
            field_dict["handed_over_at"] = handed_over_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        facility = d.pop("facility")

        def _parse_handed_over_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handed_over_at_type_0 = datetime.datetime.fromisoformat(data)

                return handed_over_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        handed_over_at = _parse_handed_over_at(d.pop("handed_over_at", UNSET))

        hand_over_in = cls(
            facility=facility,
            handed_over_at=handed_over_at,
        )

        return hand_over_in
