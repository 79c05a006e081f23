from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_out_source import CaseOutSource
from ..models.center_state import CenterState

if TYPE_CHECKING:
    from ..models.asset_picture_out import AssetPictureOut
    from ..models.assignment_out import AssignmentOut
    from ..models.mediator_ref_out import MediatorRefOut
    from ..models.settlement_out import SettlementOut
    from ..models.step_entry_out import StepEntryOut


T = TypeVar("T", bound="CaseOut")


@_attrs_define
class CaseOut:
    """和解中心案件 with its assignments, handling steps, settlements and asset picture.

    Attributes:
        asset_picture (AssetPictureOut): 财产情况: the case, its assets and control measures as asset_core's events reported
            them.
        assigned_on (datetime.date | None):
        assignments (list[AssignmentOut]):
        case_id (UUID):
        case_number (str):
        close_reason (None | str):
        closed_on (datetime.date | None):
        court_code (str):
        created_at (datetime.datetime):
        fully_executed_on (datetime.date | None):
        green_channel (bool):
        id (UUID):
        last_step_on (datetime.date | None):
        legal_status (str):
        livelihood_category (str):
        mediator (MediatorRefOut | None):
        priority (int):
        received_on (datetime.date):
        referral_reason (None | str):
        settled_on (datetime.date | None):
        settlements (list[SettlementOut]):
        source (CaseOutSource):
        state (CenterState):
        state_label (str):
        steps (list[StepEntryOut]):
        updated_at (datetime.datetime):
        version (int):
    """

    asset_picture: AssetPictureOut
    assigned_on: datetime.date | None
    assignments: list[AssignmentOut]
    case_id: UUID
    case_number: str
    close_reason: None | str
    closed_on: datetime.date | None
    court_code: str
    created_at: datetime.datetime
    fully_executed_on: datetime.date | None
    green_channel: bool
    id: UUID
    last_step_on: datetime.date | None
    legal_status: str
    livelihood_category: str
    mediator: MediatorRefOut | None
    priority: int
    received_on: datetime.date
    referral_reason: None | str
    settled_on: datetime.date | None
    settlements: list[SettlementOut]
    source: CaseOutSource
    state: CenterState
    state_label: str
    steps: list[StepEntryOut]
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mediator_ref_out import MediatorRefOut

        asset_picture = self.asset_picture.to_dict()

        assigned_on: None | str
        if isinstance(self.assigned_on, datetime.date):
            assigned_on = self.assigned_on.isoformat()
        else:
            assigned_on = self.assigned_on

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        case_id = str(self.case_id)

        case_number = self.case_number

        close_reason: None | str
        close_reason = self.close_reason

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        court_code = self.court_code

        created_at = self.created_at.isoformat()

        fully_executed_on: None | str
        if isinstance(self.fully_executed_on, datetime.date):
            fully_executed_on = self.fully_executed_on.isoformat()
        else:
            fully_executed_on = self.fully_executed_on

        green_channel = self.green_channel

        id = str(self.id)

        last_step_on: None | str
        if isinstance(self.last_step_on, datetime.date):
            last_step_on = self.last_step_on.isoformat()
        else:
            last_step_on = self.last_step_on

        legal_status = self.legal_status

        livelihood_category = self.livelihood_category

        mediator: dict[str, Any] | None
        if isinstance(self.mediator, MediatorRefOut):
            mediator = self.mediator.to_dict()
        else:
            mediator = self.mediator

        priority = self.priority

        received_on = self.received_on.isoformat()

        referral_reason: None | str
        referral_reason = self.referral_reason

        settled_on: None | str
        if isinstance(self.settled_on, datetime.date):
            settled_on = self.settled_on.isoformat()
        else:
            settled_on = self.settled_on

        settlements = []
        for settlements_item_data in self.settlements:
            settlements_item = settlements_item_data.to_dict()
            settlements.append(settlements_item)

        source = self.source.value

        state = self.state.value

        state_label = self.state_label

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_picture": asset_picture,
                "assigned_on": assigned_on,
                "assignments": assignments,
                "case_id": case_id,
                "case_number": case_number,
                "close_reason": close_reason,
                "closed_on": closed_on,
                "court_code": court_code,
                "created_at": created_at,
                "fully_executed_on": fully_executed_on,
                "green_channel": green_channel,
                "id": id,
                "last_step_on": last_step_on,
                "legal_status": legal_status,
                "livelihood_category": livelihood_category,
                "mediator": mediator,
                "priority": priority,
                "received_on": received_on,
                "referral_reason": referral_reason,
                "settled_on": settled_on,
                "settlements": settlements,
                "source": source,
                "state": state,
                "state_label": state_label,
                "steps": steps,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_picture_out import AssetPictureOut
        from ..models.assignment_out import AssignmentOut
        from ..models.mediator_ref_out import MediatorRefOut
        from ..models.settlement_out import SettlementOut
        from ..models.step_entry_out import StepEntryOut

        d = dict(src_dict)
        asset_picture = AssetPictureOut.from_dict(d.pop("asset_picture"))

        def _parse_assigned_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_on_type_0 = datetime.date.fromisoformat(data)

                return assigned_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        assigned_on = _parse_assigned_on(d.pop("assigned_on"))

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = AssignmentOut.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        def _parse_close_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close_reason = _parse_close_reason(d.pop("close_reason"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        court_code = d.pop("court_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_fully_executed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fully_executed_on_type_0 = datetime.date.fromisoformat(data)

                return fully_executed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        fully_executed_on = _parse_fully_executed_on(d.pop("fully_executed_on"))

        green_channel = d.pop("green_channel")

        id = UUID(d.pop("id"))

        def _parse_last_step_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_step_on_type_0 = datetime.date.fromisoformat(data)

                return last_step_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_step_on = _parse_last_step_on(d.pop("last_step_on"))

        legal_status = d.pop("legal_status")

        livelihood_category = d.pop("livelihood_category")

        def _parse_mediator(data: object) -> MediatorRefOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mediator_type_0 = MediatorRefOut.from_dict(data)

                return mediator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediatorRefOut | None, data)

        mediator = _parse_mediator(d.pop("mediator"))

        priority = d.pop("priority")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_referral_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referral_reason = _parse_referral_reason(d.pop("referral_reason"))

        def _parse_settled_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settled_on_type_0 = datetime.date.fromisoformat(data)

                return settled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        settled_on = _parse_settled_on(d.pop("settled_on"))

        settlements = []
        _settlements = d.pop("settlements")
        for settlements_item_data in _settlements:
            settlements_item = SettlementOut.from_dict(settlements_item_data)

            settlements.append(settlements_item)

        source = CaseOutSource(d.pop("source"))

        state = CenterState(d.pop("state"))

        state_label = d.pop("state_label")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepEntryOut.from_dict(steps_item_data)

            steps.append(steps_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        case_out = cls(
            asset_picture=asset_picture,
            assigned_on=assigned_on,
            assignments=assignments,
            case_id=case_id,
            case_number=case_number,
            close_reason=close_reason,
            closed_on=closed_on,
            court_code=court_code,
            created_at=created_at,
            fully_executed_on=fully_executed_on,
            green_channel=green_channel,
            id=id,
            last_step_on=last_step_on,
            legal_status=legal_status,
            livelihood_category=livelihood_category,
            mediator=mediator,
            priority=priority,
            received_on=received_on,
            referral_reason=referral_reason,
            settled_on=settled_on,
            settlements=settlements,
            source=source,
            state=state,
            state_label=state_label,
            steps=steps,
            updated_at=updated_at,
            version=version,
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
