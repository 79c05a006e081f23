from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.alarm_source import AlarmSource
from ..models.urgency import Urgency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_in import LocationIn
    from ..models.reporter_in import ReporterIn


T = TypeVar("T", bound="AlarmCreate")


@_attrs_define
class AlarmCreate:
    """
    Attributes:
        description (str):
        location (LocationIn):
        source (AlarmSource):
        case_id (None | Unset | UUID): linked case (from the local case projection)
        received_at (datetime.datetime | None | Unset): when the call came in (default: now)
        reporter (None | ReporterIn | Unset):
        urgency (Urgency | Unset):
    """

    description: str
    location: LocationIn
    source: AlarmSource
    case_id: None | Unset | UUID = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    reporter: None | ReporterIn | Unset = UNSET
    urgency: Urgency | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reporter_in import ReporterIn

        description = self.description

        location = self.location.to_dict()

        source = self.source.value

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        reporter: dict[str, Any] | None | Unset
        if isinstance(self.reporter, Unset):
            reporter = UNSET
        elif isinstance(self.reporter, ReporterIn):
            reporter = self.reporter.to_dict()
        else:
            reporter = self.reporter

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "location": location,
                "source": source,
            }
        )
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if reporter is not UNSET:
            field_dict["reporter"] = reporter
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.location_in import LocationIn
        from ..models.reporter_in import ReporterIn

        d = dict(src_dict)
        description = d.pop("description")

        location = LocationIn.from_dict(d.pop("location"))

        source = AlarmSource(d.pop("source"))

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        def _parse_reporter(data: object) -> None | ReporterIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reporter_type_0 = ReporterIn.from_dict(data)

                return reporter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReporterIn | Unset, data)

        reporter = _parse_reporter(d.pop("reporter", UNSET))

        _urgency = d.pop("urgency", UNSET)
        urgency: Urgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Urgency(_urgency)

        alarm_create = cls(
            description=description,
            location=location,
            source=source,
            case_id=case_id,
            received_at=received_at,
            reporter=reporter,
            urgency=urgency,
        )

        return alarm_create
