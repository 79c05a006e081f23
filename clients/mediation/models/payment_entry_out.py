from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentEntryOut")


@_attrs_define
class PaymentEntryOut:
    """
    Attributes:
        amount_fen (int):
        id (UUID):
        received_on (datetime.date):
        source (str): recorded (by the center) / recovery (asset_core's RecoveryRecorded)
    """

    amount_fen: int
    id: UUID
    received_on: datetime.date
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        id = str(self.id)

        received_on = self.received_on.isoformat()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "id": id,
                "received_on": received_on,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        id = UUID(d.pop("id"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        source = d.pop("source")

        payment_entry_out = cls(
            amount_fen=amount_fen,
            id=id,
            received_on=received_on,
            source=source,
        )

        payment_entry_out.additional_properties = d
        return payment_entry_out

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
