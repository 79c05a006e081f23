from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupervisionRequestIn")


@_attrs_define
class SupervisionRequestIn:
    """
    Attributes:
        procuratorate_code (str): e.g. 内0621检
        requested_on (datetime.date):
        reason (None | str | Unset):
    """

    procuratorate_code: str
    requested_on: datetime.date
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        procuratorate_code = self.procuratorate_code

        requested_on = self.requested_on.isoformat()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "procuratorate_code": procuratorate_code,
                "requested_on": requested_on,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        procuratorate_code = d.pop("procuratorate_code")

        requested_on = datetime.date.fromisoformat(d.pop("requested_on"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        supervision_request_in = cls(
            procuratorate_code=procuratorate_code,
            requested_on=requested_on,
            reason=reason,
        )

        return supervision_request_in
