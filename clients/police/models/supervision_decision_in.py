from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SupervisionDecisionIn")


@_attrs_define
class SupervisionDecisionIn:
    """
    Attributes:
        decided_on (datetime.date):
        order_filing (bool): true: 通知立案 (filed within 15 days); false: 不立案理由成立
        reason (str):
    """

    decided_on: datetime.date
    order_filing: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        order_filing = self.order_filing

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decided_on": decided_on,
                "order_filing": order_filing,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        order_filing = d.pop("order_filing")

        reason = d.pop("reason")

        supervision_decision_in = cls(
            decided_on=decided_on,
            order_filing=order_filing,
            reason=reason,
        )

        return supervision_decision_in
