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
        court (None | str | Unset): only this court's (default: every court)
        now (datetime.datetime | None | Unset): sweep as of this moment (default: now)
    """

    court: None | str | Unset = UNSET
    now: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        court: None | str | Unset
        if isinstance(self.court, Unset):
            court = UNSET
        else:
            court = self.court

        now: None | str | Unset
        if isinstance(self.now, Unset):
            now = UNSET
        elif isinstance(self.now, datetime.datetime):
            now = self.now.isoformat()
        else:
            now = self.now

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if court is not UNSET:
            field_dict["court"] = court
        if now is not UNSET:
            field_dict["now"] = now

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_court(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        court = _parse_court(d.pop("court", UNSET))

        def _parse_now(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                now_type_0 = datetime.datetime.fromisoformat(data)

                return now_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        now = _parse_now(d.pop("now", UNSET))

        sweep_in = cls(
            court=court,
            now=now,
        )

        return sweep_in
