from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_out import AlarmOut
    from ..models.assigned_officer_out import AssignedOfficerOut
    from ..models.dispatch_timestamps_out import DispatchTimestampsOut


T = TypeVar("T", bound="DispatchOut")


@_attrs_define
class DispatchOut:
    """
    Attributes:
        alarm_id (UUID):
        cancel_reason (None | str):
        court_code (str):
        id (UUID):
        note (None | str):
        officer_count (int): 人次: each officer counts once (an escalated assignment does not)
        officers (list[AssignedOfficerOut]):
        status (str):
        status_label (str):
        timestamps (DispatchTimestampsOut):
        vehicle (None | str):
        version (int):
        alarm (AlarmOut | None | Unset): the alarm (absent inside an alarm's own detail)
    """

    alarm_id: UUID
    cancel_reason: None | str
    court_code: str
    id: UUID
    note: None | str
    officer_count: int
    officers: list[AssignedOfficerOut]
    status: str
    status_label: str
    timestamps: DispatchTimestampsOut
    vehicle: None | str
    version: int
    alarm: AlarmOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.alarm_out import AlarmOut

        alarm_id = str(self.alarm_id)

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        court_code = self.court_code

        id = str(self.id)

        note: None | str
        note = self.note

        officer_count = self.officer_count

        officers = []
        for officers_item_data in self.officers:
            officers_item = officers_item_data.to_dict()
            officers.append(officers_item)

        status = self.status

        status_label = self.status_label

        timestamps = self.timestamps.to_dict()

        vehicle: None | str
        vehicle = self.vehicle

        version = self.version

        alarm: dict[str, Any] | None | Unset
        if isinstance(self.alarm, Unset):
            alarm = UNSET
        elif isinstance(self.alarm, AlarmOut):
            alarm = self.alarm.to_dict()
        else:
            alarm = self.alarm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alarm_id": alarm_id,
                "cancel_reason": cancel_reason,
                "court_code": court_code,
                "id": id,
                "note": note,
                "officer_count": officer_count,
                "officers": officers,
                "status": status,
                "status_label": status_label,
                "timestamps": timestamps,
                "vehicle": vehicle,
                "version": version,
            }
        )
        if alarm is not UNSET:
            field_dict["alarm"] = alarm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alarm_out import AlarmOut
        from ..models.assigned_officer_out import AssignedOfficerOut
        from ..models.dispatch_timestamps_out import DispatchTimestampsOut

        d = dict(src_dict)
        alarm_id = UUID(d.pop("alarm_id"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        court_code = d.pop("court_code")

        id = UUID(d.pop("id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        officer_count = d.pop("officer_count")

        officers = []
        _officers = d.pop("officers")
        for officers_item_data in _officers:
            officers_item = AssignedOfficerOut.from_dict(officers_item_data)

            officers.append(officers_item)

        status = d.pop("status")

        status_label = d.pop("status_label")

        timestamps = DispatchTimestampsOut.from_dict(d.pop("timestamps"))

        def _parse_vehicle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vehicle = _parse_vehicle(d.pop("vehicle"))

        version = d.pop("version")

        def _parse_alarm(data: object) -> AlarmOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alarm_type_0 = AlarmOut.from_dict(data)

                return alarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlarmOut | None | Unset, data)

        alarm = _parse_alarm(d.pop("alarm", UNSET))

        dispatch_out = cls(
            alarm_id=alarm_id,
            cancel_reason=cancel_reason,
            court_code=court_code,
            id=id,
            note=note,
            officer_count=officer_count,
            officers=officers,
            status=status,
            status_label=status_label,
            timestamps=timestamps,
            vehicle=vehicle,
            version=version,
            alarm=alarm,
        )

        dispatch_out.additional_properties = d
        return dispatch_out

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
