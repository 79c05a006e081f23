from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentIn")


@_attrs_define
class AttachmentIn:
    """
    Attributes:
        media_type (str):
        name (str):
        size_bytes (int):
        sha256 (None | str | Unset):
    """

    media_type: str
    name: str
    size_bytes: int
    sha256: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        media_type = self.media_type

        name = self.name

        size_bytes = self.size_bytes

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_type": media_type,
                "name": name,
                "size_bytes": size_bytes,
            }
        )
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_type = d.pop("media_type")

        name = d.pop("name")

        size_bytes = d.pop("size_bytes")

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))

        attachment_in = cls(
            media_type=media_type,
            name=name,
            size_bytes=size_bytes,
            sha256=sha256,
        )

        return attachment_in
