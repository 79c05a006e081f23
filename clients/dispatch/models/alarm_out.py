from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_out import DispatchOut
    from ..models.location_out import LocationOut
    from ..models.reporter_out import ReporterOut
    from ..models.targets_out import TargetsOut


T = TypeVar("T", bound="AlarmOut")


@_attrs_define
class AlarmOut:
    """
    Attributes:
        case_id (None | UUID):
        case_number (None | str):
        court_code (str):
        description (str):
        first_arrived_at (datetime.datetime | None):
        first_dispatched_at (datetime.datetime | None):
        id (UUID):
        livelihood_category (None | str):
        location (LocationOut):
        priority (int): lower first: 0-2 绿色通道, 10-12 ordinary
        received_at (datetime.datetime):
        reporter (None | ReporterOut):
        source (str):
        source_label (str):
        source_ref (None | str):
        status (str):
        status_label (str):
        time_to_arrival_s (float | None):
        time_to_dispatch_s (float | None):
        urgency (str):
        urgency_label (str):
        version (int):
        dispatches (list[DispatchOut] | None | Unset): in the alarm's detail: its dispatches
        targets (None | TargetsOut | Unset): response targets (configurable per class) and time left
    """

    case_id: None | UUID
    case_number: None | str
    court_code: str
    description: str
    first_arrived_at: datetime.datetime | None
    first_dispatched_at: datetime.datetime | None
    id: UUID
    livelihood_category: None | str
    location: LocationOut
    priority: int
    received_at: datetime.datetime
    reporter: None | ReporterOut
    source: str
    source_label: str
    source_ref: None | str
    status: str
    status_label: str
    time_to_arrival_s: float | None
    time_to_dispatch_s: float | None
    urgency: str
    urgency_label: str
    version: int
    dispatches: list[DispatchOut] | None | Unset = UNSET
    targets: None | TargetsOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reporter_out import ReporterOut
        from ..models.targets_out import TargetsOut

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        case_number: None | str
        case_number = self.case_number

        court_code = self.court_code

        description = self.description

        first_arrived_at: None | str
        if isinstance(self.first_arrived_at, datetime.datetime):
            first_arrived_at = self.first_arrived_at.isoformat()
        else:
            first_arrived_at = self.first_arrived_at

        first_dispatched_at: None | str
        if isinstance(self.first_dispatched_at, datetime.datetime):
            first_dispatched_at = self.first_dispatched_at.isoformat()
        else:
            first_dispatched_at = self.first_dispatched_at

        id = str(self.id)

        livelihood_category: None | str
        livelihood_category = self.livelihood_category

        location = self.location.to_dict()

        priority = self.priority

        received_at = self.received_at.isoformat()

        reporter: dict[str, Any] | None
        if isinstance(self.reporter, ReporterOut):
            reporter = self.reporter.to_dict()
        else:
            reporter = self.reporter

        source = self.source

        source_label = self.source_label

        source_ref: None | str
        source_ref = self.source_ref

        status = self.status

        status_label = self.status_label

        time_to_arrival_s: float | None
        time_to_arrival_s = self.time_to_arrival_s

        time_to_dispatch_s: float | None
        time_to_dispatch_s = self.time_to_dispatch_s

        urgency = self.urgency

        urgency_label = self.urgency_label

        version = self.version

        dispatches: list[dict[str, Any]] | None | Unset
        if isinstance(self.dispatches, Unset):
            dispatches = UNSET
        elif isinstance(self.dispatches, list):
            dispatches = []
            for dispatches_type_0_item_data in self.dispatches:
                dispatches_type_0_item = dispatches_type_0_item_data.to_dict()
                dispatches.append(dispatches_type_0_item)

        else:
            dispatches = self.dispatches

        targets: dict[str, Any] | None | Unset
        if isinstance(self.targets, Unset):
            targets = UNSET
        elif isinstance(self.targets, TargetsOut):
            targets = self.targets.to_dict()
        else:
            targets = self.targets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_number": case_number,
                "court_code": court_code,
                "description": description,
                "first_arrived_at": first_arrived_at,
                "first_dispatched_at": first_dispatched_at,
                "id": id,
                "livelihood_category": livelihood_category,
                "location": location,
                "priority": priority,
                "received_at": received_at,
                "reporter": reporter,
                "source": source,
                "source_label": source_label,
                "source_ref": source_ref,
                "status": status,
                "status_label": status_label,
                "time_to_arrival_s": time_to_arrival_s,
                "time_to_dispatch_s": time_to_dispatch_s,
                "urgency": urgency,
                "urgency_label": urgency_label,
                "version": version,
            }
        )
        if dispatches is not UNSET:
            field_dict["dispatches"] = dispatches
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dispatch_out import DispatchOut
        from ..models.location_out import LocationOut
        from ..models.reporter_out import ReporterOut
        from ..models.targets_out import TargetsOut

        d = dict(src_dict)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        court_code = d.pop("court_code")

        description = d.pop("description")

        def _parse_first_arrived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_arrived_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_arrived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_arrived_at = _parse_first_arrived_at(d.pop("first_arrived_at"))

        def _parse_first_dispatched_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_dispatched_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_dispatched_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_dispatched_at = _parse_first_dispatched_at(d.pop("first_dispatched_at"))

        id = UUID(d.pop("id"))

        def _parse_livelihood_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        livelihood_category = _parse_livelihood_category(d.pop("livelihood_category"))

        location = LocationOut.from_dict(d.pop("location"))

        priority = d.pop("priority")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_reporter(data: object) -> None | ReporterOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reporter_type_0 = ReporterOut.from_dict(data)

                return reporter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReporterOut, data)

        reporter = _parse_reporter(d.pop("reporter"))

        source = d.pop("source")

        source_label = d.pop("source_label")

        def _parse_source_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_ref = _parse_source_ref(d.pop("source_ref"))

        status = d.pop("status")

        status_label = d.pop("status_label")

        def _parse_time_to_arrival_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_to_arrival_s = _parse_time_to_arrival_s(d.pop("time_to_arrival_s"))

        def _parse_time_to_dispatch_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_to_dispatch_s = _parse_time_to_dispatch_s(d.pop("time_to_dispatch_s"))

        urgency = d.pop("urgency")

        urgency_label = d.pop("urgency_label")

        version = d.pop("version")

        def _parse_dispatches(data: object) -> list[DispatchOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dispatches_type_0 = []
                _dispatches_type_0 = data
                for dispatches_type_0_item_data in _dispatches_type_0:
                    dispatches_type_0_item = DispatchOut.from_dict(
                        dispatches_type_0_item_data
                    )

                    dispatches_type_0.append(dispatches_type_0_item)

                return dispatches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DispatchOut] | None | Unset, data)

        dispatches = _parse_dispatches(d.pop("dispatches", UNSET))

        def _parse_targets(data: object) -> None | TargetsOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                targets_type_0 = TargetsOut.from_dict(data)

                return targets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetsOut | Unset, data)

        targets = _parse_targets(d.pop("targets", UNSET))

        alarm_out = cls(
            case_id=case_id,
            case_number=case_number,
            court_code=court_code,
            description=description,
            first_arrived_at=first_arrived_at,
            first_dispatched_at=first_dispatched_at,
            id=id,
            livelihood_category=livelihood_category,
            location=location,
            priority=priority,
            received_at=received_at,
            reporter=reporter,
            source=source,
            source_label=source_label,
            source_ref=source_ref,
            status=status,
            status_label=status_label,
            time_to_arrival_s=time_to_arrival_s,
            time_to_dispatch_s=time_to_dispatch_s,
            urgency=urgency,
            urgency_label=urgency_label,
            version=version,
            dispatches=dispatches,
            targets=targets,
        )

        alarm_out.additional_properties = d
        return alarm_out

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
