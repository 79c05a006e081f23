from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.designation_in_form import DesignationInForm
from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignationIn")


@_attrs_define
class DesignationIn:
    """
    Attributes:
        form (DesignationInForm): instruct 指令执行, elevate 提级执行, concentrate 集中执行, cooperate 协同执行, supervise 督促执行
        reason (str):
        to_court (str):
        designated_on (datetime.date | None | Unset):
    """

    form: DesignationInForm
    reason: str
    to_court: str
    designated_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        form = self.form.value

        reason = self.reason

        to_court = self.to_court

        designated_on: None | str | Unset
        if isinstance(self.designated_on, Unset):
            designated_on = UNSET
        elif isinstance(self.designated_on, datetime.date):
            designated_on = self.designated_on.isoformat()
        else:
            designated_on = self.designated_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "form": form,
                "reason": reason,
                "to_court": to_court,
            }
        )
        if designated_on is not UNSET:
            field_dict["designated_on"] = designated_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        form = DesignationInForm(d.pop("form"))

        reason = d.pop("reason")

        to_court = d.pop("to_court")

        def _parse_designated_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                designated_on_type_0 = datetime.date.fromisoformat(data)

                return designated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        designated_on = _parse_designated_on(d.pop("designated_on", UNSET))

        designation_in = cls(
            form=form,
            reason=reason,
            to_court=to_court,
            designated_on=designated_on,
        )

        return designation_in
