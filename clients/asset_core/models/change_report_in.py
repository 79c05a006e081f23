from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChangeReportIn")


@_attrs_define
class ChangeReportIn:
    """
    Attributes:
        changed_on (datetime.date): 财产变动日期
        description (str):
        reported_on (datetime.date): 被执行人报告日期 (within 10 days, 财产调查规定 7)
    """

    changed_on: datetime.date
    description: str
    reported_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        changed_on = self.changed_on.isoformat()

        description = self.description

        reported_on = self.reported_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changed_on": changed_on,
                "description": description,
                "reported_on": reported_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        changed_on = datetime.date.fromisoformat(d.pop("changed_on"))

        description = d.pop("description")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        change_report_in = cls(
            changed_on=changed_on,
            description=description,
            reported_on=reported_on,
        )

        return change_report_in
