from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_state import CaseState
from ..models.livelihood_category import LivelihoodCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_out_milestones import CaseOutMilestones
    from ..models.deadline_out import DeadlineOut
    from ..models.designation_out import DesignationOut
    from ..models.party_out import PartyOut


T = TypeVar("T", bound="CaseOut")


@_attrs_define
class CaseOut:
    """
    Attributes:
        amount_owed_fen (int):
        applicants (list[PartyOut]):
        case_number (str):
        case_type (str):
        court_code (str):
        created_at (datetime.datetime):
        deadlines (list[DeadlineOut]):
        designations (list[DesignationOut]):
        executing_court_code (str):
        filed_on (datetime.date):
        id (UUID):
        livelihood_category (LivelihoodCategory): 绿色通道: livelihood cases are filed, executed and paid out first
            (MISSION.md).
        milestones (CaseOutMilestones):
        parent_case_id (None | UUID):
        priority (int): 0 = 绿色通道 first, 1 = ordinary
        respondents (list[PartyOut]):
        state (CaseState):
        state_label (str):
        updated_at (datetime.datetime):
        version (int):
        obstructed (bool | Unset): someone obstructed execution (终本规定 1(5)) Default: False.
    """

    amount_owed_fen: int
    applicants: list[PartyOut]
    case_number: str
    case_type: str
    court_code: str
    created_at: datetime.datetime
    deadlines: list[DeadlineOut]
    designations: list[DesignationOut]
    executing_court_code: str
    filed_on: datetime.date
    id: UUID
    livelihood_category: LivelihoodCategory
    milestones: CaseOutMilestones
    parent_case_id: None | UUID
    priority: int
    respondents: list[PartyOut]
    state: CaseState
    state_label: str
    updated_at: datetime.datetime
    version: int
    obstructed: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_owed_fen = self.amount_owed_fen

        applicants = []
        for applicants_item_data in self.applicants:
            applicants_item = applicants_item_data.to_dict()
            applicants.append(applicants_item)

        case_number = self.case_number

        case_type = self.case_type

        court_code = self.court_code

        created_at = self.created_at.isoformat()

        deadlines = []
        for deadlines_item_data in self.deadlines:
            deadlines_item = deadlines_item_data.to_dict()
            deadlines.append(deadlines_item)

        designations = []
        for designations_item_data in self.designations:
            designations_item = designations_item_data.to_dict()
            designations.append(designations_item)

        executing_court_code = self.executing_court_code

        filed_on = self.filed_on.isoformat()

        id = str(self.id)

        livelihood_category = self.livelihood_category.value

        milestones = self.milestones.to_dict()

        parent_case_id: None | str
        if isinstance(self.parent_case_id, UUID):
            parent_case_id = str(self.parent_case_id)
        else:
            parent_case_id = self.parent_case_id

        priority = self.priority

        respondents = []
        for respondents_item_data in self.respondents:
            respondents_item = respondents_item_data.to_dict()
            respondents.append(respondents_item)

        state = self.state.value

        state_label = self.state_label

        updated_at = self.updated_at.isoformat()

        version = self.version

        obstructed = self.obstructed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_owed_fen": amount_owed_fen,
                "applicants": applicants,
                "case_number": case_number,
                "case_type": case_type,
                "court_code": court_code,
                "created_at": created_at,
                "deadlines": deadlines,
                "designations": designations,
                "executing_court_code": executing_court_code,
                "filed_on": filed_on,
                "id": id,
                "livelihood_category": livelihood_category,
                "milestones": milestones,
                "parent_case_id": parent_case_id,
                "priority": priority,
                "respondents": respondents,
                "state": state,
                "state_label": state_label,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if obstructed is not UNSET:
            field_dict["obstructed"] = obstructed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.case_out_milestones import CaseOutMilestones
        from ..models.deadline_out import DeadlineOut
        from ..models.designation_out import DesignationOut
        from ..models.party_out import PartyOut

        d = dict(src_dict)
        amount_owed_fen = d.pop("amount_owed_fen")

        applicants = []
        _applicants = d.pop("applicants")
        for applicants_item_data in _applicants:
            applicants_item = PartyOut.from_dict(applicants_item_data)

            applicants.append(applicants_item)

        case_number = d.pop("case_number")

        case_type = d.pop("case_type")

        court_code = d.pop("court_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        deadlines = []
        _deadlines = d.pop("deadlines")
        for deadlines_item_data in _deadlines:
            deadlines_item = DeadlineOut.from_dict(deadlines_item_data)

            deadlines.append(deadlines_item)

        designations = []
        _designations = d.pop("designations")
        for designations_item_data in _designations:
            designations_item = DesignationOut.from_dict(designations_item_data)

            designations.append(designations_item)

        executing_court_code = d.pop("executing_court_code")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        id = UUID(d.pop("id"))

        livelihood_category = LivelihoodCategory(d.pop("livelihood_category"))

        milestones = CaseOutMilestones.from_dict(d.pop("milestones"))

        def _parse_parent_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_case_id_type_0 = UUID(data)

                return parent_case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_case_id = _parse_parent_case_id(d.pop("parent_case_id"))

        priority = d.pop("priority")

        respondents = []
        _respondents = d.pop("respondents")
        for respondents_item_data in _respondents:
            respondents_item = PartyOut.from_dict(respondents_item_data)

            respondents.append(respondents_item)

        state = CaseState(d.pop("state"))

        state_label = d.pop("state_label")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        obstructed = d.pop("obstructed", UNSET)

        case_out = cls(
            amount_owed_fen=amount_owed_fen,
            applicants=applicants,
            case_number=case_number,
            case_type=case_type,
            court_code=court_code,
            created_at=created_at,
            deadlines=deadlines,
            designations=designations,
            executing_court_code=executing_court_code,
            filed_on=filed_on,
            id=id,
            livelihood_category=livelihood_category,
            milestones=milestones,
            parent_case_id=parent_case_id,
            priority=priority,
            respondents=respondents,
            state=state,
            state_label=state_label,
            updated_at=updated_at,
            version=version,
            obstructed=obstructed,
        )

        case_out.additional_properties = d
        return case_out

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
