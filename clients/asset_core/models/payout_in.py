from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.payout_in_method import PayoutInMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutIn")


@_attrs_define
class PayoutIn:
    """
    Attributes:
        amount_fen (int): 发放金额 (fen)
        method (PayoutInMethod): 转账 / 支票 / 现金
        payee_party_id (UUID): an applicant of the case (GET …/payouts lists them as payees)
        note (None | str | Unset):
        paid_on (datetime.date | None | Unset): 发放日期 (default: today, Asia/Shanghai)
        reference (None | str | Unset): 银行回单号 or 支票号
    """

    amount_fen: int
    method: PayoutInMethod
    payee_party_id: UUID
    note: None | str | Unset = UNSET
    paid_on: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        method = self.method.value

        payee_party_id = str(self.payee_party_id)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_fen": amount_fen,
                "method": method,
                "payee_party_id": payee_party_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if paid_on is not UNSET:
            field_dict["paid_on"] = paid_on
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        method = PayoutInMethod(d.pop("method"))

        payee_party_id = UUID(d.pop("payee_party_id"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_paid_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("paid_on", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        payout_in = cls(
            amount_fen=amount_fen,
            method=method,
            payee_party_id=payee_party_id,
            note=note,
            paid_on=paid_on,
            reference=reference,
        )

        return payout_in
