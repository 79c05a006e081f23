from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_summary_out_source import CaseSummaryOutSource
from ..models.center_state import CenterState

T = TypeVar("T", bound="CaseSummaryOut")


@_attrs_define
class CaseSummaryOut:
    """A center case in a list (the queue, a page of cases).

    Attributes:
        assigned_on (datetime.date | None):
        case_id (UUID): 执行案件 id (asset_core)
        case_number (str):
        court_code (str):
        green_channel (bool):
        id (UUID):
        last_step_on (datetime.date | None):
        legal_status (str): the enforcement case's state, kept as asset_core reports it
        livelihood_category (str):
        mediator_id (None | UUID):
        priority (int): 0 绿色通道 (green channel), 1 ordinary
        received_on (datetime.date):
        source (CaseSummaryOutSource): concluded 终本推送 / referral 移送
        state (CenterState):
        state_label (str):
        version (int):
    """

    assigned_on: datetime.date | None
    case_id: UUID
    case_number: str
    court_code: str
    green_channel: bool
    id: UUID
    last_step_on: datetime.date | None
    legal_status: str
    livelihood_category: str
    mediator_id: None | UUID
    priority: int
    received_on: datetime.date
    source: CaseSummaryOutSource
    state: CenterState
    state_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_on: None | str
        if isinstance(self.assigned_on, datetime.date):
            assigned_on = self.assigned_on.isoformat()
        else:
            assigned_on = self.assigned_on

        case_id = str(self.case_id)

        case_number = self.case_number

        court_code = self.court_code

        green_channel = self.green_channel

        id = str(self.id)

        last_step_on: None | str
        if isinstance(self.last_step_on, datetime.date):
            last_step_on = self.last_step_on.isoformat()
        else:
            last_step_on = self.last_step_on

        legal_status = self.legal_status

        livelihood_category = self.livelihood_category

        mediator_id: None | str
        if isinstance(self.mediator_id, UUID):
            mediator_id = str(self.mediator_id)
        else:
            mediator_id = self.mediator_id

        priority = self.priority

        received_on = self.received_on.isoformat()

        source = self.source.value

        state = self.state.value

        state_label = self.state_label

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_on": assigned_on,
                "case_id": case_id,
                "case_number": case_number,
                "court_code": court_code,
                "green_channel": green_channel,
                "id": id,
                "last_step_on": last_step_on,
                "legal_status": legal_status,
                "livelihood_category": livelihood_category,
                "mediator_id": mediator_id,
                "priority": priority,
                "received_on": received_on,
                "source": source,
                "state": state,
                "state_label": state_label,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        court_code = d.pop("court_code")

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

        def _parse_mediator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mediator_id_type_0 = UUID(data)

                return mediator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        mediator_id = _parse_mediator_id(d.pop("mediator_id"))

        priority = d.pop("priority")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        source = CaseSummaryOutSource(d.pop("source"))

        state = CenterState(d.pop("state"))

        state_label = d.pop("state_label")

        version = d.pop("version")

        case_summary_out = cls(
            assigned_on=assigned_on,
            case_id=case_id,
            case_number=case_number,
            court_code=court_code,
            green_channel=green_channel,
            id=id,
            last_step_on=last_step_on,
            legal_status=legal_status,
            livelihood_category=livelihood_category,
            mediator_id=mediator_id,
            priority=priority,
            received_on=received_on,
            source=source,
            state=state,
            state_label=state_label,
            version=version,
        )

        case_summary_out.additional_properties = d
        return case_summary_out

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
