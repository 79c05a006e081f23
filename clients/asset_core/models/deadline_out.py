from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeadlineOut")


@_attrs_define
class DeadlineOut:
    """
    Attributes:
        deadline (datetime.date): the last day, moved off a statutory holiday or rest day (民诉法 85 ¶3)
        kind (str):
        label (str):
        status (str): pending / due / overdue / done / done_late / suspended
        moved_for_holiday_from (datetime.date | None | Unset): the period's own last day when a holiday moved it; null
            when not moved
    """

    deadline: datetime.date
    kind: str
    label: str
    status: str
    moved_for_holiday_from: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat()

        kind = self.kind

        label = self.label

        status = self.status

        moved_for_holiday_from: None | str | Unset
        if isinstance(self.moved_for_holiday_from, Unset):
            moved_for_holiday_from = UNSET
        elif isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deadline": deadline,
                "kind": kind,
                "label": label,
                "status": status,
            }
        )
        if moved_for_holiday_from is not UNSET:
            field_dict["moved_for_holiday_from"] = moved_for_holiday_from

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        kind = d.pop("kind")

        label = d.pop("label")

        status = d.pop("status")

        def _parse_moved_for_holiday_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        moved_for_holiday_from = _parse_moved_for_holiday_from(
            d.pop("moved_for_holiday_from", UNSET)
        )

        deadline_out = cls(
            deadline=deadline,
            kind=kind,
            label=label,
            status=status,
            moved_for_holiday_from=moved_for_holiday_from,
        )

        deadline_out.additional_properties = d
        return deadline_out

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
