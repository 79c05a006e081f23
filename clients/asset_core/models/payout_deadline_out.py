from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayoutDeadlineOut")


@_attrs_define
class PayoutDeadlineOut:
    """
    Attributes:
        deadline (datetime.date): 30 days from the oldest money not yet paid out (执行款物管理规定 13), moved off a rest day
            (民诉法 85 ¶3); after a deferral ended, 10 days after its end (¶3) if later
        moved_for_holiday_from (datetime.date | None):
        status (str): pending / due / overdue
    """

    deadline: datetime.date
    moved_for_holiday_from: datetime.date | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat()

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deadline": deadline,
                "moved_for_holiday_from": moved_for_holiday_from,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        def _parse_moved_for_holiday_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_for_holiday_from_type_0 = datetime.date.fromisoformat(data)

                return moved_for_holiday_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        moved_for_holiday_from = _parse_moved_for_holiday_from(
            d.pop("moved_for_holiday_from")
        )

        status = d.pop("status")

        payout_deadline_out = cls(
            deadline=deadline,
            moved_for_holiday_from=moved_for_holiday_from,
            status=status,
        )

        payout_deadline_out.additional_properties = d
        return payout_deadline_out

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
