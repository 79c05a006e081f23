from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tip_status import TipStatus

T = TypeVar("T", bound="TipStatusOut")


@_attrs_define
class TipStatusOut:
    """
    Attributes:
        notice_no (str):
        received_at (datetime.datetime):
        status (TipStatus): What the register records; the public sees `PUBLIC_STATUS` of it.
        status_label (str):
        updated_at (datetime.datetime):
    """

    notice_no: str
    received_at: datetime.datetime
    status: TipStatus
    status_label: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notice_no = self.notice_no

        received_at = self.received_at.isoformat()

        status = self.status.value

        status_label = self.status_label

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notice_no": notice_no,
                "received_at": received_at,
                "status": status,
                "status_label": status_label,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notice_no = d.pop("notice_no")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        status = TipStatus(d.pop("status"))

        status_label = d.pop("status_label")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        tip_status_out = cls(
            notice_no=notice_no,
            received_at=received_at,
            status=status,
            status_label=status_label,
            updated_at=updated_at,
        )

        tip_status_out.additional_properties = d
        return tip_status_out

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
