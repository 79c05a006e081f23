from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SweepIn")


@_attrs_define
class SweepIn:
    """
    Attributes:
        org (None | str | Unset): only this procuratorate's cases (default: all)
        today (datetime.date | None | Unset): sweep as of this date (default: today in Asia/Shanghai)
    """

    org: None | str | Unset = UNSET
    today: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        org: None | str | Unset
        if isinstance(self.org, Unset):
            org = UNSET
        else:
            org = self.org

        today: None | str | Unset
        if isinstance(self.today, Unset):
            today = UNSET
        elif isinstance(self.today, datetime.date):
            today = self.today.isoformat()
        else:
            today = self.today

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if org is not UNSET:
            field_dict["org"] = org
        if today is not UNSET:
            field_dict["today"] = today

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org = _parse_org(d.pop("org", UNSET))

        def _parse_today(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                today_type_0 = datetime.date.fromisoformat(data)

                return today_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        today = _parse_today(d.pop("today", UNSET))

        sweep_in = cls(
            org=org,
            today=today,
        )

        return sweep_in
