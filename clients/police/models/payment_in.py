from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentIn")


@_attrs_define
class PaymentIn:
    """
    Attributes:
        amount_fen (int):
        full (bool):
        paid_on (datetime.date):
    """

    amount_fen: int
    full: bool
    paid_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        full = self.full

        paid_on = self.paid_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_fen": amount_fen,
                "full": full,
                "paid_on": paid_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        full = d.pop("full")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        payment_in = cls(
            amount_fen=amount_fen,
            full=full,
            paid_on=paid_on,
        )

        return payment_in
