from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentOut")


@_attrs_define
class AttachmentOut:
    """
    Attributes:
        content_type (str):
        file_name (str):
        sha256 (str):
        size_bytes (int):
        storage_url (None | str):
        taken_at (datetime.datetime | None):
    """

    content_type: str
    file_name: str
    sha256: str
    size_bytes: int
    storage_url: None | str
    taken_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        file_name = self.file_name

        sha256 = self.sha256

        size_bytes = self.size_bytes

        storage_url: None | str
        storage_url = self.storage_url

        taken_at: None | str
        if isinstance(self.taken_at, datetime.datetime):
            taken_at = self.taken_at.isoformat()
        else:
            taken_at = self.taken_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "file_name": file_name,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "storage_url": storage_url,
                "taken_at": taken_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        file_name = d.pop("file_name")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        def _parse_storage_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        storage_url = _parse_storage_url(d.pop("storage_url"))

        def _parse_taken_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_at_type_0 = datetime.datetime.fromisoformat(data)

                return taken_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        taken_at = _parse_taken_at(d.pop("taken_at"))

        attachment_out = cls(
            content_type=content_type,
            file_name=file_name,
            sha256=sha256,
            size_bytes=size_bytes,
            storage_url=storage_url,
            taken_at=taken_at,
        )

        attachment_out.additional_properties = d
        return attachment_out

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
