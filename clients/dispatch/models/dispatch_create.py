from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchCreate")


@_attrs_define
class DispatchCreate:
    """
    Attributes:
        officer_ids (list[str]): each officer is one 人次
        note (None | str | Unset):
        vehicle (None | str | Unset): 警车号牌, e.g. 蒙K·A1234
    """

    officer_ids: list[str]
    note: None | str | Unset = UNSET
    vehicle: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        officer_ids = self.officer_ids

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        vehicle: None | str | Unset
        if isinstance(self.vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = self.vehicle

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "officer_ids": officer_ids,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        officer_ids = cast(list[str], d.pop("officer_ids"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_vehicle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vehicle = _parse_vehicle(d.pop("vehicle", UNSET))

        dispatch_create = cls(
            officer_ids=officer_ids,
            note=note,
            vehicle=vehicle,
        )

        return dispatch_create
