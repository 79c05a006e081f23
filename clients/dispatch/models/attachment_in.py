from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentIn")


@_attrs_define
class AttachmentIn:
    """
    Attributes:
        content_type (str):
        file_name (str):
        sha256 (str):
        size_bytes (int):
        storage_url (None | str | Unset): where the app uploaded it
        taken_at (datetime.datetime | None | Unset):
    """

    content_type: str
    file_name: str
    sha256: str
    size_bytes: int
    storage_url: None | str | Unset = UNSET
    taken_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        file_name = self.file_name

        sha256 = self.sha256

        size_bytes = self.size_bytes

        storage_url: None | str | Unset
        if isinstance(self.storage_url, Unset):
            storage_url = UNSET
        else:
            storage_url = self.storage_url

        taken_at: None | str | Unset
        if isinstance(self.taken_at, Unset):
            taken_at = UNSET
        elif isinstance(self.taken_at, datetime.datetime):
            taken_at = self.taken_at.isoformat()
        else:
            taken_at = self.taken_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_type": content_type,
                "file_name": file_name,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )
        if storage_url is not UNSET:
            field_dict["storage_url"] = storage_url
        if taken_at is not UNSET:
            field_dict["taken_at"] = taken_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        file_name = d.pop("file_name")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        def _parse_storage_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_url = _parse_storage_url(d.pop("storage_url", UNSET))

        def _parse_taken_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_at_type_0 = datetime.datetime.fromisoformat(data)

                return taken_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        taken_at = _parse_taken_at(d.pop("taken_at", UNSET))

        attachment_in = cls(
            content_type=content_type,
            file_name=file_name,
            sha256=sha256,
            size_bytes=size_bytes,
            storage_url=storage_url,
            taken_at=taken_at,
        )

        return attachment_in
