from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TipFileReceiptOut")


@_attrs_define
class TipFileReceiptOut:
    """What the tipster is told of a file they attached (keep the SHA-256: it identifies the file as received).

    Attributes:
        content_type (str):
        filename (str):
        received_at (datetime.datetime):
        sha256 (str):
        size_bytes (int):
    """

    content_type: str
    filename: str
    received_at: datetime.datetime
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        filename = self.filename

        received_at = self.received_at.isoformat()

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "filename": filename,
                "received_at": received_at,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        filename = d.pop("filename")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        tip_file_receipt_out = cls(
            content_type=content_type,
            filename=filename,
            received_at=received_at,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        tip_file_receipt_out.additional_properties = d
        return tip_file_receipt_out

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
