from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FamilyNoticeIn")


@_attrs_define
class FamilyNoticeIn:
    """
    Attributes:
        notified_at (datetime.datetime | None | Unset): when the family was told
        unable_reason (None | str | Unset): 确实无法通知: recorded instead
    """

    notified_at: datetime.datetime | None | Unset = UNSET
    unable_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        notified_at: None | str | Unset
        if isinstance(self.notified_at, Unset):
            notified_at = UNSET
        elif isinstance(self.notified_at, datetime.datetime):
            notified_at = self.notified_at.isoformat()
        else:
            notified_at = self.notified_at

        unable_reason: None | str | Unset
        if isinstance(self.unable_reason, Unset):
            unable_reason = UNSET
        else:
            unable_reason = self.unable_reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if notified_at is not UNSET:
            field_dict["notified_at"] = notified_at
        if unable_reason is not UNSET:
            field_dict["unable_reason"] = unable_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_notified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notified_at_type_0 = datetime.datetime.fromisoformat(data)

                return notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        notified_at = _parse_notified_at(d.pop("notified_at", UNSET))

        def _parse_unable_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unable_reason = _parse_unable_reason(d.pop("unable_reason", UNSET))

        family_notice_in = cls(
            notified_at=notified_at,
            unable_reason=unable_reason,
        )

        return family_notice_in
