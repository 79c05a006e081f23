from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TargetOut")


@_attrs_define
class TargetOut:
    """
    Attributes:
        done_at (datetime.datetime | None):
        due_at (datetime.datetime):
        minutes (int): the configured target, minutes from receipt
        seconds_left (int | None): until the target (negative once overdue); null once done
        status (str): pending / overdue (not done, past due) / met / missed (done late)
    """

    done_at: datetime.datetime | None
    due_at: datetime.datetime
    minutes: int
    seconds_left: int | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        due_at = self.due_at.isoformat()

        minutes = self.minutes

        seconds_left: int | None
        seconds_left = self.seconds_left

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "done_at": done_at,
                "due_at": due_at,
                "minutes": minutes,
                "seconds_left": seconds_left,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)

                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        minutes = d.pop("minutes")

        def _parse_seconds_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seconds_left = _parse_seconds_left(d.pop("seconds_left"))

        status = d.pop("status")

        target_out = cls(
            done_at=done_at,
            due_at=due_at,
            minutes=minutes,
            seconds_left=seconds_left,
            status=status,
        )

        target_out.additional_properties = d
        return target_out

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
