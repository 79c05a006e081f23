from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentOut")


@_attrs_define
class PaymentOut:
    """
    Attributes:
        amount_fen (int):
        full (bool):
        paid_on (datetime.date):
        stage (str):
        stage_label (str):
    """

    amount_fen: int
    full: bool
    paid_on: datetime.date
    stage: str
    stage_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        full = self.full

        paid_on = self.paid_on.isoformat()

        stage = self.stage

        stage_label = self.stage_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "full": full,
                "paid_on": paid_on,
                "stage": stage,
                "stage_label": stage_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        full = d.pop("full")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        stage = d.pop("stage")

        stage_label = d.pop("stage_label")

        payment_out = cls(
            amount_fen=amount_fen,
            full=full,
            paid_on=paid_on,
            stage=stage,
            stage_label=stage_label,
        )

        payment_out.additional_properties = d
        return payment_out

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
