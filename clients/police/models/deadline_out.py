from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deadline_out_status import DeadlineOutStatus

T = TypeVar("T", bound="DeadlineOut")


@_attrs_define
class DeadlineOut:
    """
    Attributes:
        article (str):
        done_on (datetime.date | None):
        due_on (datetime.date):
        kind (str):
        moved_for_holiday_from (datetime.date | None):
        overdue (bool):
        status (DeadlineOutStatus):
    """

    article: str
    done_on: datetime.date | None
    due_on: datetime.date
    kind: str
    moved_for_holiday_from: datetime.date | None
    overdue: bool
    status: DeadlineOutStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_on = self.due_on.isoformat()

        kind = self.kind

        moved_for_holiday_from: None | str
        if isinstance(self.moved_for_holiday_from, datetime.date):
            moved_for_holiday_from = self.moved_for_holiday_from.isoformat()
        else:
            moved_for_holiday_from = self.moved_for_holiday_from

        overdue = self.overdue

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "done_on": done_on,
                "due_on": due_on,
                "kind": kind,
                "moved_for_holiday_from": moved_for_holiday_from,
                "overdue": overdue,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        article = d.pop("article")

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)

                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        kind = d.pop("kind")

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

        overdue = d.pop("overdue")

        status = DeadlineOutStatus(d.pop("status"))

        deadline_out = cls(
            article=article,
            done_on=done_on,
            due_on=due_on,
            kind=kind,
            moved_for_holiday_from=moved_for_holiday_from,
            overdue=overdue,
            status=status,
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
