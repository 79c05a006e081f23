from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.installment_out_status import InstallmentOutStatus

T = TypeVar("T", bound="InstallmentOut")


@_attrs_define
class InstallmentOut:
    """
    Attributes:
        amount_fen (int):
        due_on (datetime.date):
        no (int):
        overdue_flagged_on (datetime.date | None):
        paid_fen (int): credited to this installment (earliest first)
        status (InstallmentOutStatus):
    """

    amount_fen: int
    due_on: datetime.date
    no: int
    overdue_flagged_on: datetime.date | None
    paid_fen: int
    status: InstallmentOutStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        due_on = self.due_on.isoformat()

        no = self.no

        overdue_flagged_on: None | str
        if isinstance(self.overdue_flagged_on, datetime.date):
            overdue_flagged_on = self.overdue_flagged_on.isoformat()
        else:
            overdue_flagged_on = self.overdue_flagged_on

        paid_fen = self.paid_fen

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "due_on": due_on,
                "no": no,
                "overdue_flagged_on": overdue_flagged_on,
                "paid_fen": paid_fen,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        no = d.pop("no")

        def _parse_overdue_flagged_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overdue_flagged_on_type_0 = datetime.date.fromisoformat(data)

                return overdue_flagged_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        overdue_flagged_on = _parse_overdue_flagged_on(d.pop("overdue_flagged_on"))

        paid_fen = d.pop("paid_fen")

        status = InstallmentOutStatus(d.pop("status"))

        installment_out = cls(
            amount_fen=amount_fen,
            due_on=due_on,
            no=no,
            overdue_flagged_on=overdue_flagged_on,
            paid_fen=paid_fen,
            status=status,
        )

        installment_out.additional_properties = d
        return installment_out

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
