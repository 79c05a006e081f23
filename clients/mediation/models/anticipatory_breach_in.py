from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnticipatoryBreachIn")


@_attrs_define
class AnticipatoryBreachIn:
    """
    Attributes:
        basis (str): 明确表示不履行 / 以自己的行为表明不履行: what shows it
        declared_on (datetime.date): when the debtor made clear, expressly or by its conduct, that it will not perform
            (民法典 578)
    """

    basis: str
    declared_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        declared_on = self.declared_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "basis": basis,
                "declared_on": declared_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        basis = d.pop("basis")

        declared_on = datetime.date.fromisoformat(d.pop("declared_on"))

        anticipatory_breach_in = cls(
            basis=basis,
            declared_on=declared_on,
        )

        return anticipatory_breach_in
