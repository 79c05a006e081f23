from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileOut")


@_attrs_define
class FileOut:
    """An evidence file's metadata (the bytes: `download_url`).

    Attributes:
        case_id (None | UUID):
        content_type (str):
        content_type_label (str):
        download_url (str):
        filename (str):
        id (UUID):
        owner_id (UUID):
        owner_kind (str): case / dispatch / tip
        sha256 (str): SHA-256 of the bytes, hex; also in the audit chain and the download's ETag
        size_bytes (int):
        uploaded_at (datetime.datetime):
        uploaded_by (str):
    """

    case_id: None | UUID
    content_type: str
    content_type_label: str
    download_url: str
    filename: str
    id: UUID
    owner_id: UUID
    owner_kind: str
    sha256: str
    size_bytes: int
    uploaded_at: datetime.datetime
    uploaded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        content_type = self.content_type

        content_type_label = self.content_type_label

        download_url = self.download_url

        filename = self.filename

        id = str(self.id)

        owner_id = str(self.owner_id)

        owner_kind = self.owner_kind

        sha256 = self.sha256

        size_bytes = self.size_bytes

        uploaded_at = self.uploaded_at.isoformat()

        uploaded_by = self.uploaded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "content_type": content_type,
                "content_type_label": content_type_label,
                "download_url": download_url,
                "filename": filename,
                "id": id,
                "owner_id": owner_id,
                "owner_kind": owner_kind,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "uploaded_at": uploaded_at,
                "uploaded_by": uploaded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        content_type = d.pop("content_type")

        content_type_label = d.pop("content_type_label")

        download_url = d.pop("download_url")

        filename = d.pop("filename")

        id = UUID(d.pop("id"))

        owner_id = UUID(d.pop("owner_id"))

        owner_kind = d.pop("owner_kind")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        uploaded_by = d.pop("uploaded_by")

        file_out = cls(
            case_id=case_id,
            content_type=content_type,
            content_type_label=content_type_label,
            download_url=download_url,
            filename=filename,
            id=id,
            owner_id=owner_id,
            owner_kind=owner_kind,
            sha256=sha256,
            size_bytes=size_bytes,
            uploaded_at=uploaded_at,
            uploaded_by=uploaded_by,
        )

        file_out.additional_properties = d
        return file_out

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
