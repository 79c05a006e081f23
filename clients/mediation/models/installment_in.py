from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InstallmentIn")


@_attrs_define
class InstallmentIn:
    """
    Attributes:
        amount_fen (int):
        due_on (datetime.date):
    """

    amount_fen: int
    due_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        due_on = self.due_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_fen": amount_fen,
                "due_on": due_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        installment_in = cls(
            amount_fen=amount_fen,
            due_on=due_on,
        )

        return installment_in
