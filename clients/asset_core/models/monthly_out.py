from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.month_out import MonthOut


T = TypeVar("T", bound="MonthlyOut")


@_attrs_define
class MonthlyOut:
    """
    Attributes:
        court (str):
        from_ (datetime.date):
        months (list[MonthOut]):
        to (datetime.date):
    """

    court: str
    from_: datetime.date
    months: list[MonthOut]
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        court = self.court

        from_ = self.from_.isoformat()

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "court": court,
                "from": from_,
                "months": months,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.month_out import MonthOut

        d = dict(src_dict)
        court = d.pop("court")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        months = []
        _months = d.pop("months")
        for months_item_data in _months:
            months_item = MonthOut.from_dict(months_item_data)

            months.append(months_item)

        to = datetime.date.fromisoformat(d.pop("to"))

        monthly_out = cls(
            court=court,
            from_=from_,
            months=months,
            to=to,
        )

        monthly_out.additional_properties = d
        return monthly_out

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
