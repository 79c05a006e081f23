from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.record_in_kind import RecordInKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="RecordIn")


@_attrs_define
class RecordIn:
    """
    Attributes:
        findings (str):
        kind (RecordInKind): 调取书证 document_request / 询问 interview / 现场勘查 site_inspection / 磋商 consultation
        recorded_on (datetime.date):
        agencies (list[str] | Unset): agencies asked or consulted
        evidence (list[Evidence] | Unset):
        participants (list[str] | Unset):
    """

    findings: str
    kind: RecordInKind
    recorded_on: datetime.date
    agencies: list[str] | Unset = UNSET
    evidence: list[Evidence] | Unset = UNSET
    participants: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        findings = self.findings

        kind = self.kind.value

        recorded_on = self.recorded_on.isoformat()

        agencies: list[str] | Unset = UNSET
        if not isinstance(self.agencies, Unset):
            agencies = self.agencies

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "findings": findings,
                "kind": kind,
                "recorded_on": recorded_on,
            }
        )
        if agencies is not UNSET:
            field_dict["agencies"] = agencies
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        findings = d.pop("findings")

        kind = RecordInKind(d.pop("kind"))

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))

        agencies = cast(list[str], d.pop("agencies", UNSET))

        _evidence = d.pop("evidence", UNSET)
        evidence: list[Evidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = Evidence.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        participants = cast(list[str], d.pop("participants", UNSET))

        record_in = cls(
            findings=findings,
            kind=kind,
            recorded_on=recorded_on,
            agencies=agencies,
            evidence=evidence,
            participants=participants,
        )

        return record_in
