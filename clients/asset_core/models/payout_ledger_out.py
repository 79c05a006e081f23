from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payee_out import PayeeOut
    from ..models.payout_deadline_out import PayoutDeadlineOut
    from ..models.payout_deferral_out import PayoutDeferralOut
    from ..models.payout_out import PayoutOut


T = TypeVar("T", bound="PayoutLedgerOut")


@_attrs_define
class PayoutLedgerOut:
    """
    Attributes:
        awaiting_payout_fen (int):
        case_id (UUID):
        case_number (str):
        items (list[PayoutOut]):
        paid_out_fen (int):
        payees (list[PayeeOut]): the case's applicants: who may be paid
        payout_deadline (None | PayoutDeadlineOut): null when nothing waits or a deferral stands
        received_fen (int): 执行款 received (recoveries other than 以物抵债)
        waiting_since (datetime.date | None): the day the oldest money not yet paid out arrived
        deferral_ended_on (datetime.date | None | Unset): the end of the deferral that set the deadline (¶3)
        deferrals (list[PayoutDeferralOut] | Unset): 延缓发放 decisions, oldest first
        deferred (bool | Unset): a deferral stands (执行款物管理规定 13 ¶2): no payout deadline runs Default: False.
    """

    awaiting_payout_fen: int
    case_id: UUID
    case_number: str
    items: list[PayoutOut]
    paid_out_fen: int
    payees: list[PayeeOut]
    payout_deadline: None | PayoutDeadlineOut
    received_fen: int
    waiting_since: datetime.date | None
    deferral_ended_on: datetime.date | None | Unset = UNSET
    deferrals: list[PayoutDeferralOut] | Unset = UNSET
    deferred: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payout_deadline_out import PayoutDeadlineOut

        awaiting_payout_fen = self.awaiting_payout_fen

        case_id = str(self.case_id)

        case_number = self.case_number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        paid_out_fen = self.paid_out_fen

        payees = []
        for payees_item_data in self.payees:
            payees_item = payees_item_data.to_dict()
            payees.append(payees_item)

        payout_deadline: dict[str, Any] | None
        if isinstance(self.payout_deadline, PayoutDeadlineOut):
            payout_deadline = self.payout_deadline.to_dict()
        else:
            payout_deadline = self.payout_deadline

        received_fen = self.received_fen

        waiting_since: None | str
        if isinstance(self.waiting_since, datetime.date):
            waiting_since = self.waiting_since.isoformat()
        else:
            waiting_since = self.waiting_since

        deferral_ended_on: None | str | Unset
        if isinstance(self.deferral_ended_on, Unset):
            deferral_ended_on = UNSET
        elif isinstance(self.deferral_ended_on, datetime.date):
            deferral_ended_on = self.deferral_ended_on.isoformat()
        else:
            deferral_ended_on = self.deferral_ended_on

        deferrals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deferrals, Unset):
            deferrals = []
            for deferrals_item_data in self.deferrals:
                deferrals_item = deferrals_item_data.to_dict()
                deferrals.append(deferrals_item)

        deferred = self.deferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awaiting_payout_fen": awaiting_payout_fen,
                "case_id": case_id,
                "case_number": case_number,
                "items": items,
                "paid_out_fen": paid_out_fen,
                "payees": payees,
                "payout_deadline": payout_deadline,
                "received_fen": received_fen,
                "waiting_since": waiting_since,
            }
        )
        if deferral_ended_on is not UNSET:
            field_dict["deferral_ended_on"] = deferral_ended_on
        if deferrals is not UNSET:
            field_dict["deferrals"] = deferrals
        if deferred is not UNSET:
            field_dict["deferred"] = deferred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payee_out import PayeeOut
        from ..models.payout_deadline_out import PayoutDeadlineOut
        from ..models.payout_deferral_out import PayoutDeferralOut
        from ..models.payout_out import PayoutOut

        d = dict(src_dict)
        awaiting_payout_fen = d.pop("awaiting_payout_fen")

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PayoutOut.from_dict(items_item_data)

            items.append(items_item)

        paid_out_fen = d.pop("paid_out_fen")

        payees = []
        _payees = d.pop("payees")
        for payees_item_data in _payees:
            payees_item = PayeeOut.from_dict(payees_item_data)

            payees.append(payees_item)

        def _parse_payout_deadline(data: object) -> None | PayoutDeadlineOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payout_deadline_type_0 = PayoutDeadlineOut.from_dict(data)

                return payout_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayoutDeadlineOut, data)

        payout_deadline = _parse_payout_deadline(d.pop("payout_deadline"))

        received_fen = d.pop("received_fen")

        def _parse_waiting_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                waiting_since_type_0 = datetime.date.fromisoformat(data)

                return waiting_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        waiting_since = _parse_waiting_since(d.pop("waiting_since"))

        def _parse_deferral_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deferral_ended_on_type_0 = datetime.date.fromisoformat(data)

                return deferral_ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deferral_ended_on = _parse_deferral_ended_on(d.pop("deferral_ended_on", UNSET))

        _deferrals = d.pop("deferrals", UNSET)
        deferrals: list[PayoutDeferralOut] | Unset = UNSET
        if _deferrals is not UNSET:
            deferrals = []
            for deferrals_item_data in _deferrals:
                deferrals_item = PayoutDeferralOut.from_dict(deferrals_item_data)

                deferrals.append(deferrals_item)

        deferred = d.pop("deferred", UNSET)

        payout_ledger_out = cls(
            awaiting_payout_fen=awaiting_payout_fen,
            case_id=case_id,
            case_number=case_number,
            items=items,
            paid_out_fen=paid_out_fen,
            payees=payees,
            payout_deadline=payout_deadline,
            received_fen=received_fen,
            waiting_since=waiting_since,
            deferral_ended_on=deferral_ended_on,
            deferrals=deferrals,
            deferred=deferred,
        )

        payout_ledger_out.additional_properties = d
        return payout_ledger_out

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
