from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.performance import Performance
from ..models.settlement_out_resumption_ground_type_0 import (
    SettlementOutResumptionGroundType0,
)
from ..models.settlement_out_state import SettlementOutState

if TYPE_CHECKING:
    from ..models.guarantor import Guarantor
    from ..models.installment_out import InstallmentOut
    from ..models.payment_entry_out import PaymentEntryOut
    from ..models.settlement_out_release_quantities import (
        SettlementOutReleaseQuantities,
    )


T = TypeVar("T", bound="SettlementOut")


@_attrs_define
class SettlementOut:
    """和解协议 and its performance as of `as_of`.

    Attributes:
        anticipatory_breach_basis (None | str):
        anticipatory_breach_on (datetime.date | None):
        as_of (datetime.date):
        case_id (UUID):
        center_case_id (UUID):
        court_code (str):
        defaulted_on (datetime.date | None):
        fully_performed_on (datetime.date | None):
        guarantor (Guarantor | None):
        id (UUID):
        installments (list[InstallmentOut]):
        last_due_on (datetime.date):
        outstanding_at_settlement_fen (int):
        paid_fen (int):
        payments (list[PaymentEntryOut]):
        performance (Performance):
        performance_label (str):
        reached_on (datetime.date):
        release_measure_ids (list[str]):
        release_quantities (SettlementOutReleaseQuantities):
        remaining_fen (int):
        remortgage_asset_ids (list[str]):
        resume_amount_fen (int | None): 和解规定 17: what the original judgment still requires
        resume_deadline (datetime.date): 和解规定 10: 2 years from the last day of the performance period; a last day on a
            holiday or rest day moves to the next working day (民诉法 85 ¶3)
        resume_deadline_moved_for_holiday_from (datetime.date | None): the 2 years' last day before the holiday rule
            moved it (民诉法 85 ¶3); null when not moved
        resumption_ground (None | SettlementOutResumptionGroundType0): why resumption was proposed: default (和解规定 9) /
            anticipatory breach (11(2), 民法典 578)
        state (SettlementOutState):
        terms (None | str):
        total_fen (int):
    """

    anticipatory_breach_basis: None | str
    anticipatory_breach_on: datetime.date | None
    as_of: datetime.date
    case_id: UUID
    center_case_id: UUID
    court_code: str
    defaulted_on: datetime.date | None
    fully_performed_on: datetime.date | None
    guarantor: Guarantor | None
    id: UUID
    installments: list[InstallmentOut]
    last_due_on: datetime.date
    outstanding_at_settlement_fen: int
    paid_fen: int
    payments: list[PaymentEntryOut]
    performance: Performance
    performance_label: str
    reached_on: datetime.date
    release_measure_ids: list[str]
    release_quantities: SettlementOutReleaseQuantities
    remaining_fen: int
    remortgage_asset_ids: list[str]
    resume_amount_fen: int | None
    resume_deadline: datetime.date
    resume_deadline_moved_for_holiday_from: datetime.date | None
    resumption_ground: None | SettlementOutResumptionGroundType0
    state: SettlementOutState
    terms: None | str
    total_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.guarantor import Guarantor

        anticipatory_breach_basis: None | str
        anticipatory_breach_basis = self.anticipatory_breach_basis

        anticipatory_breach_on: None | str
        if isinstance(self.anticipatory_breach_on, datetime.date):
            anticipatory_breach_on = self.anticipatory_breach_on.isoformat()
        else:
            anticipatory_breach_on = self.anticipatory_breach_on

        as_of = self.as_of.isoformat()

        case_id = str(self.case_id)

        center_case_id = str(self.center_case_id)

        court_code = self.court_code

        defaulted_on: None | str
        if isinstance(self.defaulted_on, datetime.date):
            defaulted_on = self.defaulted_on.isoformat()
        else:
            defaulted_on = self.defaulted_on

        fully_performed_on: None | str
        if isinstance(self.fully_performed_on, datetime.date):
            fully_performed_on = self.fully_performed_on.isoformat()
        else:
            fully_performed_on = self.fully_performed_on

        guarantor: dict[str, Any] | None
        if isinstance(self.guarantor, Guarantor):
            guarantor = self.guarantor.to_dict()
        else:
            guarantor = self.guarantor

        id = str(self.id)

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        last_due_on = self.last_due_on.isoformat()

        outstanding_at_settlement_fen = self.outstanding_at_settlement_fen

        paid_fen = self.paid_fen

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        performance = self.performance.value

        performance_label = self.performance_label

        reached_on = self.reached_on.isoformat()

        release_measure_ids = self.release_measure_ids

        release_quantities = self.release_quantities.to_dict()

        remaining_fen = self.remaining_fen

        remortgage_asset_ids = self.remortgage_asset_ids

        resume_amount_fen: int | None
        resume_amount_fen = self.resume_amount_fen

        resume_deadline = self.resume_deadline.isoformat()

        resume_deadline_moved_for_holiday_from: None | str
        if isinstance(self.resume_deadline_moved_for_holiday_from, datetime.date):
            resume_deadline_moved_for_holiday_from = (
                self.resume_deadline_moved_for_holiday_from.isoformat()
            )
        else:
            resume_deadline_moved_for_holiday_from = (
                self.resume_deadline_moved_for_holiday_from
            )

        resumption_ground: None | str
        if isinstance(self.resumption_ground, SettlementOutResumptionGroundType0):
            resumption_ground = self.resumption_ground.value
        else:
            resumption_ground = self.resumption_ground

        state = self.state.value

        terms: None | str
        terms = self.terms

        total_fen = self.total_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anticipatory_breach_basis": anticipatory_breach_basis,
                "anticipatory_breach_on": anticipatory_breach_on,
                "as_of": as_of,
                "case_id": case_id,
                "center_case_id": center_case_id,
                "court_code": court_code,
                "defaulted_on": defaulted_on,
                "fully_performed_on": fully_performed_on,
                "guarantor": guarantor,
                "id": id,
                "installments": installments,
                "last_due_on": last_due_on,
                "outstanding_at_settlement_fen": outstanding_at_settlement_fen,
                "paid_fen": paid_fen,
                "payments": payments,
                "performance": performance,
                "performance_label": performance_label,
                "reached_on": reached_on,
                "release_measure_ids": release_measure_ids,
                "release_quantities": release_quantities,
                "remaining_fen": remaining_fen,
                "remortgage_asset_ids": remortgage_asset_ids,
                "resume_amount_fen": resume_amount_fen,
                "resume_deadline": resume_deadline,
                "resume_deadline_moved_for_holiday_from": resume_deadline_moved_for_holiday_from,
                "resumption_ground": resumption_ground,
                "state": state,
                "terms": terms,
                "total_fen": total_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guarantor import Guarantor
        from ..models.installment_out import InstallmentOut
        from ..models.payment_entry_out import PaymentEntryOut
        from ..models.settlement_out_release_quantities import (
            SettlementOutReleaseQuantities,
        )

        d = dict(src_dict)

        def _parse_anticipatory_breach_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        anticipatory_breach_basis = _parse_anticipatory_breach_basis(
            d.pop("anticipatory_breach_basis")
        )

        def _parse_anticipatory_breach_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anticipatory_breach_on_type_0 = datetime.date.fromisoformat(data)

                return anticipatory_breach_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        anticipatory_breach_on = _parse_anticipatory_breach_on(
            d.pop("anticipatory_breach_on")
        )

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        case_id = UUID(d.pop("case_id"))

        center_case_id = UUID(d.pop("center_case_id"))

        court_code = d.pop("court_code")

        def _parse_defaulted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                defaulted_on_type_0 = datetime.date.fromisoformat(data)

                return defaulted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        defaulted_on = _parse_defaulted_on(d.pop("defaulted_on"))

        def _parse_fully_performed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fully_performed_on_type_0 = datetime.date.fromisoformat(data)

                return fully_performed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        fully_performed_on = _parse_fully_performed_on(d.pop("fully_performed_on"))

        def _parse_guarantor(data: object) -> Guarantor | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantor_type_0 = Guarantor.from_dict(data)

                return guarantor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Guarantor | None, data)

        guarantor = _parse_guarantor(d.pop("guarantor"))

        id = UUID(d.pop("id"))

        installments = []
        _installments = d.pop("installments")
        for installments_item_data in _installments:
            installments_item = InstallmentOut.from_dict(installments_item_data)

            installments.append(installments_item)

        last_due_on = datetime.date.fromisoformat(d.pop("last_due_on"))

        outstanding_at_settlement_fen = d.pop("outstanding_at_settlement_fen")

        paid_fen = d.pop("paid_fen")

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = PaymentEntryOut.from_dict(payments_item_data)

            payments.append(payments_item)

        performance = Performance(d.pop("performance"))

        performance_label = d.pop("performance_label")

        reached_on = datetime.date.fromisoformat(d.pop("reached_on"))

        release_measure_ids = cast(list[str], d.pop("release_measure_ids"))

        release_quantities = SettlementOutReleaseQuantities.from_dict(
            d.pop("release_quantities")
        )

        remaining_fen = d.pop("remaining_fen")

        remortgage_asset_ids = cast(list[str], d.pop("remortgage_asset_ids"))

        def _parse_resume_amount_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resume_amount_fen = _parse_resume_amount_fen(d.pop("resume_amount_fen"))

        resume_deadline = datetime.date.fromisoformat(d.pop("resume_deadline"))

        def _parse_resume_deadline_moved_for_holiday_from(
            data: object,
        ) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resume_deadline_moved_for_holiday_from_type_0 = (
                    datetime.date.fromisoformat(data)
                )

                return resume_deadline_moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        resume_deadline_moved_for_holiday_from = (
            _parse_resume_deadline_moved_for_holiday_from(
                d.pop("resume_deadline_moved_for_holiday_from")
            )
        )

        def _parse_resumption_ground(
            data: object,
        ) -> None | SettlementOutResumptionGroundType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resumption_ground_type_0 = SettlementOutResumptionGroundType0(data)

                return resumption_ground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettlementOutResumptionGroundType0, data)

        resumption_ground = _parse_resumption_ground(d.pop("resumption_ground"))

        state = SettlementOutState(d.pop("state"))

        def _parse_terms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        terms = _parse_terms(d.pop("terms"))

        total_fen = d.pop("total_fen")

        settlement_out = cls(
            anticipatory_breach_basis=anticipatory_breach_basis,
            anticipatory_breach_on=anticipatory_breach_on,
            as_of=as_of,
            case_id=case_id,
            center_case_id=center_case_id,
            court_code=court_code,
            defaulted_on=defaulted_on,
            fully_performed_on=fully_performed_on,
            guarantor=guarantor,
            id=id,
            installments=installments,
            last_due_on=last_due_on,
            outstanding_at_settlement_fen=outstanding_at_settlement_fen,
            paid_fen=paid_fen,
            payments=payments,
            performance=performance,
            performance_label=performance_label,
            reached_on=reached_on,
            release_measure_ids=release_measure_ids,
            release_quantities=release_quantities,
            remaining_fen=remaining_fen,
            remortgage_asset_ids=remortgage_asset_ids,
            resume_amount_fen=resume_amount_fen,
            resume_deadline=resume_deadline,
            resume_deadline_moved_for_holiday_from=resume_deadline_moved_for_holiday_from,
            resumption_ground=resumption_ground,
            state=state,
            terms=terms,
            total_fen=total_fen,
        )

        settlement_out.additional_properties = d
        return settlement_out

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
