from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payee_out import PayeeOut


T = TypeVar("T", bound="PayoutOut")


@_attrs_define
class PayoutOut:
    """
    Attributes:
        amount_fen (int):
        case_id (UUID):
        created_at (datetime.datetime):
        id (UUID):
        method (str):
        method_label (str):
        note (None | str):
        paid_on (datetime.date):
        payee (PayeeOut):
        reference (None | str):
    """

    amount_fen: int
    case_id: UUID
    created_at: datetime.datetime
    id: UUID
    method: str
    method_label: str
    note: None | str
    paid_on: datetime.date
    payee: PayeeOut
    reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        case_id = str(self.case_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        method = self.method

        method_label = self.method_label

        note: None | str
        note = self.note

        paid_on = self.paid_on.isoformat()

        payee = self.payee.to_dict()

        reference: None | str
        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "case_id": case_id,
                "created_at": created_at,
                "id": id,
                "method": method,
                "method_label": method_label,
                "note": note,
                "paid_on": paid_on,
                "payee": payee,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payee_out import PayeeOut

        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        case_id = UUID(d.pop("case_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        method = d.pop("method")

        method_label = d.pop("method_label")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        payee = PayeeOut.from_dict(d.pop("payee"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        payout_out = cls(
            amount_fen=amount_fen,
            case_id=case_id,
            created_at=created_at,
            id=id,
            method=method,
            method_label=method_label,
            note=note,
            paid_on=paid_on,
            payee=payee,
            reference=reference,
        )

        payout_out.additional_properties = d
        return payout_out

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
