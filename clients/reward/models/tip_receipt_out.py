from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tip_status import TipStatus

T = TypeVar("T", bound="TipReceiptOut")


@_attrs_define
class TipReceiptOut:
    """
    Attributes:
        notice_no (str):
        receipt (str): 回执码: keep it — the only way to ask for the tip's status
        received_at (datetime.datetime):
        status (TipStatus): What the register records; the public sees `PUBLIC_STATUS` of it.
    """

    notice_no: str
    receipt: str
    received_at: datetime.datetime
    status: TipStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notice_no = self.notice_no

        receipt = self.receipt

        received_at = self.received_at.isoformat()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notice_no": notice_no,
                "receipt": receipt,
                "received_at": received_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notice_no = d.pop("notice_no")

        receipt = d.pop("receipt")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        status = TipStatus(d.pop("status"))

        tip_receipt_out = cls(
            notice_no=notice_no,
            receipt=receipt,
            received_at=received_at,
            status=status,
        )

        tip_receipt_out.additional_properties = d
        return tip_receipt_out

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
