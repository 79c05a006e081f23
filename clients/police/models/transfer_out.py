from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_state import TransferState

if TYPE_CHECKING:
    from ..models.deadline_out import DeadlineOut
    from ..models.payment_out import PaymentOut
    from ..models.transfer_out_evidence import TransferOutEvidence
    from ..models.transfer_out_history_item import TransferOutHistoryItem
    from ..models.transfer_out_persons_item import TransferOutPersonsItem


T = TypeVar("T", bound="TransferOut")


@_attrs_define
class TransferOut:
    """
    Attributes:
        amount_fen (int):
        case_id (UUID):
        case_number (str):
        complex_case (bool):
        complex_reason (None | str):
        court_code (str):
        deadlines (list[DeadlineOut]):
        evidence (TransferOutEvidence):
        explained_on (datetime.date | None):
        explanation (None | str):
        filed_on (datetime.date | None):
        filing_ordered_on (datetime.date | None):
        history (list[TransferOutHistoryItem]):
        id (UUID):
        letter_number (str):
        livelihood_category (str):
        outcome_note (None | str):
        outcome_on (datetime.date | None):
        payment (None | PaymentOut):
        person_count (int):
        persons (list[TransferOutPersonsItem]):
        police_code (str):
        private_prosecution_on (datetime.date | None):
        procuratorate_code (None | str):
        receipted_on (datetime.date | None):
        refusal_notified_on (datetime.date | None):
        refusal_reason (None | str):
        refused_on (datetime.date | None):
        sent_on (datetime.date):
        sentence (None | str):
        state (TransferState):
        state_label (str):
        summary (str):
        supervision_decided_on (datetime.date | None):
        supervision_reason (None | str):
        supervision_requested_on (datetime.date | None):
        version (int):
        weighs_heavier (bool):
    """

    amount_fen: int
    case_id: UUID
    case_number: str
    complex_case: bool
    complex_reason: None | str
    court_code: str
    deadlines: list[DeadlineOut]
    evidence: TransferOutEvidence
    explained_on: datetime.date | None
    explanation: None | str
    filed_on: datetime.date | None
    filing_ordered_on: datetime.date | None
    history: list[TransferOutHistoryItem]
    id: UUID
    letter_number: str
    livelihood_category: str
    outcome_note: None | str
    outcome_on: datetime.date | None
    payment: None | PaymentOut
    person_count: int
    persons: list[TransferOutPersonsItem]
    police_code: str
    private_prosecution_on: datetime.date | None
    procuratorate_code: None | str
    receipted_on: datetime.date | None
    refusal_notified_on: datetime.date | None
    refusal_reason: None | str
    refused_on: datetime.date | None
    sent_on: datetime.date
    sentence: None | str
    state: TransferState
    state_label: str
    summary: str
    supervision_decided_on: datetime.date | None
    supervision_reason: None | str
    supervision_requested_on: datetime.date | None
    version: int
    weighs_heavier: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_out import PaymentOut

        amount_fen = self.amount_fen

        case_id = str(self.case_id)

        case_number = self.case_number

        complex_case = self.complex_case

        complex_reason: None | str
        complex_reason = self.complex_reason

        court_code = self.court_code

        deadlines = []
        for deadlines_item_data in self.deadlines:
            deadlines_item = deadlines_item_data.to_dict()
            deadlines.append(deadlines_item)

        evidence = self.evidence.to_dict()

        explained_on: None | str
        if isinstance(self.explained_on, datetime.date):
            explained_on = self.explained_on.isoformat()
        else:
            explained_on = self.explained_on

        explanation: None | str
        explanation = self.explanation

        filed_on: None | str
        if isinstance(self.filed_on, datetime.date):
            filed_on = self.filed_on.isoformat()
        else:
            filed_on = self.filed_on

        filing_ordered_on: None | str
        if isinstance(self.filing_ordered_on, datetime.date):
            filing_ordered_on = self.filing_ordered_on.isoformat()
        else:
            filing_ordered_on = self.filing_ordered_on

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = str(self.id)

        letter_number = self.letter_number

        livelihood_category = self.livelihood_category

        outcome_note: None | str
        outcome_note = self.outcome_note

        outcome_on: None | str
        if isinstance(self.outcome_on, datetime.date):
            outcome_on = self.outcome_on.isoformat()
        else:
            outcome_on = self.outcome_on

        payment: dict[str, Any] | None
        if isinstance(self.payment, PaymentOut):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        person_count = self.person_count

        persons = []
        for persons_item_data in self.persons:
            persons_item = persons_item_data.to_dict()
            persons.append(persons_item)

        police_code = self.police_code

        private_prosecution_on: None | str
        if isinstance(self.private_prosecution_on, datetime.date):
            private_prosecution_on = self.private_prosecution_on.isoformat()
        else:
            private_prosecution_on = self.private_prosecution_on

        procuratorate_code: None | str
        procuratorate_code = self.procuratorate_code

        receipted_on: None | str
        if isinstance(self.receipted_on, datetime.date):
            receipted_on = self.receipted_on.isoformat()
        else:
            receipted_on = self.receipted_on

        refusal_notified_on: None | str
        if isinstance(self.refusal_notified_on, datetime.date):
            refusal_notified_on = self.refusal_notified_on.isoformat()
        else:
            refusal_notified_on = self.refusal_notified_on

        refusal_reason: None | str
        refusal_reason = self.refusal_reason

        refused_on: None | str
        if isinstance(self.refused_on, datetime.date):
            refused_on = self.refused_on.isoformat()
        else:
            refused_on = self.refused_on

        sent_on = self.sent_on.isoformat()

        sentence: None | str
        sentence = self.sentence

        state = self.state.value

        state_label = self.state_label

        summary = self.summary

        supervision_decided_on: None | str
        if isinstance(self.supervision_decided_on, datetime.date):
            supervision_decided_on = self.supervision_decided_on.isoformat()
        else:
            supervision_decided_on = self.supervision_decided_on

        supervision_reason: None | str
        supervision_reason = self.supervision_reason

        supervision_requested_on: None | str
        if isinstance(self.supervision_requested_on, datetime.date):
            supervision_requested_on = self.supervision_requested_on.isoformat()
        else:
            supervision_requested_on = self.supervision_requested_on

        version = self.version

        weighs_heavier = self.weighs_heavier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_fen": amount_fen,
                "case_id": case_id,
                "case_number": case_number,
                "complex_case": complex_case,
                "complex_reason": complex_reason,
                "court_code": court_code,
                "deadlines": deadlines,
                "evidence": evidence,
                "explained_on": explained_on,
                "explanation": explanation,
                "filed_on": filed_on,
                "filing_ordered_on": filing_ordered_on,
                "history": history,
                "id": id,
                "letter_number": letter_number,
                "livelihood_category": livelihood_category,
                "outcome_note": outcome_note,
                "outcome_on": outcome_on,
                "payment": payment,
                "person_count": person_count,
                "persons": persons,
                "police_code": police_code,
                "private_prosecution_on": private_prosecution_on,
                "procuratorate_code": procuratorate_code,
                "receipted_on": receipted_on,
                "refusal_notified_on": refusal_notified_on,
                "refusal_reason": refusal_reason,
                "refused_on": refused_on,
                "sent_on": sent_on,
                "sentence": sentence,
                "state": state,
                "state_label": state_label,
                "summary": summary,
                "supervision_decided_on": supervision_decided_on,
                "supervision_reason": supervision_reason,
                "supervision_requested_on": supervision_requested_on,
                "version": version,
                "weighs_heavier": weighs_heavier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deadline_out import DeadlineOut
        from ..models.payment_out import PaymentOut
        from ..models.transfer_out_evidence import TransferOutEvidence
        from ..models.transfer_out_history_item import TransferOutHistoryItem
        from ..models.transfer_out_persons_item import TransferOutPersonsItem

        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        complex_case = d.pop("complex_case")

        def _parse_complex_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complex_reason = _parse_complex_reason(d.pop("complex_reason"))

        court_code = d.pop("court_code")

        deadlines = []
        _deadlines = d.pop("deadlines")
        for deadlines_item_data in _deadlines:
            deadlines_item = DeadlineOut.from_dict(deadlines_item_data)

            deadlines.append(deadlines_item)

        evidence = TransferOutEvidence.from_dict(d.pop("evidence"))

        def _parse_explained_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                explained_on_type_0 = datetime.date.fromisoformat(data)

                return explained_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        explained_on = _parse_explained_on(d.pop("explained_on"))

        def _parse_explanation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explanation = _parse_explanation(d.pop("explanation"))

        def _parse_filed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filed_on_type_0 = datetime.date.fromisoformat(data)

                return filed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        filed_on = _parse_filed_on(d.pop("filed_on"))

        def _parse_filing_ordered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filing_ordered_on_type_0 = datetime.date.fromisoformat(data)

                return filing_ordered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        filing_ordered_on = _parse_filing_ordered_on(d.pop("filing_ordered_on"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = TransferOutHistoryItem.from_dict(history_item_data)

            history.append(history_item)

        id = UUID(d.pop("id"))

        letter_number = d.pop("letter_number")

        livelihood_category = d.pop("livelihood_category")

        def _parse_outcome_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_note = _parse_outcome_note(d.pop("outcome_note"))

        def _parse_outcome_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_on_type_0 = datetime.date.fromisoformat(data)

                return outcome_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        outcome_on = _parse_outcome_on(d.pop("outcome_on"))

        def _parse_payment(data: object) -> None | PaymentOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_0 = PaymentOut.from_dict(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentOut, data)

        payment = _parse_payment(d.pop("payment"))

        person_count = d.pop("person_count")

        persons = []
        _persons = d.pop("persons")
        for persons_item_data in _persons:
            persons_item = TransferOutPersonsItem.from_dict(persons_item_data)

            persons.append(persons_item)

        police_code = d.pop("police_code")

        def _parse_private_prosecution_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                private_prosecution_on_type_0 = datetime.date.fromisoformat(data)

                return private_prosecution_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        private_prosecution_on = _parse_private_prosecution_on(
            d.pop("private_prosecution_on")
        )

        def _parse_procuratorate_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        procuratorate_code = _parse_procuratorate_code(d.pop("procuratorate_code"))

        def _parse_receipted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                receipted_on_type_0 = datetime.date.fromisoformat(data)

                return receipted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        receipted_on = _parse_receipted_on(d.pop("receipted_on"))

        def _parse_refusal_notified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refusal_notified_on_type_0 = datetime.date.fromisoformat(data)

                return refusal_notified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        refusal_notified_on = _parse_refusal_notified_on(d.pop("refusal_notified_on"))

        def _parse_refusal_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refusal_reason = _parse_refusal_reason(d.pop("refusal_reason"))

        def _parse_refused_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refused_on_type_0 = datetime.date.fromisoformat(data)

                return refused_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        refused_on = _parse_refused_on(d.pop("refused_on"))

        sent_on = datetime.date.fromisoformat(d.pop("sent_on"))

        def _parse_sentence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sentence = _parse_sentence(d.pop("sentence"))

        state = TransferState(d.pop("state"))

        state_label = d.pop("state_label")

        summary = d.pop("summary")

        def _parse_supervision_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supervision_decided_on_type_0 = datetime.date.fromisoformat(data)

                return supervision_decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        supervision_decided_on = _parse_supervision_decided_on(
            d.pop("supervision_decided_on")
        )

        def _parse_supervision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supervision_reason = _parse_supervision_reason(d.pop("supervision_reason"))

        def _parse_supervision_requested_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supervision_requested_on_type_0 = datetime.date.fromisoformat(data)

                return supervision_requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        supervision_requested_on = _parse_supervision_requested_on(
            d.pop("supervision_requested_on")
        )

        version = d.pop("version")

        weighs_heavier = d.pop("weighs_heavier")

        transfer_out = cls(
            amount_fen=amount_fen,
            case_id=case_id,
            case_number=case_number,
            complex_case=complex_case,
            complex_reason=complex_reason,
            court_code=court_code,
            deadlines=deadlines,
            evidence=evidence,
            explained_on=explained_on,
            explanation=explanation,
            filed_on=filed_on,
            filing_ordered_on=filing_ordered_on,
            history=history,
            id=id,
            letter_number=letter_number,
            livelihood_category=livelihood_category,
            outcome_note=outcome_note,
            outcome_on=outcome_on,
            payment=payment,
            person_count=person_count,
            persons=persons,
            police_code=police_code,
            private_prosecution_on=private_prosecution_on,
            procuratorate_code=procuratorate_code,
            receipted_on=receipted_on,
            refusal_notified_on=refusal_notified_on,
            refusal_reason=refusal_reason,
            refused_on=refused_on,
            sent_on=sent_on,
            sentence=sentence,
            state=state,
            state_label=state_label,
            summary=summary,
            supervision_decided_on=supervision_decided_on,
            supervision_reason=supervision_reason,
            supervision_requested_on=supervision_requested_on,
            version=version,
            weighs_heavier=weighs_heavier,
        )

        transfer_out.additional_properties = d
        return transfer_out

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
