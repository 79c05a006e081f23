from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareIn")


@_attrs_define
class ShareIn:
    """
    Attributes:
        grantee_org (str):
        note (None | str | Unset):
    """

    grantee_org: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grantee_org = self.grantee_org

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grantee_org": grantee_org,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grantee_org = d.pop("grantee_org")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        share_in = cls(
            grantee_org=grantee_org,
            note=note,
        )

        return share_in
