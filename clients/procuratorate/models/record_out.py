from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_state import CaseState

if TYPE_CHECKING:
    from ..models.record_out_evidence_item import RecordOutEvidenceItem


T = TypeVar("T", bound="RecordOut")


@_attrs_define
class RecordOut:
    """
    Attributes:
        agencies (list[str]):
        case_id (UUID):
        case_state (CaseState):
        evidence (list[RecordOutEvidenceItem]):
        findings (str):
        id (UUID):
        kind (str):
        participants (list[str]):
        recorded_on (datetime.date):
    """

    agencies: list[str]
    case_id: UUID
    case_state: CaseState
    evidence: list[RecordOutEvidenceItem]
    findings: str
    id: UUID
    kind: str
    participants: list[str]
    recorded_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agencies = self.agencies

        case_id = str(self.case_id)

        case_state = self.case_state.value

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        findings = self.findings

        id = str(self.id)

        kind = self.kind

        participants = self.participants

        recorded_on = self.recorded_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agencies": agencies,
                "case_id": case_id,
                "case_state": case_state,
                "evidence": evidence,
                "findings": findings,
                "id": id,
                "kind": kind,
                "participants": participants,
                "recorded_on": recorded_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.record_out_evidence_item import RecordOutEvidenceItem

        d = dict(src_dict)
        agencies = cast(list[str], d.pop("agencies"))

        case_id = UUID(d.pop("case_id"))

        case_state = CaseState(d.pop("case_state"))

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = RecordOutEvidenceItem.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        findings = d.pop("findings")

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        participants = cast(list[str], d.pop("participants"))

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))

        record_out = cls(
            agencies=agencies,
            case_id=case_id,
            case_state=case_state,
            evidence=evidence,
            findings=findings,
            id=id,
            kind=kind,
            participants=participants,
            recorded_on=recorded_on,
        )

        record_out.additional_properties = d
        return record_out

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
