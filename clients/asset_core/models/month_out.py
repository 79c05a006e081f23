from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.month_out_values import MonthOutValues


T = TypeVar("T", bound="MonthOut")


@_attrs_define
class MonthOut:
    """
    Attributes:
        from_ (datetime.date):
        month (str): YYYY-MM
        to (datetime.date):
        values (MonthOutValues): the overview's metrics (linkages' and core's) that month
    """

    from_: datetime.date
    month: str
    to: datetime.date
    values: MonthOutValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        month = self.month

        to = self.to.isoformat()

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "month": month,
                "to": to,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.month_out_values import MonthOutValues

        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        month = d.pop("month")

        to = datetime.date.fromisoformat(d.pop("to"))

        values = MonthOutValues.from_dict(d.pop("values"))

        month_out = cls(
            from_=from_,
            month=month,
            to=to,
            values=values,
        )

        month_out.additional_properties = d
        return month_out

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
