from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.act_in import ActIn
    from ..models.evidence_in import EvidenceIn
    from ..models.transfer_person_in import TransferPersonIn


T = TypeVar("T", bound="TransferIn")


@_attrs_define
class TransferIn:
    """
    Attributes:
        acts (list[ActIn]):
        case_id (UUID):
        evidence (list[EvidenceIn]): 证据清单
        letter_number (str): 移送函文号
        persons (list[TransferPersonIn]):
        police_code (str): 公安机关代码, e.g. 内0621公
        sent_on (datetime.date):
        summary (str): 执行情况说明
        amount_fen (int | Unset): 拒不执行的金额 (fen) Default: 0.
    """

    acts: list[ActIn]
    case_id: UUID
    evidence: list[EvidenceIn]
    letter_number: str
    persons: list[TransferPersonIn]
    police_code: str
    sent_on: datetime.date
    summary: str
    amount_fen: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        acts = []
        for acts_item_data in self.acts:
            acts_item = acts_item_data.to_dict()
            acts.append(acts_item)

        case_id = str(self.case_id)

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        letter_number = self.letter_number

        persons = []
        for persons_item_data in self.persons:
            persons_item = persons_item_data.to_dict()
            persons.append(persons_item)

        police_code = self.police_code

        sent_on = self.sent_on.isoformat()

        summary = self.summary

        amount_fen = self.amount_fen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acts": acts,
                "case_id": case_id,
                "evidence": evidence,
                "letter_number": letter_number,
                "persons": persons,
                "police_code": police_code,
                "sent_on": sent_on,
                "summary": summary,
            }
        )
        if amount_fen is not UNSET:
            field_dict["amount_fen"] = amount_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.act_in import ActIn
        from ..models.evidence_in import EvidenceIn
        from ..models.transfer_person_in import TransferPersonIn

        d = dict(src_dict)
        acts = []
        _acts = d.pop("acts")
        for acts_item_data in _acts:
            acts_item = ActIn.from_dict(acts_item_data)

            acts.append(acts_item)

        case_id = UUID(d.pop("case_id"))

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceIn.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        letter_number = d.pop("letter_number")

        persons = []
        _persons = d.pop("persons")
        for persons_item_data in _persons:
            persons_item = TransferPersonIn.from_dict(persons_item_data)

            persons.append(persons_item)

        police_code = d.pop("police_code")

        sent_on = datetime.date.fromisoformat(d.pop("sent_on"))

        summary = d.pop("summary")

        amount_fen = d.pop("amount_fen", UNSET)

        transfer_in = cls(
            acts=acts,
            case_id=case_id,
            evidence=evidence,
            letter_number=letter_number,
            persons=persons,
            police_code=police_code,
            sent_on=sent_on,
            summary=summary,
            amount_fen=amount_fen,
        )

        return transfer_in
