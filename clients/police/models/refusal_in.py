from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefusalIn")


@_attrs_define
class RefusalIn:
    """
    Attributes:
        reason (str):
        refused_on (datetime.date):
        notified_on (datetime.date | None | Unset): the day the court was notified (within 7 days)
    """

    reason: str
    refused_on: datetime.date
    notified_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        refused_on = self.refused_on.isoformat()

        notified_on: None | str | Unset
        if isinstance(self.notified_on, Unset):
            notified_on = UNSET
        elif isinstance(self.notified_on, datetime.date):
            notified_on = self.notified_on.isoformat()
        else:
            notified_on = self.notified_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "refused_on": refused_on,
            }
        )
        if notified_on is not UNSET:
            field_dict["notified_on"] = notified_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        refused_on = datetime.date.fromisoformat(d.pop("refused_on"))

        def _parse_notified_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notified_on_type_0 = datetime.date.fromisoformat(data)

                return notified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        notified_on = _parse_notified_on(d.pop("notified_on", UNSET))

        refusal_in = cls(
            reason=reason,
            refused_on=refused_on,
            notified_on=notified_on,
        )

        return refusal_in
