from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_out_payment_mode import RewardOutPaymentMode
from ..models.reward_out_state import RewardOutState

T = TypeVar("T", bound="RewardOut")


@_attrs_define
class RewardOut:
    """
    Attributes:
        amount_fen (int):
        basis (str):
        case_id (UUID):
        court_code (str):
        excluded_reason (None | str):
        id (UUID):
        notice_id (UUID):
        paid_on (datetime.date | None):
        payable_on (datetime.date):
        payment_mode (RewardOutPaymentMode):
        payment_ref (None | str):
        recovered_fen (int):
        recovery_id (UUID):
        state (RewardOutState):
        tip_id (UUID):
        version (int):
    """

    amount_fen: int
    basis: str
    case_id: UUID
    court_code: str
    excluded_reason: None | str
    id: UUID
    notice_id: UUID
    paid_on: datetime.date | None
    payable_on: datetime.date
    payment_mode: RewardOutPaymentMode
    payment_ref: None | str
    recovered_fen: int
    recovery_id: UUID
    state: RewardOutState
    tip_id: UUID
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        basis = self.basis

        case_id = str(self.case_id)

        court_code = self.court_code

        excluded_reason: None | str
        excluded_reason = self.excluded_reason

        id = str(self.id)

        notice_id = str(self.notice_id)

        paid_on: None | str
        if isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        payable_on = self.payable_on.isoformat()

        payment_mode = self.payment_mode.value

        payment_ref: None | str
        payment_ref = self.payment_ref

        recovered_fen = self.recovered_fen

        recovery_id = str(self.recovery_id)

        state = self.state.value

        tip_id = str(self.tip_id)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "basis": basis,
                "case_id": case_id,
                "court_code": court_code,
                "excluded_reason": excluded_reason,
                "id": id,
                "notice_id": notice_id,
                "paid_on": paid_on,
                "payable_on": payable_on,
                "payment_mode": payment_mode,
                "payment_ref": payment_ref,
                "recovered_fen": recovered_fen,
                "recovery_id": recovery_id,
                "state": state,
                "tip_id": tip_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        basis = d.pop("basis")

        case_id = UUID(d.pop("case_id"))

        court_code = d.pop("court_code")

        def _parse_excluded_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        excluded_reason = _parse_excluded_reason(d.pop("excluded_reason"))

        id = UUID(d.pop("id"))

        notice_id = UUID(d.pop("notice_id"))

        def _parse_paid_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paid_on = _parse_paid_on(d.pop("paid_on"))

        payable_on = datetime.date.fromisoformat(d.pop("payable_on"))

        payment_mode = RewardOutPaymentMode(d.pop("payment_mode"))

        def _parse_payment_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_ref = _parse_payment_ref(d.pop("payment_ref"))

        recovered_fen = d.pop("recovered_fen")

        recovery_id = UUID(d.pop("recovery_id"))

        state = RewardOutState(d.pop("state"))

        tip_id = UUID(d.pop("tip_id"))

        version = d.pop("version")

        reward_out = cls(
            amount_fen=amount_fen,
            basis=basis,
            case_id=case_id,
            court_code=court_code,
            excluded_reason=excluded_reason,
            id=id,
            notice_id=notice_id,
            paid_on=paid_on,
            payable_on=payable_on,
            payment_mode=payment_mode,
            payment_ref=payment_ref,
            recovered_fen=recovered_fen,
            recovery_id=recovery_id,
            state=state,
            tip_id=tip_id,
            version=version,
        )

        reward_out.additional_properties = d
        return reward_out

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
