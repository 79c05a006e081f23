from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentRowOut")


@_attrs_define
class PaymentRowOut:
    """
    Attributes:
        amount_fen (int):
        created_at (datetime.datetime):
        id (UUID):
        received_on (datetime.date):
        recorded_by (str):
        seq (int):
        settlement_id (UUID):
        source (str):
        source_event_id (None | str):
    """

    amount_fen: int
    created_at: datetime.datetime
    id: UUID
    received_on: datetime.date
    recorded_by: str
    seq: int
    settlement_id: UUID
    source: str
    source_event_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        created_at = self.created_at.isoformat()

        id = str(self.id)

        received_on = self.received_on.isoformat()

        recorded_by = self.recorded_by

        seq = self.seq

        settlement_id = str(self.settlement_id)

        source = self.source

        source_event_id: None | str
        source_event_id = self.source_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "created_at": created_at,
                "id": id,
                "received_on": received_on,
                "recorded_by": recorded_by,
                "seq": seq,
                "settlement_id": settlement_id,
                "source": source,
                "source_event_id": source_event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        recorded_by = d.pop("recorded_by")

        seq = d.pop("seq")

        settlement_id = UUID(d.pop("settlement_id"))

        source = d.pop("source")

        def _parse_source_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id"))

        payment_row_out = cls(
            amount_fen=amount_fen,
            created_at=created_at,
            id=id,
            received_on=received_on,
            recorded_by=recorded_by,
            seq=seq,
            settlement_id=settlement_id,
            source=source,
            source_event_id=source_event_id,
        )

        payment_row_out.additional_properties = d
        return payment_row_out

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
